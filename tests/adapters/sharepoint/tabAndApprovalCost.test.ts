// The object tab's reads and the approval click through /api/messages on SharePoint (issue 18): their cost
// in resource units, counted at the fake of Graph after Microsoft's published costs, on the demo data.
// Targets: approval ≤ 25 (met), object tab ≤ 15 (not yet: 52 → 37, held as a ceiling here, the target kept
// as a known failure below that turns red when it is met, to be made a plain test then).
import { randomUUID } from 'node:crypto';
import { startApp, type App } from '../../../src/composition';
import { loadConfig } from '../../../src/config';
import { jsonLogger } from '../../../src/adapters/logging/jsonLogger';
import { startFakeSharePoint, assertNoUnhandled, type FakeSharePoint } from '../../support/fakeGraph';
import { DEMO_NOW } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';
import { invoke } from '../../../bench/botInvoke';

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

async function tabCost() {
  const akn = (await app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const viewer = (await who('Sara Engström')).id;
  const plan = (await app.store.plans.findAll({ objectId: akn.id })).find((p) => p.year === 2027)!;
  const paths = [
    `/api/objects/${akn.id}`,
    `/api/objects/${akn.id}/plans`,
    `/api/plans/${plan.id}`,
    `/api/plans/${plan.id}/budget-lines`,
  ];
  await Promise.all(paths.map((p) => call('GET', p, viewer))); // the first answers warm what may be kept
  site.fake.resetLog();
  const [overview, plans, onePlan, lines] = await Promise.all(paths.map((p) => call('GET', p, viewer)));
  trace();
  expect(overview).toBeTruthy();
  expect(plans).toBeTruthy();
  expect(onePlan!['id']).toBe(plan.id);
  expect(Array.isArray(lines)).toBe(true);
  return site.fake.cost();
}

it('the object tab: its four API reads cost at most 37 resource units (was 52)', async () => {
  expect((await tabCost()).units).toBeLessThanOrEqual(37);
}, 60_000);

it.failing(
  'the object tab: its four API reads cost at most 15 resource units (the target)',
  async () => {
    expect((await tabCost()).units).toBeLessThanOrEqual(15);
  },
  60_000,
);

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
