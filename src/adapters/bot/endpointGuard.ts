// What stands between /api/messages and the Teams SDK, and between the SDK and the network: rate limits,
// the Bot Connector allow-list, the token's serviceurl claim and the tenant. Kept apart from the bot's
// routes so that the SDK's handling stays as it is.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Middleware } from '@microsoft/teams.common';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../../services/ports/logger';
import { RateLimiter } from '../shared/rateLimit';
import { sameServiceUrl, ServiceUrlRefused, type ServiceUrlPolicy } from './serviceUrls';

export interface EndpointGuardDeps {
  serviceUrls: ServiceUrlPolicy;
  /** Bot credentials are configured: every activity must carry a Bot Connector token. */
  authenticated: boolean;
  /** Activities per conversation and per remote address per minute (0: unlimited). */
  rateLimit: { perConversation: number; perAddress: number };
  /** Entra mode: the tenants whose conversations the bot serves. */
  allowedTenants?: string[] | undefined;
  logger: Logger;
  /** The conversation an activity belongs to: what it is counted under, and its tenant. */
  conversationOf(activity: never): { conversationId: string; tenantId: string | null };
}

/** The response of the request being handled, for the SDK middleware that answers with headers. */
const inFlight = new AsyncLocalStorage<{ res: Response }>();

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/**
 * Whether the bearer token's serviceurl claim names this serviceUrl. Read unverified: the SDK then
 * verifies the signature of this same token, and refuses the request if it fails.
 */
function tokenVouchesFor(authorization: string | undefined, serviceUrl: string): boolean {
  const token = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/i.exec(authorization ?? '');
  if (!token) return false;
  try {
    const claims = JSON.parse(Buffer.from(token[2]!, 'base64url').toString('utf8')) as unknown;
    const claim = (claims as { serviceurl?: unknown } | null)?.serviceurl;
    return typeof claim === 'string' && sameServiceUrl(claim, serviceUrl);
  } catch {
    return false;
  }
}

export function endpointGuard(deps: EndpointGuardDeps) {
  const byAddress = new RateLimiter({ limit: deps.rateLimit.perAddress, windowMs: 60_000 });
  const byConversation = new RateLimiter({ limit: deps.rateLimit.perConversation, windowMs: 60_000 });

  /** First of all, before the body is even parsed: one address cannot flood the endpoint. */
  const limitAddress: RequestHandler = async (req, res, next) => {
    const wait = await byAddress.take(`ip:${req.ip ?? 'unknown'}`);
    if (wait <= 0) return next();
    res.setHeader('Retry-After', String(wait));
    refuse(res, 429, 'rateLimited', `Too many activities; retry in ${wait} s.`);
  };

  /**
   * After the body is known to be shaped like an activity, before the SDK: its serviceUrl is on the
   * allow-list (the SDK would send its reply there); with credentials, the token's serviceurl claim
   * names it; in Entra mode, its tenant is served. Nothing refused here reaches the store.
   */
  const checkActivity: RequestHandler = (req, res, next) => {
    const activity = req.body as { serviceUrl: string };
    const refusal = deps.serviceUrls.refusal(activity.serviceUrl);
    if (refusal) {
      deps.logger.log('warn', 'activity refused: serviceUrl', { reason: refusal });
      return refuse(res, 400, 'serviceUrl', 'The serviceUrl is not an allowed Bot Connector.');
    }
    // The SDK checks the claim only for Bot Framework tokens; an Entra-issued token for the bot's app
    // id (any tenant can get one) carries none, and the SDK would let it name any serviceUrl.
    if (deps.authenticated && !tokenVouchesFor(req.headers.authorization, activity.serviceUrl))
      return refuse(res, 401, 'unauthenticated', 'A Bot Connector token for this serviceUrl is required.');
    const { tenantId } = deps.conversationOf(activity as never);
    if (deps.allowedTenants && !(tenantId && deps.allowedTenants.includes(tenantId.toLowerCase())))
      return refuse(res, 403, 'tenant', 'The tenant is not served here.');
    // The SDK's handling runs inside this scope, so that its middleware can answer with headers.
    inFlight.run({ res }, next);
  };

  /**
   * SDK middleware, first: counted once the SDK has authenticated the activity, so forged requests
   * cannot use up a real conversation's share (they count against their address).
   */
  const limitConversation = async <R>(ctx: { activity: unknown; next(): R | Promise<R> }) => {
    const { conversationId } = deps.conversationOf(ctx.activity as never);
    const wait = await byConversation.take(`conversation:${conversationId}`);
    if (wait <= 0) return await ctx.next();
    inFlight.getStore()?.res.setHeader('Retry-After', String(wait));
    return { status: 429, body: { error: { code: 'rateLimited', message: `Retry in ${wait} s.` } } };
  };

  /**
   * The SDK's HTTP client sends only to allowed Bot Connectors: replies, proactive posts and card
   * updates all pass here, after any check before them, and before a token is fetched. Objektnav uses
   * nothing else of the SDK that would go through this client (no Graph, no user sign-in), so anything
   * else is refused too. Token requests go through MSAL's own client, to the configured cloud.
   */
  const onlyBotConnectors: Middleware = {
    invoke(context, next) {
      const { url, baseURL } = context.config;
      const target = url && baseURL && !/^https?:/i.test(url) ? `${baseURL.replace(/\/+$/, '')}/${url}` : url;
      const refusal = deps.serviceUrls.requestRefusal(target ?? '');
      if (refusal) return Promise.reject(new ServiceUrlRefused(refusal));
      return next();
    },
  };

  return { limitAddress, checkActivity, limitConversation, onlyBotConnectors };
}

export type EndpointGuard = ReturnType<typeof endpointGuard>;
