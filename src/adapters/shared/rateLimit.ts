// Throttling per key (a person, an address, a bot conversation), on rate-limiter-flexible: its memory
// limiter serves one process (ADR 0004); behind several instances the same interface takes its Redis or
// database store, so that all instances count against one budget. Shared by the HTTP API and the bot's
// endpoint, which both throttle but neither may import the other.
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Requests per key per window; 0 turns throttling off. */
  limit: number;
  windowMs: number;
}

export class RateLimiter {
  private readonly limiter: RateLimiterMemory | null;
  constructor(options: RateLimitOptions) {
    this.limiter =
      options.limit > 0
        ? new RateLimiterMemory({
            points: options.limit,
            duration: Math.max(1, Math.ceil(options.windowMs / 1000)),
          })
        : null;
  }

  /** Counts one request; resolves to the seconds to wait when over the limit, else 0. */
  async take(key: string): Promise<number> {
    if (!this.limiter) return 0;
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refusal) {
      // The memory store refuses only with a RateLimiterRes; anything else is a fault of ours.
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
    }
  }
}
