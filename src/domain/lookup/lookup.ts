// What the message extension's search and Copilot's questions need from the model, as pure functions:
// how well a record matches what someone typed, and the calendar periods people ask about ("this
// quarter", "in September").

/** Case and accent-insensitive comparison form (å, ä, ö stay apart from a, o as Swedish readers expect). */
export function normalise(text: string): string {
  return text.toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
}

/**
 * How well a record matches a query: 0 = not at all. An exact code ranks above a code's start, which
 * ranks above a word of the name starting with the query, which ranks above the query anywhere in it.
 */
export function matchScore(query: string, record: { code?: string; name: string }): number {
  const q = normalise(query);
  if (!q) return 0;
  const code = record.code ? normalise(record.code) : '';
  const name = normalise(record.name);
  if (code && code === q) return 100;
  if (name === q) return 90;
  if (code && code.startsWith(q)) return 70;
  if (name.split(/[\s,–(/-]+/).some((word) => word.startsWith(q))) return 50;
  if (name.includes(q)) return 30;
  return 0;
}

/** "AKN 2027", "plan AKN 2027", "objektplan akn 2027": an object's code and a plan year, if the query names one. */
export function planReference(query: string): { code: string; year: number } | null {
  const m = /^(?:(?:objekt)?plan\s+)?(\S+)\s+(\d{4})$/i.exec(query.trim());
  return m ? { code: m[1]!, year: Number(m[2]) } : null;
}

export interface Period {
  /** ISO dates, both inclusive. */
  from: string;
  to: string;
}

/** The calendar quarter a date (YYYY-MM-DD) falls in. */
export function quarterOf(isoDate: string): Period {
  const year = Number(isoDate.slice(0, 4));
  const q = Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3);
  return monthsPeriod(year, q * 3 + 1, 3);
}

/** A calendar month, "2026-09". */
export function monthPeriod(month: string): Period {
  return monthsPeriod(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 1);
}

function monthsPeriod(year: number, firstMonth: number, count: number): Period {
  const last = new Date(Date.UTC(year, firstMonth - 1 + count, 0)).getUTCDate();
  const endMonth = firstMonth + count - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(firstMonth)}-01`, to: `${year}-${pad(endMonth)}-${pad(last)}` };
}

/** Does an ISO date or date-time fall within the period (Stockholm dates given by the caller)? */
export function within(period: Period, isoDate: string): boolean {
  const day = isoDate.slice(0, 10);
  return day >= period.from && day <= period.to;
}
