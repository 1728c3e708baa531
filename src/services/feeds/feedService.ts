// Private calendar feeds (issue 12): in Entra mode a feed answers only through a person's own link, which
// carries a 256-bit random token. Only the token's SHA-256 is stored, so the link is shown once, when it
// is made; making a new one or revoking ends the old one. Every change is audited by the audited store.
import { createHash, randomBytes } from 'node:crypto';
import { canSubscribeToFeeds } from '../../domain/authorization/policy';
import type { FeedToken } from '../../domain/model';
import { ensure, loadActor, requireActor, type RequestContext, type ServiceDeps } from '../context';
import type { StoreCollections, Stored } from '../ports/store';
import { data } from '../records';

/** 32 random bytes in base64url: exactly 43 characters of the URL-safe alphabet. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function feedTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface FeedLinkStatus {
  /** Whether the person has a link that works (it cannot be shown again: only its hash is kept). */
  active: boolean;
  createdAt: string | null;
}

export interface IssuedFeedLink {
  /** The token for `?token=` on the feed URLs; shown this once. */
  token: string;
  createdAt: string;
}

export class FeedService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  async status(ctx: RequestContext): Promise<FeedLinkStatus> {
    const actor = requireActor(ctx);
    const active = await this.activeOf(this.store, actor.personId);
    const latest = active.map((t) => t.createdAt).sort();
    return { active: active.length > 0, createdAt: latest.at(-1) ?? null };
  }

  /** A new link for the signed-in person; any earlier one stops working in the same transaction. */
  async issue(ctx: RequestContext): Promise<IssuedFeedLink> {
    const actor = requireActor(ctx);
    ensure(canSubscribeToFeeds(actor));
    const token = randomBytes(32).toString('base64url');
    const created = await this.store.transaction(async (tx) => {
      await this.revokeAll(tx, actor.personId);
      return tx.feedTokens.create({
        personId: actor.personId,
        tokenHash: feedTokenHash(token),
        revokedAt: null,
      });
    });
    return { token, createdAt: created.createdAt };
  }

  /** Ends the signed-in person's link (subscriptions made with it get 404 from now on). */
  async revoke(ctx: RequestContext): Promise<void> {
    const actor = requireActor(ctx);
    ensure(canSubscribeToFeeds(actor));
    await this.store.transaction((tx) => this.revokeAll(tx, actor.personId));
  }

  /**
   * The person a feed token speaks for, if it still works: a well-formed token whose hash is stored, not
   * revoked, of a person who still may subscribe. Anything else is null, and the feed answers 404.
   */
  async holderOf(token: unknown): Promise<string | null> {
    if (typeof token !== 'string' || !TOKEN_FORMAT.test(token)) return null;
    const [record] = await this.store.feedTokens.findAll({ tokenHash: feedTokenHash(token) });
    if (!record || record.revokedAt !== null) return null;
    const actor = await loadActor(this.store, record.personId);
    if (!actor || !canSubscribeToFeeds(actor).allowed) return null;
    return actor.personId;
  }

  private async activeOf(store: StoreCollections, personId: string): Promise<Stored<FeedToken>[]> {
    return (await store.feedTokens.findAll({ personId })).filter((t) => t.revokedAt === null);
  }

  private async revokeAll(tx: StoreCollections, personId: string): Promise<void> {
    const at = this.deps.clock.now().toISOString();
    for (const token of await this.activeOf(tx, personId))
      await tx.feedTokens.update(token.id, { ...data(token), revokedAt: at }, token.etag);
  }
}
