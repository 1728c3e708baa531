// The bot sends only to allowed Bot Connectors (issue 12, finding 2), here in demo mode, where nothing
// vouches for an activity: a serviceUrl off the allow-list is refused (400) before any request and
// stores nothing, stored references cannot be taken over, and proactive sends check the address too.
import { COLLECTIONS, type CollectionName } from '../../src/services/ports/store';
import { cardAction, installation, message, type ChannelContext, speaker } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { startRecordingListener, type RecordingListener } from '../support/recordingListener';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let a: FakeConnector;
let b: FakeConnector;
let listener: RecordingListener;
let ch: ChannelContext;

const leader = speaker('akn.leaderIt', 'Oskar Lindell');
const owner = speaker('akn.ownerBusiness', 'Karin Westberg');

async function send(activity: object) {
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  return { status: res.status, text: await res.text(), retryAfter: res.headers.get('retry-after') };
}

/** Everything in the store, as id → eTag per collection. */
async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[])
    out[name] = (await t.app.store[name].findAll()).map((r) => `${r.id}:${r.etag}`).sort();
  return JSON.stringify(out);
}

const heardNothing = () => {
  expect(listener.requests).toEqual([]);
  expect(a.requests).toEqual([]);
  expect(b.requests).toEqual([]);
};

beforeAll(async () => {
  a = await startFakeConnector();
  b = await startFakeConnector();
  listener = await startRecordingListener();
  t = await startTestApp({ env: { BOT_SERVICE_URLS: `${a.url},${b.url}` } });
  ch = {
    serviceUrl: a.url,
    teamId: '19:team-ssrf@thread.tacv2',
    channelId: '19:kanal-ssrf@thread.tacv2',
    tenantId: 'tenant-1',
  };
});
afterAll(async () => {
  await t.stop();
  await Promise.all([a.close(), b.close(), listener.close()]);
});
beforeEach(() => {
  a.reset();
  b.reset();
  listener.requests.length = 0;
});

describe('a serviceUrl off the allow-list', () => {
  const hostile = () => {
    const port = new URL(a.url).port;
    return [
      `${listener.url}/internal/admin/delete?x=`,
      `${listener.url}/`,
      `http://user:password@127.0.0.1:${port}/`,
      `http://127.0.0.1:${port}/?x=1`,
      `http://127.0.0.1:${port}/#x`,
      `http://127.0.0.2:${port}/`,
      `http://[::1]:${port}/`,
      `http://0.0.0.0:${port}/`,
      `http://2130706433:${port}/`,
      `http://localhost.example.com:${port}/`,
      `https://127.0.0.1:${port}/`,
      `http://127.0.0.1:${port}@127.0.0.1:${listener.port}/`,
      `http://127.0.0.1:${port}\\@127.0.0.1:${listener.port}/`,
      `http://127.0.0.1:${port}/%2e%2e/`,
      `http://127.0.0.1:${port}/%ZZ`,
      `http://127.0.0.1:${port}/../x`,
      `ftp://127.0.0.1:${port}/`,
      `file:///etc/passwd`,
      // Microsoft's own connector: not where a demo without credentials answers.
      'https://smba.trafficmanager.net/emea/',
    ];
  };

  it('is refused (400) for messages, installations and card actions: no request anywhere, nothing stored', async () => {
    const plan = (await t.app.store.plans.findAll()).find((p) => p.year === 2027)!;
    const before = await snapshot();
    for (const serviceUrl of hostile()) {
      const at = { ...ch, serviceUrl, channelId: '19:kanal-hostile@thread.tacv2' };
      for (const activity of [
        message(at, leader, 'hjälp'),
        message(at, leader, 'koppla AKN'),
        installation(at, leader),
        cardAction(at, owner, 'plan.approve', { planId: plan.id, round: plan.approvalRound }),
      ]) {
        const res = await send(activity);
        expect({ serviceUrl, status: res.status }).toEqual({ serviceUrl, status: 400 });
      }
    }
    // Let any stray send finish before looking.
    await new Promise((r) => setTimeout(r, 50));
    heardNothing();
    expect(await snapshot()).toBe(before);
  });

  it('an allowed one is answered there (the control)', async () => {
    const res = await send(message(ch, leader, 'hjälp'));
    expect(res.status).toBe(200);
    expect(a.calls).toHaveLength(1);
    expect(b.requests).toEqual([]);
  });

  it('a stored reference off the list (an older version wrote it) gets no proactive post or update', async () => {
    const plan = (await t.app.store.plans.findAll()).find((p) => p.year === 2027)!;
    await t.app.store.conversations.create({
      conversationId: '19:kanal-gammal@thread.tacv2',
      serviceUrl: `${listener.url}/internal/admin/delete?x=`,
      tenantId: 'tenant-1',
      teamId: '19:team-gammal@thread.tacv2',
      channelId: '19:kanal-gammal@thread.tacv2',
      conversationType: 'channel',
      installedAt: DEMO_NOW.toISOString(),
      active: true,
    });
    const queued = [];
    for (const action of ['post', 'update'] as const)
      queued.push(
        await t.app.store.outbox.create({
          action,
          subject: { type: 'planApproval', planId: plan.id },
          subjectKey: `planApproval:${plan.id}|19:kanal-gammal@thread.tacv2|${action}`,
          conversationId: '19:kanal-gammal@thread.tacv2',
          serviceUrl: `${listener.url}/internal/admin/delete?x=`,
          locale: 'sv',
          status: 'pending',
          attempts: 0,
          nextAttemptAt: DEMO_NOW.toISOString(),
          lastError: '',
          activityId: action === 'update' ? 'activity-1' : null,
        }),
      );
    await t.app.dispatcher.kick();
    heardNothing();
    for (const m of queued) {
      const after = await t.app.store.outbox.get(m.id);
      // Refused for good: retrying would only ask again.
      expect(after).toMatchObject({
        status: 'failed',
        lastError: expect.stringContaining('serviceUrl refused'),
      });
    }
  });
});

describe('a bound channel cannot be taken over', () => {
  it('an activity with the channel id and another allowed serviceUrl is refused; cards keep going to the channel', async () => {
    expect((await send(installation(ch, leader))).status).toBe(200);
    expect((await send(message(ch, leader, 'koppla AKN'))).status).toBe(200);
    const [stored] = await t.app.store.conversations.findAll({ conversationId: ch.channelId });
    expect(stored).toMatchObject({ serviceUrl: a.url, tenantId: 'tenant-1' });
    a.reset();

    const before = await snapshot();
    const takeover = await send(message({ ...ch, serviceUrl: b.url }, leader, 'hjälp'));
    expect(takeover.status).toBe(400);
    const otherTenant = await send(message({ ...ch, tenantId: 'tenant-2' }, leader, 'hjälp'));
    expect(otherTenant.status).toBe(403);
    expect(await snapshot()).toBe(before);
    expect((await t.app.store.conversations.get(stored!.id))!.etag).toBe(stored!.etag);

    // The next decision: a plan submitted and approved in the tab is announced in the channel, at A.
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const plan = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: t.person('Oskar Lindell'),
      body: { year: 2029, copyFromYear: 2027 },
    });
    expect(
      (await t.call('POST', `/api/plans/${plan.body.id}/submit`, { as: t.person('Oskar Lindell') })).status,
    ).toBe(200);
    for (const name of ['Karin Westberg', 'Mikael Borg']) {
      const res = await t.call('POST', `/api/plans/${plan.body.id}/approve`, {
        as: t.person(name),
        body: { comment: 'Bra.' },
      });
      expect(res.status).toBe(200);
    }
    await t.app.dispatcher.kick();
    const decision = a.calls.find((c) =>
      JSON.stringify(a.cardOf(c) ?? {}).includes('Beslut: Objektplan AKN 2029'),
    );
    expect(decision).toBeDefined();
    expect(b.requests).toEqual([]);
  });
});
