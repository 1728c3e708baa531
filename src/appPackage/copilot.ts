// The Copilot part of the app package (issue 19 point 3): a declarative agent whose one action is an API
// plugin over Objektnav's own API. The plugin's OpenAPI description is made here from the API's route
// table — the same operations, parameters and answer schemas the server serves and the API tests check —
// narrowed to the read-only functions Copilot may call, in OpenAPI 3.0 (what API plugins read), with the
// Entra sign-in of the tab's app registration as its OAuth scheme. The agent and plugin manifests are
// validated offline against their published schemas, vendored in manifest/schemas/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { z } from 'zod';
import { apiRoutes, type RouteDef } from '../adapters/http/routes';
import { projectRoot } from '../paths';
import type { Services } from '../services';

/** The functions Copilot may call: each an operation of the API, GET only. */
export const COPILOT_FUNCTIONS = [
  'listContractsDueForNotice',
  'listLatePlans',
  'listForumDecisions',
  'getObjectRolesByCode',
] as const;

export const COPILOT_SPEC_FILE = 'apiSpecificationFile/objektnav-copilot.json';

const dir = join(projectRoot, 'manifest');

/** The route table without a running app: only its declarations are read, no handler is called. */
function routeTable(): RouteDef[] {
  return apiRoutes({} as Services, { storeKind: 'sqlite', authMode: 'entra' });
}

const openApi30 = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
};

export interface CopilotSettings {
  PUBLIC_URL: string;
  APP_DOMAIN: string;
  ENTRA_CLIENT_ID: string;
  /** The tenant the sign-in is for; `organizations` (any work account) when not given. */
  ENTRA_TENANT_ID?: string | undefined;
  ENTRA_AUTHORITY_HOST?: string | undefined;
}

/** The plugin's OpenAPI 3.0 description of the Copilot functions, on the app's public address. */
export function copilotOpenApi(version: string, s: CopilotSettings) {
  const routes = routeTable().filter((r) =>
    (COPILOT_FUNCTIONS as readonly string[]).includes(r.operationId ?? ''),
  );
  const missing = COPILOT_FUNCTIONS.filter((f) => !routes.some((r) => r.operationId === f));
  if (missing.length) throw new Error(`Copilot functions without an API operation: ${missing.join(', ')}`);
  const authority = `${(s.ENTRA_AUTHORITY_HOST ?? 'https://login.microsoftonline.com').replace(/\/+$/, '')}/${s.ENTRA_TENANT_ID ?? 'organizations'}/oauth2/v2.0`;
  const scope = `api://${s.APP_DOMAIN}/${s.ENTRA_CLIENT_ID}/access_as_user`;
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    if (route.method !== 'get' || !route.response) throw new Error(`${route.operationId} is not a read`);
    const query = route.query ? openApi30(route.query, 'input') : { properties: {}, required: [] };
    const properties = (query['properties'] ?? {}) as Record<string, { description?: string }>;
    const required = (query['required'] ?? []) as string[];
    const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      description: "The object's code, e.g. AKN",
      schema: { type: 'string' },
    }));
    (paths[route.path] ??= {})['get'] = {
      operationId: route.operationId,
      summary: route.summary,
      parameters: [
        ...pathParams,
        ...Object.entries(properties).map(([name, schema]) => {
          const { description, ...rest } = schema;
          return { name, in: 'query', required: required.includes(name), description, schema: rest };
        }),
      ],
      responses: {
        '200': {
          description: route.summary,
          content: { 'application/json': { schema: openApi30(route.response, 'output') } },
        },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Objektnav för Copilot',
      version,
      description:
        'Läsfrågor mot kommunens register i Objektnav (pm3). / Read-only questions on the Objektnav register.',
    },
    servers: [{ url: s.PUBLIC_URL }],
    security: [{ entra: [scope] }],
    paths,
    components: {
      securitySchemes: {
        entra: {
          type: 'oauth2',
          description: "Entra ID sign-in through the tab's app registration (the API's access_as_user scope)",
          flows: {
            authorizationCode: {
              authorizationUrl: `${authority}/authorize`,
              tokenUrl: `${authority}/token`,
              scopes: { [scope]: 'Läsa Objektnav som du / Read Objektnav as you' },
            },
          },
        },
      },
    },
  };
}

/** A vendored published schema (manifest/schemas/). */
export function vendoredSchema(file: string): object {
  return JSON.parse(readFileSync(join(dir, 'schemas', file), 'utf8')) as object;
}

export async function validateCopilotFiles(agent: unknown, plugin: unknown): Promise<string[]> {
  const [a, p] = await Promise.all([
    AppManifestUtils.validateAgainstSchema(
      agent as never,
      vendoredSchema('declarative-agent-v1.5.schema.json') as never,
    ),
    AppManifestUtils.validateAgainstSchema(
      plugin as never,
      vendoredSchema('api-plugin-v2.3.schema.json') as never,
    ),
  ]);
  return [
    ...a.map((e: string) => `declarativeAgent.json: ${e}`),
    ...p.map((e: string) => `ai-plugin.json: ${e}`),
  ];
}

/** The Copilot files of the package, filled from the settings (`fill` replaces ${{NAME}}). */
export function copilotFiles(fill: (template: string) => string, version: string, s: CopilotSettings) {
  const read = (file: string) =>
    JSON.parse(fill(readFileSync(join(dir, 'copilot', file), 'utf8'))) as Record<string, unknown>;
  return {
    agent: read('declarativeAgent.json'),
    plugin: read('ai-plugin.json'),
    spec: copilotOpenApi(version, s),
  };
}
