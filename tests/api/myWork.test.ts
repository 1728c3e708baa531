// "Mitt arbete" through the HTTP API on the demo data (today: 23 November 2026): each person sees what
// waits for them, and only that; what they do elsewhere changes the list.
import { startTestApp, type TestApp } from '../support/testApp';

interface Item {
  kind: string;
  key: string;
  title: string;
  object: { id: string; code: string } | null;
  due: string | null;
  late: boolean;
  as: string[];
  target: {
    objectId: string | null;
    view: string;
    params: Record<string, string>;
    path: string;
    subEntityId: string;
    channelId: string | null;
  };
}
interface Work {
  today: string;
  psg: boolean;
  counts: Record<string, number>;
  items: Item[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

async function work(as: string): Promise<Work> {
  const res = await t.call('GET', '/api/me/work', { as: t.person(as) });
  expect(res.status).toBe(200);
  return res.body as Work;
}
const codes = (w: Work, kind: string) =>
  w.items.filter((i) => i.kind === kind).map((i) => `${i.object?.code ?? '-'} ${i.title}`);

describe('GET /api/me/work', () => {
  it('needs a signed-in person', async () => {
    const res = await t.call('GET', '/api/me/work');
    expect(res.status).toBe(401);
  });

  it('an owner has the preliminary plan to approve, opening the plan of that year', async () => {
    const w = await work('Karin Westberg');
    const approval = w.items.find((i) => i.kind === 'approval')!;
    expect(approval).toMatchObject({ object: { code: 'AKN' }, title: '2027', as: ['ownerBusiness'] });
    expect(approval.target).toMatchObject({ view: 'plan', params: { year: '2027' } });
    expect(approval.target.path).toBe(
      `/tab/objects/${approval.object!.id}?view=plan&year=2027&planId=${approval.target.params['planId']}`,
    );
    expect(approval.target.subEntityId).toBe(
      `view=plan&year=2027&planId=${approval.target.params['planId']}`,
    );
    // Owners escalate to PSG: she is a PSG member, so the portfolio section is hers.
    expect(w.psg).toBe(true);
    // AKN's 2027 plan was due approved by 30 September 2026: a late deadline of her object.
    expect(w.items).toContainEqual(
      expect.objectContaining({
        kind: 'deadline',
        title: 'objectPlanApproved',
        late: true,
        object: expect.objectContaining({ code: 'AKN' }),
      }),
    );
  });

  it('an owner who has answered has nothing to approve; approving clears the item and the late deadline', async () => {
    // The demo's IT owner approved AKN 2027 on 2 October.
    expect((await work('Mikael Borg')).counts['approval']).toBe(0);
    const approval = (await work('Karin Westberg')).items.find((i) => i.kind === 'approval')!;
    const res = await t.call('POST', `/api/plans/${approval.target.params['planId']}/approve`, {
      as: t.person('Karin Westberg'),
      body: { comment: 'Bra' },
    });
    expect(res.status).toBeLessThan(300);
    const after = await work('Karin Westberg');
    expect(after.counts['approval']).toBe(0);
    expect(
      after.items.some(
        (i) => i.kind === 'deadline' && i.object?.code === 'AKN' && i.title === 'objectPlanApproved',
      ),
    ).toBe(false);
    // KÖP's owners still have theirs: the list is per person.
    expect(codes(await work('Cecilia Håkansson'), 'approval')).toEqual(['KÖP 2027']);
  });

  it('a leader sees the questions at the leaders’ rung and their own action item', async () => {
    const w = await work('Oskar Lindell');
    expect(w.psg).toBe(false);
    expect(w.counts['approval']).toBe(0);
    expect(codes(w, 'actionItem')).toEqual([
      'AKN Komplettera driftbudgeten i objektplanen 2027 med licenskostnader',
    ]);
    expect(w.items.filter((i) => i.kind === 'escalation').every((i) => i.as[0] === 'leaders')).toBe(true);
    expect(w.counts['escalation']).toBeGreaterThan(0);
    expect(w.items.find((i) => i.kind === 'escalation')!.target.view).toBe('initiatives');
    // OLF (the leaders' forum) meets monthly: he attends its next meeting.
    expect(w.counts['meeting']).toBeGreaterThan(0);
  });

  it('the PSG chair decides what is escalated to PSG and sees the portfolio', async () => {
    const w = await work('Anders Ekström');
    expect(w.psg).toBe(true);
    const escalations = w.items.filter((i) => i.kind === 'escalation');
    expect(escalations.length).toBeGreaterThan(0);
    expect(escalations.every((i) => i.as[0] === 'psg')).toBe(true);
    expect(w.counts['approval']).toBe(0);
    expect(w.counts['deadline']).toBe(0);
  });

  it('a question decided at its rung no longer waits for the decider', async () => {
    const before = (await work('Anders Ekström')).items.filter((i) => i.kind === 'escalation');
    const question = before[0]!;
    const res = await t.call('POST', `/api/initiatives/${question.target.params['initiative']}/decide`, {
      as: t.person('Anders Ekström'),
      body: { outcome: 'prioritised', comment: 'Prioriteras.' },
    });
    expect(res.status).toBeLessThan(300);
    const after = (await work('Anders Ekström')).items.filter((i) => i.kind === 'escalation');
    expect(after.map((i) => i.key)).not.toContain(question.key);
    expect(after).toHaveLength(before.length - 1);
  });

  it('a meeting, an action item and minutes open the Möten view of the meeting’s own year', async () => {
    const w = await work('Oskar Lindell');
    const items = w.items.filter((i) => i.kind === 'meeting' || i.kind === 'actionItem');
    expect(items.map((i) => i.kind)).toEqual(expect.arrayContaining(['meeting', 'actionItem']));
    for (const item of items) {
      const meeting = await t.app.store.meetings.get(item.target.params['meeting']!);
      // The view lists one year's meetings; without the year it opens next year's, without this meeting.
      expect(item.target.params['year']).toBe(meeting!.start.slice(0, 4));
      if (item.target.objectId) expect(item.target.path).toContain(`year=${meeting!.start.slice(0, 4)}`);
    }
  });

  it('a person without roles has nothing to do', async () => {
    const w = await work('Helena Berggren');
    expect(w).toMatchObject({ psg: false, items: [] });
  });
});
