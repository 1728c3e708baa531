// On-Behalf-Of with MSAL for Node: exchanges the person's token for our API (the assertion) for a
// Microsoft Graph token with delegated scopes. Tokens are cached per person and scope set until shortly
// before they expire, so a page with several Graph calls asks Entra once.
import { ConfidentialClientApplication, ServerError, type INetworkModule } from '@azure/msal-node';
import { AppError, ServiceUnavailable } from '../../services/errors';
import type { DelegatedTokenPort, DelegatedUser } from '../../services/ports/delegatedToken';
import type { Logger } from '../../services/ports/logger';

/** Renew this long before expiry, so a token never runs out between our check and Graph's. */
const EARLY_RENEWAL_MS = 5 * 60 * 1000;

/** AADSTS codes that mean consent is missing for the scopes asked (user or admin). */
const CONSENT_CODES = ['65001', '65004', '90094', '90095'];
/** AADSTS codes that mean the person's sign-in (assertion or refresh token) is no longer good. */
const EXPIRED_CODES = ['500133', '700082', '50173', '70043', '700084', '50132'];

export interface OnBehalfOfOptions {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  authorityHost: string;
  logger: Logger;
  now?: () => number;
  /** Tests route MSAL's HTTP to a fake token endpoint. */
  networkClient?: INetworkModule;
}

/** MSAL's words for "Entra did not answer" (no connection, no metadata), and Entra's for "not now". */
const OUTAGE_CODES = [
  'network_error',
  'no_network_connectivity',
  'endpoints_resolution_error',
  'openid_config_error',
  'temporarily_unavailable',
  'service_unavailable',
];

/** The token endpoint could not be reached, or said it is down: nothing about the person's sign-in. */
function isOutage(error: unknown): boolean {
  const e = error as { name?: string; errorCode?: string; status?: number; httpStatus?: number };
  if (e?.name === 'NetworkError' || (error instanceof TypeError && /fetch/i.test(error.message))) return true;
  if (e?.errorCode && OUTAGE_CODES.includes(e.errorCode)) return true;
  const status = e?.status ?? e?.httpStatus;
  return typeof status === 'number' && (status === 429 || status >= 500);
}

function aadstsCodes(error: unknown): string[] {
  const e = error as { errorMessage?: string; message?: string; subError?: string; errorNo?: string };
  const text = `${e.errorNo ?? ''} ${e.errorMessage ?? ''} ${e.message ?? ''}`;
  return [...text.matchAll(/AADSTS(\d+)/g)].map((m) => m[1]!).concat(e.errorNo ? [e.errorNo] : []);
}

export function onBehalfOf(options: OnBehalfOfOptions): DelegatedTokenPort {
  const now = options.now ?? Date.now;
  const host = new URL(options.authorityHost).host;
  const msal = new ConfidentialClientApplication({
    auth: {
      clientId: options.clientId,
      clientSecret: options.clientSecret,
      authority: `${options.authorityHost}/${options.tenantId}`,
      // The host is named, so MSAL does not go looking for it in Microsoft's instance discovery.
      knownAuthorities: [host],
    },
    system: options.networkClient ? { networkClient: options.networkClient } : {},
  });
  const cache = new Map<string, { token: string; expiresAt: number }>();

  return {
    async tokenFor(user: DelegatedUser, scopes: string[]) {
      const key = `${user.oid}\u0000${[...scopes].sort().join(' ')}`;
      const cached = cache.get(key);
      if (cached && cached.expiresAt - EARLY_RENEWAL_MS > now()) return cached.token;
      try {
        // Our cache (per person, with our clock) is the one cache: MSAL is asked only when it misses.
        const result = await msal.acquireTokenOnBehalfOf({
          oboAssertion: user.assertion,
          scopes,
          skipCache: true,
        });
        if (!result?.accessToken) throw new Error('On-Behalf-Of returned no access token');
        cache.set(key, {
          token: result.accessToken,
          // MSAL stamps expiry with the system clock; keep the lifetime, measured on ours.
          expiresAt: now() + (result.expiresOn ? result.expiresOn.getTime() - Date.now() : 60 * 60 * 1000),
        });
        return result.accessToken;
      } catch (error) {
        cache.delete(key);
        const codes = aadstsCodes(error);
        // The codes, never the tokens, go to the log: they are what an admin needs to act on.
        options.logger.log('warn', 'on-behalf-of failed', {
          codes,
          error: (error as { errorCode?: string }).errorCode ?? (error as Error).name,
        });
        if (codes.some((c) => CONSENT_CODES.includes(c)))
          throw new AppError('forbidden', 'error.consentRequired', { scopes: scopes.join(', ') });
        if (
          codes.some((c) => EXPIRED_CODES.includes(c)) ||
          (error instanceof ServerError && error.errorCode === 'invalid_grant')
        )
          throw new AppError('unauthenticated', 'error.delegationExpired');
        if (isOutage(error))
          throw new ServiceUnavailable('identity', undefined, `On-Behalf-Of: ${(error as Error).message}`);
        throw error;
      }
    },
  };
}
