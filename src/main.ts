// Entry point of `npm start` (and of `node dist/src/main.js`). The Node version is checked before
// anything that needs a newer Node is loaded (node:sqlite): on an old Node the start ends with one line
// naming the cause and the fix, not with ERR_UNKNOWN_BUILTIN_MODULE.
import { nodeVersionProblem, StartupError } from './startup';

/** What the operator reads when the start fails: the named cause, never a stack trace. */
function explain(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof Error && error.name === 'ConfigError') return error.message;
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new StartupError(
    `oväntat fel (${detail.replace(/\s+/g, ' ').slice(0, 400)}) – kör med LOG_LEVEL=debug och kontakta den som driftar Objektnav.`,
    `unexpected error (${detail.replace(/\s+/g, ' ').slice(0, 400)}) – run with LOG_LEVEL=debug and contact whoever operates Objektnav.`,
  ).message;
}

async function main() {
  const tooOld = nodeVersionProblem();
  if (tooOld) throw tooOld;
  // Loaded only now: the composition root pulls in node:sqlite.
  const { loadConfig } = await import('./config.js');
  const { startApp } = await import('./composition.js');
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
  if (process.env.LOG_LEVEL === 'debug' && error instanceof Error && !(error instanceof StartupError))
    process.stderr.write(`${error.stack ?? error.message}\n`);
  process.stderr.write(`${explain(error)}\n`);
  process.exit(1);
});
