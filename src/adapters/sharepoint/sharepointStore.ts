// The store port on SharePoint lists through Microsoft Graph v1.0: one list per collection, items read
// with $expand=fields, filters and sorts only on indexed columns, pages followed by @odata.nextLink,
// updates with If-Match, and no transactions — so `transaction` gives the best-effort guarantees of
// ADR 0008: one writer at a time in this process, deletes held back until the work has succeeded,
// and on failure the creates and updates already made are undone.
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  COLLECTIONS,
  StoreConflictError,
  StoreNotFoundError,
  StoreQueryError,
  type Collection,
  type CollectionName,
  type Page,
  type Query,
  type Scalar,
  type Store,
  type StoreCollections,
  type Stored,
} from '../../services/ports/store';
import type { Logger } from '../../services/ports/logger';
import { ServiceUnavailable } from '../../services/errors';
import { Mutex } from '../shared/mutex';
import { runUntimed } from '../shared/requestTiming';
import {
  GraphError,
  GraphUnreachableError,
  isOutageStatus,
  type GraphClient,
  type GraphRequest,
  type GraphResponse,
} from '../graph/graphClient';
import {
  LISTS,
  decodeFields,
  encodeFields,
  indexedColumn,
  odataLiteral,
  selectColumns,
  type ListSpec,
} from './schema';

export const MAX_PAGE = 5000;
const DEFAULT_PAGE = 200;

export interface SharePointStoreOptions {
  graph: GraphClient;
  siteId: string;
  logger?: Logger;
}

interface ListItem {
  id: string | number;
  '@odata.etag'?: string;
  eTag?: string;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  fields?: Record<string, unknown>;
}

type Entity = Record<string, unknown>;
type AnyCollection = Collection<Entity, string>;

/** What a transaction has done so far, to finish it (deletes) or undo it (creates, updates). */
class TxState {
  readonly created = new Map<string, { name: CollectionName; id: string }>();
  readonly updated = new Map<string, { name: CollectionName; id: string; prior: Entity; etag: string }>();
  /** Records read inside the transaction: an update of one of them needs no extra read to be undoable. */
  readonly reads = new Map<string, { etag: string; data: Entity }>();
  readonly deletes: { name: CollectionName; id: string; ifMatch?: string }[] = [];
  readonly deleted = new Set<string>();
  /** Writes under way: the transaction ends only when all have (the work may reject before they do). */
  readonly inflight: Promise<unknown>[] = [];
  /** The first outage met: the transaction fails with it, whatever its other writes then said (424). */
  outage?: ServiceUnavailable;
}

/**
 * Graph down, throttling beyond the retry budget, or out of reach: a 503 for the caller, with Graph's
 * Retry-After when it gave one. Anything else (a GraphError for a 4xx, a bug) stays as it is.
 */
export function asOutage(error: unknown): ServiceUnavailable | undefined {
  if (error instanceof ServiceUnavailable) return error;
  if (error instanceof GraphUnreachableError)
    return new ServiceUnavailable('sharepoint', undefined, error.message);
  if (error instanceof GraphError && isOutageStatus(error.status))
    return new ServiceUnavailable('sharepoint', undefined, error.message);
  return undefined;
}

function outageOf(request: GraphRequest, res: GraphResponse): ServiceUnavailable {
  const retryAfter = Number(res.headers['retry-after']);
  return new ServiceUnavailable(
    'sharepoint',
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    `Graph ${request.method} ${request.path.split('?')[0]} → ${res.status}`,
  );
}

const keyOf = (name: CollectionName, id: string) => `${name}/${id}`;
const isItemId = (id: string) => /^\d{1,15}$/.test(id);
const iso = (v: unknown) => {
  const d = new Date(String(v));
  return Number.isNaN(d.getTime()) ? String(v ?? '') : d.toISOString();
};

function dataOf(record: Entity): Entity {
  const { id: _i, etag: _e, createdAt: _c, updatedAt: _u, ...rest } = record;
  return rest;
}

function compareScalars(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : 1;
}

class SharePointEngine {
  readonly collections: StoreCollections;
  private readonly tx = new AsyncLocalStorage<TxState>();
  private readonly lock = new Mutex();
  private readonly graph: GraphClient;
  private readonly site: string;
  private readonly logger: Logger | undefined;

  constructor(
    options: SharePointStoreOptions,
    private readonly listIds: Record<CollectionName, string>,
  ) {
    this.graph = options.graph;
    this.site = options.siteId;
    this.logger = options.logger;
    const entries = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
      name,
      this.collection(name),
    ]);
    this.collections = Object.fromEntries(entries) as StoreCollections;
  }

  itemsPath(name: CollectionName): string {
    return `/sites/${this.site}/lists/${this.listIds[name]}/items`;
  }

  private expand(spec: ListSpec): string {
    return `$expand=fields($select=${selectColumns(spec).join(',')})`;
  }

  /**
   * One Graph request through the coalescer. A transaction's writes issued together are sent in the
   * order issued, each only if the one before succeeded (ADR 0008).
   */
  private async call(request: GraphRequest): Promise<GraphResponse> {
    const state = this.tx.getStore();
    const ordered = request.method !== 'GET' && state !== undefined;
    const outage = (e: ServiceUnavailable) => {
      if (state && !state.outage) state.outage = e;
      return e;
    };
    let res: GraphResponse;
    try {
      res = await this.graph.request(request, { ordered });
      // A request that only shared a $batch with another transaction's failed writes was held back
      // with them (424): it failed for nothing of its own, so it goes again, alone.
      if (res.status === 424 && !ordered) res = await this.graph.request(request);
    } catch (error) {
      const down = asOutage(error);
      if (down) throw outage(down);
      throw error;
    }
    if (isOutageStatus(res.status)) throw outage(outageOf(request, res));
    if (res.status === 424)
      throw new Error(
        `Not written (${request.method} ${request.path.split('?')[0]}): an earlier write of the transaction failed`,
      );
    return res;
  }

  toStored(spec: ListSpec, item: ListItem): Stored<Entity> {
    const fields = item.fields ?? {};
    return {
      ...decodeFields(spec, fields),
      id: String(item.id),
      etag: String(item['@odata.etag'] ?? item.eTag ?? fields['@odata.etag'] ?? ''),
      createdAt: iso(item.createdDateTime ?? fields['Created']),
      updatedAt: iso(item.lastModifiedDateTime ?? fields['Modified']),
    };
  }

  /** Writes outside a transaction wait for one that is running; inside one they are part of it. */
  private async write<R>(work: () => Promise<R>): Promise<R> {
    const state = this.tx.getStore();
    if (!state) return this.lock.run(work);
    const running = work();
    state.inflight.push(running.catch(() => undefined));
    return running;
  }

  /** Waits until no write of the transaction is under way (new ones may start while waiting). */
  private async settle(state: TxState): Promise<void> {
    for (let seen = 0; seen < state.inflight.length; seen = state.inflight.length)
      await Promise.all(state.inflight.slice(seen));
  }

  async transaction<R>(work: (tx: StoreCollections) => Promise<R>): Promise<R> {
    if (this.tx.getStore()) return work(this.collections);
    return this.lock.run(async () => {
      const state = new TxState();
      try {
        const result = await this.tx.run(state, () => work(this.collections));
        await this.settle(state);
        await this.commit(state);
        return result;
      } catch (error) {
        await this.settle(state);
        // The undo has a retry budget of its own: the request's may be spent, and the undo matters most.
        await runUntimed(() => this.rollback(state, error));
        throw state.outage ?? asOutage(error) ?? error;
      }
    });
  }

  /** The deletes held back: all but the last together, then the last (the one that makes it visible). */
  private async commit(state: TxState): Promise<void> {
    const deletes = [...state.deletes];
    const last = deletes.pop();
    const results = await Promise.allSettled(deletes.map((d) => this.deleteNow(d.name, d.id, d.ifMatch)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    if (last) await this.deleteNow(last.name, last.id, last.ifMatch);
  }

  /** Undoes creates (deleted) and updates (the prior data written back under the eTag we left). */
  private async rollback(state: TxState, cause: unknown): Promise<void> {
    const undo: Promise<unknown>[] = [];
    for (const c of state.created.values()) {
      undo.push(
        this.call({ method: 'DELETE', path: `${this.itemsPath(c.name)}/${c.id}` }).then((r) => {
          if (r.status >= 300 && r.status !== 404) throw GraphError.of(r, { method: 'DELETE', path: c.id });
        }),
      );
    }
    for (const u of state.updated.values()) {
      const spec = LISTS[u.name];
      undo.push(
        this.call({
          method: 'PATCH',
          path: `${this.itemsPath(u.name)}/${u.id}/fields`,
          headers: { 'If-Match': u.etag },
          body: encodeFields(spec, u.prior, true),
        }).then((r) => {
          if (r.status >= 300) throw GraphError.of(r, { method: 'PATCH', path: `${u.name}/${u.id}` });
        }),
      );
    }
    if (!undo.length) return;
    const results = await Promise.allSettled(undo);
    const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    this.logger?.log(failures.length ? 'error' : 'warn', 'SharePoint transaction rolled back', {
      cause: cause instanceof Error ? cause.message : String(cause),
      undone: results.length - failures.length,
      notUndone: failures.map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason))),
    });
  }

  private async deleteNow(name: CollectionName, id: string, ifMatch?: string): Promise<void> {
    const res = await this.call({
      method: 'DELETE',
      path: `${this.itemsPath(name)}/${id}`,
      headers: ifMatch !== undefined ? { 'If-Match': ifMatch } : undefined,
    });
    if (res.status === 204 || res.status === 200) return;
    if (res.status === 404) throw new StoreNotFoundError(COLLECTIONS[name].name, id);
    if (res.status === 412) throw new StoreConflictError(COLLECTIONS[name].name, id);
    throw GraphError.of(res, { method: 'DELETE', path: `${name}/${id}` });
  }

  private async getItem(name: CollectionName, id: string): Promise<Stored<Entity> | undefined> {
    const spec = LISTS[name];
    const res = await this.call({
      method: 'GET',
      path: `${this.itemsPath(name)}/${id}?${this.expand(spec)}`,
    });
    if (res.status === 404) return undefined;
    if (res.status !== 200) throw GraphError.of(res, { method: 'GET', path: `${name}/${id}` });
    return this.toStored(spec, res.body as ListItem);
  }

  private remember(state: TxState | undefined, name: CollectionName, record: Stored<Entity>) {
    state?.reads.set(keyOf(name, record.id), { etag: record.etag, data: dataOf(record) });
  }

  private encodeCursor(name: CollectionName, nextLink: string): string {
    const path = this.graph.relative(nextLink);
    if (!path) throw new Error(`Graph gave a nextLink outside ${this.graph.baseUrl}`);
    return Buffer.from(path).toString('base64url');
  }

  /** A cursor is a nextLink we handed out: it must lead to this list's items and nowhere else. */
  private decodeCursor(name: CollectionName, cursor: string): string {
    const path = Buffer.from(cursor, 'base64url').toString('utf8');
    if (!path.startsWith(`${this.itemsPath(name)}?`) || /[\s#]/.test(path))
      throw new StoreQueryError('Invalid cursor');
    return path;
  }

  private collection<N extends CollectionName>(name: N): StoreCollections[N] {
    const spec = LISTS[name];
    const items = () => this.itemsPath(name);

    const find = async (query: Query<Entity, string> = {}): Promise<Page<Entity>> => {
      const state = this.tx.getStore();
      let path: string;
      if (query.cursor) path = this.decodeCursor(name, query.cursor);
      else {
        const filters: string[] = [];
        for (const [field, value] of Object.entries(query.where ?? {})) {
          if (value === undefined) continue;
          const column = indexedColumn(spec, field);
          filters.push(`fields/${column.name} eq ${odataLiteral(column, value as Scalar)}`);
        }
        const field = query.orderBy?.field ?? 'createdAt';
        const desc = query.orderBy?.direction === 'desc';
        let orderBy: string | undefined;
        // Creation order is the order of item ids, SharePoint's default; ID is always indexed.
        if (field === 'createdAt') orderBy = desc ? 'fields/ID desc' : undefined;
        else orderBy = `fields/${indexedColumn(spec, field).name}${desc ? ' desc' : ''}`;
        const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE)), MAX_PAGE);
        const params = [this.expand(spec)];
        if (filters.length) params.push(`$filter=${encodeURIComponent(filters.join(' and '))}`);
        if (orderBy) params.push(`$orderby=${encodeURIComponent(orderBy)}`);
        params.push(`$top=${limit}`);
        path = `${items()}?${params.join('&')}`;
      }
      const res = await this.call({ method: 'GET', path });
      if (res.status !== 200) throw GraphError.of(res, { method: 'GET', path });
      const body = res.body as { value?: ListItem[]; '@odata.nextLink'?: string };
      const records = (body.value ?? [])
        .map((item) => this.toStored(spec, item))
        .filter((r) => !state?.deleted.has(keyOf(name, r.id)));
      for (const r of records) this.remember(state, name, r);
      const next = body['@odata.nextLink'];
      return next ? { items: records, nextCursor: this.encodeCursor(name, next) } : { items: records };
    };

    const collection: AnyCollection = {
      get: async (id) => {
        const state = this.tx.getStore();
        if (!isItemId(id) || state?.deleted.has(keyOf(name, id))) return undefined;
        const record = await this.getItem(name, id);
        if (record) this.remember(state, name, record);
        return record;
      },
      find: find as AnyCollection['find'],
      findAll: async (where, orderBy) => {
        const out: Stored<Entity>[] = [];
        let cursor: string | undefined;
        do {
          const page = await find({ where, orderBy, limit: MAX_PAGE, cursor });
          out.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        const field = orderBy?.field;
        if (field && field !== 'createdAt') {
          // SharePoint sorts by the column; ties keep creation order, as on the embedded store.
          const sign = orderBy.direction === 'desc' ? -1 : 1;
          out.sort((a, b) => sign * (compareScalars(a[field], b[field]) || Number(a.id) - Number(b.id)));
        }
        return out;
      },
      create: (data) =>
        this.write(async () => {
          const state = this.tx.getStore();
          const res = await this.call({
            method: 'POST',
            path: items(),
            body: { fields: encodeFields(spec, data as Entity) },
          });
          if (res.status !== 201 && res.status !== 200)
            throw GraphError.of(res, { method: 'POST', path: `${name}` });
          const item = res.body as ListItem;
          const record = item.fields ? this.toStored(spec, item) : await this.getItem(name, String(item.id));
          if (!record) throw new Error(`SharePoint lost ${name}/${item.id} right after creating it`);
          state?.created.set(keyOf(name, record.id), { name, id: record.id });
          this.remember(state, name, record);
          return record;
        }),
      update: (id, data, ifMatch) =>
        this.write(async () => {
          const state = this.tx.getStore();
          const key = keyOf(name, id);
          if (!isItemId(id) || state?.deleted.has(key))
            throw new StoreNotFoundError(COLLECTIONS[name].name, id);
          let prior: Entity | undefined;
          if (state && !state.created.has(key) && !state.updated.has(key)) {
            // To be able to undo, know what the record was. Usually it was read in this transaction.
            const read = state.reads.get(key);
            if (read && read.etag === ifMatch) prior = read.data;
            else {
              const current = await this.getItem(name, id);
              if (!current) throw new StoreNotFoundError(COLLECTIONS[name].name, id);
              if (current.etag !== ifMatch) throw new StoreConflictError(COLLECTIONS[name].name, id);
              prior = dataOf(current);
            }
          }
          const res = await this.call({
            method: 'PATCH',
            path: `${items()}/${id}/fields`,
            headers: { 'If-Match': ifMatch },
            body: encodeFields(spec, data as Entity, true),
          });
          if (res.status === 412) throw new StoreConflictError(COLLECTIONS[name].name, id);
          if (res.status === 404) throw new StoreNotFoundError(COLLECTIONS[name].name, id);
          if (res.status !== 200) throw GraphError.of(res, { method: 'PATCH', path: `${name}/${id}` });
          // The answer is the item's fieldValueSet: its eTag, Created and Modified, and the values.
          const fields = res.body as Record<string, unknown>;
          let record: Stored<Entity> | undefined;
          if (fields?.['@odata.etag'] && fields['Created'] && fields['Modified'])
            record = this.toStored(spec, { id, fields });
          else record = await this.getItem(name, id);
          if (!record) throw new StoreNotFoundError(COLLECTIONS[name].name, id);
          if (state && prior) state.updated.set(key, { name, id, prior, etag: record.etag });
          else if (state?.updated.has(key)) state.updated.get(key)!.etag = record.etag;
          this.remember(state, name, record);
          return record;
        }),
      delete: async (id, ifMatch) => {
        const state = this.tx.getStore();
        const key = keyOf(name, id);
        if (!isItemId(id) || state?.deleted.has(key))
          throw new StoreNotFoundError(COLLECTIONS[name].name, id);
        if (state) {
          // Held back until the transaction's work has succeeded: a delete cannot be undone.
          state.deletes.push({ name, id, ifMatch });
          state.deleted.add(key);
          return;
        }
        await this.write(() => this.deleteNow(name, id, ifMatch));
      },
    };
    return collection as unknown as StoreCollections[N];
  }

  /**
   * Creates records in this order, 20 to a $batch with each request depending on the one before (so
   * item ids, and with them creation order, follow the input). For moving data in; not part of the port.
   */
  async createInOrder(name: CollectionName, records: Entity[]): Promise<Stored<Entity>[]> {
    const spec = LISTS[name];
    const requests: GraphRequest[] = records.map((r) => ({
      method: 'POST',
      path: this.itemsPath(name),
      body: { fields: encodeFields(spec, r) },
    }));
    const answers = await this.lock.run(() => this.graph.batch(requests, { serial: true }));
    return answers.map((res, i) => {
      if (res.status !== 201 && res.status !== 200)
        throw GraphError.of(res, { method: 'POST', path: `${name} (record ${i + 1} of ${records.length})` });
      return this.toStored(spec, res.body as ListItem);
    });
  }

  async isEmpty(): Promise<boolean> {
    const res = await this.call({ method: 'GET', path: `${this.itemsPath('objects')}?$top=1` });
    if (res.status !== 200) throw GraphError.of(res, { method: 'GET', path: 'objects' });
    return ((res.body as { value?: unknown[] }).value ?? []).length === 0;
  }

  async close(): Promise<void> {
    await this.lock.run(async () => undefined);
  }
}

/** The list ids of the site, by display name; a missing list means provisioning has not run. */
export async function resolveListIds(
  graph: GraphClient,
  siteId: string,
): Promise<Record<CollectionName, string>> {
  const byName = new Map<string, string>();
  let path: string | null = `/sites/${siteId}/lists?$select=id,displayName&$top=500`;
  while (path) {
    const res = await graph.send({ method: 'GET', path });
    if (res.status !== 200) throw GraphError.of(res, { method: 'GET', path });
    const body = res.body as { value: { id: string; displayName: string }[]; '@odata.nextLink'?: string };
    for (const l of body.value) byName.set(l.displayName, l.id);
    const next = body['@odata.nextLink'];
    path = next ? graph.relative(next) : null;
  }
  const ids: Partial<Record<CollectionName, string>> = {};
  const missing: string[] = [];
  for (const [name, spec] of Object.entries(LISTS) as [CollectionName, ListSpec][]) {
    const id = byName.get(spec.displayName);
    if (id) ids[name] = id;
    else missing.push(spec.displayName);
  }
  if (missing.length)
    throw new Error(
      `SharePoint site ${siteId} lacks the lists ${missing.join(', ')}: run \`npm run provision\` first.`,
    );
  return ids as Record<CollectionName, string>;
}

export type SharePointStore = Store & {
  createInOrder(name: CollectionName, records: Entity[]): Promise<Stored<Entity>[]>;
};

/** Opens the store on a provisioned site (one request: the site's lists). */
export async function openSharePointStore(options: SharePointStoreOptions): Promise<SharePointStore> {
  const listIds = await resolveListIds(options.graph, options.siteId);
  const engine = new SharePointEngine(options, listIds);
  return {
    kind: 'sharepoint',
    ...engine.collections,
    transaction: (work) => engine.transaction(work),
    isEmpty: () => engine.isEmpty(),
    close: () => engine.close(),
    createInOrder: (name, records) => engine.createInOrder(name, records),
  };
}
