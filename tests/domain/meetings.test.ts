import { todayIn } from '../../src/services/context';
import {
  nthWeekday,
  seriesDates,
  seriesRrule,
  SERIES_RULES,
  stockholmOffsetMinutes,
  stockholmToUtc,
  utcToStockholm,
} from '../../src/domain/meetings/schedule';
import { FORUM_RULES } from '../../src/domain/forums/forums';
import { dueDate } from '../../src/domain/plan/yearWheel';

describe('nthWeekday', () => {
  it.each([
    [2027, 2, 2, 2, '2027-02-09'], // second Tuesday of February 2027
    [2027, 3, 0, -1, '2027-03-28'], // last Sunday of March 2027
    [2026, 10, 0, -1, '2026-10-25'],
    [2027, 9, 3, 2, '2027-09-08'],
    [2027, 1, 4, 1, '2027-01-07'],
  ])('%i-%i weekday %i n %i → %s', (y, m, wd, n, expected) => expect(nthWeekday(y, m, wd, n)).toBe(expected));
});

describe('Europe/Stockholm time', () => {
  it.each([
    ['2027-01-15T12:00:00Z', 60],
    ['2027-03-28T00:59:59Z', 60],
    ['2027-03-28T01:00:00Z', 120],
    ['2027-10-31T00:59:59Z', 120],
    ['2027-10-31T01:00:00Z', 60],
  ])('offset at %s is %i minutes', (iso, offset) =>
    expect(stockholmOffsetMinutes(Date.parse(iso))).toBe(offset),
  );

  it.each([
    ['2027-02-09', '09:00', '2027-02-09T08:00:00.000Z'], // winter, UTC+1
    ['2027-09-08', '13:00', '2027-09-08T11:00:00.000Z'], // summer, UTC+2
    ['2027-03-28', '03:00', '2027-03-28T01:00:00.000Z'], // just after the spring change
    ['2027-10-31', '09:00', '2027-10-31T08:00:00.000Z'], // the morning after the autumn change
  ])('%s %s local → %s', (date, time, utc) => {
    expect(stockholmToUtc(date, time)).toBe(utc);
    expect(utcToStockholm(utc)).toEqual({ date, time });
  });
});

describe('series per forum rule and year', () => {
  it('PSG meets four times, after each quarter, at 09:00 local time whatever the season', () => {
    const dates = seriesDates('psg', 2027);
    expect(dates).toHaveLength(FORUM_RULES.psg.defaultMinMeetingsPerYear);
    expect(dates.map((d) => utcToStockholm(d.start))).toEqual([
      { date: '2027-02-09', time: '09:00' },
      { date: '2027-05-11', time: '09:00' },
      { date: '2027-09-14', time: '09:00' },
      { date: '2027-11-09', time: '09:00' },
    ]);
    // Winter meetings are at 08:00 UTC, summer ones at 07:00 UTC.
    expect(dates.map((d) => d.start.slice(11, 16))).toEqual(['08:00', '07:00', '07:00', '08:00']);
  });

  it('the OSG meets at least four times, before the preliminary plan and before the approval deadline', () => {
    for (const year of [2026, 2027, 2028]) {
      const dates = seriesDates('osg', year).map((d) => utcToStockholm(d.start).date);
      expect(dates.length).toBeGreaterThanOrEqual(FORUM_RULES.osg.defaultMinMeetingsPerYear);
      // The plan for next year is preliminary by 30 June and approved by 30 September of this year.
      expect(dates.some((d) => d >= `${year}-04-01` && d <= dueDate(year + 1, 'objectPlanPreliminary'))).toBe(
        true,
      );
      expect(dates.some((d) => d >= `${year}-09-01` && d <= dueDate(year + 1, 'objectPlanApproved'))).toBe(
        true,
      );
    }
  });

  it('OLF meets monthly except July', () => {
    const months = seriesDates('olf', 2027).map((d) => Number(utcToStockholm(d.start).date.slice(5, 7)));
    expect(months).toEqual([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12]);
    expect(months.length).toBe(FORUM_RULES.olf.defaultMinMeetingsPerYear);
  });

  it('meetings end after they start, on the same day', () => {
    for (const kind of ['psg', 'osg', 'olf'] as const) {
      for (const m of seriesDates(kind, 2027)) {
        expect(m.end > m.start).toBe(true);
        expect(utcToStockholm(m.end).date).toBe(utcToStockholm(m.start).date);
      }
    }
  });

  it.each([
    ['psg', 'FREQ=YEARLY;BYMONTH=2,5,9,11;BYDAY=2TU;COUNT=4'],
    ['osg', 'FREQ=YEARLY;BYMONTH=3,6,9,11;BYDAY=2WE;COUNT=4'],
    ['olf', 'FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,8,9,10,11,12;BYDAY=1TH;COUNT=11'],
  ] as const)('%s rrule', (kind, rrule) => {
    expect(seriesRrule(kind)).toBe(rrule);
    expect(SERIES_RULES[kind].months.length).toBe(Number(rrule.split('COUNT=')[1]));
  });
});

describe('today in Stockholm', () => {
  it.each([
    ['2026-11-23T22:59:59Z', '2026-11-23'],
    ['2026-11-23T23:00:00Z', '2026-11-24'],
    ['2027-06-30T21:59:59Z', '2027-06-30'],
    ['2027-06-30T22:00:00Z', '2027-07-01'],
  ])('%s is %s there, as Intl says', (iso, date) => {
    const clock = { now: () => new Date(iso) };
    expect(todayIn(clock)).toBe(date);
    expect(todayIn(clock)).toBe(
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(clock.now()),
    );
    expect(todayIn(clock, 'UTC')).toBe(iso.slice(0, 10));
  });
});
