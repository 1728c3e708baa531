// Who is acting, and the ports every use case needs.
import type { LineOrganisation, Person, RoleAssignment } from '../domain/model';
import type { ActorRoles } from '../domain/roles/roles';
import type { FollowUpPeriod } from '../domain/followup/types';
import type { Permission } from '../domain/authorization/policy';
import type { Locale } from '../i18n/messages';
import { utcToStockholm } from '../domain/meetings/schedule';
import { AppError } from './errors';
import { noteRead, readInScope } from './audit/auditScope';
import type { Store, Stored } from './ports/store';
import type { CalendarPort } from './ports/calendar';
import type { SheetReader } from './ports/sheetReader';

export interface Actor extends ActorRoles {
  person: Stored<Person>;
  assignments: Stored<RoleAssignment>[];
}

export interface RequestContext {
  /** Null when nobody is signed in (reads are open; writes are refused). */
  actor: Actor | null;
  locale: Locale;
}

/** The clock is a port so that the year wheel and deadlines can be tested on any date. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today as an ISO date in Stockholm, where the municipality's deadlines fall. */
export function todayIn(clock: Clock, timeZone = 'Europe/Stockholm'): string {
  // Asked on nearly every request: Stockholm's rules are computed; other zones get a cached Intl format.
  if (timeZone === 'Europe/Stockholm') return utcToStockholm(clock.now().toISOString()).date;
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormats.set(timeZone, format);
  }
  return format.format(clock.now());
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * Reads kept by this server instance for showing (ADR 0036): on SharePoint everyone's records and the
 * line organisations for a minute; on the embedded store each call reads the store.
 */
export interface ShownReads {
  /** True when people are kept: name role holders from `people()` rather than one read each. */
  readonly keepsPeople: boolean;
  people(): Promise<Stored<Person>[]>;
  lineOrganisations(): Promise<Stored<LineOrganisation>[]>;
}

export interface ServiceDeps {
  store: Store;
  /** What the instance keeps for showing; without it, every read goes to the store. */
  shown?: ShownReads;
  clock: Clock;
  /** A calendar that sends invitations (Microsoft Graph); without one, meetings live in the iCalendar feeds. */
  calendar?: CalendarPort;
  /** Days before a contract's last notice day that it is within notice (default 90). */
  contractNoticeLeadDays?: number;
  /** The interim follow-ups the municipality writes (default: August only); FOLLOW_UP_PERIODS. */
  followUpPeriods?: readonly FollowUpPeriod[];
  /**
   * Reads uploaded sheets for the imports: CSV and Excel workbooks (ADR 0028). The composition root always
   * hands one in; optional so that tests of other use cases need not.
   */
  sheets?: SheetReader;
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated', 'error.unauthenticated');
  return ctx.actor;
}

/** Turns a domain refusal into a forbidden error with the reason in words. */
export function ensure(permission: Permission, params: Record<string, string | number> = {}): void {
  if (!permission.allowed) throw new AppError('forbidden', `forbidden.${permission.reason}`, params);
}

/**
 * Loads the acting person with their role assignments. A person this request has read already (the
 * identity found them by their Entra object id a moment ago) is not read again: on SharePoint that is one
 * resource unit less on every bot activity and signed-in request. The roles are always read afresh.
 */
export async function loadActor(store: Store, personId: string): Promise<Actor | null> {
  const known = readInScope<Stored<Person>>('people', personId);
  // Read together: on SharePoint both go in one $batch.
  const [person, assignments] = await Promise.all([
    known ?? store.people.get(personId),
    store.roleAssignments.findAll({ personId }),
  ]);
  if (!person) return null;
  return { personId, person, assignments };
}

/** The person with this Entra object id, remembered for the rest of the request (see `loadActor`). */
export async function personByEntraObjectId(store: Store, oid: string): Promise<string | undefined> {
  const [person] = await store.people.findAll({ entraObjectId: oid });
  noteRead('people', person);
  return person?.id;
}
