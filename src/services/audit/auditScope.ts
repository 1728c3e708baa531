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
