// What a server instance keeps between requests on SharePoint (ADR 0036): kept for the stated time and no
// longer, shared by parallel readers, dropped by this instance's writes (through watchWrites, in and out
// of transactions, failed writes too), and never kept for a write's authorization or an unknown person.
import { openSqliteStore } from '../../../src/adapters/sqlite/sqliteStore';
import { Kept } from '../../../src/services/cache/kept';
import { ACTOR_CACHE_MS, ReadCaches, readCacheTimes } from '../../../src/services/cache/readCaches';
import { watchWrites } from '../../../src/services/cache/watchWrites';
import { NAME_CACHE_MS } from '../../../src/services/people/nameCache';
import type { Store } from '../../../src/services/ports/store';

describe('Kept', () => {
  it('keeps a value for its time, shares a read under way, and reads again after the time', async () => {
    let at = 0;
    let reads = 0;
    const kept = new Kept(
      async () => ++reads,
      1_000,
      () => at,
    );
    expect(await Promise.all([kept.get(), kept.get(), kept.get()])).toEqual([1, 1, 1]);
    at = 999;
    expect(await kept.get()).toBe(1);
    at = 1_000;
    expect(await kept.get()).toBe(2);
    expect(reads).toBe(2);
  });

  it('drops the value on invalidate, and does not keep a read that was under way then', async () => {
    let reads = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const kept = new Kept(
      async () => {
        const n = ++reads;
        if (n === 1) await gate;
        return n;
      },
      60_000,
      () => 0,
    );
    const early = kept.get();
    kept.invalidate(); // a write lands while the first read is under way
    release();
    expect(await early).toBe(1);
    expect(await kept.get()).toBe(2); // the read from before the write was not kept
    expect(await kept.get()).toBe(2);
  });

  it('keeps nothing with a time of 0 (the embedded store)', async () => {
    let reads = 0;
    const kept = new Kept(async () => ++reads, 0);
    await kept.get();
    await kept.get();
    expect(reads).toBe(2);
  });
});

describe('ReadCaches over a store that reports its writes', () => {
  let raw: Store;
  let store: Store;
  let caches: ReadCaches;
  let at: number;
  let reads: { people: number; roles: number };

  beforeEach(async () => {
    raw = openSqliteStore({ path: ':memory:' });
    at = 0;
    reads = { people: 0, roles: 0 };
    // Counts the reads that reach the store.
    const counted = {
      ...raw,
      people: {
        ...raw.people,
        get: (id: string) => (reads.people++, raw.people.get(id)),
        findAll: (...a: Parameters<Store['people']['findAll']>) => (reads.people++, raw.people.findAll(...a)),
      },
      roleAssignments: {
        ...raw.roleAssignments,
        findAll: (...a: Parameters<Store['roleAssignments']['findAll']>) => (
          reads.roles++,
          raw.roleAssignments.findAll(...a)
        ),
      },
    } as Store;
    caches = new ReadCaches(counted, { actorMs: ACTOR_CACHE_MS, showMs: NAME_CACHE_MS }, () => at);
    store = watchWrites(raw, ['people', 'roleAssignments', 'lineOrganisations'], (n) => caches.written(n));
  });
  afterEach(() => raw.close());

  const person = () => store.people.create({ displayName: 'Alva Ek', email: 'alva@example.se', title: '' });

  it('identifies a person once for parallel reads, and for a write always afresh', async () => {
    const p = await person();
    const [a, b] = await Promise.all([caches.actor(p.id, false), caches.actor(p.id, false)]);
    expect(a?.person.id).toBe(p.id);
    expect(b).toBe(a);
    expect(reads).toEqual({ people: 1, roles: 1 });
    await caches.actor(p.id, true);
    await caches.actor(p.id, true);
    expect(reads).toEqual({ people: 3, roles: 3 });
    // The write's fresh read is what the next read finds.
    await caches.actor(p.id, false);
    expect(reads).toEqual({ people: 3, roles: 3 });
  });

  it("shows another instance's role change after ACTOR_CACHE_MS at most; this instance's at once", async () => {
    const p = await person();
    expect((await caches.actor(p.id, false))!.assignments).toHaveLength(0);
    // Written past this instance (another instance on the same store): kept until the time is out.
    await raw.roleAssignments.create({ personId: p.id, role: 'modelOwner', objectId: null });
    at = ACTOR_CACHE_MS - 1;
    expect((await caches.actor(p.id, false))!.assignments).toHaveLength(0);
    at = ACTOR_CACHE_MS;
    expect((await caches.actor(p.id, false))!.assignments).toHaveLength(1);
    // Written through this instance: dropped at once, inside a transaction too.
    await store.transaction(async (tx) => {
      const [role] = await tx.roleAssignments.findAll({ personId: p.id });
      await tx.roleAssignments.delete(role!.id);
    });
    expect((await caches.actor(p.id, false))!.assignments).toHaveLength(0);
  });

  it('names the person of an Entra object id once, not a miss, and again after this instance writes people', async () => {
    const p = await store.people.create({
      displayName: 'Cia Ek',
      email: 'cia@example.se',
      title: '',
      entraObjectId: 'oid-1',
    });
    const before = reads.people;
    expect(await caches.personIdByObjectId('oid-1')).toBe(p.id);
    expect(await caches.personIdByObjectId('oid-1')).toBe(p.id);
    expect(reads.people).toBe(before + 1);
    expect(await caches.personIdByObjectId('oid-2')).toBeUndefined();
    expect(await caches.personIdByObjectId('oid-2')).toBeUndefined();
    expect(reads.people).toBe(before + 3);
    await store.people.update(p.id, { ...p, entraObjectId: 'oid-2' }, p.etag);
    expect(await caches.personIdByObjectId('oid-1')).toBeUndefined();
    expect(await caches.personIdByObjectId('oid-2')).toBe(p.id);
  });

  it('does not keep a person it did not find', async () => {
    expect(await caches.actor('404', false)).toBeNull();
    expect(await caches.actor('404', false)).toBeNull();
    expect(reads.people).toBe(2);
  });

  it("keeps everyone's records for showing until this instance writes a person, or the time is out", async () => {
    await person();
    expect(await caches.people()).toHaveLength(1);
    await raw.people.create({ displayName: 'Bo Ek', email: 'bo@example.se', title: '' });
    expect(await caches.people()).toHaveLength(1);
    at = NAME_CACHE_MS;
    expect(await caches.people()).toHaveLength(2);
    const [alva] = await store.people.findAll({ email: 'alva@example.se' });
    await expect(
      store.people.update(alva!.id, { ...alva!, displayName: 'Alva Ny' }, 'stale'),
    ).rejects.toThrow();
    // A failed write may still have landed on SharePoint: what it touches is dropped all the same.
    const reread = reads.people;
    await caches.people();
    expect(reads.people).toBe(reread + 1);
  });

  it('passes the rest of the store through: its kind, its transactions, its other collections', async () => {
    expect(store.kind).toBe('sqlite');
    const object = await store.transaction((tx) =>
      tx.objects.create({
        code: 'X',
        name: 'X',
        category: 'core',
        description: '',
        lineOrganisationIds: [],
        active: true,
      }),
    );
    expect((await raw.objects.get(object.id))?.code).toBe('X');
  });

  it('is on for SharePoint and off for the embedded store', () => {
    expect(readCacheTimes({ kind: 'sharepoint' })).toEqual({
      actorMs: ACTOR_CACHE_MS,
      showMs: NAME_CACHE_MS,
    });
    expect(readCacheTimes({ kind: 'sqlite' })).toEqual({ actorMs: 0, showMs: 0 });
  });
});
