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
  /** Records read in this scope, by "collection:id" (the audit log's "before" without a second read). */
  seen?: Map<string, Record<string, unknown>>;
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
 * A record this request has just read, remembered in its scope: the audit log's "before" of an update to
 * it needs no second read, and neither does loading the acting person right after identifying them.
 */
export function noteRead(collection: string, record: { id: string } | undefined): void {
  const scope = storage.getStore();
  if (scope && record) (scope.seen ??= new Map()).set(`${collection}:${record.id}`, record);
}

/** A record this request has read already (see `noteRead`), if any. */
export function readInScope<T>(collection: string, id: string): T | undefined {
  return storage.getStore()?.seen?.get(`${collection}:${id}`) as T | undefined;
}
