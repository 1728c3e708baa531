// Every card the app can produce parses with the Adaptive Cards library, uses only schema 1.5 features,
// and is a pure function of its view model.
import { agendaCard } from '../../../src/adapters/bot/cards/agendaCard';
import { approvalCard, type ApprovalCardModel } from '../../../src/adapters/bot/cards/approvalCard';
import type { AdaptiveCard } from '../../../src/adapters/bot/cards/card';
import { decisionCard } from '../../../src/adapters/bot/cards/decisionCard';
import { escalationCard, type EscalationCardModel } from '../../../src/adapters/bot/cards/escalationCard';
import { helpCard, noticeCard, planCard, statusCard } from '../../../src/adapters/bot/cards/infoCards';

// The library's ESM build does not load in Node; its UMD build does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

function problems(json: AdaptiveCard): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  card.parse(json, context);
  const out: string[] = [];
  for (let i = 0; i < context.eventCount; i++) out.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) out.push(event.message);
  return out;
}

const approval: ApprovalCardModel = {
  locale: 'sv',
  planId: 'p1',
  round: 2,
  objectCode: 'AKN',
  objectName: 'Administration, kommunikation och näringsliv',
  year: 2027,
  status: 'preliminary',
  budgetTotal: 18_988_100,
  rejected: false,
  approvers: [
    { role: 'ownerBusiness', names: ['Karin Westberg'], outcome: null, comment: '' },
    { role: 'ownerIt', names: ['Mikael Borg'], outcome: 'approved', comment: 'Ser bra ut' },
  ],
  approverUserIds: ['29:karin', '29:mikael'],
  planUrl: 'https://objektnav.example/tab/objects/o1?view=plan&year=2027',
};

const escalation: EscalationCardModel = {
  locale: 'sv',
  initiativeId: 'i1',
  title: 'Gemensam e-signering',
  description: 'Behov i flera objekt',
  objects: 'AKN, VSOA',
  level: 'psg',
  status: 'proposed',
  open: true,
  score: 36,
  benefit: 5,
  goalContribution: 4,
  effort: 2,
  lastReason: 'Ägarna är oense',
  deciderNames: ['Anders Ekström'],
  deciderUserIds: ['29:anders'],
  url: 'https://objektnav.example/tab/objects/o1?view=initiatives',
};

const cards: [string, AdaptiveCard][] = [
  ['approval, shared', approvalCard(approval)],
  ['approval, approver', approvalCard(approval, { kind: 'approver', role: 'ownerBusiness' })],
  [
    'approval, approver with error',
    approvalCard(approval, { kind: 'approver', role: 'ownerBusiness', error: 'Skriv en kommentar' }),
  ],
  ['approval, answered', approvalCard(approval, { kind: 'answered', outcome: 'approved' })],
  ['approval, notice', approvalCard(approval, { kind: 'notice', message: 'Du är inte godkännare' })],
  ['approval, approved, English', approvalCard({ ...approval, locale: 'en', status: 'approved' })],
  ['approval, rejected', approvalCard({ ...approval, status: 'draft', rejected: true })],
  [
    'decision',
    decisionCard({
      locale: 'sv',
      title: 'Objektplan AKN 2027 godkänns',
      text: 'Objektstyrgruppen godkänner objektplanen.',
      comment: 'Bra',
      kind: 'approvePlan',
      forumName: 'Objektstyrgrupp AKN',
      decidedAt: '2026-09-18T13:00:00.000Z',
      decidedBy: 'Karin Westberg',
      relatesTo: 'AKN, Objektplan 2027',
      url: 'https://objektnav.example/tab/objects/o1',
    }),
  ],
  [
    'agenda',
    agendaCard({
      locale: 'sv',
      forumName: 'PSG',
      title: 'PSG kvartal 4',
      start: '2026-12-08T08:00:00.000Z',
      end: '2026-12-08T10:00:00.000Z',
      joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc',
      items: [
        {
          title: 'Objektplaner 2027',
          url: 'https://objektnav.example/tab/portfolio',
          presenter: 'Sofia Lundgren',
        },
        { title: 'Övrigt' },
      ],
    }),
  ],
  [
    'agenda without items or link',
    agendaCard({
      locale: 'en',
      forumName: 'OLF',
      title: 'OLF',
      start: '2026-12-01T12:00:00Z',
      end: '2026-12-01T13:00:00Z',
      joinUrl: null,
      items: [],
    }),
  ],
  ['help', helpCard('sv', true)],
  [
    'status',
    statusCard({
      locale: 'sv',
      objectCode: 'AKN',
      objectName: 'AKN',
      plan: { year: 2027, status: 'preliminary', late: ['Objektplan godkänd av OSG'] },
      planYear: 2027,
      nextMeeting: { title: 'OSG', start: '2026-12-01T09:00:00Z' },
      openApprovals: ['AKN 2027'],
      url: 'https://objektnav.example/tab/objects/o1',
    }),
  ],
  [
    'plan',
    planCard({
      locale: 'en',
      objectCode: 'AKN',
      year: 2027,
      status: 'approved',
      budgetTotal: 1,
      fte: 9.51,
      deadlines: [{ label: 'x', due: '2026-09-30', state: 'done' }],
      url: 'https://objektnav.example/',
    }),
  ],
  ['notice', noticeCard('Hej')],
  ['escalation, shared', escalationCard(escalation)],
  ['escalation, decider', escalationCard(escalation, { kind: 'decider' })],
  [
    'escalation, decided',
    escalationCard({ ...escalation, status: 'prioritised', open: false }, { kind: 'decided' }),
  ],
  ['escalation, notice', escalationCard(escalation, { kind: 'notice', message: 'Inte du' })],
  [
    'escalation, confirm stop',
    escalationCard(escalation, { kind: 'confirmStop', comment: 'Ger inte effekt.' }),
  ],
];

describe.each(cards)('%s card', (_name, card) => {
  it('validates with the adaptivecards library against schema 1.5', () => {
    expect(card.version).toBe('1.5');
    expect(problems(card)).toEqual([]);
  });

  it('uses only Action.Execute and Action.OpenUrl (Universal Actions; no Action.Submit)', () => {
    const types = JSON.stringify(card).match(/"type":"Action\.[A-Za-z]+"/g) ?? [];
    expect(types.every((t) => t.includes('Action.Execute') || t.includes('Action.OpenUrl'))).toBe(true);
  });
});

/** A field of a typed card action, read the way the client reads the JSON. */
const field = (a: object, key: string) => (a as Record<string, unknown>)[key];

describe('approval card views', () => {
  it('only approvers get buttons, through refresh.userIds; others see the status', () => {
    const shared = approvalCard(approval);
    expect(shared.refresh?.userIds).toEqual(['29:karin', '29:mikael']);
    // Everyone can ask for their view; only approvers get the buttons.
    expect(shared.actions?.map((a) => field(a, 'verb') ?? a.type)).toEqual([
      'plan.refresh',
      'Action.OpenUrl',
    ]);
    const personal = approvalCard(approval, { kind: 'approver', role: 'ownerBusiness' });
    expect(personal.actions?.map((a) => field(a, 'verb')).filter(Boolean)).toEqual([
      'plan.approve',
      'plan.reject',
    ]);
    expect((personal.actions?.[0] as { data: unknown }).data).toEqual({ planId: 'p1', round: 2 });
  });

  it('has no refresh once the plan is decided', () => {
    expect(approvalCard({ ...approval, status: 'approved' }).refresh).toBeUndefined();
  });

  it('keeps refresh.userIds within the 60 Teams allows', () => {
    const many = approvalCard({
      ...approval,
      approverUserIds: Array.from({ length: 80 }, (_, i) => `29:u${i}`),
    });
    expect(many.refresh?.userIds).toHaveLength(60);
  });

  it('shows money in Swedish format', () => {
    expect(JSON.stringify(approvalCard(approval).body)).toContain('18\u00a0988\u00a0100\u00a0kr');
  });

  it('is the same for the same model (pure)', () => {
    expect(approvalCard(approval)).toEqual(approvalCard(structuredClone(approval)));
  });
});

describe('escalation card: stopping is confirmed, never taken for "Cancel"', () => {
  const titles = (c: AdaptiveCard) => (c.actions ?? []).map((a) => a['title']);

  it('the decider sees "Stoppa initiativet …", not "Avbryt", and that button does not confirm', () => {
    const decider = escalationCard(escalation, { kind: 'decider' });
    expect(titles(decider)).toEqual(['Prioritera', 'Avslå', 'Stoppa initiativet …', 'Öppna i Objektnav']);
    expect(JSON.stringify(decider)).not.toContain('Avbryt');
    const stop = decider.actions!.find((a) => a['title'] === 'Stoppa initiativet …')!;
    expect(field(stop, 'data')).toEqual({ initiativeId: 'i1', level: 'psg', outcome: 'stopped' });
  });

  it('the confirmation asks in words and offers "Ja, stoppa initiativet" and "Nej, behåll", both Action.Execute', () => {
    const confirm = escalationCard(escalation, { kind: 'confirmStop', comment: 'Ger inte effekt.' });
    expect(JSON.stringify(confirm.body)).toContain('Vill du stoppa initiativet');
    const [yes, no] = confirm.actions!;
    expect(yes).toMatchObject({
      type: 'Action.Execute',
      title: 'Ja, stoppa initiativet',
      verb: 'initiative.decide',
      data: { initiativeId: 'i1', level: 'psg', outcome: 'stopped', confirmed: true },
    });
    expect(no).toMatchObject({
      type: 'Action.Execute',
      title: 'Nej, behåll',
      verb: 'initiative.refresh',
      data: { initiativeId: 'i1', level: 'psg' },
    });
    // The comment written before the first click is kept.
    expect(JSON.stringify(confirm.body)).toContain('Ger inte effekt.');
  });

  it('in English: "Stop the initiative …", "Yes, stop the initiative", "No, keep it"', () => {
    const en = { ...escalation, locale: 'en' as const };
    expect(titles(escalationCard(en, { kind: 'decider' }))).toContain('Stop the initiative …');
    expect(titles(escalationCard(en, { kind: 'confirmStop' }))).toEqual([
      'Yes, stop the initiative',
      'No, keep it',
      'Open in Objektnav',
    ]);
  });
});
