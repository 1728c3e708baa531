// Copies the write-ahead log into the database file from a thread of its own.
//
// node:sqlite is synchronous, so a checkpoint run by the writer connection (SQLite's default: whichever
// commit takes the WAL past 1,000 pages) stalls every request in flight for the milliseconds it takes to
// copy the pages and fsync the file. A PASSIVE checkpoint on another connection does the same work
// beside the writer and its readers without blocking them, on another core. The writer keeps SQLite's
// automatic checkpoint only as a backstop, far out, for a log this thread cannot keep up with.
import { Worker } from 'node:worker_threads';

/** The writer's automatic checkpoint, ~40 MB of WAL at 4 KB pages: reached only if this thread falls behind. */
export const BACKSTOP_CHECKPOINT_PAGES = 10_000;

export interface CheckpointerOptions {
  /** How often the log is checked and, when it has grown, copied (default 100 ms). */
  intervalMs?: number;
}

// Plain JavaScript run with `eval`: the worker then needs no file of its own, so the store works the
// same compiled, under ts-node-like test runners, and bundled.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path);
const statement = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const run = () => {
  // Busy or failed, nothing is lost: the frames stay in the WAL for the next run (or the backstop).
  try { statement.get(); } catch {}
};
const timer = setInterval(run, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(path: string, options: CheckpointerOptions = {}): Checkpointer {
  const worker = new Worker(SOURCE, {
    eval: true,
    workerData: { path, intervalMs: options.intervalMs ?? 100 },
  });
  // It never keeps the process alive by itself; the store stops it on close.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // A worker that cannot start (or dies) costs only the background copying: the backstop remains.
  worker.on('error', () => undefined);
  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        worker.postMessage('stop');
        // A worker that does not end within a second is ended; its connection closes with it.
        const timeout = setTimeout(() => void worker.terminate(), 1000);
        await exited;
        clearTimeout(timeout);
      })();
      return stopping;
    },
  };
}
