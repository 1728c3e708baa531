// The API, the cards and the tab answer every person alike (issue 13): for each demo person, whether they
// may answer a plan's approval and decide a priority question is asked three ways — the HTTP API (a probe
// with an empty body: authorised before validated, so 403 means "may not", 400 "may"), the card (its
// personal view after a click on "show my view") and the tab (the policy question the tab asks of the
// API's answer) — and the three agree with the policy. Nothing is written by the probes.
import {
  awaitingMyAnswer,
  canAnswerApproval,
  canDecidePriority,
} from '../../src/domain/authorization/policy';
import { isEscalationOpen } from '../../src/domain/initiatives/prioritisation';
import { loadActor } from '../../src/services/context';
import { cardAction, type ChannelContext } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let connector: FakeConnector;
let ch: ChannelContext;
let people: { id: string; displayName: string; entraObjectId: string }[];

async function send(activity: object) {
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  return (await res.json()) as { value: { actions?: { verb?: string }[] } };
}

const speakerOf = (p: (typeof people)[number]) => ({
  aadObjectId: p.entraObjectId,
  teamsUserId: `29:${p.id}`,
  name: p.displayName,
});
const verbsOf = (card: { actions?: { verb?: string }[] }) =>
  (card.actions ?? []).map((a) => a.verb).filter(Boolean);

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApp({
    env: { BOT_SERVICE_URLS: connector.url },
    bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000 } },
  });
  ch = {
    serviceUrl: connector.url,
    teamId: '19:team-eq@thread.tacv2',
    channelId: '19:kanal-eq@thread.tacv2',
    tenantId: 'tenant-1',
  };
  people = (await t.app.store.people.findAll())
    .filter((p) => p.entraObjectId)
    .map((p) => ({ id: p.id, displayName: p.displayName, entraObjectId: p.entraObjectId! }));
});

afterAll(async () => {
  await t.stop();
  await connector.close();
});

jest.setTimeout(120_000);

it('answering a plan approval: API, card and tab agree for every person', async () => {
  const [plan] = await t.app.store.plans.findAll({ status: 'preliminary' });
  expect(plan).toBeDefined();
  const etag = (await t.app.store.plans.get(plan!.id))!.etag;
  type Row = { name: string; api: boolean; card: boolean; tab: boolean };
  const mayAnswer: Row[] = [];
  const buttons: Omit<Row, 'api'>[] = [];
  for (const person of people) {
    const me = { personId: person.id };
    const api = await t.call('POST', `/api/plans/${plan!.id}/reject`, { as: person.id, body: {} });
    expect([400, 403]).toContain(api.status);
    const read = await t.call('GET', `/api/plans/${plan!.id}`, { as: person.id });
    const res = await send(
      cardAction(ch, speakerOf(person), 'plan.refresh', { planId: plan!.id, round: plan!.approvalRound }),
    );
    // May answer at all: the API lets the body be checked; the card does not say "not an approver".
    mayAnswer.push({
      name: person.displayName,
      api: api.status === 400,
      card: !JSON.stringify(res.value).includes('inte en av godkännarna'),
      tab: canAnswerApproval(me, read.body.approval).allowed,
    });
    // Has an answer to give now: the card's buttons and the tab's buttons.
    buttons.push({
      name: person.displayName,
      card: verbsOf(res.value).includes('plan.approve'),
      tab: awaitingMyAnswer(me, read.body.approval).length > 0,
    });
  }
  // Someone may, and someone may not: the comparison says something.
  expect(mayAnswer.some((r) => r.api)).toBe(true);
  expect(mayAnswer.some((r) => !r.api)).toBe(true);
  expect(buttons.some((r) => r.tab)).toBe(true);
  expect(mayAnswer.filter((r) => r.api !== r.card || r.api !== r.tab)).toEqual([]);
  expect(buttons.filter((r) => r.card !== r.tab)).toEqual([]);
  // The probes changed nothing.
  expect((await t.app.store.plans.get(plan!.id))!.etag).toBe(etag);
});

it('deciding a priority question: policy, API and card agree for every person', async () => {
  const open = (await t.app.store.initiatives.findAll()).find((i) => isEscalationOpen(i));
  expect(open).toBeDefined();
  const rows: { name: string; policy: boolean; api: boolean; card: boolean }[] = [];
  for (const person of people) {
    const actor = (await loadActor(t.app.store, person.id))!;
    const policy = canDecidePriority(actor, open!).allowed;
    const api = await t.call('POST', `/api/initiatives/${open!.id}/decide`, { as: person.id, body: {} });
    expect([400, 403]).toContain(api.status);
    const res = await send(
      cardAction(ch, speakerOf(person), 'initiative.refresh', {
        initiativeId: open!.id,
        level: open!.escalationLevel,
      }),
    );
    const card = verbsOf(res.value).includes('initiative.decide');
    rows.push({ name: person.displayName, policy, api: api.status === 400, card });
  }
  expect(rows.some((r) => r.policy)).toBe(true);
  expect(rows.some((r) => !r.policy)).toBe(true);
  expect(rows.filter((r) => r.policy !== r.api || r.policy !== r.card)).toEqual([]);
});
