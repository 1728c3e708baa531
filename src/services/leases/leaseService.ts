// Leases in the store, so that scheduled work runs on one instance when several serve the app. Works on
// any store adapter: creation races are settled by keeping the oldest record, updates by eTag.
import type { Lease } from '../../domain/model';
import type { ServiceDeps } from '../context';
import { data } from '../records';
import type { Stored } from '../ports/store';

export class LeaseService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Takes the lease for `ttlMs` if it is free, expired or already ours; true when we hold it. */
  async tryAcquire(name: string, holder: string, ttlMs: number): Promise<boolean> {
    const { store, clock } = this.deps;
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
    const existing = await this.current(name);
    if (!existing) {
      await store.leases.create({ name, holder, expiresAt });
      // Two instances may have created one each: the oldest record is the lease, the others go.
      const all = await store.leases.findAll({ name }, { field: 'createdAt' });
      const [winner, ...losers] = all;
      for (const loser of losers)
        if (loser.holder === holder) await store.leases.delete(loser.id).catch(() => undefined);
      return winner?.holder === holder;
    }
    if (existing.holder !== holder && existing.expiresAt > now.toISOString()) return false;
    try {
      await store.leases.update(existing.id, { ...data(existing), holder, expiresAt }, existing.etag);
      return true;
    } catch {
      return false; // someone else took it between our read and our write
    }
  }

  async release(name: string, holder: string): Promise<void> {
    const lease = await this.current(name);
    if (lease?.holder === holder) {
      await this.deps.store.leases
        .update(lease.id, { ...data(lease), expiresAt: this.deps.clock.now().toISOString() }, lease.etag)
        .catch(() => undefined);
    }
  }

  private async current(name: string): Promise<Stored<Lease> | undefined> {
    return (await this.deps.store.leases.findAll({ name }, { field: 'createdAt' }))[0];
  }
}
