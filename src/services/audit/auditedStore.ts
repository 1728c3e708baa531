// The audit log as a store decorator: every create, update and delete that the use cases make is
// recorded with who, when, which record and its data before and after — in the same transaction as
// the write: on the embedded store a write outside a transaction gets one of its own, so that no write
// is ever acknowledged without its entry (issue 12). The log itself can only be appended to through this
// store.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { AuditEntry } from '../../domain/model';
import type { Clock } from '../context';
import {
  COLLECTIONS,
  type Collection,
  type CollectionName,
  type Store,
  type StoreCollections,
} from '../ports/store';
import { currentAuditScope, noteRead, noteReads, readInScope } from './auditScope';

/**
 * Not audited: the log itself, and the bot's delivery machinery (outbox leases and retries, scheduler
 * leases), whose churn says nothing about who decided what. The writes that cause a card to be sent
 * (a plan submitted, a decision taken) are audited where they happen. Nor a plan's kept budget totals
 * (ADR 0030): derived from the lines, whose every write is audited in the same transaction.
 */
export const UNAUDITED: ReadonlySet<string> = new Set(['auditLog', 'outbox', 'leases', 'planTotals']);

export class AuditLogAppendOnlyError extends Error {
  constructor() {
    super('The audit log is append-only');
    this.name = 'AuditLogAppendOnlyError';
  }
}

type AnyCollection = Collection<Record<string, unknown>, string>;

/** The data of a stored record, without its metadata (id, eTag, timestamps are in the entry itself). */
function dataOf(record: Record<string, unknown> | undefined): Record<string, unknown> | null {
  if (!record) return null;
  const { id: _id, etag: _etag, createdAt: _c, updatedAt: _u, ...data } = record;
  return data;
}

export function auditedStore(store: Store, clock: Clock): Store {
  /** The journal of the audited transaction under way, for transactions nested in it. */
  const journals = new AsyncLocalStorage<Journal>();

  /** Who acts in the current scope; a bot clicker is looked up once per activity by object id. */
  async function actor(): Promise<Pick<AuditEntry, 'actorId' | 'via' | 'requestId'>> {
    const scope = currentAuditScope();
    if (!scope) return { actorId: null, via: 'system', requestId: null };
    if (scope.personId === undefined && scope.entraObjectId) {
      const [person] = await store.people.findAll({ entraObjectId: scope.entraObjectId });
      scope.personId = person?.id ?? null;
    }
    return { actorId: scope.personId ?? null, via: scope.via, requestId: scope.requestId };
  }

  /**
   * `journal`: inside a transaction, a write's log entry is made when the write has succeeded and sent
   * right before the transaction's next write (in the same tick, so on SharePoint it travels in that
   * write's chained $batch instead of costing a round trip of its own), or when the work is done; and not
   * at all when an earlier step fails. Sent before the next write, it does not depend on it: a use case
   * that survives a failed write keeps the entries of the writes that succeeded.
   */
  function wrapCollections(target: StoreCollections, journal?: Journal): StoreCollections {
    const log = target.auditLog as unknown as AnyCollection;
    const record = async (
      collection: string,
      recordId: string,
      action: AuditEntry['action'],
      before: Record<string, unknown> | null,
      after: Record<string, unknown> | null,
    ) => {
      const entry: AuditEntry = {
        at: clock.now().toISOString(),
        ...(await actor()),
        collection,
        recordId,
        action,
        before,
        after,
      };
      const write = async () => {
        await log.create(entry as unknown as Record<string, unknown>);
      };
      if (journal) journal.pending.push(write);
      else await write();
    };
    /** Sends the log entries of the transaction's earlier writes, right before its next write. */
    const drain = () => journal?.drain();
    // Records read in this request, so that an update's "before" needs no second read when the caller
    // changes what it just read (its eTag says it is the same version).
    const before = async (name: string, inner: AnyCollection, id: string, ifMatch: string | undefined) => {
      const known = ifMatch === undefined ? undefined : readInScope<Record<string, unknown>>(name, id);
      if (known && known['etag'] === ifMatch) return known;
      return inner.get(id);
    };
    /** Reads that remember what they read (see `noteReads`). */
    const readers = (name: string, inner: AnyCollection): AnyCollection => ({
      ...bind(inner),
      async get(id) {
        const record = await inner.get(id);
        noteRead(name, record as { id: string } | undefined);
        return record;
      },
      async find(query) {
        const page = await inner.find(query);
        noteReads(name, page.items as unknown as { id: string }[]);
        return page;
      },
      async findAll(where, orderBy) {
        const items = await inner.findAll(where, orderBy);
        noteReads(name, items as unknown as { id: string }[]);
        return items;
      },
    });
    const wrapOne = (name: CollectionName): AnyCollection => {
      const inner = target[name] as unknown as AnyCollection;
      if (name === 'auditLog') {
        return {
          ...bind(inner),
          update: async () => {
            throw new AuditLogAppendOnlyError();
          },
          delete: async () => {
            throw new AuditLogAppendOnlyError();
          },
        };
      }
      if (UNAUDITED.has(name)) {
        // Not logged, but a write here still carries the transaction's waiting entries along.
        return journal
          ? {
              ...bind(inner),
              create: (data) => (drain(), inner.create(data)),
              update: (id, data, ifMatch) => (drain(), inner.update(id, data, ifMatch)),
              delete: (id, ifMatch) => (drain(), inner.delete(id, ifMatch)),
            }
          : inner;
      }
      if (!journal && atomicSingles) {
        // A write outside a transaction becomes a transaction of its own, so that the write and its
        // log entry commit together: acknowledged means audited, even after a kill -9 in between.
        const own = (tx: StoreCollections) => tx[name] as unknown as AnyCollection;
        return {
          ...readers(name, inner),
          create: (data) => transaction((tx) => own(tx).create(data)),
          update: (id, data, ifMatch) => transaction((tx) => own(tx).update(id, data, ifMatch)),
          delete: (id, ifMatch) => transaction((tx) => own(tx).delete(id, ifMatch)),
        };
      }
      return {
        ...readers(name, inner),
        async create(data) {
          drain();
          const created = await inner.create(data);
          noteRead(name, created as unknown as { id: string });
          await record(name, created.id, 'create', null, dataOf(created));
          return created;
        },
        async update(id, data, ifMatch) {
          const previous = await before(name, inner, id, ifMatch);
          drain();
          const updated = await inner.update(id, data, ifMatch);
          noteRead(name, updated as unknown as { id: string });
          await record(name, id, 'update', dataOf(previous), dataOf(updated));
          return updated;
        },
        async delete(id, ifMatch) {
          const previous = await before(name, inner, id, ifMatch);
          drain();
          await inner.delete(id, ifMatch);
          await record(name, id, 'delete', dataOf(previous), null);
        },
      };
    };
    // A transaction uses a few of the thirty-odd collections: each is wrapped when first used (a click's
    // transaction built every wrapper, a few hundred closures, on every click).
    if (journal) return new LazyCollections(wrapOne) as unknown as StoreCollections;
    const wrapped: Partial<Record<CollectionName, AnyCollection>> = {};
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) wrapped[name] = wrapOne(name);
    return wrapped as unknown as StoreCollections;
  }

  /**
   * On the embedded store a single write outside a transaction runs in one of its own (one SQLite
   * transaction, which is also one commit instead of two). SharePoint has no transactions: there the
   * entry follows its write as the next request (ADR 0011), and wrapping would only add the read an
   * undo needs, a round trip, without making the pair atomic.
   */
  const atomicSingles = store.kind === 'sqlite';

  const transaction: Store['transaction'] = (work) => {
    // A transaction inside another joins it (as the stores do), and so does its journal.
    const outer = journals.getStore();
    if (outer) return store.transaction((tx) => work(wrapCollections(tx, outer)));
    return store.transaction(async (tx) => {
      const journal = new Journal();
      try {
        const result = await journals.run(journal, () => work(wrapCollections(tx, journal)));
        journal.drain();
        await journal.settled();
        return result;
      } catch (error) {
        // Entries already under way settle before the store undoes the transaction.
        await journal.settledQuietly();
        throw error;
      }
    });
  };

  const collections = wrapCollections(store);
  return {
    ...collections,
    kind: store.kind,
    transaction,
    isEmpty: () => store.isEmpty(),
    close: () => store.close(),
  };
}

/** Collections wrapped on first use, one getter per collection name on the prototype (defined once). */
class LazyCollections {
  private readonly made = new Map<CollectionName, AnyCollection>();
  constructor(private readonly wrapOne: (name: CollectionName) => AnyCollection) {}

  get(name: CollectionName): AnyCollection {
    let collection = this.made.get(name);
    if (!collection) this.made.set(name, (collection = this.wrapOne(name)));
    return collection;
  }
}
for (const name of Object.keys(COLLECTIONS) as CollectionName[])
  Object.defineProperty(LazyCollections.prototype, name, {
    get(this: LazyCollections) {
      return this.get(name);
    },
  });

/** A transaction's log entries: waiting for the next write, or under way. */
class Journal {
  readonly pending: (() => Promise<void>)[] = [];
  private readonly started: Promise<void>[] = [];

  drain(): void {
    for (const write of this.pending.splice(0)) {
      const run = write();
      run.catch(() => undefined); // observed in settled(); not an unhandled rejection meanwhile
      this.started.push(run);
    }
  }

  async settled(): Promise<void> {
    await Promise.all(this.started);
  }

  async settledQuietly(): Promise<void> {
    await Promise.allSettled(this.started);
  }
}

function bind(inner: AnyCollection): AnyCollection {
  return {
    get: (id) => inner.get(id),
    find: (query) => inner.find(query),
    findAll: (where, orderBy) => inner.findAll(where, orderBy),
    create: (data) => inner.create(data),
    update: (id, data, ifMatch) => inner.update(id, data, ifMatch),
    delete: (id, ifMatch) => inner.delete(id, ifMatch),
  };
}
