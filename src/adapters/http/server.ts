// The one HTTP server: REST API now; the tab and the bot mount here too.
import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import { translate, pickLocale, type Locale, type MessageKey } from '../../i18n/messages';
import {
  loadActor,
  systemClock,
  todayIn,
  type Actor,
  type Clock,
  type RequestContext,
} from '../../services/context';
import { AppError, asAppError, ServiceUnavailable, type ErrorKind } from '../../services/errors';
import type { SignedInScope } from '../../services/ports/delegatedToken';
import type { IdentityPort } from '../../services/ports/identity';
import type { Logger } from '../../services/ports/logger';
import type { Store } from '../../services/ports/store';
import type { Services } from '../../services';
import { parseInput } from '../../services/schemas';
import { openApiDocument } from './openapi';
import { apiRoutes, FileResult, type RouteDef } from './routes';
import { XLSX, type RouteInfo } from './routes/types';
import { tabRouter, type SignInConfig } from './tabRoutes';
import { securityHeaders } from './security';
import { RateLimiter, type RateLimitOptions } from '../shared/rateLimit';
import { runInAuditScope } from '../../services/audit/auditScope';
import { bearerToken } from '../shared/bearer';
import { calendarRouter } from './calendarRoutes';
import { runTimedRequest } from '../shared/requestTiming';

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  notFound: 404,
  conflict: 409,
  preconditionRequired: 428,
  unavailable: 503,
};

export interface HttpDeps {
  services: Services;
  store: Store;
  identity: IdentityPort;
  /** The scope delegated tokens are had in: the request's work runs as its signed-in person. */
  signedIn: SignedInScope;
  logger: Logger;
  version: string;
  /** The built tab (dist/tab); the tab's URLs answer 503 when it has not been built. */
  tabDir: string;
  clock?: Clock;
  /** The app's public address, for links in calendar feeds (known once the server listens). */
  publicUrl?: () => string;
  /** The bot's endpoint (/api/messages), mounted before the API so the API's 404 does not shadow it. */
  bot?: express.Handler;
  /** Writes per person (or address) per window on /api; none: unlimited. */
  rateLimit?: RateLimitOptions;
  /** Entra mode: the authority host the tab's MSAL talks to (allowed in the tab's CSP). */
  authorityHost?: string;
  /** Entra mode: what the tab needs to sign in (public values: client id, authority, API scope). */
  signIn?: { clientId: string; authority: string; scopes: string[] };
  /** Word renderers of capabilities whose routes print documents (the objektberättelse). */
  documents?: RouteInfo['documents'];
  /**
   * Who acts, with their roles: `fresh` for a write (authorized on what the store says now), else what
   * the instance may keep for a short time (ADR 0036). Without it, every request reads the store.
   */
  actors?: (personId: string, fresh: boolean) => Promise<Actor | null>;
}

declare module 'express-serve-static-core' {
  interface Request {
    requestId?: string;
    locale?: Locale;
  }
}

function sendError(
  res: Response,
  status: number,
  code: string,
  message: string,
  extra: Record<string, unknown> = {},
) {
  res.status(status).json({ error: { code, message, ...extra, requestId: res.req.requestId } });
}

function expressPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

export function createHttpApp(deps: HttpDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');

  app.use((req, res, next) => {
    const started = process.hrtime.bigint();
    req.requestId = randomUUID();
    req.locale = pickLocale(req.header('accept-language'));
    res.setHeader('X-Request-Id', req.requestId);
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // Paths and statuses only: bodies and headers may carry personal data or secrets.
      deps.logger.log(res.statusCode >= 500 ? 'error' : 'info', 'request', {
        requestId: req.requestId,
        method: req.method,
        path: req.path,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
      });
    });
    next();
  });
  app.use(securityHeaders(deps.authorityHost ? { authorityHost: deps.authorityHost } : {}));

  if (deps.bot) app.use(deps.bot);

  const routes = apiRoutes(deps.services, {
    storeKind: deps.store.kind,
    authMode: deps.identity.mode,
    ...(deps.documents ? { documents: deps.documents } : {}),
    today: () => todayIn(deps.clock ?? systemClock),
  });
  const fileRoutes = routes.flatMap((r) =>
    r.accepts
      ? [{ pattern: new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}$`), accepts: r.accepts }]
      : [],
  );
  const api = express.Router();
  // A write with a body must say it is JSON; anything else is refused before parsing.
  api.use((req, res, next) => {
    const hasBody =
      Number(req.header('content-length') ?? 0) > 0 || req.header('transfer-encoding') !== undefined;
    // An import's file (CSV or an Excel workbook, issue 16) is the one body that is not JSON; only the
    // routes that declare `accepts` take one.
    const fileAllowed = fileRoutes.some((r) => r.pattern.test(req.path) && r.accepts.some((t) => req.is(t)));
    if (
      hasBody &&
      ['POST', 'PATCH', 'PUT'].includes(req.method) &&
      !req.is('application/json') &&
      !fileAllowed
    ) {
      sendError(res, 415, 'unsupportedMediaType', translate(req.locale!, 'error.unsupportedMediaType'));
      return;
    }
    next();
  });
  api.use(express.json({ limit: '1mb', strict: false }));
  api.use(express.text({ type: 'text/csv', limit: '2mb' }));
  api.use(express.raw({ type: XLSX, limit: '2mb' }));

  // Built when first asked for (it runs zod's JSON Schema over every schema), then kept.
  let openapi: ReturnType<typeof openApiDocument> | undefined;
  api.get('/api/openapi.json', (_req, res) => {
    res.json((openapi ??= openApiDocument(routes, deps.version)));
  });
  // Read before anyone is signed in: how to sign in. Nothing here is secret.
  const signIn: SignInConfig = deps.signIn ? { mode: 'entra', ...deps.signIn } : { mode: 'demo' };
  api.get('/api/auth/config', (_req, res) => {
    res.json(signIn);
  });
  const limiter = new RateLimiter(deps.rateLimit ?? { limit: 0, windowMs: 60_000 });
  for (const route of routes) mount(api, route, deps, limiter);
  api.use('/api', (req, res) => {
    sendError(
      res,
      404,
      'notFound',
      translate(req.locale!, 'error.routeNotFound', { path: req.originalUrl.slice(0, 200) }),
    );
  });
  app.use(api);
  app.use(tabRouter(deps.tabDir, signIn));
  app.use(
    calendarRouter(deps.services, deps.clock ?? { now: () => new Date() }, deps.publicUrl ?? (() => ''), {
      privateFeeds: deps.identity.mode === 'entra',
    }),
  );

  // Errors from body parsing and from handlers end here.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const locale = req.locale ?? 'sv';
    const e = error as { type?: string; status?: number };
    if (e?.type === 'entity.parse.failed')
      return sendError(res, 400, 'malformedJson', translate(locale, 'error.malformedJson'));
    if (e?.type === 'entity.too.large')
      return sendError(res, 413, 'payloadTooLarge', translate(locale, 'error.payloadTooLarge'));
    if (e?.status === 415 || e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
      return sendError(res, 415, 'unsupportedMediaType', translate(locale, 'error.unsupportedMediaType'));
    }
    const clientMistake = clientMistakeOf(error, req);
    if (clientMistake) {
      const [status, code, key] = clientMistake;
      return sendError(res, status, code, translate(locale, key, { path: req.path.slice(0, 200) }));
    }
    const appError = asAppError(error);
    if (appError instanceof ServiceUnavailable) {
      // An outage is logged for the operators (what failed), answered without detail to the caller.
      deps.logger.log('warn', 'dependency unavailable', {
        requestId: req.requestId,
        dependency: appError.dependency,
        detail: appError.detail,
      });
      res.setHeader('Retry-After', String(appError.retryAfterSeconds));
    }
    if (appError) {
      // RFC 6750: a refused bearer token says which scheme the API expects.
      if (appError.kind === 'unauthenticated' && deps.identity.mode === 'entra')
        res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      return sendError(
        res,
        STATUS[appError.kind],
        appError.kind,
        translate(locale, appError.key, appError.params),
        {
          ...(appError.fields.length ? { fields: appError.fields } : {}),
        },
      );
    }
    deps.logger.log('error', 'unhandled error', {
      requestId: req.requestId,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    });
    return sendError(
      res,
      500,
      'internal',
      translate(locale, 'error.internal', { requestId: req.requestId ?? '' }),
    );
  });
  return app;
}

/**
 * Errors Express and its parsers raise for what the client sent — an undecodable path, a body that does
 * not inflate or decode, a missing static file (http-errors with a 4xx status): the client's mistake,
 * answered as such, never as 500.
 */
function clientMistakeOf(error: unknown, req: Request): [number, string, MessageKey] | undefined {
  const e = error as { status?: unknown; statusCode?: unknown; name?: string } | null;
  const status = typeof e?.status === 'number' ? e.status : e?.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  if (e?.name === 'URIError') return [400, 'malformedUrl', 'error.malformedUrl'];
  if (status === 404) return [404, 'notFound', 'error.fileNotFound'];
  // body-parser: a body that cannot be inflated (gzip, deflate, br) or read as declared.
  if (status === 400 && ['POST', 'PATCH', 'PUT', 'DELETE'].includes(req.method))
    return [400, 'malformedBody', 'error.malformedBody'];
  return [status, status === 400 ? 'badRequest' : 'clientError', 'error.badRequest'];
}

const WRITES = new Set(['post', 'patch', 'put', 'delete']);

function isEmptyBody(body: unknown): boolean {
  if (body === undefined || body === null) return true;
  return typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0;
}

function mount(router: express.Router, route: RouteDef, deps: HttpDeps, limiter: RateLimiter) {
  router[route.method](expressPath(route.path), (req, res, next) =>
    // Waiting for a dependency's retries (Graph's Retry-After) is bounded from the request's start.
    runTimedRequest(() => handle(req, res, next)),
  );
  async function handle(req: Request, res: Response, next: NextFunction) {
    try {
      const locale = req.locale ?? 'sv';
      const personId = route.anonymous ? null : await deps.identity.identify({ headers: req.headers });
      // Who the caller is, checked before any limiter key is made: in demo mode the id is whatever the
      // header says, and unknown ids must not each get a counter of their own.
      // Once per request; a read may use what this instance kept a moment ago (ADR 0036), a write never.
      const actor = personId
        ? await (deps.actors
            ? deps.actors(personId, WRITES.has(route.method))
            : loadActor(deps.store, personId))
        : null;
      if (WRITES.has(route.method)) {
        // Counted per person once identified, else per address: one noisy caller cannot starve others.
        const wait = await limiter.take(actor ? `person:${actor.personId}` : `ip:${req.ip ?? 'unknown'}`);
        if (wait > 0) {
          res.setHeader('Retry-After', String(wait));
          sendError(res, 429, 'rateLimited', translate(locale, 'error.rateLimited', { seconds: wait }));
          return;
        }
      }
      // A route that takes no body refuses one, rather than ignoring it: a client that sends data to
      // "submit" or "delete" has misunderstood something, and nothing should happen on its behalf.
      if (!route.body && WRITES.has(route.method) && !isEmptyBody(req.body)) {
        throw new AppError('validation', 'error.unexpectedBody');
      }
      // An identified caller who is not (or no longer) a person in Objektnav is refused, not read-only.
      if (personId && !actor) {
        throw new AppError('unauthenticated', 'error.unknownDemoUser', { id: personId.slice(0, 100) });
      }
      const ctx: RequestContext = { actor, locale };
      const query = route.query ? parseInput(route.query, { ...req.query }, locale) : {};
      // The audited store learns who is acting from this scope; in Entra mode, On-Behalf-Of learns the
      // signed-in person's token from it too (their calendar).
      const assertion = deps.identity.mode === 'entra' ? bearerToken(req.headers.authorization) : null;
      const signedIn =
        actor && assertion && actor.person.entraObjectId
          ? { personId: actor.personId, oid: actor.person.entraObjectId, assertion }
          : null;
      const result = await runInAuditScope({ via: 'api', requestId: req.requestId ?? null, personId }, () =>
        deps.signedIn.run(signedIn, () =>
          route.handle({
            params: req.params as Record<string, string>,
            query: query as Record<string, unknown>,
            body: req.body,
            ctx,
            ifMatch: req.header('if-match'),
          }),
        ),
      );
      if (result instanceof FileResult) {
        const ascii = result.filename
          .normalize('NFD')
          .replace(/[^\x20-\x7e]/g, '')
          .replace(/"/g, '');
        res.setHeader('Content-Type', result.contentType);
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(result.filename)}`,
        );
        res.status(200).send(result.body);
        return;
      }
      const status = route.status ?? 200;
      if (status === 204 || result === undefined) {
        res.status(204).end();
        return;
      }
      const etag = (result as { etag?: unknown } | null)?.etag;
      if (typeof etag === 'string') res.setHeader('ETag', etag);
      res.status(status).json(result);
    } catch (error) {
      next(error);
    }
  }
}
