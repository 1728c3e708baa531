// Forum meetings through the API and the calendar feed: conveners schedule, others may not; attendees
// follow the roles; the iCalendar feed parses back (ical.js) to the same occurrences.
import ICAL from 'ical.js';
import { utcToStockholm } from '../../src/domain/meetings/schedule';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let akn: { id: string };
let osgId: string;

beforeAll(async () => {
  t = await startTestApp();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  osgId = (await t.call('GET', `/api/objects/${akn.id}/meetings`)).body.forum.id;
});
afterAll(async () => {
  await t.stop();
});

async function feed(path: string) {
  const res = await fetch(`${t.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

/** Occurrences in the feed, expanded by ical.js with exceptions applied: [start UTC ISO, summary]. */
function occurrences(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const tz = calendar.getFirstSubcomponent('vtimezone');
  if (tz) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const masters = events.filter((e) => !e.isRecurrenceException());
  for (const exception of events.filter((e) => e.isRecurrenceException())) {
    masters.find((m) => m.uid === exception.uid)?.relateException(exception);
  }
  const out: string[] = [];
  for (const event of masters) {
    if (event.component.getFirstPropertyValue('status') === 'CANCELLED') continue;
    if (!event.isRecurring()) {
      out.push(event.startDate.toJSDate().toISOString());
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      out.push(event.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
    }
  }
  return out.sort();
}

describe('scheduling forum meetings', () => {
  it('the demo has a year of meetings: PSG, OLF and the OSG of AKN, held up to today', async () => {
    const forums = (await t.call('GET', '/api/forums')).body as any[];
    const count = async (kind: string) =>
      (await t.call('GET', `/api/forums/${forums.find((f) => f.kind === kind).id}/meetings?year=2026`)).body;
    // PSG's fourth meeting (10 November) is held; OLF still meets on 3 December.
    expect((await count('psg')).map((m: any) => m.status)).toEqual(['held', 'held', 'held', 'held']);
    expect((await count('olf')).at(-1).status).toBe('scheduled');
    expect(await count('olf')).toHaveLength(11);
    const psg = (await t.call('GET', `/api/forums/${forums.find((f) => f.kind === 'psg').id}?year=2026`))
      .body;
    expect(psg.compliance).toMatchObject({ required: 4, held: 4, met: true });
  });

  it('a leader cannot schedule the OSG: only its convener (the business owner) may', async () => {
    const res = await t.call('POST', `/api/forums/${osgId}/meeting-series`, {
      as: t.person('Oskar Lindell'),
      body: { year: 2027 },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Bara forumets sammankallande får göra detta.');
    expect((await t.call('GET', `/api/forums/${osgId}/meetings?year=2027`)).body).toEqual([]);
  });

  it('the owner schedules the 2027 OSG series: four meetings at 13:00 Stockholm time', async () => {
    const res = await t.call('POST', `/api/forums/${osgId}/meeting-series`, {
      as: t.person('Karin Westberg'),
      body: { year: 2027 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toHaveLength(4);
    expect(res.body.map((m: any) => utcToStockholm(m.start))).toEqual([
      { date: '2027-03-10', time: '13:00' },
      { date: '2027-06-09', time: '13:00' },
      { date: '2027-09-08', time: '13:00' },
      { date: '2027-11-10', time: '13:00' },
    ]);
    const again = await t.call('POST', `/api/forums/${osgId}/meeting-series`, {
      as: t.person('Karin Westberg'),
      body: { year: 2027 },
    });
    expect(again.status).toBe(409);
  });

  it('attendees follow the roles: the owners, the OSG member, and the leaders attending', async () => {
    const res = await t.call('GET', `/api/objects/${akn.id}/meetings?year=2027`);
    const names = res.body.attendees.map((a: any) => a.displayName).sort();
    expect(names).toEqual([
      'Göran Mattsson',
      'Karin Westberg',
      'Mikael Borg',
      'Oskar Lindell',
      'Petra Nyström',
    ]);
    expect(res.body.meetings).toHaveLength(4);
  });

  it('the feed has the series with RRULE, VTIMEZONE and the people invited; ical.js expands it to the same dates', async () => {
    const { status, type, text } = await feed(`/calendar/objects/${akn.id}.ics`);
    expect(status).toBe(200);
    expect(type).toContain('text/calendar');
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm');
    expect(text).toContain('RRULE:FREQ=YEARLY;BYMONTH=3,6,9,11;BYDAY=2WE;COUNT=4');
    expect(text).toMatch(/ATTENDEE;CN="Karin Westberg";ROLE=CHAIR/);
    // Every meeting of the forum (the demo's 2026 series too), as ical.js expands the feed.
    const meetings = (await t.call('GET', `/api/forums/${osgId}/meetings`)).body;
    expect(meetings.length).toBe(8);
    expect(occurrences(text)).toEqual(meetings.map((m: any) => m.start).sort());
  });

  it('a moved meeting becomes an override and a cancelled one an EXDATE; the feed still matches', async () => {
    const meetings = (await t.call('GET', `/api/forums/${osgId}/meetings?year=2027`)).body;
    const june = meetings[1];
    const moved = await t.call('PATCH', `/api/meetings/${june.id}`, {
      as: t.person('Karin Westberg'),
      ifMatch: june.etag,
      body: { start: '2027-06-16T13:00:00+02:00', end: '2027-06-16T15:00:00+02:00' },
    });
    expect(moved.status).toBe(200);
    const cancelled = await t.call('POST', `/api/meetings/${meetings[3].id}/cancel`, {
      as: t.person('Karin Westberg'),
    });
    expect(cancelled.body.status).toBe('cancelled');
    const { text } = await feed(`/calendar/forums/${osgId}.ics`);
    expect(text).toContain('RECURRENCE-ID;TZID=Europe/Stockholm:20270609T130000');
    expect(text).toContain('EXDATE;TZID=Europe/Stockholm:20271110T130000');
    expect(occurrences(text).filter((o) => o.startsWith('2027'))).toEqual([
      '2027-03-10T12:00:00.000Z',
      '2027-06-16T11:00:00.000Z',
      '2027-09-08T11:00:00.000Z',
    ]);
  });

  it('an extra PSG is scheduled by its convener, and only by them', async () => {
    const forums = (await t.call('GET', '/api/forums')).body as any[];
    const psg = forums.find((f) => f.kind === 'psg');
    const body = {
      title: 'Extra PSG: prioritering av it-resurser',
      start: '2027-01-19T10:00:00+01:00',
      end: '2027-01-19T11:00:00+01:00',
    };
    expect(
      (await t.call('POST', `/api/forums/${psg.id}/meetings`, { as: t.person('Anders Ekström'), body }))
        .status,
    ).toBe(403);
    const res = await t.call('POST', `/api/forums/${psg.id}/meetings`, {
      as: t.person('Sofia Lundgren'),
      body,
    });
    expect(res.status).toBe(201);
    const { text } = await feed(`/calendar/forums/${psg.id}.ics`);
    expect(occurrences(text).filter((o) => o.startsWith('2027'))).toEqual(['2027-01-19T09:00:00.000Z']);
    const bad = await t.call('POST', `/api/forums/${psg.id}/meetings`, {
      as: t.person('Sofia Lundgren'),
      body: { ...body, end: '2027-01-19T09:00:00+01:00' },
    });
    expect(bad.status).toBe(400);
  });

  it('a change of owner changes the invitations of future meetings', async () => {
    const roles = (await t.call('GET', `/api/role-assignments?objectId=${akn.id}`)).body as any[];
    const owner = roles.find((r) => r.role === 'ownerBusiness');
    const director = t.person('Helena Berggren');
    await t.call('DELETE', `/api/role-assignments/${owner.id}`, { as: director, ifMatch: owner.etag });
    await t.call('POST', '/api/role-assignments', {
      as: director,
      body: { personId: t.person('Göran Mattsson'), role: 'ownerBusiness', objectId: akn.id },
    });
    const { text } = await feed(`/calendar/objects/${akn.id}.ics`);
    expect(text).not.toContain('Karin Westberg');
    expect(text).toMatch(/ORGANIZER;CN="Göran Mattsson"/);
  });

  it('unknown feeds answer 404', async () => {
    expect((await feed('/calendar/forums/nope.ics')).status).toBe(404);
  });
});
