// Chooses the store adapter from configuration: STORE=sqlite (embedded, the default) or STORE=sharepoint.
import { join } from 'node:path';
import { requireSharePoint, type Config } from '../config';
import type { Clock } from '../services/context';
import type { Logger } from '../services/ports/logger';
import type { Store } from '../services/ports/store';
import { openSharePointStoreFor } from './sharepoint/connect';
import { openSqliteStore } from './sqlite/sqliteStore';

export async function openStore(config: Config, clock: Clock, logger: Logger): Promise<Store> {
  if (config.store === 'sharepoint') {
    // SharePoint keeps its own timestamps (createdDateTime, lastModifiedDateTime); the clock is not used.
    return openSharePointStoreFor(requireSharePoint(config), logger);
  }
  return openSqliteStore({
    path: join(config.dataDir, 'objektnav.db'),
    now: () => clock.now(),
    onCheckpointerFailure: (error) =>
      logger.log('warn', 'WAL checkpoints are back on the writer', { error: error.message }),
  });
}
