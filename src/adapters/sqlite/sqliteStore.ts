// The embedded store on Node's built-in node:sqlite. One writer connection and one reader connection
// on a WAL database: readers see committed data while a transaction is open, and writes are
// serialised through an async lock because node:sqlite is synchronous but our port is async (a
// transaction's work may await between statements, and another request must not slip in between).
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import {
  COLLECTIONS,
  StoreConflictError,
  StoreNotFoundError,
  StoreQueryError,
  type CollectionName,
  type Page,
  type Query,
  type Scalar,
  type Store,
  type StoreCollections,
  type Stored,
  type Collection,
} from '../../services/ports/store';
import {
  BACKSTOP_CHECKPOINT_PAGES,
  DEFAULT_CHECKPOINT_PAGES,
  JOURNAL_SIZE_LIMIT_BYTES,
  WAL_LIMIT_BACKSTOPS,
  startCheckpointer,
  type Checkpointer,
} from './checkpointer';
import { migrate } from './migrations';
import { timeOrderedId } from './timeOrderedId';
import { Mutex } from '../shared/mutex';

const MAX_PAGE = 5000;
const DEFAULT_PAGE = 200;

/**
 * A record's row as its reads return it: an array in this column order (`setReturnArrays`). node:sqlite
 * builds an object per row property by property; the array costs about half (20 budget lines: 45 → 22 µs).
 */
type Row = [
  id: string,
  version: number,
  created_at: string,
  updated_at: string,
  seq: number,
  data: string,
  ...more: unknown[],
];
const COLUMNS = 'id, version, created_at, updated_at, seq, data';
const VERSION = 1;
const SEQ = 4;
/** A page's rows carry the order's key after the record's columns. */
const SORT_KEY = 6;

export interface SqliteStoreOptions {
  /** A file path, or ':memory:' (then a single connection serves reads and writes). */
  path: string;
  now?: () => Date;
  /** How often the background thread checkpoints the WAL (default 100 ms). */
  checkpointIntervalMs?: number;
  /** Pages of WAL at which the writer checkpoints too, so the log starts over (default 4,000). */
  checkpointBackstopPages?: number;
  /** The background checkpoints stopped (the writer then checkpoints as SQLite does by default). */
  onCheckpointerFailure?: (error: Error) => void;
  /** How long (ms) a group takes new members (default 20; see MAX_GROUP_MS). */
  groupCommitMaxMs?: number;
}

/**
 * At most this many transactions commit together, and none joins a group open this long (ms): the first
 * member's answer waits for the others' work, a millisecond or two each on the approval click.
 */
const MAX_GROUP_MEMBERS = 16;
const MAX_GROUP_MS = 20;

interface Group {
  members: number;
  startedAt: number;
  scheduled: boolean;
  committed: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** How long a connection waits for another's lock (SQLite's busy timeout, and our wait to begin). */
const BUSY_TIMEOUT_MS = 5_000;

/** SQLite's "database is locked" (SQLITE_BUSY and its extended codes). */
const isBusy = (error: unknown) => ((error as { errcode?: number }).errcode ?? 0) % 256 === 5;

const etagOf = (version: number) => `"${version}"`;

/**
 * Pages of WAL one change to one B-tree can write, at most: the leaf, and when it splits, the two halves
 * and their parent at every level up to the root (three per level, five levels: far past this store's
 * size) and a freelist page.
 */
const PAGES_PER_BTREE_CHANGE = 17;
/** The WAL's size is looked at after a commit at least this often, whatever the count says. */
const WAL_LOOK_AT_LEAST_EVERY_MS = 1_000;

function versionOf(etag: string): number | null {
  const match = /^(?:W\/)?"?(\d+)"?$/.exec(etag.trim());
  return match ? Number(match[1]) : null;
}

function bindable(value: Scalar): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

function encodeCursor(key: unknown, seq: number): string {
  return Buffer.from(JSON.stringify([key, seq])).toString('base64url');
}

function decodeCursor(cursor: string): [Scalar, number] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'number')
      return parsed as [Scalar, number];
  } catch {
    // fall through to the error below
  }
  throw new StoreQueryError('Invalid cursor');
}

class SqliteEngine {
  private readonly writer: DatabaseSync;
  private readonly reader: DatabaseSync;
  private readonly lock = new Mutex();
  private readonly inTransaction = new AsyncLocalStorage<true>();
  private readonly now: () => Date;
  private seq: number;
  private readonly checkpointer: Checkpointer | null;
  private closing: Promise<void> | undefined;
  /** The transactions done and waiting to commit together (see `transaction`). */
  private group: Group | null = null;
  readonly collections: StoreCollections;
  /** Compiled statements by connection and SQL: compiling is a large part of a small query's cost. */
  private readonly statements = new WeakMap<DatabaseSync, Map<string, StatementSync>>();
  private readonly readStatements = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

  /** Log size above which a commit checkpoints on the writer (0: no thread, SQLite's own default). */
  private walLimitBytes = 0;
  /** The WAL file's size when last looked at (-1: not yet), and when (ms since the epoch). */
  private walSeen = { bytes: -1, at: 0 };
  /** At most how many bytes this connection's writes since then can have added to the log. */
  private walMayHaveGrown = 0;
  /** At most how many bytes of log one B-tree's change writes (see `noteWrite`). */
  private pageBound = 0;
  private readonly path: string;
  private readonly groupMaxMs: number;

  constructor(options: SqliteStoreOptions) {
    this.path = options.path;
    this.groupMaxMs = options.groupCommitMaxMs ?? MAX_GROUP_MS;
    this.now = options.now ?? (() => new Date());
    const memory = options.path === ':memory:';
    if (!memory) mkdirSync(dirname(options.path), { recursive: true });
    this.writer = new DatabaseSync(options.path);
    this.writer.exec(
      `PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}; PRAGMA temp_store = MEMORY;`,
    );
    migrate(this.writer);
    this.reader = memory ? this.writer : new DatabaseSync(options.path, { readOnly: true });
    if (!memory) this.reader.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`);
    // Checkpoints run on a thread of their own (see checkpointer.ts); the writer's is only a backstop,
    // and SQLite's default again if the thread cannot run.
    const checkpointEvery = (pages: number) => this.writer.exec(`PRAGMA wal_autocheckpoint = ${pages};`);
    this.checkpointer = memory
      ? null
      : startCheckpointer(options.path, {
          intervalMs: options.checkpointIntervalMs,
          onFailure: (error) => {
            if (this.writer.isOpen) checkpointEvery(DEFAULT_CHECKPOINT_PAGES);
            options.onCheckpointerFailure?.(error);
          },
        });
    if (this.checkpointer) {
      const backstop = options.checkpointBackstopPages ?? BACKSTOP_CHECKPOINT_PAGES;
      checkpointEvery(backstop);
      // When the log starts over its file is cut back to the limit, so a file above it means a log
      // that is really that long (see boundLog).
      const pageSize = (this.writer.prepare('PRAGMA page_size').get() as { page_size: number }).page_size;
      this.walLimitBytes = Math.min(JOURNAL_SIZE_LIMIT_BYTES, WAL_LIMIT_BACKSTOPS * backstop * pageSize);
      // A WAL frame is a page and its 24-byte header.
      this.pageBound = PAGES_PER_BTREE_CHANGE * (pageSize + 24);
      this.writer.exec(`PRAGMA journal_size_limit = ${this.walLimitBytes};`);
    }
    this.seq = this.maxSeq();
    const entries = (Object.keys(COLLECTIONS) as CollectionName[]).map((name) => [
      name,
      this.collection(name),
    ]);
    this.collections = Object.fromEntries(entries) as StoreCollections;
  }

  private maxSeq(): number {
    let max = 0;
    for (const def of Object.values(COLLECTIONS)) {
      const row = this.writer.prepare(`SELECT MAX(seq) AS m FROM "${def.name}"`).get() as {
        m: number | null;
      };
      max = Math.max(max, row.m ?? 0);
    }
    return max;
  }

  private prepare(db: DatabaseSync, sql: string): StatementSync {
    let cache = this.statements.get(db);
    if (!cache) this.statements.set(db, (cache = new Map()));
    let statement = cache.get(sql);
    if (!statement) cache.set(sql, (statement = db.prepare(sql)));
    return statement;
  }

  /** A read whose rows come back as arrays (`Row`); only our reads of records are prepared through here. */
  private prepareRead(db: DatabaseSync, sql: string): StatementSync {
    let cache = this.readStatements.get(db);
    if (!cache) this.readStatements.set(db, (cache = new Map()));
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statement.setReturnArrays(true);
      cache.set(sql, statement);
    }
    return statement;
  }

  /** A write outside a transaction is a transaction of its own; inside one it is part of it already. */
  private async write<R>(work: () => R): Promise<R> {
    if (this.inTransaction.getStore()) return work();
    return this.transaction(async () => work());
  }

  /**
   * The hard bound on the WAL. The writer's automatic checkpoint is PASSIVE and is skipped while the
   * thread holds the checkpoint lock, which on a slow disk (a long fsync) can happen commit after commit;
   * the log then keeps growing. Past the limit, the next write waits (without blocking the event loop)
   * until the writer gets the checkpoint lock, copies the rest and empties the log. SQLite answers
   * "busy" at once, without its busy handler, while another connection checkpoints; hence the retries.
   *
   * The file's size is looked at only when the log may have passed the limit: when its size last seen
   * plus the most this connection's writes since can have added (`noteWrite`) exceeds it, or a second
   * has passed (another process may write too). A stat per commit cost 3–60 µs on this host, the more
   * the busier it was (ADR 0040).
   */
  private async boundLog(): Promise<void> {
    if (!this.walLimitBytes) return;
    const now = Date.now();
    if (
      this.walSeen.bytes >= 0 &&
      this.walSeen.bytes + this.walMayHaveGrown <= this.walLimitBytes &&
      now - this.walSeen.at < WAL_LOOK_AT_LEAST_EVERY_MS
    )
      return;
    const size = () => {
      let bytes = 0; // no log yet
      try {
        bytes = statSync(`${this.path}-wal`).size;
      } catch {
        // as above
      }
      this.walSeen = { bytes, at: Date.now() };
      this.walMayHaveGrown = 0;
      return bytes;
    };
    const deadline = now + 5_000;
    while (size() > this.walLimitBytes && Date.now() < deadline) {
      const result = this.writer.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number };
      if (!result.busy) return;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * Counts the most a written row can add to the log before it is next looked at: its data (as overflow
   * pages) and, for the table, its id index, its order index and each of its field indexes, a bound of
   * pages per B-tree changed (a leaf, and a split up through a tree five levels deep).
   */
  private noteWrite(dataBytes: number, indexes: number): void {
    this.walMayHaveGrown += dataBytes + (3 + indexes) * this.pageBound;
  }

  /**
   * The reader exists so that reads do not see a transaction that is still open (one that awaits
   * between its statements; the writer connection itself says whether one is). When none is open, the
   * writer reads as well and faster: SQLite empties a
   * connection's page cache whenever another connection has committed, so the reader starts each
   * request cold while the writer's cache stays warm with the pages just written.
   */
  private readDb(): DatabaseSync {
    return this.inTransaction.getStore() || !this.writer.isTransaction ? this.writer : this.reader;
  }

  /**
   * Group commit (ADR 0042). Transactions run one at a time, as before, but one whose work is done does
   * not commit alone: it ends as a savepoint inside a SQLite transaction, which stays open until the event
   * loop has run what else was ready (`setImmediate`): the requests that arrived together join it, and one
   * commit ends them all. Each caller is answered only after that commit, so nothing is acknowledged
   * before it is durable; a transaction that fails rolls back to its savepoint and takes nothing of the
   * others with it. A commit writes every changed page to the WAL, two system calls a page: the pages a
   * burst of clicks shares (the ends of the audit log and of each index on an increasing key) were
   * written once per click, and are now written once per group.
   */
  async transaction<R>(work: (tx: StoreCollections) => Promise<R>): Promise<R> {
    if (this.inTransaction.getStore()) return work(this.collections);
    let committed: Promise<void> | undefined;
    const result = await this.lock.run(async () => {
      const group = (this.group ??= await this.beginGroup());
      let value: R;
      try {
        this.writer.exec('SAVEPOINT member');
        value = await this.inTransaction.run(true, () => work(this.collections));
        this.writer.exec('RELEASE member');
      } catch (error) {
        this.undoMember(group);
        this.commitSoon(group);
        throw error;
      }
      group.members++;
      if (group.members >= MAX_GROUP_MEMBERS || Date.now() - group.startedAt >= this.groupMaxMs)
        await this.commitGroup();
      else {
        committed = group.committed;
        this.commitSoon(group);
      }
      return value;
    });
    if (committed) await committed;
    return result;
  }

  /** The group commits once the event loop has run what else was ready, after the lock's holders. */
  private commitSoon(group: Group): void {
    if (group.scheduled) return;
    group.scheduled = true;
    setImmediate(() => {
      this.lock
        .run(async () => {
          if (this.group === group) await this.commitGroup();
        })
        // The members are answered with the error; the lock goes on.
        .catch(() => undefined);
    });
  }

  /**
   * Opens the group's SQLite transaction. Another connection's group (another process, or another store
   * on the same file in this one) holds the write lock until its event loop commits it: the wait for it
   * must not block this event loop, as SQLite's busy handler would (it sleeps in the calling thread), so the
   * lock is tried without it and tried again after a pause, for as long as the busy timeout.
   */
  private async beginGroup(): Promise<Group> {
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    for (;;) {
      this.writer.exec('PRAGMA busy_timeout = 0');
      try {
        this.writer.exec('BEGIN IMMEDIATE');
        break;
      } catch (error) {
        if (!isBusy(error) || Date.now() >= deadline) throw error;
      } finally {
        this.writer.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const committed = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    // Awaited by each member that succeeded; a group whose every member failed has none.
    committed.catch(() => undefined);
    return { members: 0, startedAt: Date.now(), scheduled: false, committed, resolve, reject };
  }

  /** A failed member's changes undone; if SQLite itself ended the transaction, the whole group failed. */
  private undoMember(group: Group): void {
    try {
      if (this.writer.isTransaction) {
        this.writer.exec('ROLLBACK TO member');
        this.writer.exec('RELEASE member');
        return;
      }
    } catch {
      // fall through: the group cannot go on
    }
    if (this.writer.isTransaction) this.writer.exec('ROLLBACK');
    this.group = null;
    group.reject(new Error('The transaction was rolled back by the database'));
  }

  /** Inside the lock: commits the open group (if any), answering its members. */
  private async commitGroup(): Promise<void> {
    const group = this.group;
    if (!group) return;
    this.group = null;
    try {
      this.writer.exec('COMMIT');
    } catch (error) {
      if (this.writer.isTransaction) this.writer.exec('ROLLBACK');
      group.reject(error);
      throw error;
    }
    group.resolve();
    await this.boundLog();
  }

  async isEmpty(): Promise<boolean> {
    const row = this.reader.prepare('SELECT COUNT(*) AS n FROM "objects"').get() as { n: number };
    return row.n === 0;
  }

  /** Closing twice closes once. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      // Stopped first: the last connection to close then checkpoints what is left and removes the WAL.
      await this.checkpointer?.stop();
      await this.lock.run(async () => {
        await this.commitGroup();
        if (this.reader !== this.writer) this.reader.close();
        this.writer.close();
      });
    })();
    return this.closing;
  }

  private collection<N extends CollectionName>(name: N): StoreCollections[N] {
    const def = COLLECTIONS[name];
    const table = `"${def.name}"`;
    const indexed = new Set<string>(def.indexed);
    const rank = (field: string) => (def.indexed as readonly string[]).indexOf(field);
    const toStored = (row: Row): Stored<unknown> => {
      // The parsed object is fresh and ours: the metadata is added to it rather than to a copy of it.
      const record = JSON.parse(row[5]) as Record<string, unknown>;
      record.id = row[0];
      record.etag = etagOf(row[1]);
      record.createdAt = row[2];
      record.updatedAt = row[3];
      return record as unknown as Stored<unknown>;
    };
    const strip = (data: object): string => {
      // Meta fields live in their own columns; never store a copy that could disagree. Data without them
      // (what a use case passes to create, an audit entry) is written as it is, without a copy.
      const record = data as Record<string, unknown>;
      if (!('id' in record || 'etag' in record || 'createdAt' in record || 'updatedAt' in record))
        return JSON.stringify(record);
      const { id: _id, etag: _etag, createdAt: _c, updatedAt: _u, ...rest } = record;
      return JSON.stringify(rest);
    };
    const checkField = (field: string) => {
      if (field !== 'createdAt' && !indexed.has(field))
        throw new StoreQueryError(`${def.name}.${field} is not an indexed field`);
    };
    const keyExpr = (field: string) => {
      checkField(field);
      return field === 'createdAt' ? 'seq' : `json_extract(data, '$.${field}')`;
    };
    // Each statement's text is made once: the statement caches are keyed by it, and a string made anew
    // for every write was hashed anew for every lookup.
    const sql = {
      get: `SELECT ${COLUMNS} FROM ${table} WHERE id = ?`,
      insert: `INSERT INTO ${table} (id, version, created_at, updated_at, seq, data) VALUES (?, 1, ?, ?, ?, ?)`,
      update: `UPDATE ${table} SET data = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ? RETURNING version, created_at`,
      delete: `DELETE FROM ${table} WHERE id = ? AND version = ?`,
    };
    const getRow = (db: DatabaseSync, id: string) =>
      this.prepareRead(db, sql.get).get(id) as unknown as Row | undefined;
    /** The SQL of each shape of query (fields, null tests, order, cursor) this collection was asked. */
    const shapes = new Map<string, string>();

    const find = async (query: Query<Record<string, unknown>, string> = {}): Promise<Page<unknown>> => {
      const where = query.where ?? {};
      // One index drives the search: the field listed first among the collection's indexed fields (the
      // most selective, e.g. planId before round). The others only filter (a unary + keeps SQLite from
      // choosing their index: without statistics it took round's, and scanned every round-1 approval).
      const fields = Object.keys(where).filter((field) => where[field] !== undefined);
      if (fields.length > 1) fields.sort((a, b) => rank(a) - rank(b));
      const orderField = query.orderBy?.field ?? 'createdAt';
      const desc = query.orderBy?.direction === 'desc';
      const cursor = query.cursor ? decodeCursor(query.cursor) : undefined;
      // The SQL is built once per shape of query and kept: a click's reads are the same few shapes. Only
      // indexed names make a shape (checked before it is looked up), so no other name can alias one.
      checkField(orderField);
      // The page size is part of the SQL text, not a parameter: a bound LIMIT (as a number or a BigInt)
      // made each run of the statement cost 2-7 µs more than the same text with the number written in,
      // whatever the rows (ADR 0040, addendum); a click makes about ten finds. It is an integer made
      // here, never text from a caller. Callers pass a few constant sizes, so the shapes stay few.
      const asked = query.limit !== undefined && Number.isFinite(query.limit) ? query.limit : DEFAULT_PAGE;
      const limit = Math.trunc(Math.min(Math.max(1, asked), MAX_PAGE));
      let shape = `${orderField}${desc ? '<' : '>'}${cursor ? 'c' : ''}${limit}`;
      for (const field of fields) {
        checkField(field);
        shape += where[field] === null ? `,${field}=null` : `,${field}`;
      }
      let text = shapes.get(shape);
      if (text === undefined) {
        text = findSql(fields, (field) => where[field] === null, orderField, desc, Boolean(cursor), limit);
        shapes.set(shape, text);
      }
      const params: SQLInputValue[] = [];
      for (const field of fields) if (where[field] !== null) params.push(bindable(where[field] as Scalar));
      if (cursor) {
        const [key, seq] = cursor;
        if (orderField === 'createdAt') params.push(seq);
        else params.push(bindable(key), bindable(key), seq);
      }
      const rows = this.prepareRead(this.readDb(), text).all(...params) as unknown as Row[];
      const items: Stored<unknown>[] = [];
      for (let i = 0; i < rows.length && i < limit; i++) items.push(toStored(rows[i]!));
      const last = rows[limit - 1];
      const nextCursor =
        rows.length > limit && last ? encodeCursor(last[SORT_KEY] as Scalar, last[SEQ]) : undefined;
      return nextCursor ? { items, nextCursor } : { items };
    };
    const findSql = (
      fields: readonly string[],
      isNull: (field: string) => boolean,
      orderField: string,
      desc: boolean,
      cursor: boolean,
      limit: number,
    ): string => {
      const clauses = fields.map((field, i) => {
        const expr = i === 0 ? keyExpr(field) : `+${keyExpr(field)}`;
        return isNull(field) ? `${expr} IS NULL` : `${expr} = ?`;
      });
      const orderExpr = keyExpr(orderField);
      if (cursor) {
        const cmp = desc ? '<' : '>';
        clauses.push(
          orderField === 'createdAt'
            ? `seq ${cmp} ?`
            : `(${orderExpr} ${cmp} ? OR (${orderExpr} IS ? AND seq ${cmp} ?))`,
        );
      }
      const whereSql = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
      const dir = desc ? 'DESC' : 'ASC';
      const order = orderField === 'createdAt' ? `seq ${dir}` : `${orderExpr} ${dir}, seq ${dir}`;
      // One row more than the page: its presence says there is a next page.
      return `SELECT ${COLUMNS}, ${orderExpr} AS sort_key FROM ${table} ${whereSql} ORDER BY ${order} LIMIT ${limit + 1}`;
    };

    const collection: Collection<Record<string, unknown>, string> = {
      get: async (id) => {
        const row = getRow(this.readDb(), id);
        return row ? (toStored(row) as Stored<Record<string, unknown>>) : undefined;
      },
      find: find as Collection<Record<string, unknown>, string>['find'],
      findAll: async (where, orderBy) => {
        const out: Stored<Record<string, unknown>>[] = [];
        let cursor: string | undefined;
        do {
          const page = await find({ where, orderBy, limit: MAX_PAGE, cursor });
          out.push(...(page.items as Stored<Record<string, unknown>>[]));
          cursor = page.nextCursor;
        } while (cursor);
        return out;
      },
      create: (data) =>
        this.write(() => {
          const id = timeOrderedId();
          const at = this.now().toISOString();
          const seq = ++this.seq;
          const json = strip(data);
          this.noteWrite(json.length, def.indexed.length);
          this.prepare(this.writer, sql.insert).run(id, at, at, seq, json);
          // The record as reading it back would give it, without reading it back.
          return toStored([id, 1, at, at, seq, json]) as Stored<Record<string, unknown>>;
        }),
      update: (id, data, ifMatch) =>
        this.write(() => {
          const expected = versionOf(ifMatch);
          const at = this.now().toISOString();
          const json = strip(data);
          this.noteWrite(json.length, def.indexed.length);
          const changed = this.prepare(this.writer, sql.update).get(json, at, id, expected ?? -1) as
            { version: number; created_at: string } | undefined;
          if (!changed) {
            if (!getRow(this.writer, id)) throw new StoreNotFoundError(def.name, id);
            throw new StoreConflictError(def.name, id);
          }
          return toStored([id, changed.version, changed.created_at, at, 0, json]) as Stored<
            Record<string, unknown>
          >;
        }),
      delete: (id, ifMatch) =>
        this.write(() => {
          const row = getRow(this.writer, id);
          if (!row) throw new StoreNotFoundError(def.name, id);
          this.noteWrite(0, def.indexed.length);
          if (ifMatch !== undefined && versionOf(ifMatch) !== row[VERSION])
            throw new StoreConflictError(def.name, id);
          this.prepare(this.writer, sql.delete).run(id, row[VERSION]);
        }),
    };
    return collection as unknown as StoreCollections[N];
  }
}

/** Opens (and migrates) the embedded store. */
export function openSqliteStore(options: SqliteStoreOptions): Store {
  const engine = new SqliteEngine(options);
  return {
    kind: 'sqlite',
    ...engine.collections,
    transaction: (work) => engine.transaction(work),
    isEmpty: () => engine.isEmpty(),
    close: () => engine.close(),
  };
}
