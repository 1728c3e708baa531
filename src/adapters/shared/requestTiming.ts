// When the request being served began, for adapters that must not make it wait without bound (Graph
// retries). Scoped with AsyncLocalStorage by the HTTP layer; outside a request there is no start.
import { AsyncLocalStorage } from 'node:async_hooks';

const started = new AsyncLocalStorage<number>();

export function runTimedRequest<R>(work: () => R, startedAt: number = Date.now()): R {
  return started.run(startedAt, work);
}

/** The start of the request being served, if any. */
export function requestStartedAt(): number | undefined {
  return started.getStore();
}

/**
 * Runs work with a time budget of its own (no request's start): undoing a failed transaction must not
 * be cut short because the request that began it has used its budget.
 */
export function runUntimed<R>(work: () => R): R {
  return started.exit(work);
}
