// Round trips to Graph of approving a plan (issue 5: at most 4, the identity included), counted at the
// fake: a regression here shows in the tests, not only in the next benchmark run. `npm run bench` keeps
// the figures of record for every view.
import { startApp, type App } from '../../../src/composition';
import { loadConfig } from '../../../src/config';
import { jsonLogger } from '../../../src/adapters/logging/jsonLogger';
import { startFakeSharePoint, assertNoUnhandled, type FakeSharePoint } from '../../support/fakeGraph';
import { DEMO_NOW } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';

let site: FakeSharePoint;
let app: App;
let dir: ReturnType<typeof tempDir>;
const people = new Map<string, string>();
let aknId: string;

beforeAll(async () => {
  site = await startFakeSharePoint();
  site.fake.now = () => DEMO_NOW;
  dir = tempDir();
  app = await startApp(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir.path, ...site.env }), {
    clock: { now: () => DEMO_NOW },
    logger: jsonLogger('silent'),
    bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000 } },
    reminderIntervalMs: 3_600_000,
  });
  for (const p of await app.store.people.findAll()) people.set(p.displayName, p.id);
  aknId = (await app.store.objects.findAll({ code: 'AKN' }))[0]!.id;
}, 60_000);
afterAll(async () => {
  await app.close();
  await site.close();
  dir.cleanup();
  assertNoUnhandled(site.fake);
});

async function trips(path: string, as: string) {
  site.fake.resetLog();
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: { 'X-Demo-User': people.get(as)!, 'Content-Type': 'application/json' },
    body: '{}',
  });
  expect(res.status).toBe(200);
  return { count: site.fake.log.length, body: (await res.json()) as { plan: { status: string } } };
}

async function submittedPlan(year: number) {
  const leader = people.get('Petra Nyström')!;
  const res = await fetch(`${app.url}/api/objects/${aknId}/plans`, {
    method: 'POST',
    headers: { 'X-Demo-User': leader, 'Content-Type': 'application/json' },
    body: JSON.stringify({ year }),
  });
  const plan = (await res.json()) as { id: string };
  await fetch(`${app.url}/api/plans/${plan.id}/submit`, {
    method: 'POST',
    headers: { 'X-Demo-User': leader },
  });
  // Cards queued so far count as sent (the dispatcher is idle here).
  for (const m of await app.store.outbox.findAll({ status: 'pending' }))
    await app.store.outbox.update(m.id, { ...m, status: 'sent', activityId: `a-${m.id}` }, m.etag);
  return plan.id;
}

it('approving a plan: 4 round trips for each owner, the audit entries and the cards included', async () => {
  const planId = await submittedPlan(2028);
  const first = await trips(`/api/plans/${planId}/approve`, 'Mikael Borg');
  expect(first.body.plan.status).toBe('preliminary');
  expect(first.count).toBeLessThanOrEqual(4);
  const second = await trips(`/api/plans/${planId}/approve`, 'Karin Westberg');
  expect(second.body.plan.status).toBe('approved');
  expect(second.count).toBeLessThanOrEqual(4);
  const entries = await app.store.auditLog.findAll({ collection: 'plans', recordId: planId });
  expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'update']);
  expect(await app.store.auditLog.findAll({ collection: 'planApprovals' })).toHaveLength(2);
});

it('the same with the object bound to a channel where its approval card was posted', async () => {
  await app.store.conversations.create({
    conversationId: '19:team@thread.tacv2',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    tenantId: 't',
    teamId: '19:team@thread.tacv2',
    channelId: '19:team@thread.tacv2',
    conversationType: 'channel',
    installedAt: DEMO_NOW.toISOString(),
    active: true,
  });
  await app.store.channelBindings.create({
    channelId: '19:akn@thread.tacv2',
    teamId: '19:team@thread.tacv2',
    tenantId: 't',
    objectId: aknId,
    boundByPersonId: people.get('Petra Nyström')!,
    boundAt: DEMO_NOW.toISOString(),
  });
  const planId = await submittedPlan(2029);
  const first = await trips(`/api/plans/${planId}/approve`, 'Mikael Borg');
  expect(first.count).toBeLessThanOrEqual(4);
  const update = await app.store.outbox.findAll({ status: 'pending' });
  expect(update.map((m) => [m.action, m.subject.type])).toEqual([['update', 'planApproval']]);
  await app.store.outbox.update(update[0]!.id, { ...update[0]!, status: 'sent' }, update[0]!.etag);
  const second = await trips(`/api/plans/${planId}/approve`, 'Karin Westberg');
  expect(second.count).toBeLessThanOrEqual(4);
  const queued = await app.store.outbox.findAll({ status: 'pending' });
  expect(queued.map((m) => [m.action, m.subject.type]).sort()).toEqual([
    ['post', 'decision'],
    ['update', 'planApproval'],
  ]);
});
