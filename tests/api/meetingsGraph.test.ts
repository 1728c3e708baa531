// Scheduling with the convener's Microsoft Graph calendar: the real Graph adapter against the stateful
// Graph calendar fake. Invitations go to the people the roles bring; moves and cancellations reach the
// calendar; the Teams join link comes back to the meetings and the feed.
import { GraphCalendar } from '../../src/adapters/calendar/graphCalendar';
import { FakeGraphCalendar, startFakeGraphCalendar } from '../support/fakeGraphCalendar';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let fake: FakeGraphCalendar;
let akn: { id: string };
let osgId: string;

beforeAll(async () => {
  fake = await startFakeGraphCalendar();
  t = await startTestApp({
    calendar: new GraphCalendar({
      baseUrl: fake.baseUrl,
      token: async (personId) => FakeGraphCalendar.tokenFor(personId),
      retryDelaySeconds: 0.05,
    }),
  });
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  osgId = (await t.call('GET', `/api/objects/${akn.id}/meetings`)).body.forum.id;
});
afterAll(async () => {
  await t.stop();
  await fake.close();
  expect(fake.unhandled).toEqual([]);
});

describe('meetings in the convener’s calendar', () => {
  let meetings: any[];

  it('a year of OSG meetings becomes events with Teams meetings, inviting the roles', async () => {
    const res = await t.call('POST', `/api/forums/${osgId}/meeting-series`, {
      as: t.person('Karin Westberg'),
      body: { year: 2027 },
    });
    expect(res.status).toBe(201);
    meetings = res.body;
    const events = fake.calendar('me');
    expect(events).toHaveLength(4);
    expect(events.every((e) => e.isOnlineMeeting)).toBe(true);
    expect(
      fake
        .requests('POST')
        .every(
          (r) =>
            r.headers['authorization'] === `Bearer ${FakeGraphCalendar.tokenFor(t.person('Karin Westberg'))}`,
        ),
    ).toBe(true);
    const invited = events[0]!.attendees.map((a: any) => [a.emailAddress.address, a.type]).sort();
    expect(invited).toEqual([
      ['goran.mattsson@objektnav.example', 'required'],
      ['mikael.borg@objektnav.example', 'required'],
      ['oskar.lindell@objektnav.example', 'optional'],
      ['petra.nystrom@objektnav.example', 'optional'],
    ]);
    expect(meetings.every((m) => m.joinUrl && m.calendarEventId && !m.onlineMeetingMissing)).toBe(true);
    const feed = await (await fetch(`${t.url}/calendar/objects/${akn.id}.ics`)).text();
    expect(feed).toContain(`X-MICROSOFT-SKYPETEAMSMEETINGURL:${meetings[0].joinUrl}`.slice(0, 60));
  });

  it('moving a meeting moves its event', async () => {
    const june = meetings[1];
    const res = await t.call('PATCH', `/api/meetings/${june.id}`, {
      as: t.person('Karin Westberg'),
      ifMatch: june.etag,
      body: { start: '2027-06-16T13:00:00+02:00', end: '2027-06-16T15:00:00+02:00' },
    });
    expect(res.status).toBe(200);
    expect(fake.calendar('me').map((e) => e.start)).toContain('2027-06-16T11:00:00.000Z');
  });

  it('cancelling a meeting cancels its event, with a comment to those invited', async () => {
    const res = await t.call('POST', `/api/meetings/${meetings[3].id}/cancel`, {
      as: t.person('Karin Westberg'),
    });
    expect(res.status).toBe(200);
    expect(fake.calendar('me')).toHaveLength(3);
    const cancelled = [...fake.events.values()].find((e) => e.cancelled)!;
    expect(cancelled.cancelComment).toContain('mötet är inställt');
  });

  it('a calendar refusal stores nothing', async () => {
    fake.noConsent.add(t.person('Karin Westberg'));
    const res = await t.call('POST', `/api/forums/${osgId}/meetings`, {
      as: t.person('Karin Westberg'),
      body: { title: 'Extra OSG', start: '2027-01-20T13:00:00+01:00', end: '2027-01-20T14:00:00+01:00' },
    });
    expect(res.status).toBe(403);
    const all = (await t.call('GET', `/api/forums/${osgId}/meetings?year=2027`)).body;
    expect(all.some((m: any) => m.title === 'Extra OSG')).toBe(false);
    fake.noConsent.clear();
  });
});
