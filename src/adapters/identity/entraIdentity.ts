// Entra ID identity: every /api request carries an access token for our API (Authorization: Bearer),
// issued by Entra to the tab (NAA or Teams SSO). We check it ourselves rather than trusting anything
// the caller says: signature against the tenant's published keys, issuer, audience, lifetime, tenant and
// scope. The token's object id (oid) is then looked up in people.entraObjectId.
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { z } from 'zod';
import type { EntraConfig } from '../../config';
import type { Clock } from '../../services/context';
import { AppError, ServiceUnavailable } from '../../services/errors';
import type { IdentityPort, RequestCredentials } from '../../services/ports/identity';
import type { Logger } from '../../services/ports/logger';

/** Entra's clocks and ours drift a little; a minute is what Microsoft's own middleware allows by default. */
const CLOCK_SKEW_SECONDS = 60;
/** The issuer in the metadata does not change in practice; refetching daily picks up a cloud move. */
const METADATA_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * After the authority host failed to answer (metadata or keys), how long every request is answered 503
 * at once instead of asking again: a flood of tokens must not become a flood of requests to Entra.
 */
export const AUTHORITY_FAILURE_CACHE_MS = 30_000;
/** A sign-in check must not hang a request: Entra answers in well under a second when it is up. */
const AUTHORITY_TIMEOUT_MS = 5_000;

/** Entra signs access tokens with RS256; anything else (including "none") is refused outright. */
const ALGORITHMS = ['RS256'];

/** v1.0 tokens (when the app registration accepts them) name a different host in `iss`. */
const V1_ISSUER_HOSTS: Record<string, string> = {
  'login.microsoftonline.com': 'sts.windows.net',
  'login.microsoftonline.us': 'sts.windows.net',
  'login.chinacloudapi.cn': 'sts.chinacloudapi.cn',
};

const metadataSchema = z.object({ issuer: z.string().min(1), jwks_uri: z.url() });

const claimsSchema = z.object({
  oid: z.string().min(1).max(100),
  tid: z.string().min(1).max(100),
  iss: z.string().min(1),
  aud: z.union([z.string(), z.array(z.string())]),
  scp: z.string().optional(),
});

export interface EntraIdentityOptions {
  config: EntraConfig;
  /** The person whose entraObjectId is `oid`, if any. */
  personByObjectId(oid: string): Promise<string | undefined>;
  clock: Clock;
  logger: Logger;
  /** How long to wait before refetching the keys for an unknown key id (jose's default is 30 s). */
  keysCooldownMs?: number;
  /** How long a failure to reach the authority host is remembered (AUTHORITY_FAILURE_CACHE_MS). */
  failureCacheMs?: number;
}

interface Discovered {
  issuer: string;
  keys: JWTVerifyGetKey;
  fetchedAt: number;
}

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function jsonPart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What can be known about a bearer without asking anyone: a JWS in compact form (three base64url
 * parts), its header JSON with the one algorithm Entra uses and a key id, its payload JSON. Anything
 * else is refused here, so a malformed token never makes the server fetch keys or metadata.
 */
export function malformedToken(token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => BASE64URL.test(p))) return 'format';
  const header = jsonPart(parts[0]!);
  if (!header || typeof header['alg'] !== 'string' || typeof header['kid'] !== 'string') return 'format';
  if (!ALGORITHMS.includes(header['alg'])) return 'algorithm';
  if (!jsonPart(parts[1]!)) return 'format';
  return undefined;
}

function bearer(request: RequestCredentials): string | undefined {
  const raw = request.headers['authorization'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  const match = /^Bearer\s+([A-Za-z0-9\-_.~+/]+=*)\s*$/i.exec(value ?? '');
  return match?.[1];
}

function invalid(reason: string): AppError {
  return new AppError('unauthenticated', 'error.tokenInvalid', { reason });
}

/** Failures that say "this token is no good", as opposed to "we could not fetch the keys". */
function tokenError(error: unknown): AppError | undefined {
  if (error instanceof errors.JWTExpired) return new AppError('unauthenticated', 'error.tokenExpired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf' || error.claim === 'iat')
      return new AppError('unauthenticated', 'error.tokenNotYetValid');
    return invalid(`claim ${error.claim}`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return invalid('algorithm');
  if (error instanceof errors.JWSSignatureVerificationFailed) return invalid('signature');
  if (error instanceof errors.JWKSNoMatchingKey) return invalid('unknown signing key');
  if (error instanceof errors.JWKSMultipleMatchingKeys) return invalid('ambiguous signing key');
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return invalid('format');
  if (error instanceof errors.JOSENotSupported) return invalid('algorithm');
  return undefined;
}

function matchesAudience(aud: string | string[], clientId: string): boolean {
  const escaped = clientId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // v2 tokens carry the client id; v1 tokens carry the Application ID URI the tab asked for, which for
  // Teams SSO is api://{host}/{clientId} (and api://{clientId} by default).
  const uri = new RegExp(`^api://([^/?#]+/)*${escaped}$`, 'i');
  return (Array.isArray(aud) ? aud : [aud]).some((a) => a.toLowerCase() === clientId || uri.test(a));
}

export function entraIdentity(options: EntraIdentityOptions): IdentityPort {
  const { config, clock, logger } = options;
  const metadataUrl = `${config.authorityHost}/${config.tenantId}/v2.0/.well-known/openid-configuration`;
  const v1Host = V1_ISSUER_HOSTS[new URL(config.authorityHost).hostname];
  const failureCacheMs = options.failureCacheMs ?? AUTHORITY_FAILURE_CACHE_MS;
  let discovery: Promise<Discovered> | undefined;
  /** Until when the authority host is taken to be down (metadata or keys did not come). */
  let downUntil = 0;

  function unavailable(detail: string): ServiceUnavailable {
    return new ServiceUnavailable('identity', Math.max(1, (downUntil - Date.now()) / 1000), detail);
  }

  /** Remembers that the authority host failed us, logs it once, and answers with the 503. */
  function authorityDown(what: string, error: unknown): ServiceUnavailable {
    downUntil = Date.now() + failureCacheMs;
    const detail = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    logger.log('error', 'Entra authority host unavailable', { detail, retryInMs: failureCacheMs });
    return unavailable(detail);
  }

  /** The key set, with failures to fetch it remembered like the metadata's. */
  function keySet(jwksUri: string): JWTVerifyGetKey {
    // jose caches the key set, refetches it when a token names a key it does not know (rotation),
    // at most once per cooldown so that forged key ids cannot make us hammer Entra.
    const remote = createRemoteJWKSet(new URL(jwksUri), {
      cooldownDuration: options.keysCooldownMs ?? 30_000,
      cacheMaxAge: 12 * 60 * 60 * 1000,
      timeoutDuration: AUTHORITY_TIMEOUT_MS,
    });
    return async (header, token) => {
      if (Date.now() < downUntil) {
        // While the host is taken to be down, tokens signed with a key we hold still pass; nothing is
        // fetched for the others until the pause is over.
        const held = remote.jwks();
        if (!held) throw unavailable('keys: recent failure');
        try {
          return await createLocalJWKSet(held)(header, token);
        } catch (error) {
          if (error instanceof errors.JWKSNoMatchingKey) throw unavailable('keys: recent failure');
          throw error;
        }
      }
      try {
        return await remote(header, token);
      } catch (error) {
        // "No such key" says something about the token; anything else is the key set not coming.
        if (tokenError(error)) throw error;
        throw authorityDown(`signing keys from ${jwksUri}`, error);
      }
    };
  }

  async function discover(): Promise<Discovered> {
    let metadata: z.infer<typeof metadataSchema>;
    try {
      const res = await fetch(metadataUrl, { signal: AbortSignal.timeout(AUTHORITY_TIMEOUT_MS) });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      metadata = metadataSchema.parse(await res.json());
    } catch (error) {
      throw authorityDown(`OpenID metadata from ${metadataUrl}`, error);
    }
    return { issuer: metadata.issuer, keys: keySet(metadata.jwks_uri), fetchedAt: Date.now() };
  }

  let refreshing = false;

  function discovered(): Promise<Discovered> {
    if (!discovery) {
      // A failure is remembered for a short while: meanwhile requests are answered 503 at once.
      if (Date.now() < downUntil) return Promise.reject(unavailable('metadata: recent failure'));
      const pending = discover();
      discovery = pending;
      pending.catch(() => {
        if (discovery === pending) discovery = undefined;
      });
      return pending;
    }
    return discovery.then((d) => {
      // The daily refresh runs beside the requests: the metadata we hold serves until it succeeds, so
      // Entra being down at that moment costs no sign-in.
      if (Date.now() - d.fetchedAt > METADATA_MAX_AGE_MS && !refreshing && Date.now() >= downUntil) {
        refreshing = true;
        discover()
          .then(
            (next) => {
              discovery = Promise.resolve(next);
            },
            () => undefined,
          )
          .finally(() => {
            refreshing = false;
          });
      }
      return d;
    });
  }

  function expectedIssuers(metadataIssuer: string, tid: string): string[] {
    // Tenant-independent metadata says {tenantid}; tenant-specific metadata names the home tenant.
    const v2 = metadataIssuer.replace('{tenantid}', tid).replace(config.tenantId, tid);
    return v1Host ? [v2, `https://${v1Host}/${tid}/`] : [v2];
  }

  async function verify(token: string): Promise<JWTPayload> {
    const { issuer, keys } = await discovered();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_SKEW_SECONDS,
        currentDate: clock.now(),
        requiredClaims: ['exp', 'iss', 'aud', 'tid', 'oid'],
      }));
    } catch (error) {
      const refused = tokenError(error);
      if (!refused) throw error;
      logger.log('warn', 'bearer token refused', { reason: refused.key, detail: refused.params['reason'] });
      throw refused;
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) throw invalid('claims');
    const { tid, iss, aud, scp } = claims.data;
    const tenant = tid.toLowerCase();
    const refuse = (e: AppError, detail: string) => {
      logger.log('warn', 'bearer token refused', { reason: e.key, detail });
      return e;
    };
    if (!config.allowedTenants.includes(tenant))
      throw refuse(new AppError('unauthenticated', 'error.tenantNotAllowed', { tenant }), 'tenant');
    if (!expectedIssuers(issuer, tenant).includes(iss)) throw refuse(invalid('issuer'), 'issuer');
    if (!matchesAudience(aud, config.clientId)) throw refuse(invalid('audience'), 'audience');
    // ID tokens share the keys, issuer and (v2) audience, but carry no scope: never accept one as access.
    if (!(scp ?? '').split(' ').includes(config.apiScope)) throw refuse(invalid('scope'), 'scope');
    return payload;
  }

  return {
    mode: 'entra',
    async identifyChatUser(aadObjectId) {
      if (!aadObjectId) return null;
      return (await options.personByObjectId(aadObjectId)) ?? null;
    },
    async identify(request) {
      const token = bearer(request);
      if (!token) {
        // In Entra mode every request proves who makes it, reads included (only /api/health is open).
        if (request.headers['authorization'] !== undefined) throw invalid('format');
        throw new AppError('unauthenticated', 'error.signInRequired');
      }
      const malformed = malformedToken(token);
      if (malformed) {
        logger.log('warn', 'bearer token refused', { reason: 'error.tokenInvalid', detail: malformed });
        throw invalid(malformed);
      }
      const payload = await verify(token);
      const oid = String(payload['oid']);
      const personId = await options.personByObjectId(oid);
      if (!personId) throw new AppError('unauthenticated', 'error.unknownEntraUser', { oid });
      return personId;
    },
  };
}
