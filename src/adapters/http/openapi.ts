// /api/openapi.json, generated from the route table and the same zod schemas the use cases validate with.
import { z } from 'zod';
import type { RouteDef } from './routes';

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string' },
        message: { type: 'string', description: 'In Swedish by default; English with Accept-Language: en' },
        fields: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
        },
        requestId: { type: 'string' },
      },
      required: ['code', 'message'],
    },
  },
};

function jsonSchema(schema: z.ZodType) {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return rest;
}

export function openApiDocument(routes: readonly RouteDef[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const pathParams = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const queryParams = route.query
      ? Object.entries((jsonSchema(route.query)['properties'] ?? {}) as Record<string, unknown>).map(
          ([name, schema]) => ({
            name,
            in: 'query',
            required: false,
            schema,
          }),
        )
      : [];
    const headerParams =
      route.ifMatch !== undefined
        ? [
            {
              name: 'If-Match',
              in: 'header',
              required: route.ifMatch === 'required',
              schema: { type: 'string' },
              description: 'The eTag of the version you change',
            },
          ]
        : [];
    const status = String(route.status ?? 200);
    const responses: Record<string, unknown> = {
      [status]:
        status === '204'
          ? { description: 'Done' }
          : { description: 'OK', content: { 'application/json': { schema: { type: ['object', 'array'] } } } },
      default: { description: 'Error', content: { 'application/json': { schema: errorSchema } } },
    };
    (paths[route.path] ??= {})[route.method] = {
      summary: route.summary,
      tags: [route.tag],
      operationId: `${route.method}${route.path.replace(/\{(\w+)\}/g, 'By_$1').replace(/[^A-Za-z0-9_]+(.)?/g, (_, c: string) => (c ? c.toUpperCase() : ''))}`,
      parameters: [...pathParams, ...queryParams, ...headerParams],
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: jsonSchema(route.body) } },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Objektnav API',
      version,
      description:
        'The pm3 governance model (objekt, objektplaner, forum) as a REST API. Updates send If-Match with the eTag they change; a stale eTag answers 409.',
    },
    components: {
      securitySchemes: {
        demoUser: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Demo-User',
          description: 'Demo mode: the id of the acting person',
        },
      },
    },
    security: [{ demoUser: [] }],
    paths,
  };
}
