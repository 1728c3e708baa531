// Who is making a request. The demo adapter trusts a chosen person; the Entra adapter (a later
// capability) validates a bearer token. Services never see which one is in use.

export interface RequestCredentials {
  headers: Record<string, string | string[] | undefined>;
}

export interface IdentityPort {
  readonly mode: 'demo' | 'entra';
  /** The person id of the caller, or null when nobody is identified. Throws AppError(unauthenticated) on bad credentials. */
  identify(request: RequestCredentials): Promise<string | null>;
  /**
   * The person behind a Teams activity, by the sender's Entra object id (from.aadObjectId, which the
   * Bot Connector's signed token vouches for; never anything inside a card's data). Null when unknown.
   */
  identifyChatUser(aadObjectId: string | undefined): Promise<string | null>;
}
