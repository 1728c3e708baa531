// What a client gets wrong is answered 4xx, never 500: a missing tab asset, a path with broken
// percent-encoding, a body that does not inflate, and the If-Match rules of RFC 9110 (`*` matches any
// current version; a DELETE names the version it removes, like an update).
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { apiRoutes } from '../../src/adapters/http/routes';
import { startTestApp, type TestApp } from '../support/testApp';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

let t: TestApp;
let leader: string; // AKN objektledare it
let planId: string;

beforeAll(async () => {
  t = await startTestApp();
  leader = t.person('Oskar Lindell');
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  const akn = objects.find((o) => o.code === 'AKN')!;
  const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as { id: string; year: number }[];
  planId = plans.find((p) => p.year === 2027)!.id;
  // The demo's 2027 plan awaits approval and is frozen (issue 14): the leader takes it back to edit it.
  expect((await t.call('POST', `/api/plans/${planId}/withdraw`, { as: leader })).status).toBe(200);
});
afterAll(async () => {
  await t.stop();
});

async function newLine(name: string) {
  const res = await t.call('POST', `/api/plans/${planId}/budget-lines`, {
    as: leader,
    body: { mainActivity: 'drift', name, assignmentType: 'maintain' },
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; etag: string };
}

describe('no 500 for what the client sent', () => {
  it('a missing file under /tab/assets is 404', async () => {
    const res = await t.call('GET', '/tab/assets/finns-inte-a1b2c3.js');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('notFound');
  });

  it.each(['/api/objects/%ZZ', '/api/objects/%E0%A4%A', '/api/budget-lines/%', '/tab/objects/%C0%AF'])(
    'a path with malformed percent-encoding is 400: %s',
    async (path) => {
      const res = await t.call('GET', path);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('malformedUrl');
      expect(res.body.error.message).toMatch(/felaktigt kodad/);
    },
  );

  it('a write to a malformed path is 400 too, and writes nothing', async () => {
    const res = await t.call('PATCH', '/api/budget-lines/%ZZ', { as: leader, ifMatch: '"1"', body: {} });
    expect(res.status).toBe(400);
  });

  it.each(['gzip', 'deflate', 'br'])('a corrupt %s body is 400', async (encoding) => {
    const res = await t.call('POST', `/api/plans/${planId}/budget-lines`, {
      as: leader,
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': encoding },
      rawBody: 'this is not compressed at all',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('malformedBody');
  });

  it('a truncated gzip body is 400, a whole one is read', async () => {
    const body = JSON.stringify({
      mainActivity: 'drift',
      name: 'Komprimerad rad',
      assignmentType: 'maintain',
    });
    const zipped = gzipSync(body);
    const send = (bytes: Buffer) =>
      fetch(`${t.url}/api/plans/${planId}/budget-lines`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'X-Demo-User': leader },
        body: bytes,
      });
    expect((await send(zipped.subarray(0, zipped.length - 8))).status).toBe(400);
    expect((await send(zipped)).status).toBe(201);
  });
});

describe('percent-encoding, fuzzed over the route table', () => {
  const routes = apiRoutes({} as never, { storeKind: 'sqlite', authMode: 'demo' });
  /** Broken, overlong, surrogate and otherwise odd escapes, mixed with ordinary characters. */
  const segment = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          '%',
          '%Z',
          '%ZZ',
          '%G0',
          '%0',
          '%E0%A4%A',
          '%C0%AF',
          '%ED%A0%80',
          '%FF',
          '%00',
          '%2F',
          '%25',
        ),
        fc.stringMatching(/^[A-Za-z0-9._~-]{1,6}$/),
        fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((parts) => parts.join(''));

  it('any route, any method, an odd path segment: never a 500', async () => {
    const leaderId = leader;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), segment, async (route, odd) => {
        const path = route.path.replace(/\{\w+\}/g, odd);
        const res = await t.call(route.method.toUpperCase(), path, {
          as: leaderId,
          ...(route.method === 'get' ? {} : { ifMatch: '*', body: {} }),
        });
        expect([path, res.status < 500]).toEqual([path, true]);
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

describe('If-Match', () => {
  it('`*` matches any current version on PATCH', async () => {
    const line = await newLine('Stjärna uppdatera');
    const res = await t.call('PATCH', `/api/budget-lines/${line.id}`, {
      as: leader,
      ifMatch: '*',
      body: { it: { hours: 10 } },
    });
    expect(res.status).toBe(200);
    expect(res.body.it.hours).toBe(10);
  });

  it('`*` matches any current version on DELETE', async () => {
    const line = await newLine('Stjärna ta bort');
    expect(
      (await t.call('DELETE', `/api/budget-lines/${line.id}`, { as: leader, ifMatch: '*' })).status,
    ).toBe(204);
    expect(
      (await t.call('DELETE', `/api/budget-lines/${line.id}`, { as: leader, ifMatch: '*' })).status,
    ).toBe(404);
  });

  it('DELETE without If-Match is 428 and deletes nothing; a stale one is 409; the current one 204', async () => {
    const line = await newLine('Radera med version');
    const missing = await t.call('DELETE', `/api/budget-lines/${line.id}`, { as: leader });
    expect(missing.status).toBe(428);
    expect(missing.body.error.code).toBe('preconditionRequired');
    const updated = await t.call('PATCH', `/api/budget-lines/${line.id}`, {
      as: leader,
      ifMatch: line.etag,
      body: { business: { hours: 3 } },
    });
    expect(updated.status).toBe(200);
    expect(
      (await t.call('DELETE', `/api/budget-lines/${line.id}`, { as: leader, ifMatch: line.etag })).status,
    ).toBe(409);
    const lines = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body as { id: string }[];
    expect(lines.some((l) => l.id === line.id)).toBe(true);
    expect(
      (await t.call('DELETE', `/api/budget-lines/${line.id}`, { as: leader, ifMatch: updated.body.etag }))
        .status,
    ).toBe(204);
  });

  it('every DELETE of a record says in the OpenAPI document that If-Match is required', async () => {
    const doc = (await t.call('GET', '/api/openapi.json')).body as {
      paths: Record<
        string,
        Record<string, { parameters?: { in: string; name: string; required?: boolean }[] }>
      >;
    };
    const deletes = Object.entries(doc.paths)
      .filter(([, ops]) => ops['delete'])
      // Unlinking a component from a product removes a relation named by its two ends, not a version.
      .filter(([path]) => !path.endsWith('/components/{componentId}'));
    expect(deletes.length).toBeGreaterThanOrEqual(10);
    for (const [path, ops] of deletes) {
      const ifMatch = ops['delete']!.parameters?.find((p) => p.in === 'header' && /^if-match$/i.test(p.name));
      expect([path, ifMatch?.required]).toEqual([path, true]);
    }
  });
});
