// The composition root: the one place that chooses adapters and wires them to the use cases.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore } from './adapters/storeFactory';
import { createHttpApp } from './adapters/http/server';
import { demoIdentity } from './adapters/identity/demoIdentity';
import { jsonLogger } from './adapters/logging/jsonLogger';
import type { Config } from './config';
import { createServices, type Services } from './services';
import { systemClock, type Clock } from './services/context';
import type { Logger } from './services/ports/logger';
import type { Store } from './services/ports/store';
import { loadDemoData } from './demo/seed';
import { version } from './version';
import { tabDir } from './paths';

export interface App {
  config: Config;
  store: Store;
  services: Services;
  logger: Logger;
  server: Server;
  url: string;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  logger?: Logger;
}

export async function startApp(config: Config, options: StartOptions = {}): Promise<App> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? jsonLogger(config.logLevel);
  const store = await openStore(config, clock, logger);
  if (config.demoData && (await store.isEmpty())) {
    const loaded = await loadDemoData(store);
    logger.log('info', 'demo data loaded', loaded);
  }
  const services = createServices({ store, clock });
  const identity = demoIdentity(async (id) => (await store.people.get(id)) !== undefined);
  const http = createHttpApp({ services, store, identity, logger, version, tabDir });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = http.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = config.publicUrl ?? `http://${host}:${port}`;
  return {
    config,
    store,
    services,
    logger,
    server,
    url,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
    },
  };
}
