// The calendar port over Microsoft Graph v1.0 (ADR 0010): events with a Teams online meeting in the
// convener's calendar, with a delegated (On-Behalf-Of) token, so the convener is the organizer and the
// invitations come from them. Transport is our GraphClient (src/adapters/graph/graphClient.ts): the graph
// client library's RetryHandler waits for Retry-After on 429/503 and tries again.
//
// Times go to Graph as Stockholm wall-clock times with timeZone "W. Europe Standard Time", so a series
// keeps 09:00 on both sides of the change to and from summer time; answers are asked for in UTC
// (Prefer: outlook.timezone="UTC").
//
// Series: Graph's patternedRecurrence has one pattern per series. Our series are "the n:th weekday of
// chosen months"; Graph can say that only when the months are evenly spaced (relativeMonthly with an
// interval: every month, every third month, …). The default rules are not: PSG meets in Feb, May, Sep and
// Nov; OSG in Mar, Jun, Sep, Nov; OLF every month except July. Those series become one single event per
// occurrence (each with its own Teams meeting), and the result says so (mode "singleEvents"). We do not
// create a monthly series and delete July: deleting an occurrence sends the attendees a cancellation for a
// meeting that was never planned.
import { stockholmToUtc, utcToStockholm } from '../../domain/meetings/schedule';
import { AppError, ServiceUnavailable } from '../../services/errors';
import type {
  CalendarActor,
  CalendarEventDetails,
  CalendarEventRef,
  CalendarEventResult,
  CalendarPort,
  CalendarSeriesResult,
  CalendarSlot,
  DelegatedToken,
  OnlineMeetingOutcome,
} from '../../services/ports/calendar';
import {
  GraphClient,
  GraphError,
  GraphUnreachableError,
  isOutageStatus,
  type GraphRequest,
  type GraphResponse,
} from '../graph/graphClient';

/** Windows time zone id of Europe/Stockholm, which Graph accepts everywhere (IANA names only in some places). */
export const STOCKHOLM_WINDOWS_TZ = 'W. Europe Standard Time';
const TEAMS = 'teamsForBusiness';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const WEEK_INDEX = ['first', 'second', 'third', 'fourth'] as const;

export interface GraphCalendarOptions {
  /** e.g. https://graph.microsoft.com/v1.0 (GRAPH_BASE_URL). */
  baseUrl: string;
  /** A delegated token for the acting person (On-Behalf-Of, built elsewhere). */
  token: DelegatedToken;
  /** Read the calendar's allowedOnlineMeetingProviders before creating events; default true. */
  checkOnlineMeetingProviders?: boolean;
  maxRetries?: number;
  retryDelaySeconds?: number;
  timeoutMs?: number;
  /** How long a request may wait for Graph's throttling (GRAPH_RETRY_BUDGET_MS); default no bound. */
  retryBudgetMs?: number;
}

/** Graph's patternedRecurrence, as we write it. */
export interface GraphRecurrence {
  pattern: {
    type: 'relativeMonthly';
    interval: number;
    daysOfWeek: string[];
    index: 'first' | 'second' | 'third' | 'fourth' | 'last';
    firstDayOfWeek: 'monday';
  };
  range: { type: 'numbered'; startDate: string; numberOfOccurrences: number; recurrenceTimeZone: string };
}

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The Graph recurrence that yields exactly these occurrences, or null when no single Graph pattern does:
 * at least two occurrences, the same Stockholm start and end times, the same weekday and week of the
 * month (first–fourth, or last), in months an equal number apart.
 */
export function graphRecurrence(occurrences: readonly CalendarSlot[]): GraphRecurrence | null {
  if (occurrences.length < 2) return null;
  const local = occurrences.map((o) => {
    const start = utcToStockholm(o.start);
    const end = utcToStockholm(o.end);
    const [y, m, d] = start.date.split('-').map(Number) as [number, number, number];
    return {
      start,
      end,
      monthNo: y * 12 + m,
      weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay(),
      nth: Math.ceil(d / 7),
      last: d + 7 > daysInMonth(y, m),
    };
  });
  const first = local[0]!;
  const same = local.every(
    (l) =>
      l.start.time === first.start.time &&
      l.end.time === first.end.time &&
      l.end.date === l.start.date &&
      l.weekday === first.weekday,
  );
  if (!same) return null;
  const interval = local[1]!.monthNo - first.monthNo;
  if (interval < 1 || interval > 99) return null;
  if (!local.every((l, i) => i === 0 || l.monthNo - local[i - 1]!.monthNo === interval)) return null;
  let index: GraphRecurrence['pattern']['index'];
  if (first.nth <= 4 && local.every((l) => l.nth === first.nth)) index = WEEK_INDEX[first.nth - 1]!;
  else if (local.every((l) => l.last)) index = 'last';
  else return null;
  return {
    pattern: {
      type: 'relativeMonthly',
      interval,
      daysOfWeek: [WEEKDAYS[first.weekday]!],
      index,
      firstDayOfWeek: 'monday',
    },
    range: {
      type: 'numbered',
      startDate: first.start.date,
      numberOfOccurrences: occurrences.length,
      recurrenceTimeZone: STOCKHOLM_WINDOWS_TZ,
    },
  };
}

/** A UTC instant as Graph's dateTimeTimeZone in Stockholm time. */
export function stockholmDateTime(iso: string) {
  const { date, time } = utcToStockholm(iso);
  return { dateTime: `${date}T${time}:00`, timeZone: STOCKHOLM_WINDOWS_TZ };
}

/** Graph's dateTimeTimeZone (UTC, as we ask for it; or Stockholm) as a UTC instant. */
function instantOf(value: { dateTime?: string; timeZone?: string } | undefined): string {
  const raw = (value?.dateTime ?? '').replace(/(\.\d+)?Z?$/, '');
  if (!raw) return '';
  const tz = value?.timeZone ?? 'UTC';
  if (tz === 'UTC' || tz === 'Etc/UTC') return new Date(`${raw}Z`).toISOString();
  if (tz === STOCKHOLM_WINDOWS_TZ || tz === 'Europe/Stockholm')
    return stockholmToUtc(raw.slice(0, 10), raw.slice(11, 16));
  throw new Error(`Graph answered in an unexpected time zone: ${tz}`);
}

/** MSAL and Entra ID say "ask the user to consent" in these ways. */
function isConsentError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const e = error as Error & { errorCode?: string; subError?: string };
  return (
    e.errorCode === 'consent_required' ||
    e.errorCode === 'interaction_required' ||
    e.subError === 'consent_required' ||
    /AADSTS65001|consent_required/.test(e.message)
  );
}

export class GraphCalendar implements CalendarPort {
  private readonly checkProviders: boolean;

  constructor(private readonly options: GraphCalendarOptions) {
    this.checkProviders = options.checkOnlineMeetingProviders ?? true;
  }

  /** A client with the actor's delegated token (each attempt asks the token port; it caches). */
  private client(actor: CalendarActor): GraphClient {
    return new GraphClient({
      baseUrl: this.options.baseUrl,
      maxRetries: this.options.maxRetries,
      retryDelaySeconds: this.options.retryDelaySeconds,
      timeoutMs: this.options.timeoutMs,
      retryBudgetMs: this.options.retryBudgetMs,
      token: async () => {
        try {
          return await this.options.token(actor.personId);
        } catch (error) {
          if (isConsentError(error)) throw new AppError('forbidden', 'calendar.consentMissing');
          throw error;
        }
      },
    });
  }

  private root(actor: CalendarActor): string {
    return actor.mailbox ? `/users/${encodeURIComponent(actor.mailbox)}` : '/me';
  }

  private async call(
    graph: GraphClient,
    actor: CalendarActor,
    request: GraphRequest,
    context: { eventId?: string; action?: 'cancel' } = {},
  ): Promise<GraphResponse> {
    let response: GraphResponse;
    try {
      response = await graph.send({
        ...request,
        headers: { Prefer: 'outlook.timezone="UTC"', ...request.headers },
      });
    } catch (error) {
      if (error instanceof GraphUnreachableError)
        throw new ServiceUnavailable('calendar', undefined, error.message);
      throw error;
    }
    if (response.status < 300) return response;
    throw this.failure(response, request, actor, context);
  }

  /** Graph's refusals as messages the convener can act on; anything else stays a GraphError (a fault). */
  private failure(
    response: GraphResponse,
    request: GraphRequest,
    actor: CalendarActor,
    context: { eventId?: string; action?: 'cancel' },
  ): Error {
    const error = GraphError.of(response, request);
    if (isOutageStatus(response.status)) {
      const retryAfter = Number(response.headers['retry-after']);
      return new ServiceUnavailable('calendar', retryAfter > 0 ? retryAfter : undefined, error.message);
    }
    const mailbox = actor.mailbox ?? '';
    if (response.status === 401) return new AppError('unauthenticated', 'calendar.tokenRejected');
    if (response.status === 403) {
      if (actor.mailbox) return new AppError('forbidden', 'calendar.mailboxAccessDenied', { mailbox });
      return new AppError('forbidden', 'calendar.consentMissing');
    }
    if (response.status === 404) {
      if (
        /MailboxNotEnabledForRESTAPI|MailboxNotFound|ResourceNotFound|Request_ResourceNotFound/i.test(
          error.code,
        )
      )
        return new AppError('notFound', 'calendar.mailboxMissing');
      return new AppError('notFound', 'calendar.eventNotFound', { id: context.eventId ?? '' });
    }
    if (response.status === 400 && context.action === 'cancel' && /organi[sz]er/i.test(error.message))
      return new AppError('forbidden', 'calendar.notOrganizer');
    return error;
  }

  /** Whether the calendar lets us create Teams meetings; null when Graph would not say. */
  private async teamsAllowed(graph: GraphClient, actor: CalendarActor): Promise<boolean | null> {
    if (!this.checkProviders) return null;
    const response = await graph.send({
      method: 'GET',
      path: `${this.root(actor)}/calendar?$select=allowedOnlineMeetingProviders,defaultOnlineMeetingProvider`,
    });
    if (response.status === 401 || response.status === 403 || response.status === 404)
      throw this.failure(response, { method: 'GET', path: `${this.root(actor)}/calendar` }, actor, {});
    const allowed = (response.body as { allowedOnlineMeetingProviders?: unknown } | undefined)
      ?.allowedOnlineMeetingProviders;
    if (response.status >= 300 || !Array.isArray(allowed)) return null;
    return allowed.includes(TEAMS);
  }

  private eventBody(details: CalendarEventDetails, slot: CalendarSlot, teams: boolean) {
    return {
      subject: details.subject,
      body: { contentType: 'text', content: details.body },
      start: stockholmDateTime(slot.start),
      end: stockholmDateTime(slot.end),
      ...(details.location ? { location: { displayName: details.location } } : {}),
      attendees: details.attendees.map((a) => ({
        emailAddress: { address: a.email, name: a.name },
        type: a.type,
      })),
      allowNewTimeProposals: false,
      responseRequested: true,
      ...(teams ? { isOnlineMeeting: true, onlineMeetingProvider: TEAMS } : {}),
    };
  }

  /**
   * The online meeting as Graph reports it. Graph may answer 201 with isOnlineMeeting false or without a
   * join URL (the tenant or mailbox does not allow Teams, or the meeting service failed); the join URL can
   * also come a moment later, so an event without one is read once more before we call it missing.
   */
  private async onlineMeeting(
    graph: GraphClient,
    actor: CalendarActor,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    event: any,
    teamsAllowed: boolean | null,
  ): Promise<OnlineMeetingOutcome> {
    if (teamsAllowed === false)
      return {
        joinUrl: null,
        missing: true,
        reason: 'providerNotAllowed',
        warning: { key: 'calendar.teamsNotAllowed', params: {} },
      };
    let joinUrl: unknown = event?.onlineMeeting?.joinUrl;
    if (event?.isOnlineMeeting === true && typeof joinUrl !== 'string') {
      const again = await this.call(
        graph,
        actor,
        {
          method: 'GET',
          path: `${this.root(actor)}/events/${encodeURIComponent(event.id)}?$select=id,isOnlineMeeting,onlineMeeting`,
        },
        { eventId: event.id },
      );
      if (again.body?.isOnlineMeeting === true) joinUrl = again.body?.onlineMeeting?.joinUrl;
    }
    if (event?.isOnlineMeeting === true && typeof joinUrl === 'string' && joinUrl)
      return { joinUrl, missing: false };
    return {
      joinUrl: null,
      missing: true,
      reason: 'notCreated',
      warning: { key: 'calendar.onlineMeetingMissing', params: {} },
    };
  }

  private async postEvent(
    graph: GraphClient,
    actor: CalendarActor,
    body: object,
  ): Promise<{ id: string; start: string; end: string; event: Record<string, unknown> }> {
    const response = await this.call(graph, actor, {
      method: 'POST',
      path: `${this.root(actor)}/events`,
      body,
    });
    const event = response.body as { id?: string; start?: object; end?: object };
    if (!event?.id) throw new Error('Graph created an event but answered without its id');
    return { id: event.id, start: instantOf(event.start), end: instantOf(event.end), event };
  }

  async createEvent(details: CalendarEventDetails & CalendarSlot): Promise<CalendarEventResult> {
    const graph = this.client(details.actor);
    const teams = await this.teamsAllowed(graph, details.actor);
    const created = await this.postEvent(
      graph,
      details.actor,
      this.eventBody(details, details, teams !== false),
    );
    const online = await this.onlineMeeting(graph, details.actor, created.event, teams);
    return { eventId: created.id, start: created.start, end: created.end, ...online };
  }

  async createSeries(
    details: CalendarEventDetails & { occurrences: CalendarSlot[] },
  ): Promise<CalendarSeriesResult> {
    const { actor, occurrences } = details;
    if (!occurrences.length) throw new Error('A series needs at least one occurrence');
    const graph = this.client(actor);
    const teams = await this.teamsAllowed(graph, actor);
    const recurrence = graphRecurrence(occurrences);
    if (recurrence) {
      const body = { ...this.eventBody(details, occurrences[0]!, teams !== false), recurrence };
      const master = await this.postEvent(graph, actor, body);
      const online = await this.onlineMeeting(graph, actor, master.event, teams);
      const instances = await this.instances(graph, actor, master.id, occurrences);
      return {
        mode: 'recurrence',
        seriesMasterId: master.id,
        ...online,
        occurrences: occurrences.map((o) => {
          const instance = instances.get(Date.parse(o.start));
          if (!instance)
            throw new Error(
              `Graph's series ${master.id} has no occurrence at ${o.start}; expected ${recurrence.pattern.type}`,
            );
          return { ...online, eventId: instance.id, start: instance.start, end: instance.end };
        }),
      };
    }
    // Graph cannot express these dates as one pattern: one event per occurrence. If one fails, the ones
    // already created are cancelled again (best effort) so the convener can simply try again.
    const results: CalendarEventResult[] = [];
    try {
      for (const slot of occurrences) {
        const created = await this.postEvent(graph, actor, this.eventBody(details, slot, teams !== false));
        results.push({
          eventId: created.id,
          start: created.start,
          end: created.end,
          ...(await this.onlineMeeting(graph, actor, created.event, teams)),
        });
      }
    } catch (error) {
      for (const r of results)
        await graph
          .send({
            method: 'POST',
            path: `${this.root(actor)}/events/${encodeURIComponent(r.eventId)}/cancel`,
            body: { Comment: 'Bokningen av mötesserien avbröts. / The booking of the series was aborted.' },
          })
          .catch(() => undefined);
      throw error;
    }
    const missing = results.find((r) => r.missing);
    return {
      mode: 'singleEvents',
      seriesMasterId: null,
      joinUrl: null,
      missing: Boolean(missing),
      ...(missing ? { reason: missing.reason, warning: missing.warning } : {}),
      occurrences: results,
    };
  }

  /** The occurrences of a Graph series between two instants, by their original start (UTC ms). */
  private async instances(
    graph: GraphClient,
    actor: CalendarActor,
    masterId: string,
    window: readonly CalendarSlot[],
  ): Promise<Map<number, { id: string; start: string; end: string }>> {
    const from = new Date(Math.min(...window.map((w) => Date.parse(w.start))) - 86_400_000).toISOString();
    const to = new Date(Math.max(...window.map((w) => Date.parse(w.end))) + 86_400_000).toISOString();
    const out = new Map<number, { id: string; start: string; end: string }>();
    let path: string | null =
      `${this.root(actor)}/events/${encodeURIComponent(masterId)}/instances` +
      `?startDateTime=${encodeURIComponent(from)}&endDateTime=${encodeURIComponent(to)}` +
      `&$select=id,start,end,originalStart,type&$top=100`;
    while (path) {
      const response = await this.call(graph, actor, { method: 'GET', path }, { eventId: masterId });
      const page = response.body as {
        value?: { id: string; start?: object; end?: object; originalStart?: string }[];
        '@odata.nextLink'?: string;
      };
      for (const i of page.value ?? []) {
        const original = i.originalStart ? Date.parse(i.originalStart) : Date.parse(instantOf(i.start));
        out.set(original, { id: i.id, start: instantOf(i.start), end: instantOf(i.end) });
      }
      const next = page['@odata.nextLink'];
      path = next ? graph.relative(next) : null;
      if (next && !path) throw new Error(`Graph's nextLink leaves ${this.options.baseUrl}: ${next}`);
    }
    return out;
  }

  /**
   * The event id to change: the event itself, or the occurrence of a series whose original start is
   * occurrenceStart. Graph lists a series' instances by their current start, so an occurrence moved more
   * than a quarter away is not found this way; callers keep each occurrence's own id (createSeries
   * returns it) and use this lookup only when they have none.
   */
  private async resolve(graph: GraphClient, ref: CalendarEventRef): Promise<string> {
    if (!ref.occurrenceStart) return ref.eventId;
    const at = Date.parse(ref.occurrenceStart);
    const quarter = 92 * 86_400_000;
    const instances = await this.instances(graph, ref.actor, ref.eventId, [
      { start: new Date(at - quarter).toISOString(), end: new Date(at + quarter).toISOString() },
    ]);
    const instance = instances.get(at);
    if (!instance)
      throw new AppError('notFound', 'calendar.eventNotFound', {
        id: `${ref.eventId} (${ref.occurrenceStart})`,
      });
    return instance.id;
  }

  async moveEvent(ref: CalendarEventRef, slot: CalendarSlot): Promise<CalendarEventResult> {
    const graph = this.client(ref.actor);
    const id = await this.resolve(graph, ref);
    const response = await this.call(
      graph,
      ref.actor,
      {
        method: 'PATCH',
        path: `${this.root(ref.actor)}/events/${encodeURIComponent(id)}`,
        body: { start: stockholmDateTime(slot.start), end: stockholmDateTime(slot.end) },
      },
      { eventId: id },
    );
    const event = response.body as { start?: object; end?: object };
    const online = await this.onlineMeeting(graph, ref.actor, event, null);
    return { eventId: id, start: instantOf(event.start), end: instantOf(event.end), ...online };
  }

  async cancelEvent(ref: CalendarEventRef, comment: string): Promise<void> {
    const graph = this.client(ref.actor);
    const id = await this.resolve(graph, ref);
    await this.call(
      graph,
      ref.actor,
      {
        method: 'POST',
        path: `${this.root(ref.actor)}/events/${encodeURIComponent(id)}/cancel`,
        body: { Comment: comment },
      },
      { eventId: id, action: 'cancel' },
    );
  }
}
