// A priority question concerning two objects, lifted to PSG and decided there, as people see it in Teams:
// its card goes to every object's channel and to PSG's own, stopping asks first ("Stoppa initiativet …"
// is a final decision, never a "Cancel"), and a decided question is closed — a second click decides nothing.
import { cardAction, message, type ChannelContext, speaker } from '../../support/activities';
import { startFakeConnector, type FakeConnector } from '../../support/fakeConnector';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
let connector: FakeConnector;
const channels: Record<'akn' | 'vsoa' | 'psg', ChannelContext> = {} as never;

const aknLeader = speaker('akn.leaderIt', 'Oskar Lindell');
const vsoaLeader = speaker('vsoa.leaderIt', 'Viktor Dahlén');
const psgChair = speaker('org.deputyMunicipalDirector', 'Anders Ekström');
const aknOwner = speaker('akn.ownerBusiness', 'Karin Westberg');

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
const escalationCalls = (method: 'POST' | 'PUT') =>
  connector.calls.filter(
    (c) => c.method === method && texts(connector.cardOf(c)).includes('Prioriteringsfråga: Gemensam e-arkiv'),
  );

/** What a decision could change: the question, the decisions register and the outbox. */
async function snapshot(initiativeId: string) {
  const initiative = await t.app.store.initiatives.get(initiativeId);
  const decisions = await t.app.store.decisions.findAll({ initiativeId });
  const outbox = await t.app.store.outbox.findAll();
  return JSON.stringify([initiative?.etag, decisions.map((d) => d.id), outbox.length]);
}

let initiativeId: string;

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApp({
    env: { BOT_SERVICE_URLS: connector.url },
    bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000, baseDelayMs: 1000 } },
  });
  for (const key of ['akn', 'vsoa', 'psg'] as const) {
    channels[key] = {
      serviceUrl: connector.url,
      teamId: `19:team-${key}@thread.tacv2`,
      channelId: `19:kanal-${key}@thread.tacv2`,
      tenantId: 'tenant-1',
    };
  }
  // Each channel is linked by someone who may: the objects' leaders, and PSG's chair for PSG's channel.
  await send(message(channels.akn, aknLeader, 'koppla AKN'));
  await send(message(channels.vsoa, vsoaLeader, 'koppla VSOA'));
  await send(message(channels.psg, psgChair, 'koppla PSG'));
  expect(await t.app.store.channelBindings.findAll()).toHaveLength(2);
  const psg = (await t.app.store.forums.findAll({ kind: 'psg' }))[0]!;
  expect(psg.channel?.channelId).toBe(channels.psg.channelId);

  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  const akn = objects.find((o) => o.code === 'AKN')!;
  const vsoa = objects.find((o) => o.code === 'VSOA')!;
  const created = await t.call('POST', `/api/objects/${akn.id}/initiatives`, {
    as: t.person('Sara Engström'),
    body: { title: 'Gemensam e-arkiv', kind: 'need', affectedObjectIds: [vsoa.id] },
  });
  expect(created.status).toBe(201);
  initiativeId = created.body.id;
});

afterAll(async () => {
  await t.stop();
  await connector.close();
});

beforeEach(() => connector.reset());

describe('a question concerning AKN and VSOA goes up the ladder', () => {
  it("at the owners' rung its card is posted in both objects' channels, not only the first", async () => {
    const res = await t.call('POST', `/api/initiatives/${initiativeId}/escalate`, {
      as: t.person('Oskar Lindell'),
      body: { reason: 'Krockar med VSOA:s arkivprojekt' },
    });
    expect(res.status).toBe(200);
    await t.app.dispatcher.kick();
    expect(
      escalationCalls('POST')
        .map((c) => c.conversationId)
        .sort(),
    ).toEqual([channels.akn.channelId, channels.vsoa.channelId].sort());
  });

  it("at PSG it is posted in PSG's channel too, and the objects' cards move up in place", async () => {
    const res = await t.call('POST', `/api/initiatives/${initiativeId}/escalate`, {
      as: t.person('Annika Forsberg'),
      body: { reason: 'Ägarna är oense' },
    });
    expect(res.status).toBe(200);
    await t.app.dispatcher.kick();
    expect(escalationCalls('POST').map((c) => c.conversationId)).toEqual([channels.psg.channelId]);
    expect(
      escalationCalls('PUT')
        .map((c) => c.conversationId)
        .sort(),
    ).toEqual([channels.akn.channelId, channels.vsoa.channelId].sort());
    for (const call of [...escalationCalls('POST'), ...escalationCalls('PUT')])
      expect(texts(connector.cardOf(call))).toContain('PSG (biträdande kommundirektör beslutar)');
  });
});

describe('stopping the initiative from the card', () => {
  it('the decider sees "Stoppa initiativet …"; the first click only asks, and changes nothing', async () => {
    const view = await send(
      cardAction(channels.psg, psgChair, 'initiative.refresh', { initiativeId, level: 'psg' }),
    );
    const titles = view.value.actions.map((a: any) => a.title);
    expect(titles).toContain('Stoppa initiativet …');
    expect(titles).not.toContain('Avbryt');

    const before = await snapshot(initiativeId);
    // The button sends what the old "Avbryt" sent: outcome "stopped", unconfirmed.
    const res = await send(
      cardAction(channels.psg, psgChair, 'initiative.decide', {
        initiativeId,
        level: 'psg',
        outcome: 'stopped',
        comment: 'Ger inte effekt.',
      }),
    );
    expect(texts(res.value)).toContain('Vill du stoppa initiativet');
    expect(
      res.value.actions.filter((a: any) => a.type === 'Action.Execute').map((a: any) => a.title),
    ).toEqual(['Ja, stoppa initiativet', 'Nej, behåll']);
    expect(await snapshot(initiativeId)).toBe(before);
    expect((await t.app.store.initiatives.get(initiativeId))!.status).toBe('proposed');
  });

  it('"Nej, behåll" goes back to the decision view and changes nothing', async () => {
    const before = await snapshot(initiativeId);
    const confirm = await send(
      cardAction(channels.psg, psgChair, 'initiative.decide', {
        initiativeId,
        level: 'psg',
        outcome: 'stopped',
      }),
    );
    const no = confirm.value.actions.find((a: any) => a.title === 'Nej, behåll');
    const back = await send(cardAction(channels.psg, psgChair, no.verb, no.data));
    expect(back.value.actions.map((a: any) => a.title)).toContain('Prioritera');
    expect(await snapshot(initiativeId)).toBe(before);
  });

  it('someone who does not decide gets no confirmation and changes nothing', async () => {
    const before = await snapshot(initiativeId);
    const res = await send(
      cardAction(channels.akn, aknOwner, 'initiative.decide', {
        initiativeId,
        level: 'psg',
        outcome: 'stopped',
        confirmed: true,
      }),
    );
    expect(texts(res.value)).toContain('Du beslutar inte den här frågan');
    expect(await snapshot(initiativeId)).toBe(before);
  });

  it('"Ja, stoppa initiativet" decides: stopped, PSG\'s decision, every card updated and closed', async () => {
    const confirm = await send(
      cardAction(channels.psg, psgChair, 'initiative.decide', {
        initiativeId,
        level: 'psg',
        outcome: 'stopped',
        comment: 'Ger inte effekt.',
      }),
    );
    const yes = confirm.value.actions.find((a: any) => a.title === 'Ja, stoppa initiativet');
    const res = await send(
      cardAction(channels.psg, psgChair, yes.verb, { ...yes.data, comment: 'Ger inte effekt.' }),
    );
    expect(texts(res.value)).toContain('Du har beslutat: stoppat');
    const initiative = (await t.app.store.initiatives.get(initiativeId))!;
    expect(initiative.status).toBe('stopped');
    const decisions = await t.app.store.decisions.findAll({ initiativeId });
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      kind: 'crossObjectPriority',
      comment: 'Ger inte effekt.',
      title: 'Gemensam e-arkiv stoppas',
    });
    await t.app.dispatcher.kick();
    await t.app.dispatcher.kick();
    const updated = escalationCalls('PUT');
    expect(updated.map((c) => c.conversationId).sort()).toEqual(
      [channels.akn.channelId, channels.psg.channelId, channels.vsoa.channelId].sort(),
    );
    for (const call of updated) {
      expect(texts(connector.cardOf(call))).toContain('Stoppat');
      expect(connector.cardOf(call).refresh).toBeUndefined();
    }
  });

  it('a second click on the decided question decides nothing and says it is already decided', async () => {
    const before = await snapshot(initiativeId);
    const res = await send(
      cardAction(channels.psg, psgChair, 'initiative.decide', {
        initiativeId,
        level: 'psg',
        outcome: 'prioritised',
      }),
    );
    expect(texts(res.value)).toContain('Frågan är redan beslutad av Anders Ekström');
    expect(texts(res.value)).not.toMatch(/\((stopped|prioritised|crossObjectPriority)\)/);
    expect(await snapshot(initiativeId)).toBe(before);
  });
});
