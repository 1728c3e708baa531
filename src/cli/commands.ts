// The SharePoint commands, as functions of the environment (the files next to this one run them):
// provision the lists, export the embedded store to SharePoint, import SharePoint into the embedded store;
// and check (or repair) the plans' kept budget totals on either store.
import { existsSync } from 'node:fs';
import { loadConfig, requireSharePoint } from '../config';
import { graphClientFor, openSharePointStoreFor, sharePointTokenFor } from '../adapters/sharepoint/connect';
import { provision } from '../adapters/sharepoint/provisioning';
import { summaryTable, transfer, type TransferSummary } from '../adapters/sharepoint/transfer';
import { openSqliteStore } from '../adapters/sqlite/sqliteStore';
import { embeddedStorePath, openStore } from '../adapters/storeFactory';
import { jsonLogger } from '../adapters/logging/jsonLogger';
import { checkTotals } from '../services/plans/planTotals';

type Env = Record<string, string | undefined>;
type Say = (line: string) => void;

/** `npm run provision`; returns the exit code (2 when a column has another type than it should). */
export async function provisionCommand(env: Env, say: Say): Promise<number> {
  const settings = requireSharePoint(loadConfig(env));
  say(`Provisioning SharePoint site ${settings.siteId} through ${settings.graphBaseUrl}`);
  const report = await provision({
    graph: graphClientFor(settings),
    siteId: settings.siteId,
    sharePointToken: (webUrl) => sharePointTokenFor(settings, webUrl),
    log: say,
  });
  say('');
  say(
    report.changes.length
      ? `Done: ${report.changes.length} change(s).`
      : 'Done: nothing to change — the site already has every list, column, index and view.',
  );
  if (!report.problems.length) return 0;
  say(
    `${report.problems.length} column(s) need attention (see "!" above); provisioning never changes a column's type.`,
  );
  return 2;
}

/** `npm run export`: everything in the embedded store (DATA_DIR) → the (empty) SharePoint lists. */
export async function exportCommand(env: Env, say: Say): Promise<TransferSummary> {
  const config = loadConfig(env);
  const settings = requireSharePoint(config);
  const path = embeddedStorePath(config);
  if (!existsSync(path)) throw new Error(`No embedded store at ${path} (DATA_DIR=${config.dataDir}).`);
  const source = openSqliteStore({ path });
  try {
    const target = await openSharePointStoreFor(settings);
    say(`Export: ${path} → SharePoint site ${settings.siteId}`);
    const summary = await transfer(source, target, { log: say });
    say(summaryTable(summary));
    await target.close();
    return summary;
  } finally {
    await source.close();
  }
}

/** `npm run import`: everything in the SharePoint lists → a new embedded store in DATA_DIR. */
export async function importCommand(env: Env, say: Say): Promise<TransferSummary> {
  const config = loadConfig(env);
  const settings = requireSharePoint(config);
  const path = embeddedStorePath(config);
  const source = await openSharePointStoreFor(settings);
  const target = openSqliteStore({ path });
  try {
    say(`Import: SharePoint site ${settings.siteId} → ${path}`);
    const summary = await transfer(source, target, { log: say });
    say(summaryTable(summary));
    return summary;
  } finally {
    await source.close();
    await target.close();
  }
}

/**
 * `npm run totals` (check) and `npm run totals -- --repair`: recomputes every plan's budget totals from its
 * lines on the configured store (STORE, DATA_DIR or the SharePoint settings) and reports, or repairs, the
 * plans whose kept totals differ (ADR 0030). Returns the exit code: 3 when drift was found and left.
 */
export async function totalsCommand(env: Env, say: Say, repair: boolean): Promise<number> {
  const config = loadConfig(env);
  const store = await openStore(config, { now: () => new Date() }, jsonLogger('silent'));
  try {
    say(`${repair ? 'Repairing' : 'Checking'} the plans' kept budget totals (${store.kind} store)`);
    const report = await checkTotals(store, { repair, log: say });
    say(
      `${report.checked} plan(s) checked, ${report.drifted.length} with totals that differ from their lines` +
        (repair ? `, ${report.repaired} repaired.` : '.'),
    );
    return report.drifted.length && !repair ? 3 : 0;
  } finally {
    await store.close();
  }
}
