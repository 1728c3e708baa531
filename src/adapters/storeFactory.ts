// Chooses the store adapter from configuration (STORE=sqlite today).
import { join } from 'node:path';
import type { Config } from '../config';
import type { Clock } from '../services/context';
import type { Logger } from '../services/ports/logger';
import type { Store } from '../services/ports/store';
import { openSqliteStore } from './sqlite/sqliteStore';

export async function openStore(config: Config, clock: Clock, _logger: Logger): Promise<Store> {
  return openSqliteStore({ path: join(config.dataDir, 'objektnav.db'), now: () => clock.now() });
}
