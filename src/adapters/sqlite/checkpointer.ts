// Copies the write-ahead log into the database file from a thread of its own.
//
// node:sqlite is synchronous, so a checkpoint run by the writer connection (SQLite's default: whichever
// commit takes the WAL past 1,000 pages) stalls every request in flight for the milliseconds it takes to
// copy the pages and fsync the file. A PASSIVE checkpoint on another connection does the same work
// beside the writer and its readers without blocking them, on another core.
//
// A passive checkpoint never ends the log, though: SQLite starts the WAL over only when a write finds
// every frame copied, and under writing that never pauses (an import) new frames keep arriving, so the
// log would grow without end. The writer therefore keeps SQLite's automatic checkpoint at 4,000 pages
// (~16 MB): by then the thread has copied nearly everything, the writer copies the rest and syncs (a short
// stall, once per 4,000 pages instead of once per 1,000), and the log starts over. Between bursts of
// clicks the log starts over by itself, without it.
import { Worker } from 'node:worker_threads';

/** The WAL file is cut back to this size when it starts over (it would otherwise keep its largest size). */
export const JOURNAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024;

/** The log may reach this many backstops before a commit waits for a full checkpoint (see the store). */
export const WAL_LIMIT_BACKSTOPS = 4;

/** The writer's automatic checkpoint while the thread runs (~16 MB of WAL): it bounds the log. */
export const BACKSTOP_CHECKPOINT_PAGES = 4_000;

/** SQLite's own default, for the writer when no thread checkpoints. */
export const DEFAULT_CHECKPOINT_PAGES = 1_000;

export interface CheckpointerOptions {
  /** How often the log is checked and, when it has grown, copied (default 100 ms). */
  intervalMs?: number;
  /** The thread failed or ended unasked: the caller takes checkpointing back. Called at most once. */
  onFailure?: (error: Error) => void;
}

// Plain JavaScript run with `eval`: the worker then needs no file of its own, so the store works the
// same compiled, under Jest and bundled. A failed checkpoint loses nothing (the frames stay in the log
// for the next run); one that keeps failing is reported once, and the thread ends.
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { DatabaseSync } = require('node:sqlite');
const db = new DatabaseSync(workerData.path);
const passive = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
let failures = 0;
const run = () => {
  try {
    passive.get();
    failures = 0;
  } catch (error) {
    if (++failures < 20) return;
    clearInterval(timer);
    parentPort.postMessage({ failed: String((error && error.message) || error) });
  }
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

/** Starts the thread; null when no thread can be started here (the caller then checkpoints itself). */
export function startCheckpointer(path: string, options: CheckpointerOptions = {}): Checkpointer | null {
  let stopping: Promise<void> | undefined;
  let failed = false;
  const fail = (error: Error) => {
    if (failed || stopping) return;
    failed = true;
    options.onFailure?.(error);
  };
  let worker: Worker;
  try {
    worker = new Worker(SOURCE, {
      eval: true,
      workerData: { path, intervalMs: options.intervalMs ?? 100 },
    });
  } catch (error) {
    // E.g. Node's permission model without --allow-worker.
    options.onFailure?.(error instanceof Error ? error : new Error(String(error)));
    return null;
  }
  // It never keeps the process alive by itself; the store stops it on close.
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the checkpoint thread ended (code ${code})`)));
  worker.on('message', (m: { failed?: string }) => {
    if (m.failed) fail(new Error(`checkpoints keep failing: ${m.failed}`));
  });
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
