// Which Teams meeting an Objektnav meeting is. Teams names a meeting by the thread of its chat
// ("19:meeting_…@thread.v2"): the tab inside the meeting reads it from its context (the chat's id), and a
// meeting Objektnav booked with CALENDAR=graph carries it in its join link
// (https://teams.microsoft.com/l/meetup-join/19%3ameeting_…%40thread.v2/0?context=…). One key, so a
// booked meeting is known without anyone linking it, and a linked one by the same lookup.

const THREAD = /^19:[A-Za-z0-9_\-.=]+@thread\.(v2|skype|tacv2)$/;

/** The thread id if `value` is one (trimmed), else null. */
export function teamsThreadId(value: string): string | null {
  const v = value.trim();
  return THREAD.test(v) && v.length <= 300 ? v : null;
}

/** The meeting chat's thread id in a Teams join link, or null when the link is not a meetup-join link. */
export function threadIdOfJoinUrl(joinUrl: string | null | undefined): string | null {
  if (!joinUrl) return null;
  const match = /\/l\/meetup-join\/([^/?#]+)/.exec(joinUrl);
  if (!match) return null;
  try {
    return teamsThreadId(decodeURIComponent(match[1]!));
  } catch {
    return null;
  }
}

interface Occurrence {
  start: string;
  end: string;
  status: 'scheduled' | 'held' | 'cancelled';
}

const HALF_DAY_MS = 12 * 3600_000;

/**
 * A series booked as one recurring Teams meeting shares one chat thread: the meeting meant is the one
 * around now (from half a day before it starts to half a day after it ends), else the next one, else the
 * last one held (the details tab after the meeting, when the adjusters read the draft).
 */
export function occurrenceAt<T extends Occurrence>(meetings: readonly T[], now: Date): T | null {
  const live = meetings.filter((m) => m.status !== 'cancelled');
  const t = now.getTime();
  const around = live.find(
    (m) => Date.parse(m.start) - HALF_DAY_MS <= t && t <= Date.parse(m.end) + HALF_DAY_MS,
  );
  if (around) return around;
  const byStart = [...live].sort((a, b) => a.start.localeCompare(b.start));
  return byStart.find((m) => Date.parse(m.start) > t) ?? byStart.at(-1) ?? null;
}
