// Delegated access: a token to call Microsoft Graph as the signed-in person (their calendar, say),
// obtained from the token they sent us. The Entra adapter does the On-Behalf-Of exchange; the services
// only ask for "a token for these scopes, for this person".

export interface DelegatedUser {
  /** The person's Entra object id: the cache key, so one person's token never serves another. */
  oid: string;
  /** The access token the person sent to Objektnav's API (audience: our API). */
  assertion: string;
}

export interface DelegatedTokenPort {
  /**
   * An access token for `scopes` on the user's behalf. Throws AppError: 'forbidden' with
   * error.consentRequired when the user or an admin has not consented to the scopes, 'unauthenticated'
   * with error.delegationExpired when the user's sign-in has run out.
   */
  tokenFor(user: DelegatedUser, scopes: string[]): Promise<string>;
}

/** The person signed in to the current API request, with the bearer token they sent. */
export interface SignedInUser {
  personId: string;
  /** Entra object id. */
  oid: string;
  /** The bearer token the person sent to Objektnav's API. */
  assertion: string;
}

/**
 * Runs a request's work as its signed-in person, so that a delegated token can be had for them and for
 * nobody else. The HTTP adapter opens the scope; the identity adapter keeps it (the composition root
 * hands one to the other, so neither imports the other).
 */
export interface SignedInScope {
  run<R>(user: SignedInUser | null, work: () => R): R;
}
