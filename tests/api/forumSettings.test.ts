// Issue 14 (11, 12): a forum's settings — the convener's delegates, the minimum meetings a year, the
// weekday, week, time, length and place of its series — set through PATCH /api/forums/{id} by its chair
// or convener, the model owner or an administrator; series follow them and skip public holidays; the
// calendar feed and compliance read the forum's own minimum, prorated in the year it was set up.
import ICAL from 'ical.js';
import { utcToStockholm } from '../../src/domain/meetings/schedule';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let now = DEMO_NOW.getTime();
let akn: { id: string };
let osg: any;
let olf: any;

beforeAll(async () => {
  t = await startTestApp({ clock: { now: () => new Date(now) } });
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  const forums = (await t.call('GET', '/api/forums')).body as any[];
  osg = forums.find((f) => f.kind === 'osg' && f.objectId === akn.id);
  olf = forums.find((f) => f.kind === 'olf');
});
afterAll(async () => {
  await t.stop();
});

const forumNow = async (id: string) => (await t.call('GET', `/api/forums/${id}?year=2026`)).body;
const stored = async (id: string) => JSON.stringify(await t.app.store.forums.get(id));

/** Occurrences in the feed with exceptions applied, as Stockholm dates. */
function occurrences(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const tz = calendar.getFirstSubcomponent('vtimezone');
  if (tz) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const masters = events.filter((e) => !e.isRecurrenceException());
  for (const exception of events.filter((e) => e.isRecurrenceException()))
    masters.find((m) => m.uid === exception.uid)?.relateException(exception);
  const out: string[] = [];
  for (const event of masters) {
    if (!event.isRecurring()) {
      out.push(event.startDate.toJSDate().toISOString());
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next())
      out.push(event.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
  }
  return out.map((iso) => utcToStockholm(iso).date).sort();
}

describe('the OSG’s settings, by its chair and convener (the business owner)', () => {
  const settings = {
    minMeetingsPerYear: 6,
    meeting: {
      weekday: 2,
      weekOfMonth: 1,
      startTime: '10:00',
      durationMinutes: 90,
      place: 'Stadshuset, rum Ekan',
    },
  };

  it('a leader is refused in words that name who may; nothing changes', async () => {
    const before = await stored(osg.id);
    const res = await t.call('PATCH', `/api/forums/${osg.id}`, {
      as: t.person('Oskar Lindell'),
      ifMatch: osg.etag,
      body: settings,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Forumets inställningar (delegater, antal möten, mötesdag, tid och plats) ändras av forumets ordförande eller sammankallande, modellansvarig eller en administratör.',
    );
    expect(await stored(osg.id)).toBe(before);
  });

  it.each([
    ['fewer meetings than the model’s minimum', { minMeetingsPerYear: 2 }, /minst 4 gånger per år/],
    ['a Saturday', { meeting: { weekday: 6 } }, /måndag–fredag/],
    ['a meeting past midnight', { meeting: { startTime: '20:00', durationMinutes: 300 } }, /samma dag/],
    ['a delegate who does not exist', { delegatePersonIds: ['finns-inte'] }, /delegat/],
    ['an unknown field', { chair: 'x' }, /./],
  ])('%s is a 400 in Swedish; nothing changes', async (_name, body, message) => {
    const before = await stored(osg.id);
    const res = await t.call('PATCH', `/api/forums/${osg.id}`, {
      as: t.person('Karin Westberg'),
      ifMatch: osg.etag,
      body,
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toMatch(message);
    expect(await stored(osg.id)).toBe(before);
  });

  it('without If-Match, or with a stale one, nothing changes', async () => {
    const before = await stored(osg.id);
    const missing = await t.call('PATCH', `/api/forums/${osg.id}`, {
      as: t.person('Karin Westberg'),
      body: settings,
    });
    expect(missing.status).toBe(428);
    const stale = await t.call('PATCH', `/api/forums/${osg.id}`, {
      as: t.person('Karin Westberg'),
      ifMatch: '"stale"',
      body: settings,
    });
    expect(stale.status).toBe(409);
    expect(await stored(osg.id)).toBe(before);
  });

  it('the business owner sets six meetings, the first Tuesday 10–11.30 in Ekan, and names a delegate', async () => {
    const res = await t.call('PATCH', `/api/forums/${osg.id}`, {
      as: t.person('Karin Westberg'),
      ifMatch: osg.etag,
      body: { ...settings, delegatePersonIds: [t.person('Petra Nyström')] },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      minMeetingsPerYear: 6,
      delegatePersonIds: [t.person('Petra Nyström')],
      settings: { minMeetingsPerYear: 6, modelMinimum: 4, meeting: settings.meeting },
    });
    expect(res.body.conveners).toContain(t.person('Petra Nyström'));
    // Compliance counts against the forum's own minimum.
    expect((await forumNow(osg.id)).compliance.required).toBe(6);
    osg = res.body;
  });

  it('the next series follows the settings, not the second Wednesday 13–15, and skips holidays', async () => {
    // The delegate plans it: delegates schedule.
    const res = await t.call('POST', `/api/forums/${osg.id}/meeting-series`, {
      as: t.person('Petra Nyström'),
      body: { year: 2028 },
    });
    expect(res.status).toBe(201);
    const meetings = res.body as any[];
    expect(meetings).toHaveLength(6);
    // The first Tuesday of June 2028 is Sveriges nationaldag: that meeting moves to the Wednesday.
    const june = meetings.find((m) => m.originalStart.startsWith('2028-06'));
    expect(utcToStockholm(june.originalStart).date).toBe('2028-06-06');
    expect(utcToStockholm(june.start).date).toBe('2028-06-07');
    for (const m of meetings) {
      const start = utcToStockholm(m.start);
      if (m !== june) expect(new Date(`${start.date}T12:00:00Z`).getUTCDay()).toBe(2);
      expect(start.time).toBe('10:00');
      expect(utcToStockholm(m.end).time).toBe('11:30');
      expect(m.location).toBe('Stadshuset, rum Ekan');
      expect(m.rrule).toMatch(/BYDAY=1TU;COUNT=6$/);
    }
  });

  it('the calendar feed names the forum’s own minimum and place', async () => {
    // Unfolded (RFC 5545 §3.1) before reading.
    const text = (await (await fetch(`${t.url}/calendar/forums/${osg.id}.ics`)).text()).replace(/\r\n /g, '');
    expect(text).toContain('minst 6 per år');
    expect(text).not.toContain('4 per år enligt modellen');
    expect(text).toContain('LOCATION:Stadshuset\\, rum Ekan');
  });

  it('the delegate may not change the settings (delegates schedule; the forum’s rules are its chair’s)', async () => {
    const before = await stored(osg.id);
    const res = await t.call('PATCH', `/api/forums/${osg.id}`, {
      as: t.person('Petra Nyström'),
      ifMatch: osg.etag,
      body: { minMeetingsPerYear: 8 },
    });
    expect(res.status).toBe(403);
    expect(await stored(osg.id)).toBe(before);
  });
});

describe('OLF’s series skip public holidays', () => {
  it('the demo’s January 2026 meeting is on Friday 2 January, not on Nyårsdagen — also in the feed', async () => {
    const meetings = (await t.call('GET', `/api/forums/${olf.id}/meetings?year=2026`)).body as any[];
    expect(utcToStockholm(meetings[0].start)).toEqual({ date: '2026-01-02', time: '13:00' });
    const dates = occurrences(await (await fetch(`${t.url}/calendar/forums/${olf.id}.ics`)).text());
    expect(dates).toContain('2026-01-02');
    expect(dates).not.toContain('2026-01-01');
  });

  it('planned by its convener, 2027’s May meeting is on Friday 7 May, not on Kristi himmelfärdsdag', async () => {
    const res = await t.call('POST', `/api/forums/${olf.id}/meeting-series`, {
      as: t.person('Erik Sjöberg'),
      body: { year: 2027 },
    });
    expect(res.status).toBe(201);
    const dates = (res.body as any[]).map((m) => utcToStockholm(m.start).date);
    expect(dates).toContain('2027-05-07');
    expect(dates).not.toContain('2027-05-06');
  });

  it('the model owner may set OLF’s place; OLF cannot go below monthly', async () => {
    const current = (await t.call('GET', `/api/forums/${olf.id}`)).body;
    const below = await t.call('PATCH', `/api/forums/${olf.id}`, {
      as: t.person('Erik Sjöberg'),
      ifMatch: current.etag,
      body: { minMeetingsPerYear: 4 },
    });
    expect(below.status).toBe(400);
    expect(below.body.error.message).toMatch(/minst 11 gånger per år/);
    const res = await t.call('PATCH', `/api/forums/${olf.id}`, {
      as: t.person('Erik Sjöberg'),
      ifMatch: current.etag,
      body: { meeting: { place: 'Digitaliseringsenheten' } },
    });
    expect(res.status).toBe(200);
    expect(res.body.settings.meeting).toMatchObject({
      weekday: 4,
      weekOfMonth: 1,
      place: 'Digitaliseringsenheten',
    });
  });
});

describe('the channel of PSG’s agendas and decisions', () => {
  it('is chosen by its chair or convener; anyone else is told so, and nothing changes', async () => {
    const psg = ((await t.call('GET', '/api/forums')).body as any[]).find((f) => f.kind === 'psg');
    const before = await stored(psg.id);
    const res = await t.call('POST', `/api/forums/${psg.id}/channel`, {
      as: t.person('Karin Westberg'),
      body: { channelId: '19:psg@thread.tacv2' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Forumets kanal för dagordningar och beslut väljs av forumets ordförande eller sammankallande (eller en delegat).',
    );
    expect(await stored(psg.id)).toBe(before);
    const chair = await t.call('POST', `/api/forums/${psg.id}/channel`, {
      as: t.person('Anders Ekström'),
      body: { channelId: '19:psg@thread.tacv2' },
    });
    expect(chair.status).toBe(200);
  });
});

describe('a forum set up in December', () => {
  it('does not show a shortfall of four meetings for the year', async () => {
    now = Date.parse('2026-12-10T09:00:00Z');
    const created = await t.call('POST', '/api/objects', {
      as: t.person('Erik Sjöberg'),
      body: { code: 'NYTT', name: 'Nytt objekt', category: 'support' },
    });
    expect(created.status).toBe(201);
    const forum = ((await t.call('GET', '/api/forums')).body as any[]).find(
      (f) => f.kind === 'osg' && f.objectId === created.body.id,
    );
    const year = (await t.call('GET', `/api/forums/${forum.id}?year=2026`)).body;
    expect(year.establishedOn).toBe('2026-12-10');
    expect(year.compliance).toMatchObject({ required: 0, shortfall: 0, onTrack: true });
    const next = (await t.call('GET', `/api/forums/${forum.id}?year=2027`)).body;
    expect(next.compliance).toMatchObject({ required: 4, shortfall: 4 });
  });
});
