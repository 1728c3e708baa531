// The composition root: the one place that chooses adapters and wires them to the use cases.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore } from './adapters/storeFactory';
import { createHttpApp } from './adapters/http/server';
import { renderReportDocx, type ReportModel } from './adapters/http/documents/reportDocx';
import { demoIdentity } from './adapters/identity/demoIdentity';
import { entraIdentity } from './adapters/identity/entraIdentity';
import { auditedStore } from './services/audit/auditedStore';
import type { IdentityPort } from './services/ports/identity';
import type { CalendarPort } from './services/ports/calendar';
import type { DelegatedTokenPort } from './services/ports/delegatedToken';
import { GraphCalendar } from './adapters/calendar/graphCalendar';
import { onBehalfOf } from './adapters/identity/onBehalfOf';
import { CALENDAR_SCOPES, delegatedToken, signedInScope } from './adapters/identity/requestDelegation';
import { jsonLogger } from './adapters/logging/jsonLogger';
import type { Config } from './config';
import { createServices, type Services } from './services';
import { personByEntraObjectId, systemClock, type Clock } from './services/context';
import type { Logger } from './services/ports/logger';
import type { Store } from './services/ports/store';
import { loadDemoData } from './demo/seed';
import { version } from './version';
import { renderStrategicPlanDocx } from './adapters/http/documents/strategicPlanDocx';
import { sheetReader } from './adapters/sheets/sheetReader';
import { tabDir } from './paths';
import { CardRenderer, webLinks } from './adapters/bot/cardRenderer';
import { lazyConnector, teamsConnector } from './adapters/bot/connector';
import type { App as TeamsApp } from '@microsoft/teams.apps';
import type { CloudEnvironment } from '@microsoft/teams.api';
import { OutboxDispatcher, type DispatcherOptions } from './adapters/bot/outboxDispatcher';
import { serviceUrlPolicy } from './adapters/bot/serviceUrls';
import { createTeamsBot } from './adapters/bot/teamsBot';
import { startReminderScheduler, type ReminderScheduler } from './adapters/scheduling/reminderScheduler';
import { ServiceUnavailable } from './services/errors';
import { listenProblem, StartupError } from './startup';

export interface App {
  config: Config;
  store: Store;
  services: Services;
  logger: Logger;
  server: Server;
  url: string;
  dispatcher: OutboxDispatcher;
  reminders: ReminderScheduler;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
  bot?: {
    token?: () => string;
    dispatcher?: Partial<DispatcherOptions>;
    /** Tests: where the Bot Connector's signing keys are published (a local key set). */
    cloud?: CloudEnvironment;
  };
  /**
   * A calendar that sends invitations (Microsoft Graph, with delegated tokens). Configuration wires it once
   * On-Behalf-Of is in place; tests pass one.
   */
  calendar?: CalendarPort;
  /** On-Behalf-Of; tests pass a stand-in for Entra's token endpoint. */
  delegatedTokens?: DelegatedTokenPort;
  /** How often the forums' reminders run (default every minute). */
  reminderIntervalMs?: number;
  /** Entra mode: how soon an unknown signing key may trigger another key fetch (tests rotate keys). */
  entraKeysCooldownMs?: number;
}

/** What the tab's MSAL needs: the API scope under the Application ID URI api://{public host}/{client id}. */
function tabSignIn(config: Config) {
  const entra = config.entra!;
  const host = config.publicUrl ? new URL(config.publicUrl).host : undefined;
  const appIdUri = host ? `api://${host}/${entra.clientId}` : `api://${entra.clientId}`;
  return {
    clientId: entra.clientId,
    authority: `${entra.authorityHost}/${entra.tenantId}`,
    scopes: [`${appIdUri}/${entra.apiScope}`],
  };
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? jsonLogger(config.logLevel);
  if (config.demoOnNetwork)
    logger.log('warn', 'demo mode on a network interface: anyone who reaches it can act as anyone', {
      host: config.host,
      setting: 'ALLOW_DEMO_ON_NETWORK=true',
    });
  const store = await openStore(config, clock, logger);
  try {
    if (config.demoData && (await store.isEmpty())) {
      const loaded = await loadDemoData(store);
      logger.log('info', 'demo data loaded', loaded);
    }
  } catch (error) {
    await store.close();
    if (error instanceof ServiceUnavailable)
      throw new StartupError(
        'SharePoint svarar inte just nu (demodata kunde inte läsas in) – försök igen om en stund.',
        'SharePoint is not answering right now (the demo data could not be loaded) – try again in a while.',
      );
    throw error;
  }
  // The use cases write through the audited store; demo data above and the outbox are not audited.
  const calendar = options.calendar ?? graphCalendar(config, logger, options.delegatedTokens);
  const services = createServices(
    {
      store: auditedStore(store, clock),
      clock,
      calendar,
      contractNoticeLeadDays: config.contractNoticeLeadDays,
      followUpPeriods: config.followUpPeriods,
      sheets: sheetReader(),
    },
    { reminders: config.reminders },
  );
  const personByObjectId = (oid: string) => personByEntraObjectId(store, oid);
  // The Word renderer of the strategic object plan, handed to its use case (adapters do not import each other).
  services.strategy.useDocumentRenderer(renderStrategicPlanDocx);
  const identity: IdentityPort = config.entra
    ? entraIdentity({
        config: config.entra,
        clock,
        logger,
        personByObjectId,
        keysCooldownMs: options.entraKeysCooldownMs,
      })
    : demoIdentity({ personByObjectId });

  // Links in cards point at the app's public address, known once the server listens.
  let url = config.publicUrl ?? '';
  const links = webLinks(() => url, config.teamsAppId);
  const renderer = new CardRenderer(services, links, services.orders);
  // The dispatcher sends through the bot's connector, and the bot kicks the dispatcher: the connector
  // reaches the bot once it exists.
  const teams: { app?: TeamsApp } = {};
  const serviceUrls = serviceUrlPolicy(config.bot.serviceUrls);
  const dispatcher = new OutboxDispatcher(
    store,
    renderer,
    lazyConnector(() => teamsConnector(teams.app!, serviceUrls)),
    clock,
    logger,
    options.bot?.dispatcher,
  );
  const bot = await createTeamsBot({
    services,
    identity,
    store,
    renderer,
    dispatcher,
    links,
    logger,
    demo: identity.mode === 'demo',
    credentials: config.bot.credentials,
    serviceUrls,
    rateLimit: config.bot.rateLimit,
    allowedTenants: config.entra?.allowedTenants,
    token: options.bot?.token,
    cloud: options.bot?.cloud,
  });
  teams.app = bot.app;

  const http = createHttpApp({
    services,
    store,
    identity,
    signedIn: signedInScope,
    logger,
    version,
    tabDir,
    bot: bot.router,
    clock,
    publicUrl: () => url,
    rateLimit: { limit: config.rateLimitWritesPerMinute, windowMs: 60_000 },
    documents: { report: (model, on) => renderReportDocx(model as ReportModel, on) },
    ...(config.entra ? { authorityHost: config.entra.authorityHost, signIn: tabSignIn(config) } : {}),
  });
  // Not express's app.listen: Express 5 calls its callback on a listen error too, and the start went on
  // without a server ("Cannot destructure property 'port' of 'server.address(...)'").
  const server = createServer(http);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await dispatcher.stop();
    await store.close();
    throw listenProblem(error, config.host, config.port);
  }
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  url = config.publicUrl ?? `http://${host}:${port}`;
  dispatcher.start();
  const reminders = startReminderScheduler(
    services.reminders,
    dispatcher,
    logger,
    options.reminderIntervalMs ?? 60_000,
  );
  return {
    config,
    store,
    services,
    logger,
    server,
    url,
    dispatcher,
    reminders,
    async close() {
      await reminders.stop();
      await dispatcher.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
    },
  };
}

/** CALENDAR=graph: meetings are booked in the convener's calendar, On-Behalf-Of their sign-in. */
function graphCalendar(
  config: Config,
  logger: Logger,
  tokens?: DelegatedTokenPort,
): CalendarPort | undefined {
  if (config.calendar.kind !== 'graph' || !config.entra) return undefined;
  const obo =
    tokens ??
    onBehalfOf({
      clientId: config.entra.clientId,
      clientSecret: config.calendar.clientSecret,
      tenantId: config.entra.tenantId,
      authorityHost: config.entra.authorityHost,
      logger,
    });
  return new GraphCalendar({
    baseUrl: config.calendar.graphBaseUrl,
    retryBudgetMs: config.graphRetryBudgetMs,
    token: delegatedToken(obo, CALENDAR_SCOPES),
  });
}
