// Swedish public holidays computed (Easter by the computus), and forum series that never land on them.
import {
  easterSunday,
  isWorkingDay,
  nextWorkingDay,
  swedishHolidays,
} from '../../src/domain/meetings/holidays';
import {
  patternDates,
  patternRrule,
  seriesDates,
  seriesMonths,
  utcToStockholm,
  SERIES_RULES,
} from '../../src/domain/meetings/schedule';
import {
  meetingDefaultsOf,
  minimumOf,
  requiredMeetings,
  seriesPatternOf,
} from '../../src/domain/forums/settings';
import type { ForumKind } from '../../src/domain/model';

describe('Easter by the computus', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'], // the latest possible date
    [2285, '2285-03-22'], // the earliest possible date
  ])('%i: %s', (year, date) => expect(easterSunday(year)).toBe(date));
});

describe('Swedish holidays, known dates', () => {
  const named = (year: number) =>
    Object.fromEntries(swedishHolidays(year).map((h) => [h.name, h.date])) as Record<string, string>;

  it.each([
    [
      2026,
      {
        Nyårsdagen: '2026-01-01',
        'Trettondedag jul': '2026-01-06',
        Långfredagen: '2026-04-03',
        Påskdagen: '2026-04-05',
        'Annandag påsk': '2026-04-06',
        'Första maj': '2026-05-01',
        'Kristi himmelfärdsdag': '2026-05-14',
        Pingstdagen: '2026-05-24',
        'Sveriges nationaldag': '2026-06-06',
        Midsommarafton: '2026-06-19',
        Midsommardagen: '2026-06-20',
        'Alla helgons dag': '2026-10-31',
        Julafton: '2026-12-24',
        Juldagen: '2026-12-25',
        'Annandag jul': '2026-12-26',
        Nyårsafton: '2026-12-31',
      },
    ],
    [
      2027,
      {
        Långfredagen: '2027-03-26',
        Påskdagen: '2027-03-28',
        'Annandag påsk': '2027-03-29',
        'Kristi himmelfärdsdag': '2027-05-06',
        Pingstdagen: '2027-05-16',
        Midsommarafton: '2027-06-25',
        Midsommardagen: '2027-06-26',
        'Alla helgons dag': '2027-11-06',
      },
    ],
    [
      2028,
      {
        Långfredagen: '2028-04-14',
        Påskdagen: '2028-04-16',
        'Annandag påsk': '2028-04-17',
        'Kristi himmelfärdsdag': '2028-05-25',
        Pingstdagen: '2028-06-04',
        Midsommarafton: '2028-06-23',
        Midsommardagen: '2028-06-24',
        'Alla helgons dag': '2028-11-04',
      },
    ],
  ] as const)('%i', (year, expected) => {
    expect(named(year)).toMatchObject(expected);
  });

  it('midsummer eve is a Friday, midsummer day and All Saints’ Day Saturdays, every year', () => {
    for (let year = 2020; year <= 2040; year++) {
      const h = named(year);
      expect(new Date(`${h['Midsommarafton']}T12:00:00Z`).getUTCDay()).toBe(5);
      expect(new Date(`${h['Midsommardagen']}T12:00:00Z`).getUTCDay()).toBe(6);
      expect(new Date(`${h['Alla helgons dag']}T12:00:00Z`).getUTCDay()).toBe(6);
      expect(h['Kristi himmelfärdsdag']! > h['Påskdagen']!).toBe(true);
    }
  });

  it.each([
    ['2026-01-01', false, '2026-01-02'], // Nyårsdagen, a Thursday → Friday
    ['2027-05-06', false, '2027-05-07'], // Kristi himmelfärdsdag → Friday
    ['2026-04-02', true, '2026-04-02'], // Skärtorsdagen is a working day
    ['2026-04-03', false, '2026-04-07'], // Långfredagen → past Easter to Tuesday
    ['2026-12-24', false, '2026-12-28'], // Julafton → past Christmas and the weekend
    ['2027-12-31', false, '2028-01-03'], // Nyårsafton → past Nyårsdagen and the weekend
    ['2026-06-19', false, '2026-06-22'], // Midsommarafton → Monday
  ])('%s working day %s, next %s', (date, working, next) => {
    expect(isWorkingDay(date)).toBe(working);
    expect(nextWorkingDay(date)).toBe(next);
  });
});

describe('series skip holidays by moving to the next working day', () => {
  it('OLF’s January 2026 meeting (first Thursday = Nyårsdagen) moves to Friday 2 January', () => {
    const [january] = seriesDates('olf', 2026);
    expect(utcToStockholm(january!.start)).toEqual({ date: '2026-01-02', time: '13:00' });
    expect(utcToStockholm(january!.end)).toEqual({ date: '2026-01-02', time: '14:30' });
    // The series' own date stays known, so calendars show the move as an exception of the series.
    expect(utcToStockholm(january!.originalStart)).toEqual({ date: '2026-01-01', time: '13:00' });
  });

  it('OLF’s May 2027 meeting (first Thursday = Kristi himmelfärdsdag) moves to Friday 7 May', () => {
    const may = seriesDates('olf', 2027).find((m) => m.originalStart.startsWith('2027-05'))!;
    expect(utcToStockholm(may.start).date).toBe('2027-05-07');
  });

  it('no meeting of any forum falls on a holiday or weekend, 2026–2028; the others stay in place', () => {
    for (const kind of ['psg', 'osg', 'olf'] as ForumKind[]) {
      for (const year of [2026, 2027, 2028]) {
        for (const m of seriesDates(kind, year)) {
          const date = utcToStockholm(m.start).date;
          expect([kind, date, isWorkingDay(date)]).toEqual([kind, date, true]);
          if (isWorkingDay(utcToStockholm(m.originalStart).date)) expect(m.start).toBe(m.originalStart);
        }
      }
    }
  });
});

describe('a forum’s settings make its series', () => {
  it('weekday, week, time and length come from the forum; months from its kind, more if it meets more', () => {
    const forum = {
      kind: 'osg' as const,
      minMeetingsPerYear: 6,
      meeting: { weekday: 1, weekOfMonth: -1, startTime: '10:00', durationMinutes: 60, place: 'Rum Ekan' },
    };
    const pattern = seriesPatternOf(forum);
    expect(pattern.months).toHaveLength(6);
    expect(pattern.months).toEqual(expect.arrayContaining([...SERIES_RULES.osg.months]));
    expect(pattern.months).not.toContain(7);
    expect(patternRrule(pattern)).toBe(`FREQ=YEARLY;BYMONTH=${pattern.months.join(',')};BYDAY=-1MO;COUNT=6`);
    const dates = patternDates(pattern, 2027).map((m) => ({
      start: utcToStockholm(m.start),
      end: utcToStockholm(m.end),
    }));
    // The last Monday of March 2027 is Annandag påsk (29 March): Tuesday instead.
    expect(dates.find((d) => d.start.date.startsWith('2027-03'))).toEqual({
      start: { date: '2027-03-30', time: '10:00' },
      end: { date: '2027-03-30', time: '11:00' },
    });
    expect(dates.find((d) => d.start.date.startsWith('2027-06'))!.start.date).toBe('2027-06-28');
  });

  it('without settings a forum uses its kind’s defaults: the OSG the second Wednesday 13–15', () => {
    expect(meetingDefaultsOf({ kind: 'osg' })).toEqual({
      weekday: 3,
      weekOfMonth: 2,
      startTime: '13:00',
      durationMinutes: 120,
      place: '',
    });
    expect(seriesPatternOf({ kind: 'olf', minMeetingsPerYear: 11 }).months).toEqual([
      ...SERIES_RULES.olf.months,
    ]);
  });

  it('more months spread over the year, July last', () => {
    expect(seriesMonths([3, 6, 9, 11], 4)).toEqual([3, 6, 9, 11]);
    expect(seriesMonths([3, 6, 9, 11], 5)).toEqual([1, 3, 6, 9, 11]);
    expect(seriesMonths([3, 6, 9, 11], 6)).toEqual([1, 3, 5, 6, 9, 11]);
    expect(seriesMonths([3, 6, 9, 11], 11)).not.toContain(7);
    expect(seriesMonths([3, 6, 9, 11], 12)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('the minimum is never below the model’s', () => {
    expect(minimumOf({ kind: 'osg', minMeetingsPerYear: 2 })).toBe(4);
    expect(minimumOf({ kind: 'osg', minMeetingsPerYear: 6 })).toBe(6);
    expect(minimumOf({ kind: 'olf', minMeetingsPerYear: 4 })).toBe(11);
  });
});

describe('a forum set up mid-year has a prorated minimum', () => {
  const osg = (establishedOn: string | null) => ({
    kind: 'osg' as const,
    minMeetingsPerYear: 4,
    establishedOn,
  });
  it.each([
    [osg('2026-12-10'), 2026, 0], // 22 days left of 365: no meeting is due yet
    [osg('2026-07-01'), 2026, 2], // half the year: half the meetings
    [osg('2026-01-01'), 2026, 4],
    [osg('2026-12-10'), 2027, 4], // the next year in full
    [osg('2026-12-10'), 2025, 0], // before it existed
    [osg(null), 2026, 4], // set up before Objektnav knew: the full minimum
    [{ kind: 'olf' as const, minMeetingsPerYear: 11, establishedOn: '2026-12-01' }, 2026, 1],
  ])('%j in %i: %i', (forum, year, required) => {
    expect(requiredMeetings(forum, year)).toBe(required);
  });
});
