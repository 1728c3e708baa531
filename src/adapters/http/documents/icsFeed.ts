// The embedded calendar: an iCalendar (RFC 5545) subscription feed per forum and per object, which
// Outlook and other clients can subscribe to. Series are one VEVENT with an RRULE; cancelled meetings of a
// series are EXDATEs, moved ones are overrides with RECURRENCE-ID; single meetings stand alone. UIDs are
// stable, so clients update rather than duplicate.
import { utcToStockholm } from '../../../domain/meetings/schedule';
import type { ForumParticipation } from '../../../domain/forums/forums';
import type { Meeting } from '../../../domain/model';
import type { Stored } from '../../../services/ports/store';

export interface FeedAttendee {
  displayName: string;
  email: string;
  participation: ForumParticipation[];
}

export interface FeedInput {
  name: string;
  description: string;
  meetings: Stored<Meeting>[];
  attendees: FeedAttendee[];
  /** Links back to Objektnav. */
  url: string;
  now: Date;
}

const TZID = 'Europe/Stockholm';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF and a space (§3.1), never inside a UTF-8 character. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    if (bytes + size > (out.length ? 74 : 75)) {
      out.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function local(iso: string): string {
  const { date, time } = utcToStockholm(iso);
  return `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

const ROLE: Record<ForumParticipation, string> = {
  chair: 'CHAIR',
  convener: 'REQ-PARTICIPANT',
  member: 'REQ-PARTICIPANT',
  adjunct: 'OPT-PARTICIPANT',
  attendee: 'OPT-PARTICIPANT',
};

function attendeeLines(attendees: FeedAttendee[]): string[] {
  const lines: string[] = [];
  const organizer = attendees.find((a) => a.participation.includes('convener'));
  if (organizer)
    lines.push(`ORGANIZER;CN="${organizer.displayName.replace(/"/g, "'")}":mailto:${organizer.email}`);
  for (const a of attendees) {
    const role = a.participation.includes('chair')
      ? 'CHAIR'
      : a.participation.some((p) => ROLE[p] === 'REQ-PARTICIPANT')
        ? 'REQ-PARTICIPANT'
        : 'OPT-PARTICIPANT';
    lines.push(
      `ATTENDEE;CN="${a.displayName.replace(/"/g, "'")}";ROLE=${role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`,
    );
  }
  return lines;
}

function eventLines(m: Stored<Meeting>, input: FeedInput, extra: string[]): string[] {
  return [
    `DTSTAMP:${utcStamp(input.now)}`,
    `LAST-MODIFIED:${utcStamp(new Date(m.updatedAt))}`,
    `DTSTART;TZID=${TZID}:${local(m.start)}`,
    `DTEND;TZID=${TZID}:${local(m.end)}`,
    `SUMMARY:${escapeText(m.title)}`,
    `DESCRIPTION:${escapeText(`${input.description}\n${input.url}${m.joinUrl ? `\nAnslut: ${m.joinUrl}` : ''}`)}`,
    `URL:${input.url}`,
    ...(m.joinUrl ? [`X-MICROSOFT-SKYPETEAMSMEETINGURL:${m.joinUrl}`] : []),
    // The room the forum meets in; else, for a Teams meeting, Teams.
    ...(m.location || m.joinUrl ? [`LOCATION:${escapeText(m.location || 'Microsoft Teams-möte')}`] : []),
    ...extra,
    ...attendeeLines(input.attendees),
  ];
}

export function icsFeed(input: FeedInput): string {
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Objektnav//Forummöten//SV',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
  ];
  const series = new Map<string, Stored<Meeting>[]>();
  for (const m of input.meetings) {
    if (m.seriesId && m.rrule) series.set(m.seriesId, [...(series.get(m.seriesId) ?? []), m]);
  }
  for (const [seriesId, meetings] of series) {
    const ordered = [...meetings].sort((a, b) =>
      (a.originalStart ?? a.start).localeCompare(b.originalStart ?? b.start),
    );
    const first = ordered[0]!;
    const uid = `series-${seriesId}@objektnav`;
    const originalOf = (m: Stored<Meeting>) => m.originalStart ?? m.start;
    const duration = Date.parse(first.end) - Date.parse(first.start);
    const master: Stored<Meeting> = {
      ...first,
      start: originalOf(first),
      end: new Date(Date.parse(originalOf(first)) + duration).toISOString(),
    };
    const cancelled = ordered.filter((m) => m.status === 'cancelled');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      ...eventLines(master, input, [
        `RRULE:${first.rrule}`,
        ...cancelled.map((m) => `EXDATE;TZID=${TZID}:${local(originalOf(m))}`),
        'STATUS:CONFIRMED',
      ]),
      'END:VEVENT',
    );
    for (const moved of ordered.filter((m) => m.status !== 'cancelled' && originalOf(m) !== m.start)) {
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uid}`,
        `RECURRENCE-ID;TZID=${TZID}:${local(originalOf(moved))}`,
        ...eventLines(moved, input, ['STATUS:CONFIRMED']),
        'END:VEVENT',
      );
    }
  }
  for (const m of input.meetings.filter((x) => !x.seriesId || !x.rrule)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:meeting-${m.id}@objektnav`,
      ...eventLines(m, input, [`STATUS:${m.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'}`]),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
