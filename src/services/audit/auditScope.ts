// Who is acting, carried along a request's async work, so that the audited store can say who made a
// write without every use case passing it down. The HTTP edge opens a scope per API request with the
// identified person; the bot's endpoint opens one per activity and names the clicker's Entra object id.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface AuditScope {
  via: 'api' | 'bot';
  requestId: string | null;
  /** The identified person (API requests). */
  personId?: string | null;
  /** The Teams user's Entra object id (bot activities), resolved to a person when a write happens. */
  entraObjectId?: string | null;
  /** Records read in this scope, by collection (the audit log's "before" without a second read). */
  seen?: Map<string, SeenRecords>;
}

/**
 * One collection's records read in a scope: the lists as they were read, indexed by id only when a record
 * is first looked up. A click reads some fifty records and looks up one or two; keying each by
 * "collection:id" as it was read cost about a twentieth of the click's CPU.
 */
interface SeenRecords {
  lists: (readonly { id: string }[])[];
  /** How many of `lists` are in `byId`. */
  indexed: number;
  byId?: Map<string, { id: string }>;
}

const storage = new AsyncLocalStorage<AuditScope>();

export function runInAuditScope<R>(scope: AuditScope, work: () => R): R {
  return storage.run(scope, work);
}

/** The scope of the work under way, if any (none: the app itself, e.g. demo data or scheduled work). */
export function currentAuditScope(): AuditScope | undefined {
  return storage.getStore();
}

/**
 * Records this request has just read, remembered in its scope: the audit log's "before" of an update to
 * one of them needs no second read, and neither does loading the acting person right after identifying
 * them. The list is copied (a pointer each): what the caller does with its own array changes nothing here.
 */
export function noteReads(collection: string, records: readonly { id: string }[]): void {
  const scope = storage.getStore();
  if (scope && records.length > 0) remember(scope, collection, records.slice());
}

/** One record this request has just read (see `noteReads`): a list of its own, with nothing to copy. */
export function noteRead(collection: string, record: { id: string } | undefined): void {
  const scope = storage.getStore();
  if (scope && record) remember(scope, collection, [record]);
}

/** Adds a list, which this scope now owns, to what the request has read of a collection. */
function remember(scope: AuditScope, collection: string, list: readonly { id: string }[]): void {
  const seen = (scope.seen ??= new Map());
  let entry = seen.get(collection);
  if (!entry) seen.set(collection, (entry = { lists: [], indexed: 0 }));
  entry.lists.push(list);
}

/** A record this request has read already (see `noteReads`), as last read, if any. */
export function readInScope<T>(collection: string, id: string): T | undefined {
  const entry = storage.getStore()?.seen?.get(collection);
  if (!entry) return undefined;
  const byId = (entry.byId ??= new Map());
  // In the order read: a later read of a record replaces an earlier one.
  for (; entry.indexed < entry.lists.length; entry.indexed++)
    for (const record of entry.lists[entry.indexed]!) byId.set(record.id, record);
  return byId.get(id) as T | undefined;
}
