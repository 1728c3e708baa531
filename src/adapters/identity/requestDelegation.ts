// Who the current API request is signed in as, with the token they sent: what On-Behalf-Of needs to act
// in their name (their calendar). Scoped to the request with AsyncLocalStorage, never stored.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../services/errors';
import type { DelegatedTokenPort } from '../../services/ports/delegatedToken';

export interface SignedInUser {
  personId: string;
  /** Entra object id. */
  oid: string;
  /** The bearer token the person sent to Objektnav's API. */
  assertion: string;
}

const current = new AsyncLocalStorage<SignedInUser>();

export function runAsSignedIn<R>(user: SignedInUser | null, work: () => R): R {
  return user ? current.run(user, work) : work();
}

/** Graph's delegated scopes for booking meetings in the convener's calendar. */
export const CALENDAR_SCOPES = ['https://graph.microsoft.com/Calendars.ReadWrite'];

/**
 * A token for acting as `personId` in Graph, by On-Behalf-Of from their own sign-in. Only the person
 * signed in to this request can be acted for: a delegate's request never books in someone else's name.
 */
export function delegatedToken(
  obo: DelegatedTokenPort,
  scopes: string[],
): (personId: string) => Promise<string> {
  return async (personId) => {
    const user = current.getStore();
    if (!user || user.personId !== personId)
      throw new AppError('forbidden', 'calendar.delegationUnavailable');
    return obo.tokenFor({ oid: user.oid, assertion: user.assertion }, scopes);
  };
}

/** The bearer token of a request's Authorization header, if any. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match ? match[1]! : null;
}
