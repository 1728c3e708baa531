// Start-up problems are named: the real server started as a child process (as `npm start` and
// `node dist/src/main.js` do) ends with one line naming the cause and the fix, and a non-zero exit —
// never a stack trace. The same causes are checked in process on startApp, which needs no build.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join, resolve } from 'node:path';
import { startApp } from '../../src/composition';
import { loadConfig } from '../../src/config';
import { jsonLogger } from '../../src/adapters/logging/jsonLogger';
import { nodeVersionProblem, StartupError } from '../../src/startup';
import { tempDir } from '../support/tempDir';

const MAIN = resolve(__dirname, '../../dist/src/main.js');
const SYSTEM_NODE = '/usr/bin/node';

/** A port something else listens on, and a port nothing listens on. */
async function takenPort(): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as { port: number }).port,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
async function closedPort(): Promise<number> {
  const p = await takenPort();
  await p.close();
  return p.port;
}

/** Runs the built server with only the given settings; resolves with its exit code and output. */
function runServer(
  env: Record<string, string>,
  node: string = process.execPath,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(node, [MAIN], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the server did not stop within 15 s:\n${stdout}\n${stderr}`));
    }, 15_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr, stdout });
    });
  });
}

/** One line, naming the cause, no stack frames. */
function expectOneNamedLine(stderr: string, cause: RegExp, fix: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Objektnav kan inte starta: /);
  expect(lines[0]).toMatch(/\(Objektnav cannot start: .*\)$/);
  expect(lines[0]).toMatch(cause);
  expect(lines[0]).toMatch(fix);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('the built server, started directly', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run "npm run build:server" (npm test does)`);
  });

  it('port in use: one line naming the port and PORT, exit 1', async () => {
    const taken = await takenPort();
    const dir = tempDir();
    try {
      const { code, stderr } = await runServer({
        PORT: String(taken.port),
        HOST: '127.0.0.1',
        DATA_DIR: dir.path,
        DEMO_DATA: 'false',
        LOG_LEVEL: 'silent',
      });
      expect(code).toBe(1);
      expectOneNamedLine(stderr, new RegExp(`porten ${taken.port} .*används redan`), /PORT/);
    } finally {
      await taken.close();
      dir.cleanup();
    }
  });

  it('a data directory that cannot be written: one line naming it and DATA_DIR, exit 1', async () => {
    const dir = tempDir();
    try {
      const file = join(dir.path, 'en-fil');
      writeFileSync(file, 'not a directory');
      const { code, stderr } = await runServer({
        PORT: '0',
        DATA_DIR: join(file, 'data'),
        LOG_LEVEL: 'silent',
      });
      expect(code).toBe(1);
      expectOneNamedLine(stderr, /datakatalogen .*en-fil\/data går inte att skriva i/, /DATA_DIR/);
    } finally {
      dir.cleanup();
    }
  });

  it('SharePoint out of reach: one line naming GRAPH_BASE_URL, exit 1', async () => {
    const dir = tempDir();
    try {
      const port = await closedPort();
      const { code, stderr } = await runServer({
        PORT: '0',
        DATA_DIR: dir.path,
        LOG_LEVEL: 'silent',
        STORE: 'sharepoint',
        SHAREPOINT_SITE_ID: 'contoso.sharepoint.com,1,2',
        GRAPH_ACCESS_TOKEN: 'token',
        GRAPH_BASE_URL: `http://127.0.0.1:${port}/v1.0`,
      });
      expect(code).toBe(1);
      expectOneNamedLine(stderr, /SharePoint går inte att nå/, /GRAPH_BASE_URL/);
    } finally {
      dir.cleanup();
    }
  });

  const systemNode = existsSync(SYSTEM_NODE)
    ? execFileSync(SYSTEM_NODE, ['-p', 'process.versions.node']).toString().trim()
    : '';
  const tooOld = systemNode !== '' && nodeVersionProblem(systemNode) !== undefined;
  (tooOld ? it : it.skip)(
    `an old Node (${SYSTEM_NODE} ${systemNode}): one line naming npm start, exit 1`,
    async () => {
      const dir = tempDir();
      try {
        const { code, stderr } = await runServer(
          { PORT: '0', DATA_DIR: dir.path, LOG_LEVEL: 'silent' },
          SYSTEM_NODE,
        );
        expect(code).toBe(1);
        expectOneNamedLine(
          stderr,
          new RegExp(`Node-versionen är ${systemNode.replace(/\./g, '\\.')}`),
          /npm start/,
        );
      } finally {
        dir.cleanup();
      }
    },
  );
});

describe('startApp names the same causes', () => {
  const start = (env: Record<string, string>) =>
    startApp(loadConfig({ HOST: '127.0.0.1', DEMO_DATA: 'false', ...env }), {
      logger: jsonLogger('silent'),
    });

  it('a port in use is a StartupError, not "Cannot destructure property port"', async () => {
    const taken = await takenPort();
    const dir = tempDir();
    try {
      const error = await start({ PORT: String(taken.port), DATA_DIR: dir.path }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toMatch(/används redan/);
      // The store was closed again: the same directory opens at once.
      const app = await start({ PORT: '0', DATA_DIR: dir.path });
      await app.close();
    } finally {
      await taken.close();
      dir.cleanup();
    }
  });

  it('an unwritable DATA_DIR is a StartupError', async () => {
    const dir = tempDir();
    try {
      writeFileSync(join(dir.path, 'f'), '');
      await expect(start({ PORT: '0', DATA_DIR: join(dir.path, 'f', 'data') })).rejects.toThrow(/DATA_DIR/);
    } finally {
      dir.cleanup();
    }
  });

  it('the Node version check: 20 is refused, 24.11 and later pass', () => {
    expect(nodeVersionProblem('20.20.2', '/usr/bin/node')?.message).toMatch(/Node 24\.11 eller senare/);
    expect(nodeVersionProblem('24.10.0')).toBeInstanceOf(StartupError);
    expect(nodeVersionProblem('24.11.0')).toBeUndefined();
    expect(nodeVersionProblem('24.21.0')).toBeUndefined();
  });
});
