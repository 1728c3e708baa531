// The bot driven through its real HTTP endpoint (/api/messages) with Bot Framework activities, against a
// local fake Bot Connector that records what the bot posts and updates.
import {
  cardAction,
  installation,
  message,
  type ChannelContext,
  speaker,
  type Speaker,
} from '../../support/activities';
import { startFakeConnector, type FakeConnector } from '../../support/fakeConnector';
import { DEMO_NOW, startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
let connector: FakeConnector;
let now = DEMO_NOW.getTime();
let ch: ChannelContext;
let akn: { id: string };

const ownerBusiness = speaker('akn.ownerBusiness', 'Karin Westberg');
const ownerIt = speaker('akn.ownerIt', 'Mikael Borg');
const leader = speaker('akn.leaderIt', 'Oskar Lindell');
const specialist = speaker('akn.specialistIt', 'Sara Engström');
const stranger: Speaker = {
  aadObjectId: '11111111-2222-4333-8444-555555555555',
  teamsUserId: '29:stranger',
  name: 'Okänd',
};

async function send(activity: object) {
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

const texts = (card: any): string => JSON.stringify(card?.body ?? []);
const lastCard = () => connector.cardOf(connector.calls[connector.calls.length - 1]!);

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApp({
    env: { BOT_SERVICE_URLS: connector.url },
    clock: { now: () => new Date(now) },
    bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000, baseDelayMs: 1000 } },
  });
  ch = {
    serviceUrl: connector.url,
    teamId: '19:team-akn@thread.tacv2',
    channelId: '19:kanal-akn@thread.tacv2',
    tenantId: 'tenant-1',
  };
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
});

afterAll(async () => {
  await t.stop();
  await connector.close();
});

beforeEach(() => connector.reset());

describe('installation and commands', () => {
  it('stores the conversation reference on installation and says hello', async () => {
    const res = await send(installation(ch, leader));
    expect(res.status).toBe(200);
    const refs = await t.app.store.conversations.findAll({ teamId: ch.teamId });
    expect(refs).toEqual([
      expect.objectContaining({ serviceUrl: connector.url, tenantId: 'tenant-1', active: true }),
    ]);
    expect(connector.calls).toHaveLength(1);
    expect(texts(lastCard())).toContain('Hej! Jag är Objektnav');
  });

  it('answers hjälp in Swedish and help in English', async () => {
    await send(message(ch, leader, 'hjälp'));
    expect(texts(lastCard())).toContain('Så här använder du Objektnav');
    await send(message(ch, leader, 'help', 'en-US'));
    expect(texts(lastCard())).toContain('How to use Objektnav');
  });

  it('status in a channel that is not linked explains how to link it', async () => {
    await send(message(ch, leader, 'status'));
    expect(texts(lastCard())).toContain('inte kopplad');
  });

  it('linking needs a role in the object', async () => {
    await send(message(ch, stranger, 'koppla AKN'));
    expect(texts(lastCard())).toContain('känner inte igen dig');
    await send(message(ch, speaker('vsoa.ownerBusiness', 'Annika Forsberg'), 'koppla AKN'));
    expect(texts(lastCard())).toContain('Det får du inte göra');
    expect(await t.app.store.channelBindings.findAll({ channelId: ch.channelId })).toHaveLength(0);
    await send(message(ch, leader, 'koppla AKN'));
    expect(texts(lastCard())).toContain('kopplad till Administration, kommunikation och näringsliv (AKN)');
  });

  it('status shows the plan, the next meeting and open approvals', async () => {
    await send(message(ch, leader, 'status'));
    const card = lastCard();
    expect(texts(card)).toContain('Läget för Administration');
    expect(texts(card)).toContain('AKN 2027');
    expect(card.actions[0].url).toBe(`${t.url}/tab/objects/${akn.id}`);
  });

  it('plan shows the plan being approved and posts its approval card once', async () => {
    await send(message(ch, leader, 'plan'));
    expect(texts(connector.calls[0] && connector.cardOf(connector.calls[0]))).toContain(
      'Objektplan AKN 2027',
    );
    await t.app.dispatcher.kick();
    const approval = connector.calls.filter((c) =>
      texts(connector.cardOf(c)).includes('Godkännande: objektplan AKN 2027'),
    );
    expect(approval).toHaveLength(1);
    expect(approval[0]!.method).toBe('POST');
    expect(approval[0]!.conversationId).toBe(ch.channelId);
    await send(message(ch, leader, 'plan'));
    await t.app.dispatcher.kick();
    expect(connector.calls.filter((c) => texts(connector.cardOf(c)).includes('Godkännande:'))).toHaveLength(
      1,
    );
  });

  it('a reply the Bot Connector refuses is logged, and the activity still answered 200', async () => {
    // A 5xx would only make the connector send the activity again; cards that must arrive use the outbox.
    connector.failNext(1, 503);
    const res = await send(message(ch, leader, 'hjälp'));
    expect(res.status).toBe(200);
    expect(connector.calls).toHaveLength(0); // the refused reply (the fake records what it accepts)
    // The failure was used up by that reply: the next one arrives.
    await send(message(ch, leader, 'hjälp'));
    expect(connector.calls).toHaveLength(1);
    expect(texts(lastCard())).toContain('Så här använder du Objektnav');
  });

  it('does not understand everything, and says so', async () => {
    await send(message(ch, leader, 'gör kaffe'));
    expect(texts(lastCard())).toContain('Jag förstod inte');
  });
});

describe('approving a plan with Universal Actions', () => {
  let planId: string;
  let round: number;
  let postedActivityId: string;

  beforeAll(async () => {
    // A fresh plan for 2028, written and submitted by the leader in the tab.
    const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: t.person('Oskar Lindell'),
      body: { year: 2028, copyFromYear: 2027 },
    });
    planId = created.body.id;
    const submitted = await t.call('POST', `/api/plans/${planId}/submit`, { as: t.person('Oskar Lindell') });
    round = submitted.body.approvalRound;
  });

  it('posts the approval card to the object channel, with personal views for both owners', async () => {
    await t.app.dispatcher.kick();
    const post = connector.calls.find(
      (c) => c.method === 'POST' && texts(connector.cardOf(c)).includes('AKN 2028'),
    )!;
    expect(post).toBeDefined();
    postedActivityId = (await t.app.store.outbox.findAll({ status: 'sent' })).find(
      (m) => m.subject.type === 'planApproval' && (m.subject as any).planId === planId,
    )!.activityId!;
    const card = connector.cardOf(post);
    expect(card.version).toBe('1.5');
    expect(card.refresh.action).toMatchObject({
      type: 'Action.Execute',
      verb: 'plan.refresh',
      data: { planId, round },
    });
    expect(card.refresh.userIds.sort()).toEqual(
      [`8:orgid:${ownerBusiness.aadObjectId}`, `8:orgid:${ownerIt.aadObjectId}`].sort(),
    );
    expect(texts(card)).toContain('Väntar på godkännande');
    // Everyone's view has no Approve button, only a way to ask for one's own view.
    expect(card.actions.map((a: any) => a.verb ?? a.type)).toEqual(['plan.refresh', 'Action.OpenUrl']);
  });

  it('an owner refreshing the card gets Approve and Reject', async () => {
    const res = await send(cardAction(ch, ownerBusiness, 'plan.refresh', { planId, round }));
    expect(res.status).toBe(200);
    expect(res.body.statusCode).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(res.body.value.actions.map((a: any) => a.verb).filter(Boolean)).toEqual([
      'plan.approve',
      'plan.reject',
    ]);
  });

  it('someone who is not an approver gets an explanation and changes nothing', async () => {
    const before = await t.call('GET', `/api/plans/${planId}`);
    const res = await send(cardAction(ch, specialist, 'plan.approve', { planId, round }));
    expect(texts(res.body.value)).toContain('inte en av godkännarna');
    const after = await t.call('GET', `/api/plans/${planId}`);
    expect(after.body.approval).toEqual(before.body.approval);
    expect(after.body.etag).toBe(before.body.etag);
  });

  it('someone who is not an approver asking for their view is told why there is nothing to click', async () => {
    const res = await send(cardAction(ch, specialist, 'plan.refresh', { planId, round }));
    expect(texts(res.body.value)).toContain('inte en av godkännarna');
    expect(res.body.value.actions.some((a: any) => a.verb === 'plan.approve')).toBe(false);
  });

  it('a person Objektnav does not know gets an explanation', async () => {
    const res = await send(cardAction(ch, stranger, 'plan.approve', { planId, round }));
    expect(texts(res.body.value)).toContain('känner inte igen dig');
  });

  it('a malformed card payload is refused without changes', async () => {
    const res = await send(cardAction(ch, ownerIt, 'plan.approve', { planId: 42, round: 'x' }));
    expect(res.status).toBe(200);
    expect(texts(res.body.value)).toContain('Något gick fel');
    expect(
      (await t.call('GET', `/api/plans/${planId}`)).body.approval.approvers.every(
        (a: any) => a.outcome === null,
      ),
    ).toBe(true);
  });

  it('the IT owner approves; a double click changes nothing more; everyone’s card is updated', async () => {
    connector.reset();
    const nudge = jest.spyOn(t.app.dispatcher, 'nudge');
    const first = await send(cardAction(ch, ownerIt, 'plan.approve', { planId, round }));
    expect(texts(first.body.value)).toContain('Du har svarat: godkänt');
    expect(nudge).toHaveBeenCalledTimes(1);
    nudge.mockRestore();
    const second = await send(cardAction(ch, ownerIt, 'plan.approve', { planId, round }));
    expect(texts(second.body.value)).toContain('Du har svarat: godkänt');
    const answers = await t.app.store.planApprovals.findAll({ planId });
    expect(answers).toHaveLength(1);
    expect((await t.call('GET', `/api/plans/${planId}`)).body.status).toBe('preliminary');
    // The audit log names the clicker as the one who answered, and says it came through the bot.
    const [entry] = await t.app.store.auditLog.findAll({ recordId: answers[0]!.id });
    expect(entry).toMatchObject({ via: 'bot', action: 'create', actorId: t.person('Mikael Borg') });

    // The bot nudged the outbox after the change; this suite runs the pass itself.
    await t.app.dispatcher.kick();
    const updates = connector.calls.filter((c) => c.method === 'PUT');
    expect(updates).toHaveLength(1);
    expect(updates[0]!.activityId).toBe(postedActivityId);
    expect(texts(connector.cardOf(updates[0]!))).toContain('Mikael Borg: godkänt');
  });

  it('the business owner approves: the plan is approved, the decision recorded and announced, the card updated', async () => {
    connector.reset();
    const res = await send(
      cardAction(ch, ownerBusiness, 'plan.approve', { planId, round, comment: 'Bra plan.' }),
    );
    expect(texts(res.body.value)).toContain('Du har svarat: godkänt');
    const plan = (await t.call('GET', `/api/plans/${planId}`)).body;
    expect(plan.status).toBe('approved');
    const decisions = (await t.call('GET', `/api/decisions?planId=${planId}`)).body;
    expect(decisions).toEqual([
      expect.objectContaining({
        kind: 'approvePlan',
        decidedByPersonId: t.person('Karin Westberg'),
        comment: 'Bra plan.',
      }),
    ]);
    await t.app.dispatcher.kick();
    const put = connector.calls.find((c) => c.method === 'PUT')!;
    expect(put.activityId).toBe(postedActivityId);
    const updated = connector.cardOf(put);
    expect(texts(updated)).toContain('Godkänd');
    expect(updated.refresh).toBeUndefined();
    const announced = connector.calls.find(
      (c) =>
        c.method === 'POST' && texts(connector.cardOf(c)).includes('Beslut: Objektplan AKN 2028 godkänns'),
    );
    expect(announced).toBeDefined();
    expect(texts(connector.cardOf(announced!))).toContain('OSG godkänner objektplanen');
    // Decided by both owners' answers: the card names each of them, not only the last (issue 14).
    expect(texts(connector.cardOf(announced!))).toContain(
      'Karin Westberg (objektägare verksamhet), Mikael Borg (objektägare it)',
    );
  });

  it('a replay after the decision changes nothing', async () => {
    const before = await t.app.store.planApprovals.findAll({ planId });
    const res = await send(cardAction(ch, ownerBusiness, 'plan.approve', { planId, round }));
    expect(res.body.value.actions.some((a: any) => a.verb === 'plan.approve')).toBe(false);
    expect(await t.app.store.planApprovals.findAll({ planId })).toHaveLength(before.length);
  });
});

describe('rejecting a plan', () => {
  let planId: string;
  let round: number;

  beforeAll(async () => {
    const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: t.person('Oskar Lindell'),
      body: { year: 2029, copyFromYear: 2027 },
    });
    planId = created.body.id;
    round = (await t.call('POST', `/api/plans/${planId}/submit`, { as: t.person('Oskar Lindell') })).body
      .approvalRound;
    await t.app.dispatcher.kick();
  });

  it('needs a comment: without one the approver view comes back with the reason', async () => {
    const res = await send(cardAction(ch, ownerBusiness, 'plan.reject', { planId, round, comment: '' }));
    expect(texts(res.body.value)).toContain('Skriv en kommentar');
    expect(res.body.value.actions.some((a: any) => a.verb === 'plan.reject')).toBe(true);
    expect((await t.call('GET', `/api/plans/${planId}`)).body.status).toBe('preliminary');
  });

  it('with a comment the plan goes back to draft and the rejection is recorded with it', async () => {
    connector.reset();
    const res = await send(
      cardAction(ch, ownerBusiness, 'plan.reject', {
        planId,
        round,
        comment: 'Driftbudgeten saknar licenser.',
      }),
    );
    expect(texts(res.body.value)).toContain('Du har svarat: avslaget');
    expect((await t.call('GET', `/api/plans/${planId}`)).body.status).toBe('draft');
    const [decision] = (await t.call('GET', `/api/decisions?planId=${planId}`)).body;
    expect(decision).toMatchObject({
      title: 'Objektplan AKN 2029 återremitteras',
      comment: 'Driftbudgeten saknar licenser.',
    });
    await t.app.dispatcher.kick();
    const put = connector.calls.find((c) => c.method === 'PUT')!;
    expect(texts(connector.cardOf(put))).toContain('Återremitterad');
    expect(texts(connector.cardOf(put))).toContain('Driftbudgeten saknar licenser.');
  });

  it('a click on the card of an earlier round shows the current state', async () => {
    await t.call('POST', `/api/plans/${planId}/submit`, { as: t.person('Oskar Lindell') });
    const res = await send(cardAction(ch, ownerIt, 'plan.approve', { planId, round }));
    expect(texts(res.body.value)).toContain('tidigare omgång');
    expect(await t.app.store.planApprovals.findAll({ planId, round: round + 1 })).toHaveLength(0);
  });
});

describe('deciding an escalated priority question with one click', () => {
  const psgChair = speaker('org.deputyMunicipalDirector', 'Anders Ekström');
  let initiativeId: string;

  beforeAll(async () => {
    const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
    const vsoa = objects.find((o) => o.code === 'VSOA')!;
    const created = await t.call('POST', `/api/objects/${akn.id}/initiatives`, {
      as: t.person('Sara Engström'),
      body: {
        title: 'Gemensam e-signering',
        kind: 'need',
        benefit: 5,
        goalContribution: 4,
        effort: 2,
        affectedObjectIds: [vsoa.id],
      },
    });
    initiativeId = created.body.id;
  });

  it('lifted to the owners, the question gets a card where the owners of both objects decide', async () => {
    connector.reset();
    const res = await t.call('POST', `/api/initiatives/${initiativeId}/escalate`, {
      as: t.person('Oskar Lindell'),
      body: { reason: 'Krockar med VSOA:s införande' },
    });
    expect(res.status).toBe(200);
    await t.app.dispatcher.kick();
    const post = connector.calls.find(
      (c) =>
        c.method === 'POST' &&
        texts(connector.cardOf(c)).includes('Prioriteringsfråga: Gemensam e-signering'),
    )!;
    expect(post).toBeDefined();
    const card = connector.cardOf(post);
    expect(texts(card)).toContain('Objektägarna');
    expect(card.refresh.userIds).toHaveLength(4);
  });

  it('lifted to PSG, the same card moves up the ladder and only the PSG chair decides', async () => {
    connector.reset();
    await t.call('POST', `/api/initiatives/${initiativeId}/escalate`, {
      as: t.person('Annika Forsberg'),
      body: { reason: 'Ägarna är oense' },
    });
    await t.app.dispatcher.kick();
    const put = connector.calls.find(
      (c) => c.method === 'PUT' && texts(connector.cardOf(c)).includes('Prioriteringsfråga'),
    )!;
    expect(put).toBeDefined();
    const card = connector.cardOf(put);
    expect(texts(card)).toContain('PSG (biträdande kommundirektör beslutar)');
    expect(card.refresh.userIds).toEqual([`8:orgid:${psgChair.aadObjectId}`]);
  });

  it('an owner clicking decide changes nothing and is told why', async () => {
    const res = await send(
      cardAction(ch, ownerBusiness, 'initiative.decide', {
        initiativeId,
        level: 'psg',
        outcome: 'prioritised',
      }),
    );
    expect(texts(res.body.value)).toContain('Du beslutar inte den här frågan');
    expect((await t.call('GET', `/api/initiatives/${initiativeId}`)).body.status).toBe('proposed');
  });

  it('a click from the card of an earlier rung shows where the question is now', async () => {
    const res = await send(
      cardAction(ch, psgChair, 'initiative.decide', { initiativeId, level: 'owners', outcome: 'rejected' }),
    );
    expect(texts(res.body.value)).toContain('Frågan har flyttats');
    expect((await t.call('GET', `/api/initiatives/${initiativeId}`)).body.status).toBe('proposed');
  });

  it('the PSG chair gets the decision buttons and decides: prioritised, recorded as PSG’s decision, cards updated', async () => {
    const view = await send(cardAction(ch, psgChair, 'initiative.refresh', { initiativeId, level: 'psg' }));
    expect(
      view.body.value.actions
        .filter((a: any) => a.verb === 'initiative.decide')
        .map((a: any) => a.data.outcome),
    ).toEqual(['prioritised', 'rejected', 'stopped']);
    connector.reset();
    const res = await send(
      cardAction(ch, psgChair, 'initiative.decide', {
        initiativeId,
        level: 'psg',
        outcome: 'prioritised',
        comment: 'Före intranätet.',
      }),
    );
    expect(texts(res.body.value)).toContain('Du har beslutat: prioriterat');
    expect((await t.call('GET', `/api/initiatives/${initiativeId}`)).body.status).toBe('prioritised');
    const [decision] = (await t.call('GET', `/api/decisions?objectId=${akn.id}`)).body.filter(
      (d: any) => d.initiativeId === initiativeId,
    );
    expect(decision).toMatchObject({
      kind: 'crossObjectPriority',
      decidedByPersonId: t.person('Anders Ekström'),
      comment: 'Före intranätet.',
    });
    await t.app.dispatcher.kick();
    await t.app.dispatcher.kick();
    const updated = connector.calls.find(
      (c) => c.method === 'PUT' && texts(connector.cardOf(c)).includes('Prioriteringsfråga'),
    );
    expect(texts(connector.cardOf(updated!))).toContain('Prioriterat');
    expect(connector.cardOf(updated!).refresh).toBeUndefined();
    expect(
      connector.calls.some(
        (c) => c.method === 'POST' && texts(connector.cardOf(c)).includes('Prioritering mellan objekt (PSG)'),
      ),
    ).toBe(true);
  });
});

describe('the outbox', () => {
  it('survives a connector failure and sends on retry, honouring Retry-After', async () => {
    const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: t.person('Oskar Lindell'),
      body: { year: 2030, copyFromYear: 2027 },
    });
    connector.reset();
    connector.failNext(1, 429, 30);
    await t.call('POST', `/api/plans/${created.body.id}/submit`, { as: t.person('Oskar Lindell') });
    expect(await t.app.dispatcher.kick()).toBe(0);
    const [pending] = (await t.app.store.outbox.findAll({ status: 'pending' })).filter(
      (m) => (m.subject as any).planId === created.body.id,
    );
    expect(pending).toMatchObject({ attempts: 1, lastError: expect.stringContaining('429') });
    // Retry-After (30 s) wins over the first backoff (1 s).
    expect(Date.parse(pending!.nextAttemptAt) - now).toBe(30_000);
    now += 10_000;
    expect(await t.app.dispatcher.kick()).toBe(0);
    now += 25_000;
    expect(await t.app.dispatcher.kick()).toBe(1);
    const sent = await t.app.store.outbox.get(pending!.id);
    expect(sent).toMatchObject({
      status: 'sent',
      attempts: 2,
      activityId: expect.stringMatching(/^activity-/),
    });
    expect(connector.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('a post claimed by an instance that died is not posted again after the lease: it may be in the channel', async () => {
    const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: t.person('Oskar Lindell'),
      body: { year: 2031, copyFromYear: 2027 },
    });
    await t.call('POST', `/api/plans/${created.body.id}/submit`, { as: t.person('Oskar Lindell') });
    const [message] = (await t.app.store.outbox.findAll({ status: 'pending' })).filter(
      (m) => (m.subject as any).planId === created.body.id,
    );
    // Another instance claimed it and died with the request under way (issue 12: it was posted twice).
    const { id: _id, etag, createdAt: _c, updatedAt: _u, ...rest } = message!;
    await t.app.store.outbox.update(message!.id, { ...rest, status: 'sending' }, etag);
    connector.reset();
    expect(await t.app.dispatcher.kick()).toBe(0);
    now += 3 * 60_000;
    expect(await t.app.dispatcher.kick()).toBe(0);
    expect(connector.calls).toHaveLength(0);
    expect(await t.app.store.outbox.get(message!.id)).toMatchObject({
      status: 'uncertain',
      lastError: expect.stringContaining('not posted again'),
    });
  });
});

describe('demo mode', () => {
  it('a chat user can act as a demo person', async () => {
    const chatUser: Speaker = {
      aadObjectId: '99999999-8888-4777-8666-555555555555',
      teamsUserId: '29:playground-user',
      name: 'Playground',
    };
    await send(message(ch, chatUser, 'agera som Petra Nyström'));
    expect(texts(lastCard())).toContain('Du agerar nu som Petra Nyström');
    const [person] = await t.app.store.people.findAll({ entraObjectId: chatUser.aadObjectId });
    expect(person).toMatchObject({ displayName: 'Petra Nyström', teamsUserId: '29:playground-user' });
  });
});
