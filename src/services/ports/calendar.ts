// The calendar port: what the meeting service asks of a calendar that sends invitations (Microsoft Graph,
// ADR 0010). Times are UTC instants (ISO); the adapter writes them as Europe/Stockholm wall-clock times so
// that a series keeps its local time across the changes to and from summer time. Attendees are passed in
// every call (derived from role assignments by the service), never remembered by the adapter.
import type { MessageKey } from '../../i18n/messages';

/**
 * A delegated (On-Behalf-Of) access token for Microsoft Graph for one person. Implemented elsewhere; when
 * the person or the tenant has not consented, it throws an error with `errorCode` "consent_required" or
 * "interaction_required" (as MSAL's InteractionRequiredAuthError does) or an AADSTS65001 message.
 */
export type DelegatedToken = (personId: string) => Promise<string>;

/** Whose token is used and whose calendar the event goes into. */
export interface CalendarActor {
  /** The person acting: the convener, or a delegate of theirs. */
  personId: string;
  /**
   * The calendar's owner (Entra object id or UPN) when it is not the actor's own calendar (a delegate
   * scheduling in the convener's calendar); absent: the actor's own calendar (/me).
   */
  mailbox?: string;
}

export interface CalendarAttendee {
  name: string;
  email: string;
  type: 'required' | 'optional';
}

export interface CalendarSlot {
  /** UTC instant, ISO 8601. */
  start: string;
  end: string;
}

export interface CalendarEventDetails {
  actor: CalendarActor;
  subject: string;
  /** Plain text; shown above the Teams join information in the invitation. */
  body: string;
  attendees: CalendarAttendee[];
  location?: string;
}

/** How the online meeting turned out: Graph may answer 201 and still leave the Teams meeting out. */
export interface OnlineMeetingOutcome {
  joinUrl: string | null;
  /** True when the event exists but has no Teams meeting (no join link to post). */
  missing: boolean;
  /**
   * Why: the calendar does not allow Teams meetings (`providerNotAllowed`), or Graph created the event
   * without one (`notCreated`).
   */
  reason?: 'providerNotAllowed' | 'notCreated';
  /** A message for the convener when the meeting is missing. */
  warning?: { key: MessageKey; params: Record<string, string> };
}

export interface CalendarEventResult extends OnlineMeetingOutcome {
  /** The Graph event id (for an occurrence of a Graph series: the occurrence's own id). */
  eventId: string;
  start: string;
  end: string;
}

export interface CalendarSeriesResult extends OnlineMeetingOutcome {
  /**
   * `recurrence`: one Graph series (seriesMasterId set); `singleEvents`: Graph cannot express the dates
   * as one pattern, so each occurrence is its own event (each with its own Teams meeting).
   */
  mode: 'recurrence' | 'singleEvents';
  seriesMasterId: string | null;
  /** One per requested occurrence, in the order given, each with its own event id. */
  occurrences: CalendarEventResult[];
}

/** An event to change: its id, or a Graph series and the occurrence's original start. */
export interface CalendarEventRef {
  actor: CalendarActor;
  eventId: string;
  /** With a series master's id: the UTC start the occurrence had in the series. */
  occurrenceStart?: string;
}

export interface CalendarPort {
  /** A single meeting (e.g. an extra PSG) with a Teams meeting in the actor's (or mailbox's) calendar. */
  createEvent(details: CalendarEventDetails & CalendarSlot): Promise<CalendarEventResult>;
  /** A series: one recurring event where the calendar can express the dates, otherwise single events. */
  createSeries(
    details: CalendarEventDetails & { occurrences: CalendarSlot[] },
  ): Promise<CalendarSeriesResult>;
  /** Moves an event or one occurrence of a series; the attendees get an update. */
  moveEvent(ref: CalendarEventRef, slot: CalendarSlot): Promise<CalendarEventResult>;
  /** Cancels an event, a whole series (its master's id) or one occurrence; attendees get the comment. */
  cancelEvent(ref: CalendarEventRef, comment: string): Promise<void>;
}
