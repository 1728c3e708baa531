// Issue 18 point 4: two server instances on one store — the same SharePoint site (the api-sharepoint
// project, on the fake of Graph) or the same embedded database file (the default project; SQLite's WAL
// serves several connections and processes on one machine). Behind any load balancer, nothing may happen
// twice and nothing one instance wrote may be hidden from the other (docs/deploy.md, ADR 0031).
import { startApp, type App } from '../../src/composition';
import { jsonLogger } from '../../src/adapters/logging/jsonLogger';
import { LeaseService } from '../../src/services/leases/leaseService';
import type { OutboxMessage } from '../../src/domain/model';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/testApp';

/** One clock for every instance (their hosts' clocks agree), moved by the tests. */
const clock = { at: DEMO_NOW.getTime(), now: () => new Date(clock.at) };
const DISPATCHER = { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000 };
const CHANNEL = '19:skalning@thread.tacv2';

let connector: FakeConnector;
let t: TestApp;
/** The first instance (with the test client) and a second one on the same store. */
let a: App;
let b: App;

function another(): Promise<App> {
  return startApp(
    { ...t.app.config, port: 0, demoData: false },
    {
      clock,
      logger: jsonLogger('silent'),
      bot: { dispatcher: DISPATCHER },
      reminderIntervalMs: 3_600_000,
    },
  );
}

async function on(app: App, method: string, path: string, as: string, body?: unknown, ifMatch?: string) {
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      'X-Demo-User': as,
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(ifMatch ? { 'If-Match': ifMatch } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

function card(decisionId: string, status: OutboxMessage['status'] = 'pending'): OutboxMessage {
  return {
    action: 'post',
    subject: { type: 'decision', decisionId },
    subjectKey: `decision:${decisionId}|${CHANNEL}`,
    conversationId: CHANNEL,
    serviceUrl: connector.url,
    locale: 'sv',
    status,
    attempts: 0,
    nextAttemptAt: clock.now().toISOString(),
    lastError: '',
    activityId: null,
  };
}

const postsTo = (conversationId: string) =>
  connector.calls.filter((c) => c.method === 'POST' && c.conversationId === conversationId);

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApp({
    clock,
    env: { BOT_SERVICE_URLS: connector.url, RATE_LIMIT_WRITES_PER_MINUTE: '4' },
    bot: { dispatcher: DISPATCHER },
  });
  a = t.app;
  b = await another();
}, 60_000);
afterAll(async () => {
  await b?.close();
  await t?.stop();
  await connector?.close();
});
beforeEach(() => connector.reset());

describe('two instances on one store', () => {
  it('the outbox posts each card once, however the two dispatchers race', async () => {
    const decisions = (await a.store.decisions.findAll()).slice(0, 6);
    expect(decisions).toHaveLength(6);
    for (const d of decisions) await a.store.outbox.create(card(d.id));
    // Both instances run passes at once, twice over: each message is claimed by one of them (by eTag).
    const sent = await Promise.all([a.dispatcher.kick(), b.dispatcher.kick(), b.dispatcher.kick()]);
    sent.push(...(await Promise.all([a.dispatcher.kick(), b.dispatcher.kick()])));
    expect(sent.reduce((x, y) => x + y, 0)).toBe(6);
    const posts = postsTo(CHANNEL);
    expect(posts).toHaveLength(6);
    const outbox = (await b.store.outbox.findAll()).filter((m) => m.conversationId === CHANNEL);
    expect(outbox.map((m) => m.status)).toEqual(Array(6).fill('sent'));
    expect(new Set(outbox.map((m) => m.activityId)).size).toBe(6);
  });

  it('reminders fire once: the agenda card of a meeting reaches its channel once', async () => {
    const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
    const akn = objects.find((o) => o.code === 'AKN')!;
    const bound = await t.call('POST', '/api/channel-bindings', {
      as: t.person('Oskar Lindell'),
      body: { channelId: '19:akn-skalning@thread.tacv2', teamId: 'team-akn-skalning', objectId: akn.id },
    });
    expect(bound.status).toBeLessThan(300);
    await a.store.conversations.create({
      conversationId: 'team-akn-skalning',
      serviceUrl: connector.url,
      tenantId: 't',
      teamId: 'team-akn-skalning',
      channelId: null,
      conversationType: 'channel',
      installedAt: clock.now().toISOString(),
      active: true,
    });
    const osg = (
      (await t.call('GET', '/api/forums')).body as { id: string; kind: string; objectId: string }[]
    )
      .filter((f) => f.kind === 'osg')
      .find((f) => f.objectId === akn.id)!;
    const meeting = await t.call('POST', `/api/forums/${osg.id}/meetings`, {
      as: t.person('Karin Westberg'),
      body: { title: 'Skalningsmöte', start: '2026-11-26T12:00:00Z', end: '2026-11-26T13:00:00Z' },
    });
    expect(meeting.status).toBe(201);
    // Each instance's scheduler runs its pass at the same moment, then both send what was queued.
    await Promise.all([a.reminders.runNow(), b.reminders.runNow()]);
    await Promise.all([a.dispatcher.kick(), b.dispatcher.kick()]);
    const agendas = (await a.store.outbox.findAll()).filter(
      (m) =>
        m.subject.type === 'agenda' && (m.subject as { meetingId: string }).meetingId === meeting.body.id,
    );
    expect(agendas).toHaveLength(1);
    expect(agendas[0]!.status).toBe('sent');
    const agendaPosts = postsTo('19:akn-skalning@thread.tacv2').filter((c) =>
      JSON.stringify(connector.cardOf(c) ?? {}).includes('Skalningsmöte'),
    );
    expect(agendaPosts).toHaveLength(1);
  });

  it("no instance serves another's stale data: a write through one is read at once through the other, and refused at once", async () => {
    const leader = t.person('Frida Blomqvist'); // UKF's leader, whose 2027 plan is a draft
    const objects = (await on(a, 'GET', '/api/objects', leader)).body as { id: string; code: string }[];
    const ukf = objects.find((o) => o.code === 'UKF')!;
    const plans = (await on(a, 'GET', `/api/objects/${ukf.id}/plans`, leader)).body as {
      id: string;
      status: string;
    }[];
    const draft = plans.find((p) => p.status === 'draft')!;
    const [line] = (await on(a, 'GET', `/api/plans/${draft.id}/budget-lines`, leader)).body as {
      id: string;
      etag: string;
    }[];
    // Read through A (whatever A might keep), written through B, read again through A.
    const name = 'Ändrad via instans B';
    const written = await on(b, 'PATCH', `/api/budget-lines/${line!.id}`, leader, { name }, line!.etag);
    expect(written.status).toBe(200);
    const again = (await on(a, 'GET', `/api/plans/${draft.id}/budget-lines`, leader)).body as {
      id: string;
    }[];
    expect(again.find((l) => l.id === line!.id)).toMatchObject({ name, etag: written.body.etag });
    // Who may do what: a role taken away through B is refused through A at once, for every write (a
    // write is authorized on a fresh read); what A shows of it (GET /api/me) may on SharePoint be kept
    // for ACTOR_CACHE_MS (ADR 0036), and is renewed by that write's fresh read.
    const admin = t.person('Lena Holm');
    const me = (await on(a, 'GET', '/api/me', leader)).body as {
      roleAssignments: { id: string; role: string; etag: string }[];
    };
    const role = me.roleAssignments.find((r) => r.role === 'leaderBusiness')!;
    expect(
      (await on(b, 'DELETE', `/api/role-assignments/${role.id}`, admin, undefined, role.etag)).status,
    ).toBe(204);
    const refused = await on(
      a,
      'PATCH',
      `/api/budget-lines/${line!.id}`,
      leader,
      { name: 'x' },
      written.body.etag,
    );
    expect(refused.status).toBe(403);
    const after = (await on(a, 'GET', '/api/me', leader)).body as { roleAssignments: { id: string }[] };
    expect(after.roleAssignments.map((r) => r.id)).not.toContain(role.id);
  });

  it("one object's plan for a year, when both instances start it at the same moment", async () => {
    const leader = t.person('Oskar Lindell');
    const objects = (await on(a, 'GET', '/api/objects', leader)).body as { id: string; code: string }[];
    const akn = objects.find((o) => o.code === 'AKN')!;
    const answers = await Promise.all(
      [a, b, a, b].map((app) => on(app, 'POST', `/api/objects/${akn.id}/plans`, leader, { year: 2031 })),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    expect(await a.store.plans.findAll({ objectId: akn.id, year: 2031 })).toHaveLength(1);
  });

  it('one object with a code, when both instances create it at the same moment', async () => {
    const keeper = t.person('Erik Sjöberg');
    const body = { code: 'SKAL', name: 'Skalningsobjekt', category: 'support' };
    const answers = await Promise.all([a, b].map((app) => on(app, 'POST', '/api/objects', keeper, body)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await a.store.objects.findAll({ code: 'SKAL' })).toHaveLength(1);
  });

  it('the write rate limit is per instance, as docs/deploy.md says: each counts what it serves', async () => {
    const person = t.person('Sara Engström');
    const write = (app: App) => on(app, 'POST', '/api/objects', person, {});
    // RATE_LIMIT_WRITES_PER_MINUTE=4: the fifth write through A is refused, while B has counted none.
    for (let i = 0; i < 4; i++) expect((await write(a)).status).not.toBe(429);
    expect((await write(a)).status).toBe(429);
    expect((await write(b)).status).not.toBe(429);
  });

  it('a lease held by an instance that dies is handed over once it expires', async () => {
    const dying = await another();
    const held = new LeaseService({ store: dying.store, clock });
    expect(await held.tryAcquire('reminders', 'instance-dying', 60_000)).toBe(true);
    // A card the dying instance had claimed, its request under way, when it stopped.
    const decision = (await a.store.decisions.findAll())[6]!;
    await dying.store.outbox.create(card(decision.id, 'sending'));
    await dying.close(); // stopped without a word: nothing released
    // While the lease runs, the survivors wait; the claimed card is not theirs to send.
    expect(await b.services.reminders.runDue('instance-b')).toBeNull();
    await b.dispatcher.kick();
    expect((await a.store.outbox.findAll({ subjectKey: card(decision.id).subjectKey }))[0]!.status).toBe(
      'sending',
    );
    clock.at += 3 * 60_000; // past the lease (1 min) and the outbox's sending lease (2 min)
    expect(await b.services.reminders.runDue('instance-b')).not.toBeNull();
    expect(await a.services.reminders.runDue('instance-a')).not.toBeNull(); // released after B's pass
    // The post may have reached the channel before the instance died: it is never posted twice.
    await b.dispatcher.kick();
    const message = (await a.store.outbox.findAll({ subjectKey: card(decision.id).subjectKey }))[0]!;
    expect(message.status).toBe('uncertain');
    expect(postsTo(CHANNEL)).toHaveLength(0);
  });
});
