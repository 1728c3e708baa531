// Agendas from live data, minutes with mandate checks, and reminders that fire once however many
// instances run.
import JSZip from 'jszip';
import { startApp } from '../../src/composition';
import { jsonLogger } from '../../src/adapters/logging/jsonLogger';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let akn: { id: string };
let forums: { id: string; kind: string; objectId: string | null }[];

beforeAll(async () => {
  t = await startTestApp();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  forums = (await t.call('GET', '/api/forums')).body;
});
afterAll(async () => {
  await t.stop();
});

const osg = () => forums.find((f) => f.kind === 'osg' && f.objectId === akn.id)!;
const psg = () => forums.find((f) => f.kind === 'psg')!;

async function extraMeeting(forumId: string, as: string, start: string) {
  const end = new Date(Date.parse(start) + 3600_000).toISOString();
  const res = await t.call('POST', `/api/forums/${forumId}/meetings`, {
    as: t.person(as),
    body: { title: 'Extra möte', start, end },
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('agenda suggestions from the demo data', () => {
  it("AKN's OSG: the plan awaiting approval, contracts within notice, the late approval", async () => {
    const meeting = await extraMeeting(osg().id, 'Karin Westberg', '2026-12-02T12:00:00Z');
    const res = await t.call('GET', `/api/meetings/${meeting.id}/agenda`);
    const titles = res.body.items.map((i: any) => i.title);
    expect(titles).toContain('Godkännande av objektplan AKN 2027');
    expect(
      titles.some((x: string) => x.startsWith('Avtal att säga upp eller förlänga: ') && x.includes('W3D3')),
    ).toBe(true);
    expect(titles).toContain('Försenat i årshjulet: AKN objektplan godkänd av OSG (2026-09-30)');
    expect(res.body.items.every((i: any) => i.source !== 'convener')).toBe(true);
  });

  it("PSG: the questions escalated to PSG; the convener's own items come first", async () => {
    const meeting = await extraMeeting(psg().id, 'Sofia Lundgren', '2026-12-08T08:00:00Z');
    const denied = await t.call('PATCH', `/api/meetings/${meeting.id}/agenda`, {
      as: t.person('Karin Westberg'),
      ifMatch: meeting.etag,
      body: { items: [{ title: 'Min punkt' }] },
    });
    expect(denied.status).toBe(403);
    const set = await t.call('PATCH', `/api/meetings/${meeting.id}/agenda`, {
      as: t.person('Sofia Lundgren'),
      ifMatch: meeting.etag,
      body: { items: [{ title: 'Budgetförutsättningar 2028', presenter: 'Sofia Lundgren' }] },
    });
    expect(set.status).toBe(200);
    const res = await t.call('GET', `/api/meetings/${meeting.id}/agenda`);
    expect(res.body.items[0]).toEqual({
      title: 'Budgetförutsättningar 2028',
      presenter: 'Sofia Lundgren',
      source: 'convener',
    });
    const escalations = res.body.items.filter((i: any) => i.source === 'escalation');
    expect(escalations.length).toBe(2); // the demo's two questions at PSG
  });
});

describe('minutes', () => {
  it("the demo has minutes: PSG's September meeting decided the budget frame and left an action item", async () => {
    const meetings = (await t.call('GET', `/api/forums/${psg().id}/meetings?year=2026`)).body as any[];
    const september = meetings.find((m) => m.start.startsWith('2026-09'));
    const minutes = (await t.call('GET', `/api/meetings/${september.id}/minutes`)).body;
    expect(minutes.attendance.map((a: any) => a.displayName)).toContain('Anders Ekström');
    expect(minutes.decisions).toEqual([
      expect.objectContaining({ kind: 'budgetFrame', meetingId: september.id }),
    ]);
    expect(minutes.actionItems).toEqual([
      expect.objectContaining({ ownerName: 'Camilla Strand', status: 'open' }),
    ]);
  });

  it('a decision outside the forum’s mandate is refused: only PSG decides priorities across objects', async () => {
    const meeting = await extraMeeting(osg().id, 'Karin Westberg', '2026-11-20T12:00:00Z');
    const res = await t.call('POST', `/api/meetings/${meeting.id}/minutes`, {
      as: t.person('Karin Westberg'),
      body: {
        attendance: [t.person('Karin Westberg')],
        decisions: [{ kind: 'crossObjectPriority', title: 'AKN före VSOA' }],
      },
    });
    expect(res.status).toBe(403);
    // The rule in words, with no internal code in the Swedish sentence.
    expect(res.body.error.message).toBe(
      'Beslutet "AKN före VSOA" gäller prioritering mellan objekt och ligger utanför objektstyrgruppens mandat. PSG fattar sådana beslut.',
    );
    expect((await t.call('GET', `/api/meetings/${meeting.id}/minutes`)).body.decisions).toEqual([]);
    expect(
      (await t.call('GET', `/api/forums/${osg().id}/meetings`)).body.find((m: any) => m.id === meeting.id)
        .status,
    ).toBe('scheduled');
  });

  it('only the convener records; the minutes hold attendance, decisions and action items', async () => {
    const meeting = await extraMeeting(osg().id, 'Karin Westberg', '2026-11-21T12:00:00Z');
    const body = {
      place: 'Kommunhuset, rum Kansliet',
      adjusterPersonIds: [t.person('Mikael Borg')],
      attendance: [
        t.person('Karin Westberg'),
        t.person('Mikael Borg'),
        t.person('Göran Mattsson'),
        t.person('Oskar Lindell'),
      ],
      decisions: [
        {
          kind: 'resourceChange',
          title: 'En extra systemförvaltare för W3D3',
          text: 'Finansieras inom ramen.',
        },
      ],
      actionItems: [
        {
          title: 'Ta fram avvecklingsplan för Skada',
          ownerPersonId: t.person('Oskar Lindell'),
          dueDate: '2026-11-25',
        },
      ],
    };
    expect(
      (await t.call('POST', `/api/meetings/${meeting.id}/minutes`, { as: t.person('Oskar Lindell'), body }))
        .status,
    ).toBe(403);
    const res = await t.call('POST', `/api/meetings/${meeting.id}/minutes`, {
      as: t.person('Karin Westberg'),
      body,
    });
    expect(res.status).toBe(201);
    let minutes = (await t.call('GET', `/api/meetings/${meeting.id}/minutes`)).body;
    expect(minutes.meeting.status).toBe('held');
    expect(minutes.status).toBe('draft');
    expect(minutes.attendance.map((a: any) => a.displayName)).toEqual([
      'Karin Westberg',
      'Mikael Borg',
      'Göran Mattsson',
      'Oskar Lindell',
    ]);
    // The chair is the forum's chair who attended; the secretary the one who wrote.
    expect(minutes.chair.displayName).toBe('Karin Westberg');
    expect(minutes.secretary.displayName).toBe('Karin Westberg');
    expect(minutes.decisions).toEqual([
      expect.objectContaining({
        paragraph: 1,
        kind: 'resourceChange',
        meetingId: meeting.id,
        objectId: akn.id,
        effective: false,
      }),
    ]);
    expect(minutes.actionItems).toEqual([
      expect.objectContaining({
        title: 'Ta fram avvecklingsplan för Skada',
        ownerName: 'Oskar Lindell',
        status: 'open',
        effective: false,
      }),
    ]);
    expect(
      (await t.call('POST', `/api/meetings/${meeting.id}/minutes`, { as: t.person('Karin Westberg'), body }))
        .status,
    ).toBe(409);

    // The adjuster adjusts: the decision and the action item take effect.
    expect(
      (await t.call('POST', `/api/meetings/${meeting.id}/minutes/adjust`, { as: t.person('Mikael Borg') }))
        .status,
    ).toBe(200);
    minutes = (await t.call('GET', `/api/meetings/${meeting.id}/minutes`)).body;
    expect(minutes.status).toBe('adjusted');
    expect(minutes.decisions[0].effective).toBe(true);
    expect(minutes.actionItems[0]).toEqual(expect.objectContaining({ effective: true, status: 'open' }));

    // The minutes as a Word document for the registry.
    const docx = await fetch(`${t.url}/api/meetings/${meeting.id}/minutes.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-disposition')).toContain('Protokoll');
    const zip = await JSZip.loadAsync(Buffer.from(await docx.arrayBuffer()));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
    for (const expected of [
      'Protokoll – Objektstyrgrupp AKN',
      'Närvarande',
      'Mikael Borg',
      '§ 1 En extra systemförvaltare för W3D3',
      'Ta fram avvecklingsplan för Skada',
      '2026-11-25',
    ]) {
      expect(xml).toContain(expected);
    }
  });
});

describe("PSG's channel", () => {
  it('is set by its convener; its agenda is posted there before the meeting', async () => {
    const body = { channelId: '19:psg@thread.tacv2', teamId: 'team-ledning' };
    expect(
      (await t.call('POST', `/api/forums/${psg().id}/channel`, { as: t.person('Karin Westberg'), body }))
        .status,
    ).toBe(403);
    expect(
      (await t.call('POST', `/api/forums/${psg().id}/channel`, { as: t.person('Sofia Lundgren'), body }))
        .status,
    ).toBe(200);
    await t.app.store.conversations.create({
      conversationId: 'team-ledning',
      serviceUrl: 'http://127.0.0.1:9/',
      tenantId: 't',
      teamId: 'team-ledning',
      channelId: null,
      conversationType: 'channel',
      installedAt: DEMO_NOW.toISOString(),
      active: true,
    });
    const meeting = await extraMeeting(psg().id, 'Sofia Lundgren', '2026-11-25T08:00:00Z');
    await t.app.services.reminders.runDue('instance-psg');
    const posts = (await t.app.store.outbox.findAll({ status: 'pending' })).filter(
      (m) => m.subject.type === 'agenda' && (m.subject as any).meetingId === meeting.id,
    );
    expect(posts.map((m) => m.conversationId)).toEqual(['19:psg@thread.tacv2']);
  });
});

describe('reminders with a lease', () => {
  it('two instances on one store: the agenda and the action item are queued once', async () => {
    // The AKN channel is bound and the bot installed there, so the OSG's cards have somewhere to go.
    await t.call('POST', '/api/channel-bindings', {
      as: t.person('Oskar Lindell'),
      body: { channelId: '19:akn@thread.tacv2', teamId: 'team-akn', objectId: akn.id },
    });
    await t.app.store.conversations.create({
      conversationId: 'team-akn',
      serviceUrl: 'http://127.0.0.1:9/',
      tenantId: 't',
      teamId: 'team-akn',
      channelId: null,
      conversationType: 'channel',
      installedAt: DEMO_NOW.toISOString(),
      active: true,
    });
    const soon = await extraMeeting(osg().id, 'Karin Westberg', '2026-11-26T12:00:00Z');
    // A second instance of the app on the same store (the same file, or the same SharePoint site).
    const second = await startApp(
      { ...t.app.config, port: 0, demoData: false },
      {
        clock: { now: () => DEMO_NOW },
        logger: jsonLogger('silent'),
        bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000 } },
      },
    );
    try {
      const results = await Promise.all([
        t.app.services.reminders.runDue('instance-a'),
        second.services.reminders.runDue('instance-b'),
      ]);
      const ran = results.filter((r) => r !== null);
      expect(ran).toHaveLength(1);
      const agendaPosts = (await t.app.store.outbox.findAll({ status: 'pending' })).filter(
        (m) => m.subject.type === 'agenda',
      );
      expect(agendaPosts.filter((m) => (m.subject as any).meetingId === soon.id)).toHaveLength(1);
      const reminders = (await t.app.store.outbox.findAll({ status: 'pending' })).filter(
        (m) => m.subject.type === 'actionItem',
      );
      // The test's action item and the demo's (both due 25 November), each queued once.
      expect(reminders).toHaveLength(2);
      expect(new Set(reminders.map((m) => (m.subject as any).actionItemId)).size).toBe(2);
      // A second pass finds nothing left to do.
      expect(await t.app.services.reminders.runDue('instance-a')).toEqual({ agendas: 0, actionItems: 0 });
    } finally {
      await second.close();
    }
  });
});
