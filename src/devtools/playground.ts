// `npm run playground`: Objektnav (demo mode, embedded store) and Microsoft 365 Agents Playground side by
// side, both on loopback, the Playground's telemetry off. Talk to the bot and click its cards with no tenant.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../paths';

const APP_PORT = Number(process.env['PORT'] ?? 3978);
const PLAYGROUND_PORT = Number(process.env['PLAYGROUND_PORT'] ?? 56150);

async function waitForHealth(url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Objektnav did not answer at ${url}`);
}

async function main() {
  const children: ChildProcess[] = [];
  const stop = () => {
    for (const child of children) child.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);

  const app = spawn(process.execPath, [join(projectRoot, 'dist/src/main.js')], {
    stdio: 'inherit',
    env: {
      ...process.env,
      PORT: String(APP_PORT),
      HOST: '127.0.0.1',
      AUTH: 'demo',
      // Replies go to the Playground's mock connector (http://localhost:<its port>/_connector) only.
      BOT_SERVICE_URLS:
        process.env['BOT_SERVICE_URLS'] ??
        `http://127.0.0.1:${PLAYGROUND_PORT},http://localhost:${PLAYGROUND_PORT}`,
      LOG_LEVEL: process.env['LOG_LEVEL'] ?? 'warn',
    },
  });
  children.push(app);
  app.once('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
  await waitForHealth(`http://127.0.0.1:${APP_PORT}/api/health`);

  const cli = join(projectRoot, 'node_modules/@microsoft/m365agentsplayground/cli.js');
  const playground = spawn(
    process.execPath,
    [
      '--require',
      join(__dirname, 'loopback.js'),
      cli,
      '--app-endpoint',
      `http://127.0.0.1:${APP_PORT}/api/messages`,
      '--channel-id',
      'msteams',
      '--port',
      String(PLAYGROUND_PORT),
      '--disable-telemetry',
    ],
    { stdio: 'inherit', env: { ...process.env, TEAMSFX_TELEMETRY_DISABLED: 'true' } },
  );
  children.push(playground);
  playground.once('exit', stop);
  process.stdout.write(
    `\nAgents Playground: http://127.0.0.1:${PLAYGROUND_PORT}  (Objektnav: http://127.0.0.1:${APP_PORT})\n` +
      'Skriv "agera som Karin Westberg", "koppla AKN" och "plan" – godkänn sedan planen på kortet.\n\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
