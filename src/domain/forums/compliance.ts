// How many of a forum's required meetings should have been held by a given day: the year's minimum
// spread evenly over the year, so PSG can read "held vs required so far" in November as in March.
import { meetingCompliance, type FrequencyCompliance } from './forums';

function dayOfYear(isoDate: string): { day: number; days: number } {
  const year = Number(isoDate.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const day = Math.floor((Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) - start) / 86_400_000) + 1;
  const days = Math.round((Date.UTC(year + 1, 0, 1) - start) / 86_400_000);
  return { day, days };
}

/** Required so far: the whole minimum once the year is over, none before it begins, pro rata in between. */
export function requiredSoFar(minMeetingsPerYear: number, year: number, today: string): number {
  const thisYear = Number(today.slice(0, 4));
  if (year < thisYear) return minMeetingsPerYear;
  if (year > thisYear) return 0;
  const { day, days } = dayOfYear(today);
  return Math.floor((minMeetingsPerYear * day) / days);
}

export interface ComplianceSoFar extends FrequencyCompliance {
  requiredSoFar: number;
  /** Held meetings so far reach what the year's pace asks. */
  onPace: boolean;
}

export function complianceSoFar(
  minMeetingsPerYear: number,
  meetings: readonly { start: string; status: 'scheduled' | 'held' | 'cancelled' }[],
  year: number,
  today: string,
): ComplianceSoFar {
  const base = meetingCompliance(minMeetingsPerYear, meetings, year, today);
  const soFar = requiredSoFar(minMeetingsPerYear, year, today);
  return { ...base, requiredSoFar: soFar, onPace: base.held >= soFar };
}
