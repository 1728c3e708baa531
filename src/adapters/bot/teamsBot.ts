// The bot on the Teams SDK, served by the app's own Express server at /api/messages. Shaped like the
// HTTP API: a guard before the SDK, one pipeline for every activity (pipeline.ts), and handlers that
// look up a command or card verb in a table (commands.ts, cardActions.ts), call a use case and answer
// with a card. New kinds of activity register in handlers.ts.
import { App, ExpressAdapter } from '@microsoft/teams.apps';
import express from 'express';
import { activityEnvelope, conversationOf, teamsLogger } from './activity';
import { DeferredHttpClient } from './deferredHttpClient';
import type { BotDeps } from './botDeps';
import { endpointGuard } from './endpointGuard';
import { registerHandlers } from './handlers';
import { usePipeline } from './pipeline';

export type { BotDeps } from './botDeps';
/** The SDK's own `Client` type (its copy of teams.common, whose protected members make it nominal). */
type SdkHttpClient = Exclude<
  NonNullable<NonNullable<ConstructorParameters<typeof App>[0]>['client']>,
  () => unknown
>;
export { conversationOf } from './activity';

export async function createTeamsBot(deps: BotDeps): Promise<{ router: express.Express; app: App }> {
  const web = express();
  // Every request passes through this app (mounted first): it must not announce Express either.
  web.disable('x-powered-by');
  // Bot Framework answers are never cached or revalidated; an ETag would only cost a hash of each card.
  web.set('etag', false);
  const guard = endpointGuard({
    serviceUrls: deps.serviceUrls,
    authenticated: Boolean(deps.credentials),
    rateLimit: deps.rateLimit,
    allowedTenants: deps.allowedTenants,
    logger: deps.logger,
    conversationOf,
  });
  // Before the SDK sees it: an address over its limit (before parsing); anything that is not shaped
  // like an activity is a 400, not a crash in the SDK (a JSON array made it answer 500); then the
  // guard's checks of the serviceUrl, the token's claim and the tenant. Registered first, so it runs
  // before the SDK's own route.
  web.post(
    '/api/messages',
    guard.limitAddress,
    express.json({ limit: '1mb' }),
    (req, res, next) => {
      if (activityEnvelope.safeParse(req.body).success) return next();
      res.status(400).json({ error: { code: 'validation', message: 'Not a Bot Framework activity.' } });
    },
    guard.checkActivity,
  );
  const app = new App({
    httpServerAdapter: new ExpressAdapter(web, { logger: teamsLogger(deps.logger, 'express') }),
    logger: teamsLogger(deps.logger),
    // The SDK copies its HTTP client six times per activity: copies of this one are built only when
    // they send (ADR 0041), and with our logger in the options they share it instead of each building a
    // console logger of its own.
    client: new DeferredHttpClient({
      logger: teamsLogger(deps.logger, 'http'),
      middlewares: [guard.onlyBotConnectors],
    }) as unknown as SdkHttpClient,
    activity: { mentions: { stripText: true } },
    ...(deps.credentials
      ? {
          clientId: deps.credentials.clientId,
          tenantId: deps.credentials.tenantId,
          ...(deps.credentials.kind === 'secret'
            ? { clientSecret: deps.credentials.clientSecret }
            : { managedIdentityClientId: deps.credentials.managedIdentityClientId }),
          // Said explicitly: left undefined, the SDK reads DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS.
          dangerouslyAllowUnauthenticatedRequests: false,
        }
      : { dangerouslyAllowUnauthenticatedRequests: true }),
    ...(deps.token ? { token: deps.token } : {}),
    ...(deps.cloud ? { cloud: deps.cloud } : {}),
  });
  usePipeline(app, deps, guard);
  registerHandlers(app, deps);
  await app.initialize();
  return { router: web, app };
}
