// When forums meet: a year of proposed meetings per forum that fits the year wheel (000 §2.3, §3.4),
// in Swedish local time. Pure: the Europe/Stockholm rules are computed, not looked up.
import type { ForumKind } from '../model';
import { nextWorkingDay } from './holidays';

/** Weekday numbers as in Date.getUTCDay(): 0 Sunday … 6 Saturday. */
const RFC_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** When a series falls: the n:th weekday of the chosen months, at a Stockholm time, for a length. */
export interface SeriesPattern {
  /** Months (1–12) with a meeting. */
  months: readonly number[];
  weekday: number;
  /** The n:th such weekday of the month (1–4), or -1 for the last. */
  nth: number;
  startTime: string;
  durationMinutes: number;
}

export interface SeriesRule extends SeriesPattern {
  why: string;
}

/**
 * Default rules, and the one home of each forum kind's default months. PSG meets after each quarter; the OSG meets before the preliminary plan (June), before
 * the plan's approval in September, and twice more; OLF monthly, except July when the municipality is on
 * holiday.
 */
export const SERIES_RULES: Record<ForumKind, SeriesRule> = {
  psg: {
    months: [2, 5, 9, 11],
    weekday: 2,
    nth: 2,
    startTime: '09:00',
    durationMinutes: 120,
    why: 'efter varje kvartal',
  },
  osg: {
    months: [3, 6, 9, 11],
    weekday: 3,
    nth: 2,
    startTime: '13:00',
    durationMinutes: 120,
    why: 'före preliminär plan i juni och före godkännandet i september',
  },
  olf: {
    months: [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12],
    weekday: 4,
    nth: 1,
    startTime: '13:00',
    durationMinutes: 90,
    why: 'månadsvis utom juli',
  },
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The n:th weekday of a month as an ISO date; n = -1 for the last. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  const lastDate = new Date(Date.UTC(year, month, 0));
  const day = lastDate.getUTCDate() - ((lastDate.getUTCDay() - weekday + 7) % 7);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** Summer time in the EU: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
export function stockholmOffsetMinutes(utcMs: number): number {
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.parse(`${nthWeekday(year, 3, 0, -1)}T01:00:00Z`);
  const end = Date.parse(`${nthWeekday(year, 10, 0, -1)}T01:00:00Z`);
  return utcMs >= start && utcMs < end ? 120 : 60;
}

/** A Stockholm wall-clock time as a UTC instant (ISO). Times in the spring gap move forward an hour. */
export function stockholmToUtc(date: string, time: string): string {
  const local = Date.parse(`${date}T${time}:00Z`);
  let utc = local - 60 * 60_000;
  if (stockholmOffsetMinutes(utc) === 120) utc = local - 120 * 60_000;
  return new Date(utc).toISOString();
}

/** A UTC instant as Stockholm wall-clock date and time. */
export function utcToStockholm(iso: string): { date: string; time: string } {
  const ms = Date.parse(iso);
  const local = new Date(ms + stockholmOffsetMinutes(ms) * 60_000);
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
  };
}

export interface ProposedMeeting {
  start: string;
  end: string;
  /** Where the pattern put it (UTC): differs from start when that day was a holiday (RECURRENCE-ID). */
  originalStart: string;
}

/**
 * The months of a series that must hold `count` meetings: the default months, and when the forum decided
 * on more, the months farthest from those already chosen (July, the holiday month, last), so that the
 * meetings spread over the year.
 */
export function seriesMonths(defaults: readonly number[], count: number): number[] {
  const chosen = [...defaults];
  const gap = (a: number, b: number) => Math.min(Math.abs(a - b), 12 - Math.abs(a - b));
  while (chosen.length < Math.min(count, 12)) {
    const candidates = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 7].filter((m) => !chosen.includes(m));
    const summer = candidates.length === 1 ? candidates : candidates.filter((m) => m !== 7);
    // Farthest from the nearest chosen month; of equals, farthest from all of them together.
    const score = (m: number) =>
      Math.min(...chosen.map((c) => gap(m, c))) * 100 + chosen.reduce((sum, c) => sum + gap(m, c), 0);
    const best = summer.reduce((a, b) => (score(b) > score(a) ? b : a));
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b);
}

/**
 * The meetings of a pattern in one year (UTC instants of Stockholm times). A date that falls on a Swedish
 * public holiday (or midsummer, Christmas or New Year's Eve) moves to the next working day.
 */
export function patternDates(rule: SeriesPattern, year: number): ProposedMeeting[] {
  return rule.months.map((month) => {
    const date = nthWeekday(year, month, rule.weekday, rule.nth);
    const start = stockholmToUtc(nextWorkingDay(date), rule.startTime);
    return {
      start,
      end: new Date(Date.parse(start) + rule.durationMinutes * 60_000).toISOString(),
      originalStart: stockholmToUtc(date, rule.startTime),
    };
  });
}

/** The RFC 5545 recurrence rule of a year's series (DTSTART gives the year): the n:th weekday of the months. */
export function patternRrule(rule: SeriesPattern): string {
  return `FREQ=YEARLY;BYMONTH=${rule.months.join(',')};BYDAY=${rule.nth}${RFC_DAYS[rule.weekday]};COUNT=${rule.months.length}`;
}

/** The proposed meetings of one forum kind in one year, by the kind's default rule. */
export function seriesDates(kind: ForumKind, year: number): ProposedMeeting[] {
  return patternDates(SERIES_RULES[kind], year);
}

/** The recurrence rule of a forum kind's default series. */
export function seriesRrule(kind: ForumKind): string {
  return patternRrule(SERIES_RULES[kind]);
}

/** An ISO date `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
