// Entry point of `npm start`.
import { ConfigError, loadConfig } from './config';
import { startApp } from './composition';

async function main() {
  const config = loadConfig();
  const app = await startApp(config);
  app.logger.log('info', 'objektnav started', { url: app.url, store: config.store, auth: config.auth });
  process.stdout.write(
    `\nObjektnav körs på ${app.url}  (API: ${app.url}/api/objects, OpenAPI: ${app.url}/api/openapi.json)\n` +
      (config.entra
        ? `Inloggning med Entra ID (klient ${config.entra.tenantId}). Data: ${config.dataDir}\n\n`
        : `Demoläge: välj person med sidhuvudet X-Demo-User. Data: ${config.dataDir}\n\n`),
  );
  const stop = async (signal: string) => {
    app.logger.log('info', 'stopping', { signal });
    await app.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
