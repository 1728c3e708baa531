// A stateful fake of the Microsoft Graph calendar endpoints Objektnav uses (ADR 0010), on a local HTTP
// server (127.0.0.1, a free port): GET /{me|users/{id}}/calendar, POST …/events (single events, and
// relativeMonthly series expanded into occurrences), GET …/events/{id}, GET …/events/{id}/instances,
// PATCH …/events/{id}, POST …/events/{id}/cancel. Answers like Graph: 201/200/202, errors as
// {"error":{"code","message"}}, times in UTC when asked with Prefer: outlook.timezone="UTC". Knobs for
// what real tenants do: Teams not allowed, Teams silently not created (201 with isOnlineMeeting false), a
// join URL that comes late, 429 with Retry-After, 403 for a person without consent. Requests it does not
// know are answered 501 and recorded in `unhandled`, which the tests check.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nthWeekday, stockholmToUtc, utcToStockholm } from '../../src/domain/meetings/schedule';

export interface LoggedCalendarRequest {
  method: string;
  /** Path and query without the /v1.0 prefix, decoded. */
  url: string;
  headers: Record<string, string>;
  body: any;
  at: number;
}

export interface FakeEvent {
  id: string;
  mailbox: string;
  type: 'singleInstance' | 'seriesMaster' | 'occurrence' | 'exception';
  seriesMasterId: string | null;
  subject: string;
  body: any;
  /** UTC instants. */
  start: string;
  end: string;
  originalStart: string | null;
  attendees: any[];
  isOnlineMeeting: boolean;
  joinUrl: string | null;
  recurrence: any;
  cancelled: boolean;
  cancelComment: string | null;
  /** Answers left before the join URL shows (Teams sometimes adds it a moment after the 201). */
  joinUrlHiddenReads: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const INDEX = ['first', 'second', 'third', 'fourth'];
const ACCEPTED_TIME_ZONES = ['W. Europe Standard Time', 'Europe/Stockholm', 'UTC'];

const graphError = (status: number, code: string, message: string) => ({
  status,
  body: { error: { code, message } },
});

class BadRequest extends Error {}

/** Graph's dateTimeTimeZone as a UTC instant, for the time zones the fake accepts. */
function toUtc(value: { dateTime?: unknown; timeZone?: unknown } | undefined): string {
  if (!value || typeof value.dateTime !== 'string' || typeof value.timeZone !== 'string')
    throw new BadRequest('start and end need dateTime and timeZone');
  if (!ACCEPTED_TIME_ZONES.includes(value.timeZone))
    throw new BadRequest(`The time zone ${value.timeZone} is not supported by the fake`);
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?$/.exec(value.dateTime);
  if (!m) throw new BadRequest(`Cannot read dateTime ${value.dateTime}`);
  if (value.timeZone === 'UTC') return new Date(`${m[1]}T${m[2]}:00Z`).toISOString();
  return stockholmToUtc(m[1]!, m[2]!);
}

export class FakeGraphCalendar {
  readonly log: LoggedCalendarRequest[] = [];
  readonly unhandled: string[] = [];
  readonly events = new Map<string, FakeEvent>();
  /** Per mailbox ("me" is the token's person). */
  allowedOnlineMeetingProviders: string[] = ['teamsForBusiness'];
  /** Graph answers 201 but leaves the Teams meeting out. */
  teamsSilentlyFails = false;
  /** The join URL shows only after this many reads of a new event. */
  joinUrlHiddenReads = 0;
  /** Person ids whose token has no consent for calendars (every call: 403). */
  readonly noConsent = new Set<string>();
  /** Creates that succeed before every further POST …/events answers 500. */
  createsBeforeFailure = Infinity;
  /** Mailboxes a delegate may not book in (403). */
  readonly deniedMailboxes = new Set<string>();
  private throttles: { remaining: number; retryAfter: number }[] = [];
  server!: Server;
  baseUrl = '';

  /** The next `count` requests are answered 429 with Retry-After: seconds. */
  throttle(count: number, retryAfterSeconds: number): void {
    this.throttles.push({ remaining: count, retryAfter: retryAfterSeconds });
  }

  static tokenFor(personId: string): string {
    return `fake-delegated-${personId}`;
  }

  /** The events of one calendar, not cancelled, in start order. */
  calendar(mailbox = 'me'): FakeEvent[] {
    return [...this.events.values()]
      .filter((e) => e.mailbox === mailbox && !e.cancelled)
      .sort((a, b) => a.start.localeCompare(b.start));
  }

  requests(method?: string): LoggedCalendarRequest[] {
    return this.log.filter((r) => !method || r.method === method);
  }

  private render(event: FakeEvent, utc: boolean, select?: string[]) {
    const time = (iso: string) =>
      utc
        ? { dateTime: iso.replace('Z', '').replace(/\.\d{3}$/, '.0000000'), timeZone: 'UTC' }
        : {
            dateTime: `${utcToStockholm(iso).date}T${utcToStockholm(iso).time}:00.0000000`,
            timeZone: 'W. Europe Standard Time',
          };
    let joinUrl = event.joinUrl;
    if (event.joinUrlHiddenReads > 0) {
      event.joinUrlHiddenReads--;
      joinUrl = null;
    }
    const full: Record<string, unknown> = {
      '@odata.etag': `W/"${randomUUID()}"`,
      id: event.id,
      type: event.type,
      seriesMasterId: event.seriesMasterId,
      subject: event.subject,
      body: event.body,
      start: time(event.start),
      end: time(event.end),
      originalStart: event.originalStart ? event.originalStart.replace(/\.\d{3}Z$/, 'Z') : null,
      attendees: event.attendees,
      isOnlineMeeting: event.isOnlineMeeting,
      onlineMeetingProvider: event.isOnlineMeeting ? 'teamsForBusiness' : 'unknown',
      onlineMeeting: event.isOnlineMeeting && joinUrl ? { joinUrl } : null,
      recurrence: event.recurrence ?? null,
      isCancelled: event.cancelled,
    };
    if (!select) return full;
    return Object.fromEntries(Object.entries(full).filter(([k]) => k === 'id' || select.includes(k)));
  }

  private create(mailbox: string, body: any): FakeEvent {
    if (typeof body?.subject !== 'string' || !body.subject) throw new BadRequest('subject is required');
    const start = toUtc(body.start);
    const end = toUtc(body.end);
    if (end <= start) throw new BadRequest('end must be after start');
    const wantsTeams = body.isOnlineMeeting === true;
    if (wantsTeams && body.onlineMeetingProvider !== 'teamsForBusiness')
      throw new BadRequest('onlineMeetingProvider must be teamsForBusiness in this tenant');
    const teams =
      wantsTeams &&
      this.allowedOnlineMeetingProviders.includes('teamsForBusiness') &&
      !this.teamsSilentlyFails;
    const id = `AAMk-${randomUUID()}`;
    const event: FakeEvent = {
      id,
      mailbox,
      type: body.recurrence ? 'seriesMaster' : 'singleInstance',
      seriesMasterId: null,
      subject: body.subject,
      body: body.body ?? null,
      start,
      end,
      originalStart: null,
      attendees: (body.attendees ?? []).map((a: { emailAddress: unknown; type: unknown }) => ({
        ...a,
        status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      })),
      isOnlineMeeting: teams,
      // Shaped like Graph's: the meeting chat's thread, encoded, then the tenant context.
      joinUrl: teams
        ? `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(`19:meeting_${id.replace(/-/g, '')}@thread.v2`)}/0?context=%7b%22Tid%22%3a%22t%22%7d`
        : null,
      recurrence: body.recurrence ?? null,
      cancelled: false,
      cancelComment: null,
      joinUrlHiddenReads: teams ? this.joinUrlHiddenReads : 0,
    };
    this.events.set(id, event);
    if (body.recurrence) this.expand(event, body.start, body.end);
    return event;
  }

  /** Occurrences of a relativeMonthly series with a numbered range (what Objektnav writes). */
  private expand(master: FakeEvent, start: any, end: any): void {
    const { pattern, range } = master.recurrence;
    if (pattern?.type !== 'relativeMonthly' || range?.type !== 'numbered')
      throw new BadRequest('The fake expands only relativeMonthly series with a numbered range');
    if (!ACCEPTED_TIME_ZONES.includes(range.recurrenceTimeZone ?? 'W. Europe Standard Time'))
      throw new BadRequest('Unknown recurrenceTimeZone');
    const weekday = WEEKDAYS.indexOf(pattern.daysOfWeek?.[0]);
    const n = pattern.index === 'last' ? -1 : INDEX.indexOf(pattern.index) + 1;
    if (weekday < 0 || n === 0 || !(pattern.interval >= 1)) throw new BadRequest('Bad pattern');
    if (range.startDate !== String(start.dateTime).slice(0, 10))
      throw new BadRequest('range.startDate must be the date of the first occurrence');
    const startTime = String(start.dateTime).slice(11, 16);
    const endTime = String(end.dateTime).slice(11, 16);
    let year = Number(range.startDate.slice(0, 4));
    let month = Number(range.startDate.slice(5, 7));
    for (let k = 0; k < range.numberOfOccurrences; k++) {
      const date = nthWeekday(year, month, weekday, n);
      const occStart = stockholmToUtc(date, startTime);
      const id = `${master.id}-occ-${k}`;
      this.events.set(id, {
        ...master,
        id,
        type: 'occurrence',
        seriesMasterId: master.id,
        recurrence: null,
        start: occStart,
        end: stockholmToUtc(date, endTime),
        originalStart: occStart,
      });
      month += pattern.interval;
      while (month > 12) {
        month -= 12;
        year++;
      }
    }
    master.start = this.events.get(`${master.id}-occ-0`)!.start;
  }

  async handle(
    req: IncomingMessage,
    raw: string,
  ): Promise<{ status: number; body?: unknown; headers?: Record<string, string> }> {
    const method = req.method ?? 'GET';
    const full = new URL(req.url ?? '/', 'http://fake');
    const url = decodeURIComponent(full.pathname.replace(/^\/v1\.0/, '')) + decodeURIComponent(full.search);
    let body: unknown = undefined;
    if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        return graphError(400, 'BadRequest', 'Malformed JSON');
      }
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).map(([k, v]) => [
        k.toLowerCase(),
        Array.isArray(v) ? v.join(',') : (v ?? ''),
      ]),
    );
    this.log.push({ method, url, headers, body, at: Date.now() });

    const throttle = this.throttles.find((t) => t.remaining > 0);
    if (throttle) {
      throttle.remaining--;
      return {
        ...graphError(429, 'TooManyRequests', 'Application is over its MailboxConcurrency limit.'),
        headers: { 'Retry-After': String(throttle.retryAfter) },
      };
    }

    const token = /^Bearer fake-delegated-(.+)$/.exec(headers.authorization ?? '');
    if (!token) return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.');
    const personId = token[1]!;
    if (this.noConsent.has(personId))
      return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');

    const route = /^\/(me|users\/([^/]+))(\/.*)$/.exec(full.pathname.replace(/^\/v1\.0/, ''));
    if (!route) return this.unknown(method, url);
    const mailbox = route[2] ? decodeURIComponent(route[2]) : 'me';
    if (mailbox !== 'me' && this.deniedMailboxes.has(mailbox))
      return graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
    const rest = route[3]!;
    const utc = /outlook\.timezone="UTC"/.test(headers.prefer ?? '');
    const select = full.searchParams.get('$select')?.split(',');

    try {
      if (method === 'GET' && rest === '/calendar') {
        const calendar = {
          id: `calendar-${mailbox}`,
          name: 'Kalender',
          allowedOnlineMeetingProviders: this.allowedOnlineMeetingProviders,
          defaultOnlineMeetingProvider: this.allowedOnlineMeetingProviders[0] ?? 'unknown',
        };
        return {
          status: 200,
          body: select
            ? Object.fromEntries(Object.entries(calendar).filter(([k]) => k === 'id' || select.includes(k)))
            : calendar,
        };
      }
      if (method === 'POST' && rest === '/events') {
        if (this.createsBeforeFailure-- <= 0)
          return graphError(500, 'ErrorInternalServerError', 'An internal server error occurred.');
        const event = this.create(mailbox, body);
        return { status: 201, body: this.render(event, utc) };
      }
      const one = /^\/events\/([^/]+)(\/instances|\/cancel)?$/.exec(rest);
      if (!one) return this.unknown(method, url);
      const event = this.events.get(decodeURIComponent(one[1]!));
      if (!event || event.mailbox !== mailbox || event.cancelled)
        return graphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
      const action = one[2];
      if (method === 'GET' && !action) return { status: 200, body: this.render(event, utc, select) };
      if (method === 'GET' && action === '/instances') {
        const from = full.searchParams.get('startDateTime');
        const to = full.searchParams.get('endDateTime');
        if (!from || !to)
          return graphError(
            400,
            'ErrorInvalidParameter',
            'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
          );
        const value = [...this.events.values()]
          .filter(
            (e) =>
              e.seriesMasterId === event.id &&
              !e.cancelled &&
              Date.parse(e.start) < Date.parse(to) &&
              Date.parse(e.end) > Date.parse(from),
          )
          .sort((a, b) => a.start.localeCompare(b.start))
          .map((e) => this.render(e, utc, select));
        return { status: 200, body: { value } };
      }
      if (method === 'PATCH' && !action) {
        const patch = body as any;
        if (patch?.start) event.start = toUtc(patch.start);
        if (patch?.end) event.end = toUtc(patch.end);
        if (event.end <= event.start) throw new BadRequest('end must be after start');
        if (event.type === 'occurrence') event.type = 'exception';
        return { status: 200, body: this.render(event, utc) };
      }
      if (method === 'POST' && action === '/cancel') {
        const comment = (body as any)?.Comment ?? (body as any)?.comment;
        if (mailbox !== 'me' && event.mailbox !== mailbox) throw new BadRequest('wrong mailbox');
        if (personId.startsWith('attendee'))
          return graphError(
            400,
            'ErrorInvalidRequest',
            "Your request can't be completed. You need to be an organizer to cancel a meeting.",
          );
        event.cancelled = true;
        event.cancelComment = typeof comment === 'string' ? comment : null;
        if (event.type === 'seriesMaster')
          for (const e of this.events.values()) if (e.seriesMasterId === event.id) e.cancelled = true;
        return { status: 202 };
      }
      return this.unknown(method, url);
    } catch (error) {
      if (error instanceof BadRequest) return graphError(400, 'ErrorInvalidRequest', error.message);
      throw error;
    }
  }

  private unknown(method: string, url: string) {
    this.unhandled.push(`${method} ${url}`);
    return graphError(501, 'NotImplementedInFake', `The fake does not handle ${method} ${url}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export async function startFakeGraphCalendar(): Promise<FakeGraphCalendar> {
  const fake = new FakeGraphCalendar();
  fake.server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      fake
        .handle(req, Buffer.concat(chunks).toString('utf8'))
        .then((answer) => {
          const text = answer.body === undefined ? '' : JSON.stringify(answer.body);
          res.writeHead(answer.status, {
            ...(text ? { 'Content-Type': 'application/json' } : {}),
            ...answer.headers,
          });
          res.end(text);
        })
        .catch((error: unknown) => {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'FakeCrashed', message: String(error) } }));
        });
    });
  });
  await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
  const { port } = fake.server.address() as AddressInfo;
  fake.baseUrl = `http://127.0.0.1:${port}/v1.0`;
  return fake;
}
