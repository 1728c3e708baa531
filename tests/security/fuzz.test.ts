// Random and malformed input at every write of the API (taken from the route table, so a new route is
// fuzzed without anyone remembering to) and at the bot's card actions: never a 500, never a change.
import fc from 'fast-check';
import type { z } from 'zod';
import { apiRoutes, type RouteDef } from '../../src/adapters/http/routes';
import { APPROVAL_VERBS } from '../../src/adapters/bot/cards/approvalCard';
import { DECISION_OUTCOMES, ESCALATION_VERBS } from '../../src/adapters/bot/cards/escalationCard';
import { ESCALATION_LEVELS } from '../../src/domain/model';
import { demoObjectId } from '../../src/demo/seed';
import { COLLECTIONS, type CollectionName } from '../../src/services/ports/store';
import { cardAction, message, type ChannelContext, type Speaker } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { startTestApp, type TestApp } from '../support/testApp';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);

let t: TestApp;
let connector: FakeConnector;
let ch: ChannelContext;
let callers: string[];

/** Which collection a path's {id} names, by the path's first segment after /api. */
const ID_OF: Record<string, CollectionName> = {
  objects: 'objects',
  products: 'products',
  components: 'components',
  'related-objects': 'relatedObjects',
  contracts: 'contracts',
  people: 'people',
  'role-assignments': 'roleAssignments',
  plans: 'plans',
  'budget-lines': 'budgetLines',
  initiatives: 'initiatives',
  forums: 'forums',
  meetings: 'meetings',
};

/** Everything in the store (but the audit log, checked by count), as id → eTag per collection. */
/**
 * Every record by id and eTag (the audit log by count). `newConversations`: leave out conversations and
 * their audit entries — a well-formed message from a new conversation on an allowed serviceUrl is
 * legitimately remembered, and random whole activities can be exactly that.
 */
async function snapshot(newConversations = false): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    if (newConversations && name === 'conversations') continue;
    const records = await t.app.store[name].findAll();
    out[name] =
      name === 'auditLog'
        ? records.filter(
            (r) => !newConversations || (r as { collection?: string }).collection !== 'conversations',
          ).length
        : records.map((r) => `${r.id}:${r.etag}`).sort();
  }
  return JSON.stringify(out);
}

async function target(route: RouteDef): Promise<{ path: string; etag?: string }> {
  const segment = route.path.split('/')[2]!;
  const collection = ID_OF[segment];
  let etag: string | undefined;
  let path = route.path;
  if (path.includes('{id}')) {
    // The AKN object and its 2027 plan where that is what the path names; else the first record.
    const records = collection ? await t.app.store[collection].findAll() : [];
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const preferred =
      collection === 'objects'
        ? akn
        : collection === 'plans'
          ? records.find((r) => (r as { year?: number; objectId?: string }).year === 2027)
          : records[0];
    const record = preferred ?? { id: 'finns-inte', etag: '"0"' };
    path = path.replace('{id}', encodeURIComponent(record.id));
    etag = record.etag;
  }
  if (path.includes('{componentId}')) {
    const [link] = await t.app.store.productComponents.findAll();
    path = path.replace('{componentId}', link?.componentId ?? 'finns-inte');
  }
  return { path, ...(etag ? { etag } : {}) };
}

/** Bodies that the route's schema refuses: wrong shapes, wrong types, unknown fields, or none of it. */
function badBodies(schema: z.ZodType | undefined): fc.Arbitrary<{ raw: string }> {
  const shape = (schema as unknown as { shape?: Record<string, unknown> })?.shape;
  const keys = shape ? Object.keys(shape) : ['name'];
  const json = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(fc.constantFrom(...keys), fc.jsonValue(), { maxKeys: keys.length }),
    fc.record({ [keys[0]!]: fc.oneof(fc.string({ maxLength: 5000 }), fc.double(), fc.constant(null)) }),
  );
  // What the route would accept: services read a missing or null body as {} (and a route without a
  // body takes none, or {}).
  const valid = (v: unknown) =>
    schema ? schema.safeParse(v ?? {}).success : v === null || v === undefined || isEmptyObject(v);
  const refused = (raw: string) => {
    try {
      return !valid(JSON.parse(raw));
    } catch {
      return true; // not JSON: refused by the parser
    }
  };
  return fc
    .oneof(
      // Well-formed JSON that the schema refuses (a body where the route takes none counts as refused).
      json.map((v) => ({ raw: JSON.stringify(v) })),
      // Not JSON at all, or cut off.
      fc.string({ maxLength: 200 }).map((s) => ({ raw: `{${s}` })),
      fc
        .constantFrom('{"a":', '[1,2', 'null null', '\u0000', '{"__proto__":{"x":1}}', '"'.repeat(3))
        .map((raw) => ({ raw })),
    )
    .filter(({ raw }) => refused(raw));
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApp({
    env: {
      RATE_LIMIT_WRITES_PER_MINUTE: '0',
      RATE_LIMIT_BOT_CONVERSATION: '0',
      RATE_LIMIT_BOT_ADDRESS: '0',
      BOT_SERVICE_URLS: connector.url,
    },
    bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000, baseDelayMs: 1000 } },
  });
  // An administrator (most rights) and AKN's business owner (the object's rights): the payload, not
  // the permission, is what must be refused.
  callers = [t.person('Lena Holm'), t.person('Karin Westberg')];
  ch = {
    serviceUrl: connector.url,
    teamId: '19:team-fuzz@thread.tacv2',
    channelId: '19:kanal-fuzz@thread.tacv2',
    tenantId: 'tenant-1',
  };
});
afterAll(async () => {
  await t.stop();
  await connector.close();
});

const writes = () =>
  apiRoutes(t.app.services, { storeKind: 'sqlite', authMode: 'demo' }).filter((r) => r.method !== 'get');

describe('every write endpoint refuses malformed payloads', () => {
  it('covers the write routes of the route table', () => {
    expect(writes().length).toBeGreaterThanOrEqual(40);
  });

  // One test per route, listed from the route table at collection time.
  const listed = apiRoutes({} as never, { storeKind: 'sqlite', authMode: 'demo' }).filter(
    (r) => r.method !== 'get',
  );
  it.each(listed.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r.path, r.method] as const))(
    '%s',
    async (_name, path, method) => {
      const route = writes().find((r) => r.path === path && r.method === method)!;
      const before = await snapshot();
      await fc.assert(
        fc.asyncProperty(badBodies(route.body), fc.constantFrom(...callers), async ({ raw }, as) => {
          const { path: url, etag } = await target(route);
          const res = await t.call(method.toUpperCase(), url, {
            as,
            rawBody: raw,
            ...(etag ? { ifMatch: etag } : {}),
          });
          if (res.status >= 500 || (res.status >= 200 && res.status < 300))
            throw new Error(
              `${method} ${url} with ${raw.slice(0, 200)} → ${res.status} ${JSON.stringify(res.body)}`,
            );
          expect(res.body?.error?.message).toEqual(expect.any(String));
        }),
        { numRuns: RUNS },
      );
      expect(await snapshot()).toBe(before);
    },
  );
});

describe('card actions refuse malformed and foreign payloads', () => {
  const speakers: Speaker[] = [
    { aadObjectId: demoObjectId('akn.ownerBusiness'), teamsUserId: '29:ob', name: 'Karin Westberg' },
    { aadObjectId: demoObjectId('akn.specialistIt'), teamsUserId: '29:sp', name: 'Sara Engström' },
    { aadObjectId: '11111111-2222-4333-8444-555555555555', teamsUserId: '29:x', name: 'Okänd' },
  ];

  async function invoke(activity: object) {
    const res = await fetch(`${t.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(activity),
    });
    return { status: res.status, text: await res.text() };
  }

  it('never a 500, never a change', async () => {
    const plan = (await t.app.store.plans.findAll()).find((p) => p.year === 2027)!;
    const initiative = (await t.app.store.initiatives.findAll())[0]!;
    // The first activity from a conversation and a person is remembered; do that before the snapshot.
    for (const s of speakers)
      await invoke(cardAction(ch, s, APPROVAL_VERBS.refresh, { planId: plan.id, round: 0 }));
    const before = await snapshot(true);
    const verbs = fc.constantFrom(
      ...Object.values(APPROVAL_VERBS),
      ...Object.values(ESCALATION_VERBS),
      'x',
      '',
    );
    const data = fc.oneof(
      fc.jsonValue(),
      fc.record(
        {
          planId: fc.oneof(fc.constant(plan.id), fc.string({ maxLength: 300 }), fc.integer()),
          initiativeId: fc.oneof(fc.constant(initiative.id), fc.string({ maxLength: 300 })),
          round: fc.oneof(fc.integer(), fc.double(), fc.string()),
          level: fc.oneof(fc.constantFrom(...ESCALATION_LEVELS), fc.string()),
          outcome: fc.oneof(fc.constantFrom(...DECISION_OUTCOMES), fc.string()),
          comment: fc.oneof(fc.string({ maxLength: 3000 }), fc.integer()),
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        // The specialist and the stranger decide nothing; the owner gets only malformed actions.
        fc.oneof(
          fc.record({ who: fc.constantFrom(1, 2), verb: verbs, data }),
          fc.record({
            who: fc.constant(0),
            verb: fc.constantFrom('x', '', `${APPROVAL_VERBS.approve} `),
            data,
          }),
        ),
        fc.oneof(fc.constant('Action.Execute'), fc.string()),
        async ({ who, verb, data: d }, type) => {
          const activity = cardAction(ch, speakers[who]!, verb, d as Record<string, unknown>);
          (activity.value.action as { type: string }).type = type;
          const res = await invoke(activity);
          if (res.status >= 500)
            throw new Error(`card action ${verb} ${JSON.stringify(d)} → ${res.status} ${res.text}`);
        },
      ),
      { numRuns: RUNS * 4 },
    );
    // Whole activities that are not what Teams sends.
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record(
            {
              type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate'), fc.jsonValue()),
              name: fc.oneof(fc.constant('adaptiveCard/action'), fc.jsonValue()),
              from: fc.oneof(fc.record({ id: fc.string(), aadObjectId: fc.jsonValue() }), fc.jsonValue()),
              conversation: fc.oneof(fc.record({ id: fc.string() }), fc.jsonValue()),
              serviceUrl: fc.oneof(fc.constant(connector.url), fc.jsonValue()),
              value: fc.jsonValue(),
              text: fc.jsonValue(),
            },
            { requiredKeys: [] },
          ),
        ),
        async (value) => {
          const res = await fetch(`${t.url}/api/messages`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(value),
          });
          if (res.status >= 500)
            throw new Error(`${JSON.stringify(value)} → ${res.status} ${await res.text()}`);
        },
      ),
      {
        numRuns: RUNS * 4,
        // Found by an earlier run: without a serviceUrl the SDK failed on the activity (a 500).
        examples: [[{ type: 'message', from: { id: ' ', aadObjectId: '' }, conversation: { id: ' ' } }]],
      },
    );
    expect(await snapshot(true)).toBe(before);
  });

  it('hostile serviceUrls and bad percent-encoding: never a 500, never a change, nothing sent', async () => {
    const plan = (await t.app.store.plans.findAll()).find((p) => p.year === 2027)!;
    const port = new URL(connector.url).port;
    const allowed = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
    // Every one is off the allow-list by construction: another host or port, or something after an
    // allowed origin that no Bot Connector URL has (user info, query, fragment, escapes, backslashes).
    const hostileUrl = fc.oneof(
      fc.webUrl({
        withQueryParameters: true,
        withFragments: true,
        authoritySettings: { withUserInfo: true, withPort: true },
      }),
      fc
        .tuple(
          fc.constantFrom(...allowed),
          fc.constantFrom('?', '#', '%', '%ZZ', '%2', '%2e%2e/', '%00', '@', '\\', ' ', '/..', '/%u0041'),
          fc.string({ maxLength: 30 }),
        )
        .map(([origin, bad, rest]) => `${origin}/${bad}${rest}`),
      fc.constantFrom(
        `http://user:password@127.0.0.1:${port}/`,
        `http://127.0.0.1:${port}@127.0.0.1:1/`,
        `http://127.0.0.2:${port}/`,
        `http://[::1]:${port}/`,
        `http://0x7f000001:${port}/`,
        `http://127.1:${port}/`,
        `http://127.0.0.1:${Number(port) + 1}/`,
        `https://127.0.0.1:${port}/`,
        `gopher://127.0.0.1:${port}/`,
        'https://smba.trafficmanager.net/emea/',
      ),
      fc.string({ maxLength: 50 }),
    );
    // Ids as they reach the connector's path: bad escapes must not break anything either.
    const badId = fc
      .tuple(
        fc.constantFrom('19:', '29:', ''),
        fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%%', '%u00e5', '%0a'),
        fc.string({ maxLength: 20 }),
      )
      .map(([prefix, bad, rest]) => `${prefix}${bad}${rest}`);
    const speaker = {
      aadObjectId: demoObjectId('akn.ownerBusiness'),
      teamsUserId: '29:ob',
      name: 'Karin Westberg',
    };
    const before = await snapshot();
    connector.reset();
    await fc.assert(
      fc.asyncProperty(
        hostileUrl,
        fc.option(badId, { nil: undefined }),
        fc.constantFrom('message', 'approve'),
        async (serviceUrl, id, kind) => {
          const at = { ...ch, serviceUrl, ...(id ? { channelId: id, teamId: id } : {}) };
          const activity =
            kind === 'message'
              ? message(at, speaker, 'koppla AKN')
              : cardAction(at, speaker, APPROVAL_VERBS.approve, {
                  planId: plan.id,
                  round: plan.approvalRound,
                });
          const res = await fetch(`${t.url}/api/messages`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(activity),
          });
          const text = await res.text();
          if (res.status >= 500 || res.status < 400)
            throw new Error(`${JSON.stringify(serviceUrl)} → ${res.status} ${text}`);
        },
      ),
      { numRuns: RUNS * 4 },
    );
    await new Promise((r) => setTimeout(r, 50));
    expect(connector.requests).toEqual([]);
    expect(await snapshot()).toBe(before);
    // Allowed address, ids with bad escapes: handled or refused, never a 500.
    await fc.assert(
      fc.asyncProperty(badId, async (id) => {
        const res = await fetch(`${t.url}/api/messages`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(message({ ...ch, channelId: id, teamId: id }, speaker, 'hjälp')),
        });
        const text = await res.text();
        if (res.status >= 500) throw new Error(`${JSON.stringify(id)} → ${res.status} ${text}`);
      }),
      { numRuns: RUNS },
    );
  });
});
