// How the tab gets a token for Objektnav's API, as a sequence of attempts with no dependency on MSAL or
// the DOM (so it is tested in Node): silent first; interactive only when Entra says consent or a fresh
// sign-in is needed; inside Teams, the host's own getAuthToken when nested app authentication is not
// available. Each step is supplied by the caller.

export interface TokenSteps {
  /** Silent: from the cache, a refresh token or the host broker. */
  silent(): Promise<string>;
  /** Interactive: a popup brokered by the host (NAA) or a redirect in a plain browser. */
  interactive(): Promise<string>;
  /** Inside Teams only: teams-js authentication.getAuthToken (classic Teams SSO). */
  hostToken?: () => Promise<string>;
  /** True when an error means the user must act (consent, MFA, sign-in): MSAL's InteractionRequiredAuthError. */
  needsInteraction(error: unknown): boolean;
  /** True when an error means nested app authentication is not supported by this host. */
  naaUnavailable?: (error: unknown) => boolean;
}

/** Thrown when the user must consent or sign in and could not be asked; its message is for people. */
export class SignInRequiredError extends Error {
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'SignInRequiredError';
  }
}

export interface SignInMessages {
  /** Shown when consent or sign-in is needed and the interactive step failed (blocked popup, closed window). */
  consentNeeded: string;
  /** Shown when no way to sign in worked. */
  failed: string;
}

export async function acquireToken(steps: TokenSteps, messages: SignInMessages): Promise<string> {
  try {
    return await steps.silent();
  } catch (error) {
    if (steps.naaUnavailable?.(error) && steps.hostToken) {
      try {
        return await steps.hostToken();
      } catch (hostError) {
        throw new SignInRequiredError(messages.failed, hostError);
      }
    }
    if (!steps.needsInteraction(error)) {
      // Not a question of consent: the host's SSO may still work where MSAL did not.
      if (steps.hostToken) {
        try {
          return await steps.hostToken();
        } catch {
          // fall through to the original failure
        }
      }
      throw new SignInRequiredError(messages.failed, error);
    }
    try {
      return await steps.interactive();
    } catch (interactiveError) {
      throw new SignInRequiredError(messages.consentNeeded, interactiveError);
    }
  }
}
