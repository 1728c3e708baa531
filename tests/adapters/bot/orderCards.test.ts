// An order as people see it in Teams (issue 17 point 5): whenever it waits for someone the bot posts to
// the object's channel; above the threshold the owners approve or reject on the card (Universal Actions),
// anyone else's click changes nothing and is told why; when both owners have approved, the order goes to
// the performer and a new card says so.
import { ORDER_VERBS } from '../../../src/adapters/bot/cards/orderCard';
import { cardAction, message, type ChannelContext, speaker } from '../../support/activities';
import { startFakeConnector, type FakeConnector } from '../../support/fakeConnector';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
let connector: FakeConnector;
let ch: ChannelContext;

const aknLeader = speaker('akn.leaderIt', 'Oskar Lindell');
const ownerBusiness = speaker('akn.ownerBusiness', 'Karin Westberg');
const ownerIt = speaker('akn.ownerIt', 'Mikael Borg');
const requester = speaker('akn.leaderBusiness', 'Petra Nyström');

async function send(activity: object) {
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  return text ? JSON.parse(text) : undefined;
}

const texts = (card: any): string => JSON.stringify(card?.body ?? []);
const posts = (title: string) =>
  connector.calls.filter((c) => c.method === 'POST' && texts(connector.cardOf(c)).includes(title));

let orderId: string;

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApp({
    env: { BOT_SERVICE_URLS: connector.url, RATE_LIMIT_WRITES_PER_MINUTE: '0' },
    bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000, baseDelayMs: 1000 } },
  });
  ch = {
    serviceUrl: connector.url,
    teamId: '19:team-akn@thread.tacv2',
    channelId: '19:kanal-akn@thread.tacv2',
    tenantId: 'tenant-1',
  };
  await send(message(ch, aknLeader, 'koppla AKN'));
  expect(await t.app.store.channelBindings.findAll()).toHaveLength(1);
});

afterAll(async () => {
  await t.stop();
  await connector.close();
});

beforeEach(() => connector.reset());

describe('an order above the threshold, in the object channel', () => {
  it('a new need is posted to the channel, waiting for the orderer function', async () => {
    const akn = ((await t.call('GET', '/api/objects')).body as any[]).find((o) => o.code === 'AKN');
    const created = await t.call('POST', `/api/objects/${akn.id}/orders`, {
      as: t.person('Petra Nyström'),
      body: { title: 'Ny bokningstjänst', need: 'Invånare ska kunna boka lokaler.' },
    });
    expect(created.status).toBe(201);
    orderId = created.body.id;
    await t.app.dispatcher.kick();
    const [post] = posts('Beställning: Ny bokningstjänst');
    expect(post?.conversationId).toBe(ch.channelId);
    expect(texts(connector.cardOf(post!))).toContain('beställarfunktionens bedömning');
  });

  it('assessed above the threshold, the approval card is posted with a refresh for the owners', async () => {
    const res = await t.call('POST', `/api/orders/${orderId}/assess`, {
      as: t.person('Camilla Strand'),
      body: { size: 'large', cost: 300_000, risk: 'medium', performerPersonId: t.person('Sara Engström') },
    });
    expect(res.status).toBe(200);
    await t.app.dispatcher.kick();
    const [post] = posts('Beställning: Ny bokningstjänst');
    const card = connector.cardOf(post!) as any;
    expect(texts(card)).toContain('objektägarnas godkännande');
    expect(card.refresh.action.verb).toBe(ORDER_VERBS.refresh);
    expect(card.refresh.userIds.sort()).toEqual(
      [`8:orgid:${ownerBusiness.aadObjectId}`, `8:orgid:${ownerIt.aadObjectId}`].sort(),
    );
  });

  it('the orderer sees the shared card and is told a click changes nothing', async () => {
    const data = { orderId, state: 'awaitingApproval' };
    const shared = await send(cardAction(ch, requester, ORDER_VERBS.refresh, data));
    expect(texts(shared.value)).toContain('inte objektägare');
    const before = (await t.app.store.orders.get(orderId))!.etag;
    const answer = await send(cardAction(ch, requester, ORDER_VERBS.approve, { ...data, comment: '' }));
    expect(texts(answer.value)).toContain('inte objektägare');
    expect((await t.app.store.orders.get(orderId))!.etag).toBe(before);
  });

  it('an owner gets approve and reject; both owners approving hands the order to the performer', async () => {
    const data = { orderId, state: 'awaitingApproval' };
    const view = await send(cardAction(ch, ownerBusiness, ORDER_VERBS.refresh, data));
    const verbs = (view.value.actions as any[]).map((a) => a.verb);
    expect(verbs).toEqual(expect.arrayContaining([ORDER_VERBS.approve, ORDER_VERBS.reject]));
    const first = await send(cardAction(ch, ownerBusiness, ORDER_VERBS.approve, { ...data, comment: 'Ja.' }));
    expect(texts(first.value)).toContain('Du har svarat: godkänd.');
    expect((await t.app.store.orders.get(orderId))!.state).toBe('awaitingApproval');
    const twice = await send(cardAction(ch, ownerBusiness, ORDER_VERBS.refresh, data));
    expect((twice.value.actions as any[]).map((a) => a.verb)).not.toContain(ORDER_VERBS.approve);
    await send(cardAction(ch, ownerIt, ORDER_VERBS.approve, { ...data, comment: '' }));
    const order = (await t.app.store.orders.get(orderId))!;
    expect(order.state).toBe('ordered');
    expect(order.history.at(-1)!.byPersonId).toBe(t.person('Mikael Borg'));
    connector.reset();
    await t.app.dispatcher.kick();
    // A new post: the order now waits for the performer; the approval card is updated in place.
    const [post] = posts('Beställning: Ny bokningstjänst');
    expect(texts(connector.cardOf(post!))).toContain('utförarens uppskattning');
    expect(connector.calls.some((c) => c.method === 'PUT')).toBe(true);
  });

  it('a click on the old approval card after the order moved on answers where it stands', async () => {
    const res = await send(
      cardAction(ch, ownerBusiness, ORDER_VERBS.reject, { orderId, state: 'awaitingApproval', comment: '' }),
    );
    expect(texts(res.value)).toContain('har gått vidare');
    expect((await t.app.store.orders.get(orderId))!.state).toBe('ordered');
  });
});

describe("an object's own threshold, on the card (ADR 0029)", () => {
  let aknId: string;
  const setThreshold = async (threshold: number | null) => {
    const object = (await t.call('GET', `/api/objects/${aknId}`)).body;
    const res = await t.call('PUT', `/api/objects/${aknId}/order-threshold`, {
      as: t.person('Karin Westberg'),
      ifMatch: object.etag,
      body: { threshold },
    });
    expect(res.status).toBe(200);
  };
  const order = async (title: string, cost: number) => {
    const created = await t.call('POST', `/api/objects/${aknId}/orders`, {
      as: t.person('Petra Nyström'),
      body: { title },
    });
    expect(created.body.approvalThreshold).toBeGreaterThan(0);
    const res = await t.call('POST', `/api/orders/${created.body.id}/assess`, {
      as: t.person('Camilla Strand'),
      body: { size: 'small', cost, risk: 'low', performerPersonId: t.person('Sara Engström') },
    });
    expect(res.status).toBe(200);
    connector.reset();
    await t.app.dispatcher.kick();
    return res.body as { id: string; state: string };
  };

  beforeAll(async () => {
    aknId = ((await t.call('GET', '/api/objects')).body as any[]).find((o) => o.code === 'AKN').id;
  });
  afterAll(() => setThreshold(null));

  it("above the owners' lower threshold the card names it and the owners' answers on it hand the order over", async () => {
    await setThreshold(50_000);
    const o = await order('Liten men över objektets gräns', 80_000);
    expect(o.state).toBe('awaitingApproval');
    const [post] = posts('Beställning: Liten men över objektets gräns');
    expect(texts(connector.cardOf(post!))).toMatch(/över beloppsgränsen 50\s000\skr/);
    const data = { orderId: o.id, state: 'awaitingApproval' };
    await send(cardAction(ch, ownerBusiness, ORDER_VERBS.approve, { ...data, comment: '' }));
    await send(cardAction(ch, ownerIt, ORDER_VERBS.approve, { ...data, comment: '' }));
    expect((await t.app.store.orders.get(o.id))!.state).toBe('ordered');
  });

  it("below the owners' higher threshold the order goes to the performer without an approval card", async () => {
    await setThreshold(500_000);
    const o = await order('Stor men under objektets gräns', 300_000);
    expect(o.state).toBe('ordered');
    const [post] = posts('Beställning: Stor men under objektets gräns');
    const card = connector.cardOf(post!) as any;
    expect(texts(card)).toContain('utförarens uppskattning');
    expect(card.refresh).toBeUndefined();
  });
});
