// Sends what the outbox holds: renders a due message's card from the current state, claims the message
// (optimistically, by eTag, so two instances never send the same one), posts or updates the card, and
// records the outcome.
// Failures are retried with exponential backoff (honouring Retry-After). A message stuck in "sending" by a
// crashed instance is resolved after a lease: an update is sent again, a post that may have arrived is
// marked uncertain and never sent again (ADR 0009: at most once for posts, so a card never shows twice).
import type { OutboxMessage } from '../../domain/model';
import type { Clock } from '../../services/context';
import type { Logger } from '../../services/ports/logger';
import type { Store, Stored } from '../../services/ports/store';
import { data } from '../../services/records';
import type { CardRenderer } from './cardRenderer';
import type { Connector } from './connector';
import { ServiceUrlRefused } from './serviceUrls';

export interface DispatcherOptions {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a claimed message may stay in "sending" before another run takes it back. */
  sendingLeaseMs: number;
  intervalMs: number;
  /** How long a nudge waits, so that the nudges of a burst of clicks share one pass. */
  nudgeDelayMs: number;
}

export const DEFAULT_DISPATCHER_OPTIONS: DispatcherOptions = {
  maxAttempts: 8,
  baseDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  sendingLeaseMs: 2 * 60_000,
  intervalMs: 1000,
  nudgeDelayMs: 25,
};

/** Delay before attempt n+1: base × 2^(n−1), capped; Retry-After from the service wins when it is longer. */
export function backoffMs(attempts: number, options: DispatcherOptions, retryAfterMs?: number): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.max(exponential, retryAfterMs ?? 0);
}

function retryAfterOf(error: unknown): number | undefined {
  const e = error as {
    response?: { status?: number; headers?: Record<string, string> | { get?(n: string): string | null } };
  };
  const headers = e?.response?.headers;
  const raw =
    headers && typeof (headers as { get?: unknown }).get === 'function'
      ? (headers as { get(n: string): string | null }).get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  const seconds = raw ? Number(raw) : NaN;
  return Number.isFinite(seconds) ? seconds * 1000 : undefined;
}

function describe(error: unknown): string {
  const e = error as { response?: { status?: number }; code?: unknown; message?: string };
  const status = e?.response?.status ? `HTTP ${e.response.status}: ` : '';
  const code = !status && typeof e?.code === 'string' ? `${e.code}: ` : '';
  return `${status}${code}${e?.message ?? String(error)}`.slice(0, 500);
}

const UNCERTAIN_AFTER_CRASH =
  'Uncertain: the instance sending it stopped before the outcome was recorded; not posted again';
const UNCERTAIN_AFTER_ERROR = 'Uncertain: the connection failed after the request left; not posted again';

/** Failures in which no connection was made: nothing reached the Bot Connector, so sending again is safe. */
const NOT_CONNECTED = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Whether a failed post may nevertheless be in the channel. An answer from the service (any status) says
 * it was not posted, and so does a connection never made; a connection that broke or timed out after the
 * request was sent leaves it open.
 */
export function mayHaveArrived(error: unknown): boolean {
  const e = error as { response?: { status?: number }; code?: string; cause?: { code?: string } };
  if (typeof e?.response?.status === 'number') return false;
  const code = e?.code ?? e?.cause?.code;
  if (code && NOT_CONNECTED.has(code)) return false;
  // Errors that are not about the network at all (a bug, a refused address) happen before any request.
  return code !== undefined;
}

export class OutboxDispatcher {
  private timer: NodeJS.Timeout | undefined;
  private nudged: NodeJS.Timeout | undefined;
  private running: Promise<number> | null = null;
  private again: Promise<number> | null = null;
  private stopped = false;
  private readonly options: DispatcherOptions;

  constructor(
    private readonly store: Store,
    private readonly renderer: CardRenderer,
    private readonly connector: Connector,
    private readonly clock: Clock,
    private readonly logger: Logger,
    options: Partial<DispatcherOptions> = {},
  ) {
    this.options = { ...DEFAULT_DISPATCHER_OPTIONS, ...options };
  }

  start(): void {
    this.stopped = false;
    if (this.timer) return;
    this.timer = setInterval(() => this.pass(), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.nudged) clearTimeout(this.nudged);
    this.timer = this.nudged = undefined;
    await this.again?.catch(() => undefined);
    await this.running?.catch(() => undefined);
  }

  /** A pass nobody waits for: a failure is logged, and the next pass tries again. */
  private pass(): void {
    this.kick().catch((error: unknown) =>
      this.logger.log('warn', 'outbox pass failed', { error: describe(error) }),
    );
  }

  /**
   * Runs a pass now; resolves with how many messages it sent. While a pass runs, another follows it
   * (shared by every kick meanwhile): the running one may have read the outbox before the message that
   * prompted this kick was written.
   */
  kick(): Promise<number> {
    // Once stopped, nothing starts a pass that stop() would not wait for (the store may be closing).
    if (this.stopped) return Promise.resolve(0);
    if (this.running) {
      const next = () => {
        this.again = null;
        return this.kick();
      };
      this.again ??= this.running.then(next, next);
      return this.again;
    }
    this.running = this.runOnce().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Asks for a pass soon, without waiting for it: what a request does after queueing a card. The pass
   * runs after the request has answered, and the nudges of a burst (fifty approvers clicking at once)
   * share one pass instead of each reading the outbox again.
   */
  nudge(): void {
    if (this.nudged || this.stopped) return;
    this.nudged = setTimeout(() => {
      this.nudged = undefined;
      this.pass();
    }, this.options.nudgeDelayMs);
    this.nudged.unref();
  }

  /** Sends every due message once; returns how many were sent. */
  async runOnce(): Promise<number> {
    const now = this.clock.now();
    await this.reclaimStale(now);
    const due = (await this.store.outbox.findAll({ status: 'pending' }, { field: 'nextAttemptAt' })).filter(
      (m) => m.nextAttemptAt <= now.toISOString(),
    );
    let sent = 0;
    for (const message of due) if (await this.deliver(message)) sent++;
    return sent;
  }

  /**
   * Messages left in "sending" past the lease belong to an instance that died with the request under way.
   * An update is sent again: replacing a card with the latest state twice shows the same thing. A post
   * is not: it may have reached the channel (the Bot Connector has no idempotency key, and no way to ask
   * what was posted), and posting it again would show the card twice. It becomes `uncertain`.
   */
  private async reclaimStale(now: Date): Promise<void> {
    const cutoff = new Date(now.getTime() - this.options.sendingLeaseMs).toISOString();
    for (const m of await this.store.outbox.findAll({ status: 'sending' })) {
      if (m.updatedAt >= cutoff) continue;
      if (m.action === 'update') {
        await this.store.outbox
          .update(m.id, { ...data(m), status: 'pending' }, m.etag)
          .catch(() => undefined); // another instance took it back first
        continue;
      }
      const marked = await this.store.outbox
        .update(m.id, { ...data(m), status: 'uncertain', lastError: UNCERTAIN_AFTER_CRASH }, m.etag)
        .catch(() => null);
      if (marked) this.logUncertain(m, UNCERTAIN_AFTER_CRASH);
    }
  }

  private logUncertain(message: Stored<OutboxMessage>, why: string): void {
    this.logger.log('warn', 'card may have been posted; not posted again', {
      outboxId: message.id,
      subject: message.subject.type,
      subjectKey: message.subjectKey,
      why,
    });
  }

  /**
   * Renders the card, claims the message (by eTag: two instances never send the same one), sends, and
   * records the outcome. The card is rendered before the claim, so that between the claim and the request
   * there is nothing else: a message found in "sending" after a crash is one whose request may have left.
   */
  private async deliver(pending: Stored<OutboxMessage>): Promise<boolean> {
    const attempts = pending.attempts + 1;
    let card: Awaited<ReturnType<CardRenderer['render']>>;
    try {
      card = await this.renderer.render(pending.subject, pending.locale);
      if (pending.action === 'update' && !pending.activityId)
        throw new Error('Nothing to update: the card was never posted');
    } catch (error) {
      await this.retryLater(pending, attempts, error);
      return false;
    }
    const message = await this.store.outbox
      .update(pending.id, { ...data(pending), status: 'sending' }, pending.etag)
      .catch(() => null); // another instance claimed it first
    if (!message) return false;
    let activityId = message.activityId;
    try {
      if (message.action === 'post') {
        activityId = await this.connector.post(message.serviceUrl, message.conversationId, card);
      } else {
        await this.connector.update(message.serviceUrl, message.conversationId, activityId!, card);
      }
    } catch (error) {
      if (message.action === 'post' && mayHaveArrived(error)) {
        const why = `${UNCERTAIN_AFTER_ERROR}: ${describe(error)}`.slice(0, 500);
        await this.store.outbox.update(
          message.id,
          { ...data(message), status: 'uncertain', attempts, lastError: why },
          message.etag,
        );
        this.logUncertain(message, why);
        return false;
      }
      await this.retryLater(message, attempts, error);
      return false;
    }
    await this.store.outbox.update(
      message.id,
      { ...data(message), status: 'sent', attempts, activityId, lastError: '' },
      message.etag,
    );
    this.logger.log('info', 'card sent', {
      outboxId: message.id,
      action: message.action,
      subject: message.subject.type,
      attempts,
    });
    return true;
  }

  private async retryLater(message: Stored<OutboxMessage>, attempts: number, error: unknown): Promise<void> {
    // An address off the allow-list stays off it: retrying would only repeat the refusal.
    const failed = attempts >= this.options.maxAttempts || error instanceof ServiceUrlRefused;
    const delay = backoffMs(attempts, this.options, retryAfterOf(error));
    const next = new Date(this.clock.now().getTime() + delay).toISOString();
    const recorded = await this.store.outbox
      .update(
        message.id,
        {
          ...data(message),
          status: failed ? 'failed' : 'pending',
          attempts,
          nextAttemptAt: next,
          lastError: describe(error),
        },
        message.etag,
      )
      // Unclaimed (a render that failed): another instance may have claimed and sent it meanwhile.
      .catch(() => null);
    if (!recorded) return;
    this.logger.log(failed ? 'error' : 'warn', failed ? 'card given up' : 'card send failed, will retry', {
      outboxId: message.id,
      attempts,
      retryInMs: failed ? undefined : delay,
      error: describe(error),
    });
  }
}
