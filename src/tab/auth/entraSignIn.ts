// Entra ID sign-in for the tab (AUTH=entra), loaded only in that mode so the demo's bundle stays small.
// Inside Teams (and Outlook, the Microsoft 365 app) nested app authentication: the host brokers the
// token, silently when it can. Where the host does not support it, Teams' own getAuthToken. In a plain
// browser, MSAL redirect sign-in on the tab's own page.
import {
  createNestablePublicClientApplication,
  createStandardPublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { HostContext } from '../teams';
import { acquireToken, type SignInMessages } from './tokenFlow';

export interface SignInConfig {
  clientId: string;
  /** https://login.microsoftonline.com/{tenant} */
  authority: string;
  /** The API scope, e.g. api://objektnav.kommun.se/{clientId}/access_as_user */
  scopes: string[];
}

/** MSAL codes that say this host cannot broker tokens for a nested app. */
const NAA_UNAVAILABLE = new Set([
  'nested_app_auth_bridge_disabled',
  'unsupported_method',
  'no_network_connectivity',
]);

function errorCode(error: unknown): string {
  return (error as { errorCode?: string })?.errorCode ?? '';
}

/** Returns a function that yields a fresh access token for each API call (MSAL caches and renews). */
export async function entraTokenProvider(
  config: SignInConfig,
  host: HostContext,
  messages: SignInMessages,
): Promise<() => Promise<string>> {
  const auth = { clientId: config.clientId, authority: config.authority };
  if (host.inTeams) {
    const pca = await createNestablePublicClientApplication({ auth });
    const account = (): AccountInfo | undefined => pca.getActiveAccount() ?? pca.getAllAccounts()[0];
    return () =>
      acquireToken(
        {
          silent: async () =>
            (
              await pca.acquireTokenSilent({
                scopes: config.scopes,
                ...(account() ? { account: account()! } : {}),
              })
            ).accessToken,
          // In a host the "popup" is the host's own consent dialog.
          interactive: async () => (await pca.acquireTokenPopup({ scopes: config.scopes })).accessToken,
          hostToken: async () => (await import('@microsoft/teams-js')).authentication.getAuthToken(),
          needsInteraction: (e) => e instanceof InteractionRequiredAuthError,
          naaUnavailable: (e) => NAA_UNAVAILABLE.has(errorCode(e)),
        },
        messages,
      );
  }
  const pca: IPublicClientApplication = await createStandardPublicClientApplication({
    // One registered SPA redirect URI for every tab page; MSAL then returns to the page that asked.
    auth: { ...auth, redirectUri: `${window.location.origin}/tab/portfolio` },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const redirected = await pca.handleRedirectPromise();
  if (redirected?.account) pca.setActiveAccount(redirected.account);
  const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
  if (!account) {
    // Nobody signed in yet in this browser session: off to Entra, back to this page.
    await pca.loginRedirect({ scopes: config.scopes });
    return new Promise<never>(() => undefined) as never;
  }
  return () =>
    acquireToken(
      {
        silent: async () => (await pca.acquireTokenSilent({ scopes: config.scopes, account })).accessToken,
        interactive: async () => {
          await pca.acquireTokenRedirect({ scopes: config.scopes, account });
          return new Promise<string>(() => undefined);
        },
        needsInteraction: (e) => e instanceof InteractionRequiredAuthError,
      },
      messages,
    );
}
