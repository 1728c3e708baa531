// Bad input gets the right status and a clear message, and leaves the store unchanged.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let leader: string; // AKN objektledare it
let specialist: string;
let otherOwner: string;
let planId: string; // AKN 2027, preliminary (editable)
let lineId: string;
let lineEtag: string;

beforeAll(async () => {
  t = await startTestApp();
  leader = t.person('Oskar Lindell');
  specialist = t.person('Sara Engström');
  otherOwner = t.person('Annika Forsberg');
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  const akn = objects.find((o) => o.code === 'AKN')!;
  const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as { id: string; year: number }[];
  planId = plans.find((p) => p.year === 2027)!.id;
  const lines = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body as {
    id: string;
    etag: string;
  }[];
  lineId = lines[0]!.id;
  lineEtag = lines[0]!.etag;
});
afterAll(async () => {
  await t.stop();
});

/** Store state that must not move: the plan's budget and the edited line. */
async function snapshot() {
  const budget = (await t.call('GET', `/api/plans/${planId}/budget`)).body;
  const lines = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body;
  return JSON.stringify({ budget, lines });
}

describe('bad input on PATCH /api/budget-lines/{id}', () => {
  let before: string;
  beforeAll(async () => {
    before = await snapshot();
  });
  afterEach(async () => {
    expect(await snapshot()).toBe(before);
  });

  it('malformed JSON → 400', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      rawBody: '{"business": {"hours": 12,',
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'malformedJson',
      message: 'Förfrågan innehåller ingen giltig JSON.',
    });
  });

  it('not JSON → 415', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      rawBody: 'hours=12',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
  });

  it('wrong types → 400 naming each field', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      body: { name: 42, business: { hours: 'tolv' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation');
    expect(res.body.error.fields.map((f: any) => f.path).sort()).toEqual(['business.hours', 'name']);
  });

  it('negative hours → 400 with a Swedish message', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      body: { it: { hours: -5 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([{ path: 'it.hours', message: 'Timmar får inte vara negativa.' }]);
  });

  it('hours with three decimals → 400', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      body: { it: { hours: 1.234 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toEqual({
      path: 'it.hours',
      message: 'Timmar anges med högst två decimaler.',
    });
  });

  it('fractional kronor → 400', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      body: { business: { otherCost: 100.5 } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toEqual({
      path: 'business.otherCost',
      message: 'Belopp anges i hela kronor, utan ören.',
    });
  });

  it('unknown fields → 400', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      body: { planId: 'someone-else' },
    });
    expect(res.status).toBe(400);
  });

  it('unknown id → 404', async () => {
    const res = await t.call('PATCH', '/api/budget-lines/no-such-line', {
      as: leader,
      ifMatch: lineEtag,
      body: { name: 'x' },
    });
    expect(res.status).toBe(404);
  });

  it('stale eTag → 409 saying someone else changed it', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: '"999"',
      body: { name: 'Ny' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/^Någon annan har ändrat/);
  });

  it('no If-Match → 428', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, { as: leader, body: { name: 'Ny' } });
    expect(res.status).toBe(428);
  });

  it('nobody chosen → 401', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      ifMatch: lineEtag,
      body: { name: 'Ny' },
    });
    expect(res.status).toBe(401);
    expect(res.body.error.message).toBe('Välj vem du är innan du ändrar något.');
  });

  it('an unknown demo person → 401', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: 'ghost',
      ifMatch: lineEtag,
      body: { name: 'Ny' },
    });
    expect(res.status).toBe(401);
  });

  it.each([
    ['a specialist of the object', () => specialist],
    ["another object's owner", () => otherOwner],
  ])('a write by %s → 403', async (_who, as) => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: as(),
      ifMatch: lineEtag,
      body: { name: 'Ny' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Bara objektets objektägare och objektledare får göra detta.');
  });

  it('a body over 1 MB → 413', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      rawBody: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
  });
});

describe('bad input elsewhere', () => {
  it('creating a line in a closed plan → 409, nothing added', async () => {
    const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
    const akn = objects.find((o) => o.code === 'AKN')!;
    const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as {
      id: string;
      year: number;
    }[];
    const closed = plans.find((p) => p.year === 2020)!.id;
    const before = (await t.call('GET', `/api/plans/${closed}/budget-lines`)).body.length;
    const res = await t.call('POST', `/api/plans/${closed}/budget-lines`, {
      as: leader,
      body: { mainActivity: 'drift', name: 'Sen rad', assignmentType: 'maintain' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/status stängd/);
    expect((await t.call('GET', `/api/plans/${closed}/budget-lines`)).body.length).toBe(before);
  });

  it('a duplicate plan year → 409', async () => {
    const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
    const akn = objects.find((o) => o.code === 'AKN')!;
    const res = await t.call('POST', `/api/objects/${akn.id}/plans`, { as: leader, body: { year: 2027 } });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('Objektet har redan en objektplan för 2027.');
  });

  it('an unknown main activity names the field', async () => {
    const res = await t.call('POST', `/api/plans/${planId}/budget-lines`, {
      as: leader,
      body: { mainActivity: 'fika', name: 'X', assignmentType: 'maintain' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('mainActivity');
  });

  it('a query parameter of the wrong type → 400', async () => {
    const res = await t.call('GET', '/api/portfolio?year=tjugotjugo');
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0].path).toBe('year');
  });

  it('an organisation role with an object → 400', async () => {
    const res = await t.call('POST', '/api/role-assignments', {
      as: t.person('Lena Holm'),
      body: { personId: leader, role: 'itChief', objectId: planId },
    });
    expect(res.status).toBe(400);
  });
});
