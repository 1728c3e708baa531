// Who the current API request is signed in as, with the token they sent: what On-Behalf-Of needs to act
// in their name (their calendar). Scoped to the request with AsyncLocalStorage, never stored.
import { AsyncLocalStorage } from 'node:async_hooks';
import { AppError } from '../../services/errors';
import type { DelegatedTokenPort, SignedInScope, SignedInUser } from '../../services/ports/delegatedToken';

const current = new AsyncLocalStorage<SignedInUser>();

export function runAsSignedIn<R>(user: SignedInUser | null, work: () => R): R {
  return user ? current.run(user, work) : work();
}

/** The scope the HTTP adapter runs each request in (through the composition root). */
export const signedInScope: SignedInScope = { run: runAsSignedIn };

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
