// Chooses the store adapter from configuration: STORE=sqlite (embedded, the default) or STORE=sharepoint.
// A store that cannot be opened stops the start with a StartupError naming the cause and the fix.
import { join } from 'node:path';
import { requireSharePoint, type Config, type SharePointConfig } from '../config';
import type { Clock } from '../services/context';
import type { Logger } from '../services/ports/logger';
import type { Store } from '../services/ports/store';
import { checkDataDir, databaseProblem, describe, StartupError } from '../startup';
import { GraphError, GraphUnreachableError, isOutageStatus } from './graph/graphClient';
import { openSharePointStoreFor } from './sharepoint/connect';
import { openSqliteStore } from './sqlite/sqliteStore';

/** Where the embedded store keeps its database: one file in DATA_DIR (the server, the CLI, the benches). */
export function embeddedStorePath(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'objektnav.db');
}

export async function openStore(config: Config, clock: Clock, logger: Logger): Promise<Store> {
  if (config.store === 'sharepoint') {
    const settings = requireSharePoint(config);
    // SharePoint keeps its own timestamps (createdDateTime, lastModifiedDateTime); the clock is not used.
    try {
      return await openSharePointStoreFor(settings, logger, config.graphRetryBudgetMs);
    } catch (error) {
      throw sharePointProblem(error, settings);
    }
  }
  checkDataDir(config.dataDir);
  const path = embeddedStorePath(config);
  try {
    return openSqliteStore({
      path,
      now: () => clock.now(),
      onCheckpointerFailure: (error) =>
        logger.log('warn', 'WAL checkpoints are back on the writer', { error: error.message }),
    });
  } catch (error) {
    throw databaseProblem(error, path);
  }
}

/** Why SharePoint could not be opened at start, as the operator can fix it. */
export function sharePointProblem(error: unknown, settings: SharePointConfig): StartupError {
  if (error instanceof StartupError) return error;
  const site = settings.siteId;
  if (error instanceof GraphUnreachableError && error.stage === 'token')
    return new StartupError(
      `ingen token för Microsoft Graph (${describe(error.cause)}) – kontrollera ENTRA_TENANT_ID, GRAPH_CLIENT_ID och hemligheten eller certifikatet, och att servern når ENTRA_AUTHORITY_HOST.`,
      `no token for Microsoft Graph (${describe(error.cause)}) – check ENTRA_TENANT_ID, GRAPH_CLIENT_ID and the secret or certificate, and that the server reaches ENTRA_AUTHORITY_HOST.`,
    );
  if (error instanceof GraphUnreachableError)
    return new StartupError(
      `SharePoint går inte att nå på ${settings.graphBaseUrl} (${describe(error.cause)}) – kontrollera GRAPH_BASE_URL och att servern når Microsoft Graph (brandvägg, proxy), och starta igen.`,
      `SharePoint cannot be reached at ${settings.graphBaseUrl} (${describe(error.cause)}) – check GRAPH_BASE_URL and that the server reaches Microsoft Graph (firewall, proxy), then start again.`,
    );
  if (error instanceof GraphError && (error.status === 401 || error.status === 403))
    return new StartupError(
      `Microsoft Graph nekade åtkomst till webbplatsen ${site} (${error.status} ${error.code}) – ge appen Sites.Selected på webbplatsen (docs/sharepoint.md) och kontrollera autentiseringsuppgifterna.`,
      `Microsoft Graph refused access to the site ${site} (${error.status} ${error.code}) – grant the app Sites.Selected on the site (docs/sharepoint.md) and check its credentials.`,
    );
  if (error instanceof GraphError && error.status === 404)
    return new StartupError(
      `webbplatsen ${site} finns inte (404) – kontrollera SHAREPOINT_SITE_ID.`,
      `the site ${site} does not exist (404) – check SHAREPOINT_SITE_ID.`,
    );
  if (error instanceof GraphError && isOutageStatus(error.status))
    return new StartupError(
      `SharePoint svarar inte just nu (${error.status} ${error.code}) – försök igen om en stund.`,
      `SharePoint is not answering right now (${error.status} ${error.code}) – try again in a while.`,
    );
  const message = describe(error);
  if (/npm run provision/.test(message))
    return new StartupError(
      `webbplatsen ${site} saknar Objektnavs listor – kör "npm run provision" först (docs/sharepoint.md).`,
      `the site ${site} lacks Objektnav's lists – run "npm run provision" first (docs/sharepoint.md).`,
    );
  return new StartupError(
    `SharePoint kunde inte öppnas (${message}) – se docs/sharepoint.md.`,
    `SharePoint could not be opened (${message}) – see docs/sharepoint.md.`,
  );
}
