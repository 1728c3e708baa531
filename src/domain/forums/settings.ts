// A forum's own settings (000 §2.3: "det är upp till varje objektägare … att besluta om mötesfrekvens",
// with the model's minimum): the convener's delegates, the minimum meetings a year, and when and where it
// usually meets. The defaults live in one place each: the minimum in FORUM_RULES, the months, weekday
// and time in SERIES_RULES; a stored forum carries only what it decided.
import type { Forum, ForumKind, ForumMeetingDefaults } from '../model';
import { seriesMonths, SERIES_RULES, type SeriesPattern } from '../meetings/schedule';
import { FORUM_RULES } from './forums';

/** Meetings are planned at most monthly by series; extra meetings are single ones. */
export const MAX_SERIES_MEETINGS_PER_YEAR = 12;

/** The least the model allows a forum to decide (PSG four, OSG at least four, OLF monthly but July). */
export function modelMinimum(kind: ForumKind): number {
  return FORUM_RULES[kind].defaultMinMeetingsPerYear;
}

/** The forum's minimum a year: what it decided, never below the model's. */
export function minimumOf(forum: Pick<Forum, 'kind' | 'minMeetingsPerYear'>): number {
  return Math.max(modelMinimum(forum.kind), forum.minMeetingsPerYear ?? 0);
}

/** When and where the forum usually meets: its own choice, else its kind's defaults. */
export function meetingDefaultsOf(forum: Pick<Forum, 'kind' | 'meeting'>): ForumMeetingDefaults {
  if (forum.meeting) return forum.meeting;
  const rule = SERIES_RULES[forum.kind];
  return {
    weekday: rule.weekday,
    weekOfMonth: rule.nth,
    startTime: rule.startTime,
    durationMinutes: rule.durationMinutes,
    place: '',
  };
}

/** The forum's series: its kind's months (more if it decided on more meetings) at its own day and time. */
export function seriesPatternOf(
  forum: Pick<Forum, 'kind' | 'meeting' | 'minMeetingsPerYear'>,
): SeriesPattern {
  const defaults = meetingDefaultsOf(forum);
  return {
    months: seriesMonths(SERIES_RULES[forum.kind].months, minimumOf(forum)),
    weekday: defaults.weekday,
    nth: defaults.weekOfMonth,
    startTime: defaults.startTime,
    durationMinutes: defaults.durationMinutes,
  };
}

const daysInYear = (year: number) => (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / 86_400_000;

/**
 * The meetings required of the forum in a year. In the year it was set up the minimum is prorated over
 * the days left (rounded to the nearest meeting), so an OSG set up in December is not four meetings
 * short; before that year nothing is required.
 */
export function requiredMeetings(
  forum: Pick<Forum, 'kind' | 'minMeetingsPerYear' | 'establishedOn'>,
  year: number,
): number {
  const minimum = minimumOf(forum);
  const established = forum.establishedOn;
  if (!established) return minimum;
  const since = Number(established.slice(0, 4));
  if (year < since) return 0;
  if (year > since) return minimum;
  const left = (Date.UTC(year + 1, 0, 1) - Date.parse(`${established}T00:00:00Z`)) / 86_400_000;
  return Math.round((minimum * left) / daysInYear(year));
}
