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
