// The object tab's reads and the approval click through /api/messages on SharePoint (issue 18): their cost
// in resource units, counted at the fake of Graph after Microsoft's published costs, on the demo data.
// Targets: approval ≤ 25, object tab ≤ 15 (the requests the page makes when opened, as
// `BENCH_ONLY=tab npm run bench:sharepoint` finds them in Chromium: see docs/benchmarks.md), and few
// enough round trips one after another that 100 ms each fits in the tab's 1.0 s.
import { randomUUID } from 'node:crypto';
import { startApp, type App } from '../../../src/composition';
import { loadConfig } from '../../../src/config';
import { jsonLogger } from '../../../src/adapters/logging/jsonLogger';
import { startFakeSharePoint, assertNoUnhandled, type FakeSharePoint } from '../../support/fakeGraph';
import { DEMO_NOW } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';
import { invoke } from '../../../bench/botInvoke';
import { costOf, depthOf } from '../../../bench/objectTab';

let site: FakeSharePoint;
let app: App;
let dir: ReturnType<typeof tempDir>;

beforeAll(async () => {
  site = await startFakeSharePoint();
  site.fake.now = () => DEMO_NOW;
  dir = tempDir();
  app = await startApp(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dir.path,
      DEMO_DATA: 'true',
      BOT_SERVICE_URLS: 'http://127.0.0.1:9',
      RATE_LIMIT_BOT_CONVERSATION: '0',
      RATE_LIMIT_BOT_ADDRESS: '0',
      ...site.env,
    }),
    {
      clock: { now: () => DEMO_NOW },
      logger: jsonLogger('silent'),
      bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000 } },
      reminderIntervalMs: 3_600_000,
    },
  );
}, 120_000);
afterAll(async () => {
  await app.close();
  await site.close();
  dir.cleanup();
  assertNoUnhandled(site.fake);
});

const who = async (name: string) => (await app.store.people.findAll()).find((p) => p.displayName === name)!;

async function call(method: string, path: string, as: string, body?: unknown) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: { 'X-Demo-User': as, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  expect(`${res.status} ${method} ${path}`).toBe(`${res.status < 300 ? res.status : 200} ${method} ${path}`);
  return (text ? JSON.parse(text) : undefined) as Record<string, unknown>;
}

function trace() {
  if (!process.env['COST_TRACE']) return;
  for (const r of site.fake.log)
    console.log(
      r.kind,
      r.units,
      r.method,
      r.url,
      ...(r.inner ?? []).map((i) => `\n    ${i.kind} ${i.units} ${i.method} ${i.url}`),
    );
}

/** The requests the object tab's page makes when opened (besides the anonymous /api/auth/config). */
async function objectTab() {
  const akn = (await app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const viewer = (await who('Sara Engström')).id;
  const paths = ['/api/me', `/api/objects/${akn.id}`, '/api/people'];
  return async () => {
    const [me, overview, people] = await Promise.all(paths.map((p) => call('GET', p, viewer)));
    expect(me!['person']).toMatchObject({ id: viewer });
    expect(overview!['code']).toBe('AKN');
    expect(Array.isArray(people)).toBe(true);
  };
}

// First: the server has answered nothing yet, so it keeps nothing (the person, the people, the line
// organisations): what the first person to open a tab after a start or a quiet minute pays.
it('the object tab on a fresh server: at most 22 resource units, two round trips one after another', async () => {
  const open = await objectTab();
  site.fake.latencyMs = 60;
  site.fake.resetLog();
  try {
    await open();
  } finally {
    site.fake.latencyMs = 0;
  }
  trace();
  const cost = { ...site.fake.cost(), depth: depthOf(site.fake.log) };
  if (process.env['COST_TRACE']) console.log('fresh', cost);
  expect(cost.units).toBeLessThanOrEqual(22);
  expect(cost.depth).toBeLessThanOrEqual(2);
}, 60_000);

it('the object tab: its requests cost at most 15 resource units (the target), in one round trip', async () => {
  const open = await objectTab();
  await open(); // as a running server has answered them: what it keeps for a while is kept
  const cost = await costOf(site.fake, open);
  trace();
  if (process.env['COST_TRACE']) console.log('object tab', cost);
  expect(cost.units).toBeLessThanOrEqual(15);
  expect(cost.depth).toBe(1);
}, 60_000);

// The four reads the tab made before it opened on the overview alone (the plan's now load with its view):
// kept as a ceiling, since the plan's own reads are not this test's target.
it("the overview with the plan view's three reads: at most 30 resource units (was 37)", async () => {
  const akn = (await app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const viewer = (await who('Sara Engström')).id;
  const plan = (await app.store.plans.findAll({ objectId: akn.id })).find((p) => p.year === 2027)!;
  const paths = [
    `/api/objects/${akn.id}`,
    `/api/objects/${akn.id}/plans`,
    `/api/plans/${plan.id}`,
    `/api/plans/${plan.id}/budget-lines`,
  ];
  const read = async () => {
    const [overview, plans, onePlan, lines] = await Promise.all(paths.map((p) => call('GET', p, viewer)));
    expect(overview).toBeTruthy();
    expect(plans).toBeTruthy();
    expect(onePlan!['id']).toBe(plan.id);
    expect(Array.isArray(lines)).toBe(true);
  };
  await read();
  const cost = await costOf(site.fake, read);
  trace();
  if (process.env['COST_TRACE']) console.log('plan view', cost);
  expect(cost.units).toBeLessThanOrEqual(30);
}, 60_000);

// The bench (bench/latency.ts) counts the same click: a person's second, the round known from the card,
// and nothing of an earlier click's deferred outbox pass in the window (this dispatcher waits an hour).
it('the approval click through /api/messages: at most 4 round trips and 20 resource units (target 25)', async () => {
  const akn = (await app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const leader = (await who('Petra Nyström')).id;
  const owner = await who('Mikael Borg');
  const aad = owner.entraObjectId ?? randomUUID();
  if (!owner.entraObjectId) {
    const { id: _id, etag, createdAt: _c, updatedAt: _u, ...rest } = owner;
    await app.store.people.update(owner.id, { ...rest, entraObjectId: aad }, etag);
  }
  const click = async (year: number) => {
    const created = await call('POST', `/api/objects/${akn.id}/plans`, leader, { year, copyFromYear: 2027 });
    const planId = String(created['id']);
    await call('POST', `/api/plans/${planId}/submit`, leader, {});
    const round = (await app.store.plans.get(planId))!.approvalRound;
    site.fake.resetLog();
    const res = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(invoke(aad, planId, round)),
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text).toContain('godkänt');
    return site.fake.cost();
  };
  await click(2040); // the first click of this person (their Teams id is recorded once)
  const second = await click(2041);
  trace();
  if (process.env['COST_TRACE']) console.log('approval', second);
  // 1 the person by their Entra object id, beside the plan, its approvals and lines; 2 their roles,
  // beside the plan's object's parts; 3 the answer; 4 its audit entry. The conversation is known since
  // the first click, and the person is not read again by id.
  // At most: a later change that saves more only lowers them.
  expect(second.roundTrips).toBeLessThanOrEqual(4);
  expect(second.units).toBeLessThanOrEqual(20);
}, 60_000);
