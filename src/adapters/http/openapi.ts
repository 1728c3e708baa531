// /api/openapi.json, generated from the route table and the same zod schemas the use cases validate with
// (requests) and the routes declare for their answers (responses). Every request body and every JSON answer
// is a named component; the stored records are components of their own, which the answers refer to.
// tests/api/openapi.test.ts lints the document with an independent linter, and every API test validates
// the real answers against it (tests/support/testApp.ts). See docs/adr/0015-api-contract.md.
import { z } from 'zod';
import { R, V } from '../../services/responses';
import type { RouteDef } from './routes';

const REF = '#/components/schemas/';
const ref = (name: string) => ({ $ref: `${REF}${name}` });

/** A media type without its parameters: `text/csv; charset=utf-8` → `text/csv`. */
export const mediaTypeOf = (contentType: string): string => contentType.split(';')[0]!.trim().toLowerCase();

/** The name an operation has in the document: its declared operationId, else one made from method and path. */
export function operationIdOf(route: Pick<RouteDef, 'method' | 'path' | 'operationId'>): string {
  if (route.operationId) return route.operationId;
  return `${route.method}${route.path
    .replace(/\{(\w+)\}/g, 'By_$1')
    .replace(/[^A-Za-z0-9_]+(.)?/g, (_, c: string) => (c ? c.toUpperCase() : ''))}`;
}

/** What each tag of the route table groups (a tag not listed here is described by its name). */
const TAG_DESCRIPTIONS: Record<string, string> = {
  Meta: 'Health, the acting person, the audit log, the year wheel',
  Objects: 'Förvaltningsobjekt: the structure, related objects and what an object still has open',
  Products: 'The products of an object and the components they use',
  Components: 'Business and IT components owned by an object',
  Contracts: 'Contracts on IT components, with their notice dates',
  People: 'People, role assignments and "Mitt arbete"',
  Plans: 'Objektplaner: chapters, budget lines, approval and the Word document',
  Initiatives: 'Needs and initiatives: priority, escalation and decisions',
  Meetings: 'Forum meetings, agendas, minutes and calendar feeds',
  Forums: 'PSG, OLF and every OSG: settings, compliance and the decisions register',
  Portfolio: 'The portfolio across objects: plan status, budgets, escalations',
  Teams: 'Teams channels bound to objects',
  Lookup: 'Searching the register by name or code (the message extension in Teams chats)',
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** zod's JSON Schema of several named schemas at once; a schema that is itself named becomes a $ref. */
function componentsOf(named: Map<string, z.ZodType>, io: 'input' | 'output'): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named) if (!registry.has(schema)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io,
    unrepresentable: 'any',
    uri: (id) => `${REF}${id}`,
  }) as { schemas: Record<string, Record<string, unknown>> };
  const out: Record<string, unknown> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema;
    out[id] = rest;
  }
  return out;
}

/** The JSON Schema of a query: its properties become the query parameters. */
function queryProperties(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return (json['properties'] ?? {}) as Record<string, unknown>;
}

const errorContent = { 'application/json': { schema: ref('Error') } };
const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } },
};

/** The error answers, once each; operations refer to those that apply to them. */
const ERROR_RESPONSES = {
  BadRequest: 'The input breaks a rule: the message names the rule (and `fields` the inputs)',
  Unauthorized: 'Nobody signed in, an unknown person, or a token that is not valid',
  Forbidden: 'The acting person may not do this; the message says who may',
  NotFound: 'No such record',
  Conflict:
    'Stale eTag (someone changed the record since you read it), or the record is not in a state that allows this',
  PreconditionRequired: 'If-Match is missing: send the eTag of the version you change, or *',
  PayloadTooLarge: 'The body is larger than 1 MB',
  UnsupportedMediaType: 'The body is not application/json',
  TooManyRequests: 'Too many writes in a short time; Retry-After says when to try again',
  ServiceUnavailable:
    'A service the answer depends on (SharePoint, Graph) is unavailable; try again after Retry-After',
  Error: 'Unexpected error (the message carries the request id for support)',
} as const;

function errorResponses() {
  return Object.fromEntries(
    Object.entries(ERROR_RESPONSES).map(([name, description]) => [
      name,
      {
        description,
        content: errorContent,
        ...(name === 'TooManyRequests' || name === 'ServiceUnavailable' ? { headers: retryAfter } : {}),
      },
    ]),
  );
}

const WRITES = new Set(['post', 'put', 'patch', 'delete']);
const errorRef = (name: keyof typeof ERROR_RESPONSES) => ({ $ref: `#/components/responses/${name}` });

/** Which error answers a route can give, from what it declares. */
function errorsOf(route: RouteDef): Record<string, unknown> {
  const write = WRITES.has(route.method);
  const hasPathParams = route.path.includes('{');
  const out: Record<string, unknown> = {};
  // Bad input: a body or query that breaks a rule; a write without a body refuses one.
  if (route.body || route.query || write) out['400'] = errorRef('BadRequest');
  if (!route.anonymous) {
    out['401'] = errorRef('Unauthorized');
    out['403'] = errorRef('Forbidden');
  }
  if (hasPathParams) out['404'] = errorRef('NotFound');
  if (write) out['409'] = errorRef('Conflict');
  if (route.body) {
    out['413'] = errorRef('PayloadTooLarge');
    out['415'] = errorRef('UnsupportedMediaType');
  }
  if (route.ifMatch === 'required') out['428'] = errorRef('PreconditionRequired');
  if (write) out['429'] = errorRef('TooManyRequests');
  if (!route.anonymous) out['503'] = errorRef('ServiceUnavailable');
  out['default'] = errorRef('Error');
  return out;
}

const binary = (mediaType: string) => ({ schema: { type: 'string', contentMediaType: mediaType } });

function successOf(route: RouteDef, responseName: string | undefined): Record<string, unknown> {
  const status = String(route.status ?? 200);
  if (status === '204') return { '204': { description: 'Done; no content' } };
  const content: Record<string, unknown> = {};
  if (responseName) content['application/json'] = { schema: ref(responseName) };
  for (const type of route.files ?? []) content[mediaTypeOf(type)] = binary(mediaTypeOf(type));
  // A route that has not declared its answer yet (tests/api/openapi.test.ts lists them) says only JSON.
  if (!Object.keys(content).length) content['application/json'] = { schema: {} };
  return {
    [status]: {
      description: !route.files?.length
        ? 'OK'
        : route.response
          ? 'JSON, or the file to download when asked for'
          : 'The file to download',
      content,
      ...(route.files?.length
        ? {
            headers: {
              'Content-Disposition': {
                description: 'attachment, with the file name',
                schema: { type: 'string' },
              },
            },
          }
        : {}),
    },
  };
}

/** The calendar feeds: served outside /api (../calendarRoutes.ts), answered in iCalendar. */
function calendarPaths() {
  const feed = (summary: string, operationId: string) => ({
    get: {
      summary,
      tags: ['Meetings'],
      operationId,
      security: [{ feedToken: [] }, {}],
      parameters: [
        { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
        {
          name: 'token',
          in: 'query',
          required: false,
          schema: { type: 'string' },
          description:
            "The person's own feed token (POST /api/me/feed-token); needed when signing in with Entra ID",
        },
      ],
      responses: {
        '200': {
          description: 'The meetings as an iCalendar subscription (RFC 5545)',
          content: { 'text/calendar': { schema: { type: 'string' } } },
        },
        '404': {
          description: 'No such calendar, or a missing or wrong token (the same answer for each)',
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
        default: {
          description: 'Unexpected error',
          content: { 'text/plain': { schema: { type: 'string' } } },
        },
      },
    },
  });
  return {
    '/calendar/forums/{id}.ics': feed("A forum's meetings as a calendar feed", 'getForumCalendar'),
    '/calendar/objects/{id}.ics': feed(
      "The meetings of an object's OSG as a calendar feed",
      'getObjectCalendar',
    ),
  };
}

/** Routes the server answers outside the route table, before anyone signs in. */
function openPaths() {
  return {
    '/api/openapi.json': {
      get: {
        summary: 'This document',
        tags: ['Meta'],
        operationId: 'getOpenApiDocument',
        security: [],
        responses: {
          '200': {
            description: 'OpenAPI 3.1',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
          default: errorRef('Error'),
        },
      },
    },
    '/api/auth/config': {
      get: {
        summary: 'How to sign in (demo, or the Entra ID client, authority and scopes): public values only',
        tags: ['Meta'],
        operationId: 'getAuthConfig',
        security: [],
        responses: {
          '200': { description: 'OK', content: { 'application/json': { schema: ref('AuthConfig') } } },
          default: errorRef('Error'),
        },
      },
    },
  };
}

export function openApiDocument(routes: readonly RouteDef[], version: string) {
  const requests = new Map<string, z.ZodType>();
  const requestNames = new Map<z.ZodType, string>();
  // Records and composed answers by their own names (an answer several routes give is one component);
  // any other answer is named for its operation.
  const responses = new Map<string, z.ZodType>(Object.entries(R.RECORD_SCHEMAS));
  for (const [name, schema] of Object.entries(V))
    if (schema instanceof z.ZodType) responses.set(capitalised(name), schema);
  const nameOf = new Map<z.ZodType, string>();
  for (const [name, schema] of responses) if (!nameOf.has(schema)) nameOf.set(schema, name);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const op = operationIdOf(route);
    // A body several routes take (approve and reject) is one component, named for the first.
    if (route.body && !requestNames.has(route.body)) {
      requests.set(`${capitalised(op)}Request`, route.body);
      requestNames.set(route.body, `${capitalised(op)}Request`);
    }
    if (route.response && !nameOf.has(route.response)) {
      responses.set(`${capitalised(op)}Response`, route.response);
      nameOf.set(route.response, `${capitalised(op)}Response`);
    }
    const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParams = route.query
      ? Object.entries(queryProperties(route.query)).map(([name, schema]) => ({
          name,
          in: 'query',
          required: false,
          schema,
        }))
      : [];
    const headerParams =
      route.ifMatch !== undefined
        ? [
            {
              name: 'If-Match',
              in: 'header',
              required: route.ifMatch === 'required',
              schema: { type: 'string' },
              description: 'The eTag of the version you change (or *)',
            },
          ]
        : [];
    (paths[route.path] ??= {})[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: op,
      ...(route.anonymous ? { security: [] } : {}),
      parameters: [...pathParams, ...queryParams, ...headerParams],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              // A file import takes the file itself: CSV as text, an Excel workbook as bytes.
              content: route.accepts
                ? Object.fromEntries(
                    route.accepts.map((type) => [
                      type,
                      type === 'text/csv'
                        ? { schema: ref(requestNames.get(route.body!)!) }
                        : { schema: { type: 'string', contentMediaType: type } },
                    ]),
                  )
                : { 'application/json': { schema: ref(requestNames.get(route.body)!) } },
            },
          }
        : {}),
      responses: {
        ...successOf(route, route.response && nameOf.get(route.response)),
        ...errorsOf(route),
      },
    };
  }
  const tags = [...new Set(routes.map((r) => r.tag))]
    .sort()
    .map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? name }));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Objektnav API',
      version,
      description:
        'The pm3 governance model (objekt, objektplaner, forum) as a REST API. Updates send If-Match with the eTag they change; a stale eTag answers 409. Errors answer with `Error`, its message in Swedish (English with Accept-Language: en).',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This Objektnav instance' }],
    tags,
    components: {
      schemas: { ...componentsOf(responses, 'output'), ...componentsOf(requests, 'input') },
      responses: errorResponses(),
      securitySchemes: {
        entraBearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'AUTH=entra: an Entra ID access token for the API (audience api://…/access_as_user), as the tab gets it by Teams SSO',
        },
        demoUser: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Demo-User',
          description: 'AUTH=demo: the id of the acting person (demo mode only; refused with AUTH=entra)',
        },
        feedToken: {
          type: 'apiKey',
          in: 'query',
          name: 'token',
          description: "A person's private calendar-feed token (AUTH=entra; demo feeds are open)",
        },
      },
    },
    // Either scheme, as the server is configured (AUTH): a bearer token, or the demo header.
    security: [{ entraBearer: [] }, { demoUser: [] }],
    paths: { ...openPaths(), ...paths, ...calendarPaths() },
  };
}
