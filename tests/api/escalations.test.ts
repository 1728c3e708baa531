// Issue 14 (5, 10): a decided priority question is closed — off PSG's agenda and the portfolio's count,
// not decided twice, not lifted further — and refusals name the rung and who may, in Swedish, without
// internal codes. Through the HTTP API, with the store checked unchanged after each refusal.
import { DEMO_NOW, startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let akn: { id: string };
let vsoa: { id: string };
let psgMeetingId: string;

/** Everything a decision or an escalation could touch. */
async function snapshot(): Promise<string> {
  const [initiatives, decisions, outbox] = await Promise.all([
    t.app.store.initiatives.findAll(),
    t.app.store.decisions.findAll(),
    t.app.store.outbox.findAll(),
  ]);
  return JSON.stringify([
    initiatives.map((i) => `${i.id}:${i.etag}`).sort(),
    decisions.map((d) => d.id).sort(),
    outbox.length,
  ]);
}

async function propose(title: string, affected: string[] = []): Promise<string> {
  const res = await t.call('POST', `/api/objects/${akn.id}/initiatives`, {
    as: t.person('Sara Engström'),
    body: { title, kind: 'need', benefit: 4, goalContribution: 4, effort: 2, affectedObjectIds: affected },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function escalate(id: string, who: string) {
  const res = await t.call('POST', `/api/initiatives/${id}/escalate`, {
    as: t.person(who),
    body: { reason: 'Objekten är oense' },
  });
  expect(res.status).toBe(200);
}

const agendaEscalations = async () =>
  ((await t.call('GET', `/api/meetings/${psgMeetingId}/agenda`)).body.items as any[])
    .filter((i) => i.source === 'escalation')
    .map((i) => i.title as string);

beforeAll(async () => {
  t = await startTestApp();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  vsoa = objects.find((o) => o.code === 'VSOA')!;
  // An extra PSG meeting after the demo's today, whose agenda is composed from live data.
  const psg = ((await t.call('GET', '/api/forums')).body as any[]).find((f) => f.kind === 'psg');
  const day = new Date(DEMO_NOW.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
  const meeting = await t.call('POST', `/api/forums/${psg.id}/meetings`, {
    as: t.person('Sofia Lundgren'),
    body: { title: 'Extra PSG', start: `${day}T08:00:00.000Z`, end: `${day}T09:00:00.000Z` },
  });
  expect(meeting.status).toBe(201);
  psgMeetingId = meeting.body.id;
});

afterAll(async () => {
  await t.stop();
});

describe('a decided escalation is closed', () => {
  let id: string;

  beforeAll(async () => {
    id = await propose('Gemensam bokningstjänst', [vsoa.id]);
    await escalate(id, 'Oskar Lindell');
    await escalate(id, 'Annika Forsberg');
  });

  it('while open it is on PSG’s agenda and in the portfolio’s count', async () => {
    expect(await agendaEscalations()).toContain('Prioritering: Gemensam bokningstjänst (AKN, VSOA)');
    const portfolio = (await t.call('GET', '/api/portfolio?year=2027')).body;
    expect(portfolio.escalations.map((e: any) => e.id)).toContain(id);
  });

  it('PSG’s chair decides; then it leaves the agenda, the portfolio’s list and both objects’ counts', async () => {
    const before = (await t.call('GET', '/api/portfolio?year=2027')).body;
    const count = (code: string, p: any) =>
      p.objects.find((o: any) => o.object.code === code).openEscalations as number;
    const res = await t.call('POST', `/api/initiatives/${id}/decide`, {
      as: t.person('Anders Ekström'),
      body: { outcome: 'prioritised', comment: 'Före intranätet.' },
    });
    expect(res.status).toBe(201);
    expect(res.body.initiative.priorityDecision).toMatchObject({
      level: 'psg',
      outcome: 'prioritised',
      byPersonId: t.person('Anders Ekström'),
    });
    const after = (await t.call('GET', '/api/portfolio?year=2027')).body;
    expect(after.escalations.map((e: any) => e.id)).not.toContain(id);
    expect(count('AKN', after)).toBe(count('AKN', before) - 1);
    expect(count('VSOA', after)).toBe(count('VSOA', before) - 1);
    expect(await agendaEscalations()).not.toContain('Prioritering: Gemensam bokningstjänst (AKN, VSOA)');
  });

  it('a second decision answers 409 in Swedish, naming who decided and when; nothing changes', async () => {
    const before = await snapshot();
    const res = await t.call('POST', `/api/initiatives/${id}/decide`, {
      as: t.person('Anders Ekström'),
      body: { outcome: 'rejected' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      'Frågan är redan beslutad av Anders Ekström den 2026-11-23. Ett beslut fattas en gång; den kan inte beslutas igen eller lyftas vidare.',
    );
    expect(await snapshot()).toBe(before);
    expect((await t.app.store.decisions.findAll({ initiativeId: id })).length).toBe(1);
  });

  it('decided by the owners, the question cannot be lifted to PSG afterwards', async () => {
    const other = await propose('Gemensam kundtjänst', [vsoa.id]);
    await escalate(other, 'Oskar Lindell');
    const decided = await t.call('POST', `/api/initiatives/${other}/decide`, {
      as: t.person('Karin Westberg'),
      body: { outcome: 'prioritised' },
    });
    expect(decided.status).toBe(201);
    const before = await snapshot();
    const res = await t.call('POST', `/api/initiatives/${other}/escalate`, {
      as: t.person('Annika Forsberg'),
      body: { reason: 'Vi vill ändå till PSG' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/^Frågan är redan beslutad av Karin Westberg/);
    expect(await snapshot()).toBe(before);
  });
});

describe('refusals name the rule and who may, without internal codes', () => {
  it("a leader lifting a question at the owners' rung is told the question is with the owners", async () => {
    const id = await propose('Gemensamt diarium', [vsoa.id]);
    await escalate(id, 'Oskar Lindell');
    const before = await snapshot();
    const res = await t.call('POST', `/api/initiatives/${id}/escalate`, {
      as: t.person('Oskar Lindell'),
      body: { reason: 'Vidare' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Frågan ligger hos objektägarna. Bara objektägare i de berörda objekten får lyfta den till PSG (tågordningen, 000 §2.3.4).',
    );
    expect(await snapshot()).toBe(before);
  });

  it('a stopped initiative is refused in words, not "(stopped)"', async () => {
    const id = await propose('Gammal e-tjänst');
    const stopped = await t.call('PATCH', `/api/initiatives/${id}`, {
      as: t.person('Oskar Lindell'),
      ifMatch: (await t.call('GET', `/api/initiatives/${id}`)).body.etag,
      body: { status: 'stopped' },
    });
    expect(stopped.status).toBe(200);
    const before = await snapshot();
    const res = await t.call('POST', `/api/initiatives/${id}/decide`, {
      as: t.person('Oskar Lindell'),
      body: { outcome: 'prioritised' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe('Initiativet är stoppat och kan inte lyftas eller beslutas.');
    expect(await snapshot()).toBe(before);
  });

  it('binding a channel without a role in the object is refused with the channel rule', async () => {
    const before = await t.app.store.channelBindings.findAll();
    const res = await t.call('POST', '/api/channel-bindings', {
      as: t.person('Annika Forsberg'),
      body: { channelId: '19:kanal-x@thread.tacv2', objectId: akn.id },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Bara den som har en roll i objektet, eller en administratör, får koppla en kanal till objektet.',
    );
    expect(await t.app.store.channelBindings.findAll()).toEqual(before);
  });
});
