// Swedish public holidays (allmänna helgdagar, lag 1989:253) and the days a municipality treats as
// holidays in practice (midsommarafton, julafton, nyårsafton), computed for any year: forum meetings are
// never proposed on them. Easter follows the Gregorian computus; the other movable days hang off Easter
// or fall on the Saturday (or Friday) of a fixed week.

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

/** An ISO date `days` later (or earlier); noon UTC keeps it clear of any day boundary. */
function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Weekday of an ISO date as Date.getUTCDay(): 0 Sunday … 6 Saturday. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The first date from `from` (inclusive) that falls on `weekday`. */
function firstWeekdayFrom(from: string, weekday: number): string {
  return shift(from, (weekday - weekdayOf(from) + 7) % 7);
}

export interface Holiday {
  date: string;
  name: string;
  /** A holiday by law, or one the municipality keeps in practice (the eves). */
  kind: 'public' | 'deFacto';
}

const cache = new Map<number, Holiday[]>();

/** The year's holidays in date order. */
export function swedishHolidays(year: number): Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const midsummerDay = firstWeekdayFrom(iso(year, 6, 20), 6);
  const list: Holiday[] = [
    { date: iso(year, 1, 1), name: 'Nyårsdagen', kind: 'public' },
    { date: iso(year, 1, 6), name: 'Trettondedag jul', kind: 'public' },
    { date: shift(easter, -2), name: 'Långfredagen', kind: 'public' },
    { date: easter, name: 'Påskdagen', kind: 'public' },
    { date: shift(easter, 1), name: 'Annandag påsk', kind: 'public' },
    { date: iso(year, 5, 1), name: 'Första maj', kind: 'public' },
    { date: shift(easter, 39), name: 'Kristi himmelfärdsdag', kind: 'public' },
    { date: shift(easter, 49), name: 'Pingstdagen', kind: 'public' },
    { date: iso(year, 6, 6), name: 'Sveriges nationaldag', kind: 'public' },
    { date: shift(midsummerDay, -1), name: 'Midsommarafton', kind: 'deFacto' },
    { date: midsummerDay, name: 'Midsommardagen', kind: 'public' },
    { date: firstWeekdayFrom(iso(year, 10, 31), 6), name: 'Alla helgons dag', kind: 'public' },
    { date: iso(year, 12, 24), name: 'Julafton', kind: 'deFacto' },
    { date: iso(year, 12, 25), name: 'Juldagen', kind: 'public' },
    { date: iso(year, 12, 26), name: 'Annandag jul', kind: 'public' },
    { date: iso(year, 12, 31), name: 'Nyårsafton', kind: 'deFacto' },
  ];
  list.sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, list);
  return list;
}

/** The holiday on a date, if any. */
export function holidayOn(date: string): Holiday | undefined {
  return swedishHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}

/** Monday to Friday and not a holiday. */
export function isWorkingDay(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidayOn(date);
}

/** The date itself if it is a working day, else the next one. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (!isWorkingDay(day)) day = shift(day, 1);
  return day;
}
