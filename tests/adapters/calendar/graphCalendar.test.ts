// The Microsoft Graph calendar adapter against a stateful fake of Graph's calendar endpoints: the event
// body, Graph recurrence where one pattern can say it and single events where it cannot, moving and
// cancelling one occurrence, the silently missing Teams meeting, throttling, and the refusals in Swedish.
import {
  graphRecurrence,
  GraphCalendar,
  stockholmDateTime,
} from '../../../src/adapters/calendar/graphCalendar';
import { seriesDates, stockholmToUtc } from '../../../src/domain/meetings/schedule';
import { AppError } from '../../../src/services/errors';
import { translate } from '../../../src/i18n/messages';
import type { CalendarEventDetails, CalendarSlot } from '../../../src/services/ports/calendar';
import { FakeGraphCalendar, startFakeGraphCalendar } from '../../support/fakeGraphCalendar';

let fake: FakeGraphCalendar;
let calendar: GraphCalendar;

const convener = { personId: 'p-anna' };
const details: CalendarEventDetails = {
  actor: convener,
  subject: 'PSG',
  body: 'Prioritering mellan objekten. Dagordningen kommer i kanalen.',
  attendees: [
    { name: 'Anna Andersson', email: 'anna@kommun.se', type: 'required' },
    { name: 'Bo Berg', email: 'bo@kommun.se', type: 'required' },
    { name: 'Cecilia Ek', email: 'cecilia@kommun.se', type: 'optional' },
  ],
};

/** The n:th weekday of each month, Stockholm time, as UTC slots. */
function slots(year: number, months: number[], dates: string[], from: string, to: string): CalendarSlot[] {
  return months.map((m, i) => {
    const date = `${year}-${String(m).padStart(2, '0')}-${dates[i]}`;
    return { start: stockholmToUtc(date, from), end: stockholmToUtc(date, to) };
  });
}

/** Second Tuesday of Mar, Jun, Sep, Dec 2026 — every third month, across both DST changes. */
const QUARTERLY = slots(2026, [3, 6, 9, 12], ['10', '09', '08', '08'], '09:00', '11:00');

beforeEach(async () => {
  fake = await startFakeGraphCalendar();
  calendar = new GraphCalendar({
    baseUrl: fake.baseUrl,
    token: async (personId) => FakeGraphCalendar.tokenFor(personId),
    retryDelaySeconds: 0.05,
  });
});

afterEach(async () => {
  await fake.close();
  // A request the fake does not understand fails the test.
  expect(fake.unhandled).toEqual([]);
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('graphRecurrence (which series Graph can express as one pattern)', () => {
  it('every third month on the second Tuesday: relativeMonthly, interval 3, numbered', () => {
    expect(graphRecurrence(QUARTERLY)).toEqual({
      pattern: {
        type: 'relativeMonthly',
        interval: 3,
        daysOfWeek: ['tuesday'],
        index: 'second',
        firstDayOfWeek: 'monday',
      },
      range: {
        type: 'numbered',
        startDate: '2026-03-10',
        numberOfOccurrences: 4,
        recurrenceTimeZone: 'W. Europe Standard Time',
      },
    });
  });

  it('monthly on the first Thursday across a year boundary, and the last Friday', () => {
    const monthly = slots(2026, [11, 12], ['05', '03'], '13:00', '14:30').concat(
      slots(2027, [1], ['07'], '13:00', '14:30'),
    );
    expect(graphRecurrence(monthly)?.pattern).toMatchObject({
      interval: 1,
      index: 'first',
      daysOfWeek: ['thursday'],
    });
    const last = slots(2026, [1, 2, 3], ['30', '27', '27'], '10:00', '11:00');
    expect(graphRecurrence(last)?.pattern).toMatchObject({
      interval: 1,
      index: 'last',
      daysOfWeek: ['friday'],
    });
  });

  it('the default PSG, OSG and OLF years cannot be one Graph pattern (uneven months, July left out)', () => {
    expect(graphRecurrence(seriesDates('psg', 2026))).toBeNull(); // Feb, May, Sep, Nov
    expect(graphRecurrence(seriesDates('osg', 2026))).toBeNull(); // Mar, Jun, Sep, Nov
    expect(graphRecurrence(seriesDates('olf', 2026))).toBeNull(); // monthly except July
  });

  it('a moved meeting, another time of day, or a single meeting is no pattern', () => {
    const moved = [...QUARTERLY];
    moved[2] = { start: stockholmToUtc('2026-09-09', '09:00'), end: stockholmToUtc('2026-09-09', '11:00') };
    expect(graphRecurrence(moved)).toBeNull();
    const later = [...QUARTERLY];
    later[1] = { start: stockholmToUtc('2026-06-09', '10:00'), end: stockholmToUtc('2026-06-09', '11:00') };
    expect(graphRecurrence(later)).toBeNull();
    expect(graphRecurrence(QUARTERLY.slice(0, 1))).toBeNull();
  });

  it('writes Stockholm wall-clock time, summer and winter', () => {
    expect(stockholmDateTime('2026-06-09T07:00:00.000Z')).toEqual({
      dateTime: '2026-06-09T09:00:00',
      timeZone: 'W. Europe Standard Time',
    });
    expect(stockholmDateTime('2026-12-08T08:00:00.000Z').dateTime).toBe('2026-12-08T09:00:00');
  });
});

describe('creating events', () => {
  it('a single event with a Teams meeting in the convener calendar, with their delegated token', async () => {
    const slot = { start: stockholmToUtc('2026-10-14', '13:00'), end: stockholmToUtc('2026-10-14', '15:00') };
    const result = await calendar.createEvent({ ...details, ...slot, location: 'Stadshuset, rum 3' });

    const [check, post] = fake.log;
    expect(check).toMatchObject({ method: 'GET' });
    expect(check!.url).toBe(
      '/me/calendar?$select=allowedOnlineMeetingProviders,defaultOnlineMeetingProvider',
    );
    expect(post).toMatchObject({ method: 'POST', url: '/me/events' });
    expect(post!.headers.authorization).toBe('Bearer fake-delegated-p-anna');
    expect(post!.headers.prefer).toBe('outlook.timezone="UTC"');
    expect(post!.body).toEqual({
      subject: 'PSG',
      body: { contentType: 'text', content: details.body },
      start: { dateTime: '2026-10-14T13:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-10-14T15:00:00', timeZone: 'W. Europe Standard Time' },
      location: { displayName: 'Stadshuset, rum 3' },
      attendees: [
        { emailAddress: { address: 'anna@kommun.se', name: 'Anna Andersson' }, type: 'required' },
        { emailAddress: { address: 'bo@kommun.se', name: 'Bo Berg' }, type: 'required' },
        { emailAddress: { address: 'cecilia@kommun.se', name: 'Cecilia Ek' }, type: 'optional' },
      ],
      allowNewTimeProposals: false,
      responseRequested: true,
      isOnlineMeeting: true,
      onlineMeetingProvider: 'teamsForBusiness',
    });

    const [stored] = fake.calendar();
    expect(result).toEqual({
      eventId: stored!.id,
      start: slot.start,
      end: slot.end,
      joinUrl: stored!.joinUrl,
      missing: false,
    });
    expect(result.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  it('a delegate books in the convener calendar (/users/{mailbox}) with their own token', async () => {
    const slot = QUARTERLY[0]!;
    await calendar.createEvent({
      ...details,
      ...slot,
      actor: { personId: 'p-delegate', mailbox: 'anna@kommun.se' },
    });
    expect(fake.requests('POST')[0]!.url).toBe('/users/anna@kommun.se/events');
    expect(fake.requests('POST')[0]!.headers.authorization).toBe('Bearer fake-delegated-p-delegate');
    expect(fake.calendar('anna@kommun.se')).toHaveLength(1);
  });

  it('a series Graph can express: one recurring event, and each occurrence with its own id', async () => {
    const result = await calendar.createSeries({ ...details, occurrences: QUARTERLY });

    const posts = fake.requests('POST');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.body.recurrence).toEqual(graphRecurrence(QUARTERLY));
    expect(posts[0]!.body.start).toEqual({
      dateTime: '2026-03-10T09:00:00',
      timeZone: 'W. Europe Standard Time',
    });
    expect(posts[0]!.body.isOnlineMeeting).toBe(true);
    expect(fake.requests('GET').map((r) => r.url.split('?')[0])).toEqual([
      '/me/calendar',
      `/me/events/${result.seriesMasterId}/instances`,
    ]);

    expect(result.mode).toBe('recurrence');
    expect(result.missing).toBe(false);
    expect(result.joinUrl).toMatch(/meetup-join/);
    // Graph's occurrences fall on our dates at 09:00 Stockholm time, summer and winter alike.
    expect(result.occurrences.map((o) => [o.start, o.end])).toEqual(QUARTERLY.map((q) => [q.start, q.end]));
    expect(result.occurrences.map((o) => o.start)).toEqual([
      '2026-03-10T08:00:00.000Z',
      '2026-06-09T07:00:00.000Z',
      '2026-09-08T07:00:00.000Z',
      '2026-12-08T08:00:00.000Z',
    ]);
    const ids = result.occurrences.map((o) => o.eventId);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => fake.events.get(id)?.seriesMasterId === result.seriesMasterId)).toBe(true);
    expect(result.occurrences.every((o) => o.joinUrl === result.joinUrl)).toBe(true);
  });

  it.each([
    ['psg', 4],
    ['olf', 11],
  ] as const)(
    'a %s year Graph cannot express: single events, each with its Teams meeting',
    async (kind, count) => {
      const occurrences = seriesDates(kind, 2026);
      const result = await calendar.createSeries({ ...details, subject: kind.toUpperCase(), occurrences });

      expect(result.mode).toBe('singleEvents');
      expect(result.seriesMasterId).toBeNull();
      const posts = fake.requests('POST');
      expect(posts).toHaveLength(count);
      expect(posts.every((p) => p.body.recurrence === undefined && p.body.isOnlineMeeting === true)).toBe(
        true,
      );
      expect(posts.map((p) => p.body.start.dateTime.slice(0, 10))).toEqual(
        occurrences.map((o) => stockholmDateTime(o.start).dateTime.slice(0, 10)),
      );
      expect(result.occurrences.map((o) => o.start)).toEqual(occurrences.map((o) => o.start));
      expect(new Set(result.occurrences.map((o) => o.joinUrl)).size).toBe(count);
      expect(result.missing).toBe(false);
      expect(fake.calendar()).toHaveLength(count);
      if (kind === 'olf') expect(posts.some((p) => p.body.start.dateTime.startsWith('2026-07'))).toBe(false);
    },
  );
  it('a failure halfway through single events cancels the ones already created, then fails', async () => {
    fake.createsBeforeFailure = 2;
    await expect(
      calendar.createSeries({ ...details, occurrences: seriesDates('psg', 2026) }),
      // Graph failing (5xx) is an outage of the calendar: 503 for the convener, Graph's words in the log.
    ).rejects.toMatchObject({
      dependency: 'calendar',
      detail: expect.stringMatching(/Graph POST \/me\/events → 500/),
    });
    const cancels = fake.requests('POST').filter((r) => r.url.endsWith('/cancel'));
    expect(cancels).toHaveLength(2);
    expect(cancels[0]!.body.Comment).toContain('avbröts');
    expect(fake.calendar()).toHaveLength(0);
  });
});

describe('moving and cancelling', () => {
  it('moves one occurrence of a Graph series, found by its original start; the others stay', async () => {
    const series = await calendar.createSeries({ ...details, occurrences: QUARTERLY });
    fake.log.length = 0;
    const to = { start: stockholmToUtc('2026-06-16', '13:00'), end: stockholmToUtc('2026-06-16', '15:00') };

    const moved = await calendar.moveEvent(
      { actor: convener, eventId: series.seriesMasterId!, occurrenceStart: QUARTERLY[1]!.start },
      to,
    );

    const patch = fake.requests('PATCH');
    expect(patch).toHaveLength(1);
    expect(patch[0]!.url).toBe(`/me/events/${series.occurrences[1]!.eventId}`);
    expect(patch[0]!.body).toEqual({
      start: { dateTime: '2026-06-16T13:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2026-06-16T15:00:00', timeZone: 'W. Europe Standard Time' },
    });
    expect(moved).toMatchObject({ eventId: series.occurrences[1]!.eventId, ...to, missing: false });
    expect(moved.joinUrl).toBe(series.joinUrl);
    expect(fake.events.get(moved.eventId)?.type).toBe('exception');
    const others = fake
      .calendar()
      .filter((e) => e.type === 'occurrence')
      .map((e) => e.start);
    expect(others).toEqual([QUARTERLY[0]!.start, QUARTERLY[2]!.start, QUARTERLY[3]!.start]);

    // Moved again, still found by where it was in the series (Graph's originalStart).
    const again = {
      start: stockholmToUtc('2026-06-23', '09:00'),
      end: stockholmToUtc('2026-06-23', '11:00'),
    };
    const second = await calendar.moveEvent(
      { actor: convener, eventId: series.seriesMasterId!, occurrenceStart: QUARTERLY[1]!.start },
      again,
    );
    expect(second).toMatchObject({ eventId: series.occurrences[1]!.eventId, ...again });
  });

  it('moves a single event by its id', async () => {
    const created = await calendar.createEvent({ ...details, ...QUARTERLY[0]! });
    const moved = await calendar.moveEvent({ actor: convener, eventId: created.eventId }, QUARTERLY[1]!);
    expect(moved).toMatchObject({
      eventId: created.eventId,
      start: QUARTERLY[1]!.start,
      end: QUARTERLY[1]!.end,
    });
  });

  it('cancels one occurrence with a comment (POST …/cancel); the series keeps the rest', async () => {
    const series = await calendar.createSeries({ ...details, occurrences: QUARTERLY });
    const target = series.occurrences[2]!.eventId;

    await calendar.cancelEvent(
      { actor: convener, eventId: series.seriesMasterId!, occurrenceStart: QUARTERLY[2]!.start },
      'PSG i september utgår; frågorna tas i november.',
    );

    const cancel = fake.requests('POST').filter((r) => r.url.endsWith('/cancel'));
    expect(cancel.map((r) => [r.url, r.body])).toEqual([
      [`/me/events/${target}/cancel`, { Comment: 'PSG i september utgår; frågorna tas i november.' }],
    ]);
    expect(fake.events.get(target)).toMatchObject({
      cancelled: true,
      cancelComment: 'PSG i september utgår; frågorna tas i november.',
    });
    expect(fake.calendar().filter((e) => e.type === 'occurrence')).toHaveLength(3);
  });

  it('cancels a single event by its id', async () => {
    const created = await calendar.createEvent({ ...details, ...QUARTERLY[0]! });
    await calendar.cancelEvent({ actor: convener, eventId: created.eventId }, 'Extra PSG behövs inte.');
    expect(fake.events.get(created.eventId)).toMatchObject({
      cancelled: true,
      cancelComment: 'Extra PSG behövs inte.',
    });
  });
});

describe('the silently missing Teams meeting', () => {
  it('201 with isOnlineMeeting false and no join URL is reported as missing, with a message', async () => {
    fake.teamsSilentlyFails = true;
    const result = await calendar.createEvent({ ...details, ...QUARTERLY[0]! });
    expect(fake.requests('POST')[0]!.body.isOnlineMeeting).toBe(true);
    expect(fake.calendar()).toHaveLength(1); // the event exists
    expect(result).toMatchObject({
      joinUrl: null,
      missing: true,
      reason: 'notCreated',
      warning: { key: 'calendar.onlineMeetingMissing' },
    });
    expect(translate('sv', result.warning!.key)).toContain('Teams-mötet skapades inte');
  });

  it('single events of a series each report it; the series says so too', async () => {
    fake.teamsSilentlyFails = true;
    const result = await calendar.createSeries({ ...details, occurrences: seriesDates('psg', 2026) });
    expect(result.missing).toBe(true);
    expect(result.occurrences.every((o) => o.missing && o.joinUrl === null)).toBe(true);
  });

  it('a calendar that does not allow Teams: found before creating, the event booked without it', async () => {
    fake.allowedOnlineMeetingProviders = ['skypeForConsumer'];
    const result = await calendar.createEvent({ ...details, ...QUARTERLY[0]! });
    expect(fake.requests('POST')[0]!.body.isOnlineMeeting).toBeUndefined();
    expect(result).toMatchObject({
      missing: true,
      reason: 'providerNotAllowed',
      warning: { key: 'calendar.teamsNotAllowed' },
    });
  });

  it('a join URL that comes a moment late is read again, not reported missing', async () => {
    fake.joinUrlHiddenReads = 1;
    const result = await calendar.createEvent({ ...details, ...QUARTERLY[0]! });
    expect(result.missing).toBe(false);
    expect(result.joinUrl).toMatch(/meetup-join/);
    expect(fake.requests('GET').map((r) => r.url)).toContain(
      `/me/events/${result.eventId}?$select=id,isOnlineMeeting,onlineMeeting`,
    );
  });
});

describe('throttling and refusals', () => {
  it('waits for Retry-After on a 429, then retries, and creates the event once', async () => {
    fake.throttle(1, 1);
    const started = Date.now();
    await calendar.createEvent({ ...details, ...QUARTERLY[0]! });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(fake.log[1]!.at - fake.log[0]!.at).toBeGreaterThanOrEqual(990);
    expect(fake.calendar()).toHaveLength(1);
  });

  it('waits for Retry-After on a throttled POST too', async () => {
    calendar = new GraphCalendar({
      baseUrl: fake.baseUrl,
      token: async (p) => FakeGraphCalendar.tokenFor(p),
      checkOnlineMeetingProviders: false,
      retryDelaySeconds: 0.05,
    });
    fake.throttle(1, 1);
    const started = Date.now();
    await calendar.createEvent({ ...details, ...QUARTERLY[0]! });
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(fake.log.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(fake.calendar()).toHaveLength(1);
  });

  it('403 from Graph: consent is missing, said in Swedish', async () => {
    fake.noConsent.add('p-anna');
    const error = await refusal(calendar.createEvent({ ...details, ...QUARTERLY[0]! }));
    expect(error.kind).toBe('forbidden');
    expect(error.key).toBe('calendar.consentMissing');
    expect(translate('sv', error.key, error.params)).toBe(
      'Objektnav har inte fått medgivande att boka möten i din kalender. Be en administratör i Microsoft Entra ID att godkänna behörigheten Calendars.ReadWrite för Objektnav och försök sedan igen.',
    );
    expect(fake.calendar()).toHaveLength(0);
  });

  it('the token port cannot get a token for lack of consent: the same message, no call to Graph', async () => {
    calendar = new GraphCalendar({
      baseUrl: fake.baseUrl,
      token: async () => {
        throw Object.assign(new Error('AADSTS65001: The user or administrator has not consented'), {
          errorCode: 'invalid_grant',
        });
      },
    });
    const error = await refusal(calendar.createEvent({ ...details, ...QUARTERLY[0]! }));
    expect(error.key).toBe('calendar.consentMissing');
    expect(fake.log).toHaveLength(0);
  });

  it('403 in someone else’s calendar: the delegate lacks access to it', async () => {
    fake.deniedMailboxes.add('anna@kommun.se');
    const error = await refusal(
      calendar.createEvent({
        ...details,
        ...QUARTERLY[0]!,
        actor: { personId: 'p-x', mailbox: 'anna@kommun.se' },
      }),
    );
    expect(error.key).toBe('calendar.mailboxAccessDenied');
    expect(translate('sv', error.key, error.params)).toContain('kalendern för anna@kommun.se');
  });

  it('404: the event is gone from the calendar (deleted in Outlook)', async () => {
    const error = await refusal(calendar.moveEvent({ actor: convener, eventId: 'AAMk-gone' }, QUARTERLY[1]!));
    expect(error.kind).toBe('notFound');
    expect(error.key).toBe('calendar.eventNotFound');
    expect(translate('sv', error.key, error.params)).toContain(
      'Mötet AAMk-gone finns inte längre i kalendern',
    );
  });

  it('an occurrence the series does not have is not found either', async () => {
    const series = await calendar.createSeries({ ...details, occurrences: QUARTERLY });
    const error = await refusal(
      calendar.cancelEvent(
        { actor: convener, eventId: series.seriesMasterId!, occurrenceStart: '2026-04-14T07:00:00.000Z' },
        'x',
      ),
    );
    expect(error.key).toBe('calendar.eventNotFound');
  });

  it('only the organizer may cancel: 400 from Graph becomes a clear refusal', async () => {
    const created = await calendar.createEvent({ ...details, ...QUARTERLY[0]! });
    const error = await refusal(
      calendar.cancelEvent({ actor: { personId: 'attendee-bo' }, eventId: created.eventId }, 'x'),
    );
    expect(error.key).toBe('calendar.notOrganizer');
  });
});
