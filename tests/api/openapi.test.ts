// The API contract (/api/openapi.json): linted by an independent linter (Redocly, its recommended rules) at
// zero errors, every request and answer a named component, the right media types and security schemes,
// the error answers documented. The checker every API test runs on its answers (../support/contract.ts)
// is tested here too: a wrong answer must fail it.
import { startTestApp, type TestApp } from '../support/testApp';
import { contractChecker, type OpenApiDocument } from '../support/contract';

type Doc = OpenApiDocument & {
  openapi: string;
  security: Record<string, string[]>[];
  components: { securitySchemes: Record<string, { type: string; scheme?: string; name?: string }> };
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
        responses: Record<
          string,
          { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }
        >;
      }
    >
  >;
};

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let t: TestApp;
let doc: Doc;
beforeAll(async () => {
  t = await startTestApp();
  doc = (await t.call('GET', '/api/openapi.json')).body as Doc;
});
afterAll(async () => {
  await t?.stop();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );

describe('the OpenAPI document', () => {
  it('lists no route without a declared answer or operationId (a route added without them shows here)', () => {
    const lacking = operations()
      .filter(({ op }) =>
        Object.entries(op.responses).some(
          ([status, r]) =>
            /^2\d\d$/.test(status) &&
            r.content !== undefined &&
            Object.values(r.content).every(
              (m) => m.schema === undefined || Object.keys(m.schema).length === 0,
            ),
        ),
      )
      .map(({ key }) => `${key}: no response schema`);
    const unnamed = operations()
      .filter(({ op }) => /^(get|post|put|patch|delete)Api/.test(op.operationId))
      .map(({ key }) => `${key}: no operationId`);
    expect([...lacking, ...unnamed]).toEqual([]);
  });

  it('names every request body and JSON answer as a component, and operationIds are unique', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { key, op } of operations()) {
      // A file import (text/csv, an Excel workbook) names its text form as the component.
      const content = op.requestBody?.content;
      const body = (content?.['application/json'] ?? content?.['text/csv'])?.schema;
      if (op.requestBody)
        expect([key, body?.$ref]).toEqual([
          key,
          expect.stringMatching(/^#\/components\/schemas\/\w+Request$/),
        ]);
      for (const [status, response] of Object.entries(op.responses)) {
        const json = response.content?.['application/json']?.schema;
        if (/^2/.test(status) && json && key.startsWith('GET /api/openapi.json') === false)
          expect([key, json.$ref]).toEqual([key, expect.stringMatching(/^#\/components\/schemas\/\w+$/)]);
      }
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['GovernanceObject', 'ObjectPlan', 'Person', 'Error', 'CreateObjectRequest']),
    );
  });

  it('documents files as files: Word, CSV and the iCalendar feeds', () => {
    const contentOf = (path: string, status = '200') =>
      Object.keys(doc.paths[path]!['get']!.responses[status]!.content ?? {});
    expect(contentOf('/api/plans/{id}/document.docx')).toEqual([DOCX]);
    expect(contentOf('/api/meetings/{id}/minutes.docx')).toEqual([DOCX]);
    expect(contentOf('/api/audit').sort()).toEqual(['application/json', 'text/csv']);
    expect(contentOf('/calendar/forums/{id}.ics')).toEqual(['text/calendar']);
    expect(contentOf('/calendar/objects/{id}.ics')).toEqual(['text/calendar']);
  });

  it('has both security schemes (Entra bearer and the demo header), and anonymous routes say so', () => {
    expect(doc.components.securitySchemes['entraBearer']).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.securitySchemes['demoUser']).toMatchObject({ type: 'apiKey', name: 'X-Demo-User' });
    expect(doc.security).toEqual([{ entraBearer: [] }, { demoUser: [] }]);
    expect((doc.paths['/api/health']!['get'] as unknown as { security: unknown }).security).toEqual([]);
  });

  it('documents the error answers with the error schema: 4xx as they apply, 429 and 503 with Retry-After', () => {
    const patch = doc.paths['/api/objects/{id}']!['patch']!.responses;
    expect(Object.keys(patch)).toEqual(
      expect.arrayContaining([
        '200',
        '400',
        '401',
        '403',
        '404',
        '409',
        '415',
        '428',
        '429',
        '503',
        'default',
      ]),
    );
    expect(Object.keys(doc.paths['/api/objects']!['get']!.responses)).not.toContain('409');
    // Every operation but the three that answer before anyone signs in, with nothing to refuse.
    const open = ['getOpenApiDocument', 'getAuthConfig', 'getHealth'];
    for (const { key, op } of operations().filter(({ op }) => !open.includes(op.operationId)))
      expect([key, Object.keys(op.responses).some((s) => /^4\d\d$/.test(s))]).toEqual([key, true]);
    const conflict = doc.components.responses!['Conflict']!;
    expect(conflict.content!['application/json']!.schema).toEqual({ $ref: '#/components/schemas/Error' });
  });
});

describe('the contract checker every API test runs', () => {
  it('passes a real answer, and fails it once a field is missing, of the wrong type, or extra in a 204', async () => {
    const check = contractChecker(doc);
    const res = await t.call('GET', '/api/objects');
    const answer = {
      method: 'GET',
      path: '/api/objects',
      status: 200,
      contentType: res.headers.get('content-type'),
      body: res.body as Record<string, unknown>[],
    };
    expect(check.problems(answer)).toEqual([]);
    const [first, ...rest] = answer.body;
    const { code: _code, ...noCode } = first!;
    expect(check.problems({ ...answer, body: [noCode, ...rest] }).join('\n')).toMatch(/listObjects.*code/);
    expect(check.problems({ ...answer, body: [{ ...first, active: 'ja' }, ...rest] })).not.toEqual([]);
    expect(check.problems({ ...answer, body: { objects: answer.body } })).not.toEqual([]);
    expect(check.problems({ ...answer, contentType: 'text/html' })).not.toEqual([]);
    expect(
      check.problems({
        method: 'DELETE',
        path: '/api/objects/x',
        status: 204,
        contentType: null,
        body: { a: 1 },
      }),
    ).not.toEqual([]);
  });

  it('fails an error answer without the error schema, and checks answers by the most literal path', async () => {
    const check = contractChecker(doc);
    const notFound = await t.call('GET', '/api/objects/nope');
    const answer = {
      method: 'GET',
      path: '/api/objects/nope',
      status: 404,
      contentType: notFound.headers.get('content-type'),
      body: notFound.body,
    };
    expect(check.problems(answer)).toEqual([]);
    expect(check.problems({ ...answer, body: { message: 'Hittade inte' } })).not.toEqual([]);
    // /api/me/work is its own operation, not /api/me/{…}; a wrong body for it says so.
    expect(
      check
        .problems({
          method: 'GET',
          path: '/api/me/work',
          status: 200,
          contentType: 'application/json',
          body: {},
        })
        .join('\n'),
    ).toMatch(/getMyWork/);
  });

  it('checks files by their media type: the plan as Word, a feed as iCalendar', async () => {
    const check = contractChecker(doc);
    const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
    const akn = objects.find((o) => o.code === 'AKN')!;
    const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as { id: string }[];
    const docx = await t.call('GET', `/api/plans/${plans[0]!.id}/document.docx`);
    expect(docx.headers.get('content-type')).toBe(DOCX);
    const asJson = { method: 'GET', path: `/api/plans/${plans[0]!.id}/document.docx`, status: 200 };
    expect(check.problems({ ...asJson, contentType: DOCX, body: 'PK' })).toEqual([]);
    expect(check.problems({ ...asJson, contentType: 'application/json', body: {} })).not.toEqual([]);
    const feed = await t.call('GET', `/calendar/objects/${akn.id}.ics`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/);
  });
});

// Last: linting takes seconds, long enough for the server to close an idle keep-alive connection that a
// following call would then find reset.
describe('the OpenAPI document, linted', () => {
  it('lints clean with Redocly (recommended rules, zero errors; the document is valid OpenAPI 3.1)', async () => {
    const { createConfig, lintFromString } = await import('@redocly/openapi-core');
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(doc),
      absoluteRef: 'openapi.json',
      config,
    });
    const errors = problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    expect(errors).toEqual([]);
    const warnings = problems
      .filter((p) => p.severity === 'warn')
      .map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`);
    // Warnings too, but these: the three operations that answer before anyone signs in and take no input
    // have no 4xx to give (the health probe, this document, how to sign in).
    const accepted = ['/api~1health/', '/api~1openapi.json/', '/api~1auth~1config/'].map(
      (p) =>
        `operation-4xx-response: Operation must have at least one \`4XX\` response. at #/paths/~1${p.slice(1)}get/responses`,
    );
    expect(warnings.filter((w) => !accepted.includes(w))).toEqual([]);
  });
});
