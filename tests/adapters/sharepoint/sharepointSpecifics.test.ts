// What the SharePoint adapter does on the wire, checked at the fake of Graph: If-Match and 412,
// Retry-After, nextLink paging, indexed-only filters, OData escaping, $batch chunks, null sentinel,
// lookups, and the best-effort transaction.
import { GraphClient } from '../../../src/adapters/graph/graphClient';
import { auditedStore } from '../../../src/services/audit/auditedStore';
import { runInAuditScope } from '../../../src/services/audit/auditScope';
import { NULL_SENTINEL } from '../../../src/adapters/sharepoint/schema';
import type { SharePointStore } from '../../../src/adapters/sharepoint/sharepointStore';
import { StoreConflictError, StoreNotFoundError, StoreQueryError } from '../../../src/services/ports/store';
import type { Person } from '../../../src/domain/model';
import { assertNoUnhandled, startFakeSharePoint, type FakeSharePoint } from '../../support/fakeGraph';

let site: FakeSharePoint;
let store: SharePointStore;

beforeEach(async () => {
  site = await startFakeSharePoint();
  store = await site.openStore();
  site.fake.resetLog();
});
afterEach(async () => {
  await store.close();
  await site.close();
  assertNoUnhandled(site.fake);
});

const person = (n: number, more: Partial<Person> = {}): Person => ({
  displayName: `Person ${n}`,
  email: `p${n}@objektnav.example`,
  title: 'Handläggare',
  ...more,
});
const itemsOf = (list: string) => [...site.fake.list(`Objektnav ${list}`).items.values()];

describe('reads and writes on the wire', () => {
  it('creates with POST (201) and reads with $expand=fields; ids are item ids, eTags the @odata.etag', async () => {
    const created = await store.people.create(person(1));
    expect(created.id).toMatch(/^\d+$/);
    const item = itemsOf('People')[0]!;
    expect(created.etag).toBe(`"${item.guid},1"`);
    expect(item.fields).toMatchObject({
      Title: 'Person 1',
      OknDisplayName: 'Person 1',
      OknEmail: 'p1@objektnav.example',
    });
    await store.people.get(created.id);
    const get = site.fake.log.find((r) => r.method === 'GET')!;
    expect(decodeURIComponent(get.url)).toContain(`/items/${created.id}?$expand=fields($select=`);
  });

  it('updates with PATCH …/fields and If-Match; a stale eTag is a 412 and a StoreConflictError', async () => {
    const created = await store.people.create(person(1));
    await store.people.update(created.id, person(1, { title: 'Chef' }), created.etag);
    await expect(store.people.update(created.id, person(1), created.etag)).rejects.toBeInstanceOf(
      StoreConflictError,
    );
    const patches = site.fake.log.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => r.url.endsWith(`/items/${created.id}/fields`))).toEqual([true, true]);
    await expect(store.people.update('999', person(1), created.etag)).rejects.toBeInstanceOf(
      StoreNotFoundError,
    );
    await expect(store.people.update('not-an-item-id', person(1), created.etag)).rejects.toBeInstanceOf(
      StoreNotFoundError,
    );
  });

  it('keeps null in indexed columns as a sentinel, so "is null" is an indexed equality', async () => {
    await store.roleAssignments.create({ personId: '1', role: 'itChief', objectId: null });
    expect(itemsOf('Role Assignments')[0]!.fields['OknObjectId']).toBe(NULL_SENTINEL);
    site.fake.resetLog();
    const found = await store.roleAssignments.findAll({ objectId: null });
    expect(found).toHaveLength(1);
    expect(found[0]!.objectId).toBeNull();
    expect(decodeURIComponent(site.fake.log[0]!.url)).toContain(
      `$filter=fields/OknObjectId eq '${NULL_SENTINEL}'`,
    );
    await expect(
      store.roleAssignments.create({ personId: '1', role: 'itChief', objectId: NULL_SENTINEL }),
    ).rejects.toBeInstanceOf(StoreQueryError);
  });

  it("escapes OData string literals: O'Brien matches exactly and cannot widen the filter", async () => {
    await store.people.create(person(1, { email: "o'brien@objektnav.example" }));
    await store.people.create(person(2));
    site.fake.resetLog();
    expect(await store.people.findAll({ email: "o'brien@objektnav.example" })).toHaveLength(1);
    expect(await store.people.findAll({ email: "x' or fields/OknEmail ne 'y" })).toHaveLength(0);
    const urls = site.fake.log.flatMap((r) => (r.inner ?? [r]).map((i) => decodeURIComponent(i.url)));
    expect(urls.some((u) => u.includes("fields/OknEmail eq 'o''brien@objektnav.example'"))).toBe(true);
    expect(urls.some((u) => u.includes("eq 'x'' or fields/OknEmail ne ''y'"))).toBe(true);
  });

  it('refuses a filter on a column without index before asking Graph, as Graph itself would', async () => {
    await expect(store.people.find({ where: { title: 'x' } as never })).rejects.toBeInstanceOf(
      StoreQueryError,
    );
    expect(site.fake.log).toHaveLength(0);
    // Graph's side: a 400 without the Prefer header, an answer with it.
    const graph = site.graph();
    const list = site.fake.list('Objektnav People').id;
    const path = `/sites/${site.fake.siteId}/lists/${list}/items?$expand=fields&$filter=${encodeURIComponent("fields/OknJobTitle eq 'x'")}`;
    const refused = await graph.send({ method: 'GET', path });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('invalidRequest');
    expect(refused.body.error.message).toContain('HonorNonIndexedQueriesWarningMayFailRandomly');
    const allowed = await graph.send({
      method: 'GET',
      path,
      headers: { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' },
    });
    expect(allowed.status).toBe(200);
  });

  it("past 5,000 items the fake keeps SharePoint's list view threshold: no scan, Prefer or not", async () => {
    site.fake.seedItems(
      'Objektnav People',
      Array.from({ length: 5004 }, (_, n) => ({
        Title: `Person ${n}`,
        OknDisplayName: `Person ${n}`,
        OknEmail: n < 5001 ? 'same@objektnav.example' : `p${n}@objektnav.example`,
        OknJobTitle: 'x',
      })),
    );
    const graph = site.graph();
    const list = site.fake.list('Objektnav People').id;
    const items = `/sites/${site.fake.siteId}/lists/${list}/items?$expand=fields`;
    const prefer = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };
    const filter = (f: string) => `${items}&$filter=${encodeURIComponent(f)}`;
    // A non-indexed column: refused with the threshold's 500 even with the Prefer header.
    const scan = await graph.send({
      method: 'GET',
      path: filter("fields/OknJobTitle eq 'x'"),
      headers: prefer,
    });
    expect(scan.status).toBe(500);
    expect(scan.body.error.message).toBe(
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
    // An indexed column whose value alone matches more than 5,000 items: refused too.
    const broad = await graph.send({
      method: 'GET',
      path: filter("fields/OknEmail eq 'same@objektnav.example'"),
    });
    expect(broad.status).toBe(500);
    // A selective indexed filter, and paging through the whole list in id order, are answered.
    const narrow = await graph.send({
      method: 'GET',
      path: filter("fields/OknEmail eq 'p5003@objektnav.example'"),
    });
    expect(narrow.status).toBe(200);
    expect(narrow.body.value).toHaveLength(1);
    const paged = await graph.send({ method: 'GET', path: `${items}&$top=5000` });
    expect(paged.status).toBe(200);
    expect(paged.body['@odata.nextLink']).toBeDefined();
    expect(site.fake.thresholdRefusals).toEqual(['Objektnav People', 'Objektnav People']);
  });

  it('writes lookup companions ({Name}LookupId) for references to items, and reads our own column back', async () => {
    const object = await store.objects.create({
      code: 'AKN',
      name: 'Arkiv',
      category: 'support',
      description: '',
      lineOrganisationIds: [],
      active: true,
    });
    const product = await store.products.create({
      objectId: object.id,
      name: 'E-arkiv',
      description: '',
      sortOrder: 1,
    });
    expect(itemsOf('Products')[0]!.fields).toMatchObject({
      OknObjectId: object.id,
      OknObjectLinkLookupId: object.id,
    });
    expect(product.objectId).toBe(object.id);
  });

  it('keeps fields the schema does not know in a JSON column, and clears them on update', async () => {
    const created = await store.people.create({ ...person(1), future: { a: 1 } } as Person);
    expect(itemsOf('People')[0]!.fields['OknExtra']).toBe('{"future":{"a":1}}');
    expect(await store.people.get(created.id)).toMatchObject({ future: { a: 1 } });
    const updated = await store.people.update(created.id, person(1), created.etag);
    expect(updated).not.toHaveProperty('future');
  });
});

describe('paging', () => {
  beforeEach(async () => {
    for (let i = 0; i < 12; i++) await store.people.create(person(i));
    site.fake.resetLog();
  });

  it('follows @odata.nextLink, handed out as an opaque cursor', async () => {
    const first = await store.people.find({ limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).toBeDefined();
    expect(first.nextCursor).not.toContain('http');
    const second = await store.people.find({ limit: 5, cursor: first.nextCursor });
    expect(second.items.map((p) => p.displayName)).toEqual([5, 6, 7, 8, 9].map((n) => `Person ${n}`));
    expect(decodeURIComponent(site.fake.log[1]!.url)).toContain('$skiptoken=');
    const third = await store.people.find({ limit: 5, cursor: second.nextCursor });
    expect(third.items).toHaveLength(2);
    expect(third.nextCursor).toBeUndefined();
  });

  it('refuses a cursor it did not hand out, or one for another list', async () => {
    await expect(store.people.find({ cursor: 'not-a-cursor' })).rejects.toThrow('Invalid cursor');
    const evil = Buffer.from('/sites/elsewhere/lists/x/items?$top=1').toString('base64url');
    await expect(store.people.find({ cursor: evil })).rejects.toThrow('Invalid cursor');
    const page = await store.people.find({ limit: 5 });
    await expect(store.objects.find({ cursor: page.nextCursor })).rejects.toThrow('Invalid cursor');
    expect(site.fake.log).toHaveLength(1);
  });

  it('findAll reads every page with $top=5000', async () => {
    expect(await store.people.findAll()).toHaveLength(12);
    expect(decodeURIComponent(site.fake.log[0]!.url)).toContain('$top=5000');
  });
});

describe('throttling', () => {
  it('waits for Retry-After on a 429, then retries (graph client RetryHandler)', async () => {
    const created = await store.people.create(person(1));
    site.fake.resetLog();
    site.fake.throttle(1, 1);
    const started = Date.now();
    expect((await store.people.get(created.id))?.displayName).toBe('Person 1');
    expect(site.fake.log).toHaveLength(2);
    expect(site.fake.log[1]!.at - site.fake.log[0]!.at).toBeGreaterThanOrEqual(990);
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
  });

  it('waits for Retry-After on a 503 too, also for a write', async () => {
    site.fake.throttle(1, 1, (method) => method === 'POST', 503);
    const started = Date.now();
    const created = await store.people.create(person(1));
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(site.fake.log.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(await store.people.findAll()).toEqual([created]); // once, not twice
  });

  it('retries only the throttled requests of a $batch, after their Retry-After', async () => {
    const people: { id: string }[] = [];
    for (let i = 0; i < 3; i++) people.push(await store.people.create(person(i)));
    site.fake.resetLog();
    site.fake.throttle(1, 1, (_m, url, inBatch) => inBatch && url.includes(`/items/${people[1]!.id}?`));
    const found = await Promise.all(people.map((p) => store.people.get(p.id)));
    expect(found.map((p) => p?.displayName)).toEqual(['Person 0', 'Person 1', 'Person 2']);
    expect(site.fake.log.map((r) => r.inner?.length)).toEqual([3, 1]);
    expect(site.fake.log[1]!.at - site.fake.log[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('gives up after the retries and reports the throttling', async () => {
    const graph = new GraphClient({
      baseUrl: site.fake.graphBaseUrl,
      token: async () => site.fake.token,
      maxRetries: 1,
      retryDelaySeconds: 0,
    });
    site.fake.throttle(5, 0);
    const res = await graph.send({ method: 'GET', path: `/sites/${site.fake.siteId}/lists` });
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('0');
    expect(res.body.error.code).toBe('TooManyRequests');
  });
});

describe('$batch', () => {
  it('sends reads issued in the same tick as one $batch, in chunks of at most 20', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 45; i++) ids.push((await store.people.create(person(i))).id);
    site.fake.resetLog();
    const found = await Promise.all([...ids, '999999'].map((id) => store.people.get(id)));
    expect(found.filter(Boolean)).toHaveLength(45);
    expect(found[45]).toBeUndefined(); // its own 404 inside the batch, the others unharmed
    expect(site.fake.log.every((r) => r.url === '/v1.0/$batch')).toBe(true);
    expect(site.fake.log.map((r) => r.inner!.length).sort((a, b) => b - a)).toEqual([20, 20, 6]);
  });

  it('Graph refuses a 21st request; our client never sends one', async () => {
    const graph = site.graph();
    const requests = Array.from({ length: 21 }, (_, i) => ({
      id: String(i + 1),
      method: 'GET',
      url: `/sites/${site.fake.siteId}/lists`,
    }));
    const refused = await graph.send({ method: 'POST', path: '/$batch', body: { requests } });
    expect(refused.status).toBe(400);
    const answers = await graph.batch(
      requests.map(() => ({ method: 'GET' as const, path: `/sites/${site.fake.siteId}/lists` })),
    );
    expect(answers.map((a) => a.status)).toEqual(new Array(21).fill(200));
  });

  it('identical reads in the same tick share one request', async () => {
    const created = await store.people.create(person(1));
    site.fake.resetLog();
    await Promise.all([store.people.get(created.id), store.people.get(created.id)]);
    expect(site.fake.log).toHaveLength(1);
    expect(site.fake.log[0]!.inner).toBeUndefined();
  });
});

describe('transactions (best effort, ADR 0008)', () => {
  it('undoes creates and updates when the work fails, and never runs its deletes', async () => {
    const kept = await store.people.create(person(1));
    const doomed = await store.people.create(person(2));
    await expect(
      store.transaction(async (tx) => {
        const p = (await tx.people.get(kept.id))!;
        await tx.people.update(kept.id, person(1, { title: 'Ändrad' }), p.etag);
        await tx.people.create(person(3));
        await tx.people.delete(doomed.id);
        expect(await tx.people.get(doomed.id)).toBeUndefined(); // the transaction sees its own delete
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const all = await store.people.findAll();
    expect(all.map((p) => [p.displayName, p.title])).toEqual([
      ['Person 1', 'Handläggare'],
      ['Person 2', 'Handläggare'],
    ]);
  });

  it('runs the deletes when the work succeeds, the last one after the others', async () => {
    const a = await store.people.create(person(1));
    const b = await store.people.create(person(2));
    const c = await store.people.create(person(3));
    site.fake.resetLog();
    await store.transaction(async (tx) => {
      await tx.people.delete(a.id);
      await tx.people.delete(b.id);
      await tx.people.delete(c.id);
      expect(site.fake.log).toHaveLength(0);
    });
    // a and b together in one $batch, then c alone.
    expect(
      site.fake.log.map((r) => (r.inner ? r.inner.length : `${r.method} ${r.url.split('/').pop()}`)),
    ).toEqual([2, `DELETE ${c.id}`]);
    expect(await store.people.findAll()).toHaveLength(0);
  });

  it('a delete that fails at the end undoes the rest of the transaction', async () => {
    const a = await store.people.create(person(1));
    await expect(
      store.transaction(async (tx) => {
        await tx.people.create(person(2));
        await tx.people.delete(a.id, '"stale"');
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect((await store.people.findAll()).map((p) => p.displayName)).toEqual(['Person 1']);
  });

  it('an update of a record not read in the transaction checks its eTag first (to be undoable)', async () => {
    const a = await store.people.create(person(1));
    const b = await store.people.update(a.id, person(1, { title: 'B' }), a.etag);
    site.fake.resetLog();
    await expect(
      store.transaction(async (tx) => {
        await tx.people.update(a.id, person(1, { title: 'C' }), a.etag);
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect(site.fake.log.map((r) => r.method)).toEqual(['GET']);
    expect((await store.people.get(a.id))!.etag).toBe(b.etag);
  });

  it('writes issued together in a transaction go as one $batch, in order, each only if the one before succeeded', async () => {
    const a = await store.people.create(person(1));
    site.fake.resetLog();
    await store.transaction(async (tx) => {
      await tx.people.get(a.id);
      await Promise.all([
        tx.people.create(person(2)),
        tx.people.create(person(3)),
        tx.people.update(a.id, person(1, { title: 'Sist' }), a.etag),
      ]);
    });
    const batch = site.fake.log[1]!;
    expect(batch.inner!.map((r) => [r.method, r.dependsOn])).toEqual([
      ['POST', undefined],
      ['POST', ['1']],
      ['PATCH', ['2']],
    ]);
    expect((await store.people.findAll()).map((p) => p.title)).toEqual([
      'Sist',
      'Handläggare',
      'Handläggare',
    ]);

    // The middle one fails: the last is not applied (424), the first is undone, the error is the real one.
    const b = (await store.people.findAll())[0]!;
    site.fake.resetLog();
    await expect(
      store.transaction(async (tx) => {
        await tx.people.get(b.id);
        site.fake.list('Objektnav People').items.get(Number(b.id))!.version++; // someone edits it in SharePoint
        await Promise.all([
          tx.people.create(person(4)),
          tx.people.update(b.id, person(1, { title: 'Stale' }), b.etag),
          tx.people.create(person(5)),
        ]);
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect(site.fake.log[1]!.inner!.map((r) => r.method)).toEqual(['POST', 'PATCH', 'POST']);
    expect((await store.people.findAll()).map((p) => p.displayName)).toEqual([
      'Person 1',
      'Person 2',
      'Person 3',
    ]);
  });

  it('reads issued in the same tick as a chain of writes travel in its $batch, after the writes (one chain: Graph takes no mix)', async () => {
    const a = await store.people.create(person(1));
    const b = await store.people.create(person(2));
    site.fake.resetLog();
    const [found, , , missing, byEmail] = await store.transaction(async (tx) => {
      await tx.people.get(a.id);
      return Promise.all([
        tx.people.get(b.id),
        tx.people.update(a.id, person(1, { title: 'Ny' }), a.etag),
        tx.people.create(person(3)),
        tx.people.get('999999'), // a 404 of its own: holds back the reads after it, which go again
        tx.people.findAll({ email: 'p2@objektnav.example' }),
      ]);
    });
    expect(found?.displayName).toBe('Person 2');
    expect(missing).toBeUndefined();
    expect(byEmail.map((p) => p.displayName)).toEqual(['Person 2']);
    // The read of a, then one chain: the two writes in the order issued, then the reads; then the read
    // held back by the 404 before it, alone.
    const log = site.fake.log.map((r) =>
      (r.inner ?? [{ method: r.method, dependsOn: undefined }]).map((i) => [
        i.method,
        i.dependsOn?.[0] ?? null,
      ]),
    );
    expect(log).toEqual([
      [['GET', null]],
      [
        ['PATCH', null],
        ['POST', '1'],
        ['GET', '2'],
        ['GET', '3'],
        ['GET', '4'],
      ],
      [['GET', null]],
    ]);
    expect((await store.people.findAll()).map((p) => p.title)).toEqual(['Ny', 'Handläggare', 'Handläggare']);
  });

  it('a throttled write in such a chain is sent again with everything after it, in order', async () => {
    const a = await store.people.create(person(1));
    site.fake.resetLog();
    site.fake.throttle(
      1,
      0,
      (method, url, inBatch) => inBatch && method === 'POST' && url.endsWith('/items'),
    );
    await store.transaction(async (tx) => {
      await tx.people.get(a.id);
      await Promise.all([
        tx.people.update(a.id, person(1, { title: 'Först' }), a.etag),
        tx.people.create(person(2)),
        tx.people.findAll({ email: 'p1@objektnav.example' }),
      ]);
    });
    const batches = site.fake.log.filter((r) => r.inner).map((r) => r.inner!.map((i) => i.method));
    expect(batches).toEqual([
      ['PATCH', 'POST', 'GET'],
      ['POST', 'GET'],
    ]);
    expect((await store.people.findAll()).map((p) => p.title)).toEqual(['Först', 'Handläggare']);
  });

  it('the fake refuses a $batch that mixes dependent and independent requests, as Graph does', async () => {
    const graph = site.graph();
    const url = `/sites/${site.fake.siteId}/lists`;
    const res = await graph.send({
      method: 'POST',
      path: '/$batch',
      body: {
        requests: [
          { id: '1', method: 'GET', url },
          { id: '2', method: 'GET', url, dependsOn: ['1'] },
          { id: '3', method: 'GET', url, dependsOn: ['2'] },
          { id: '4', method: 'GET', url },
        ],
      },
    });
    expect(res.status).toBe(400);
  });

  it('when the work fails early, writes still under way are waited for and undone too', async () => {
    const a = await store.people.create(person(1));
    await expect(
      store.transaction(async (tx) => {
        await Promise.all([
          tx.people.create(person(2)),
          tx.people.update(a.id, person(1), '"stale"'), // not read in the transaction: checked by a GET first
        ]);
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect((await store.people.findAll()).map((p) => p.displayName)).toEqual(['Person 1']);
  });

  it('one transaction at a time; writes outside wait for it', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const tx = store.transaction(async (t) => {
      await t.people.create(person(1));
      await gate;
    });
    await new Promise((r) => setTimeout(r, 20));
    let outsideDone = false;
    const outside = store.people.create(person(2)).then(() => (outsideDone = true));
    await new Promise((r) => setTimeout(r, 50));
    expect(outsideDone).toBe(false);
    release();
    await tx;
    await outside;
    expect((await store.people.findAll()).map((p) => p.displayName)).toEqual(['Person 1', 'Person 2']);
  });
});

describe('the audit log on SharePoint', () => {
  const clock = { now: () => new Date('2026-11-23T11:00:00Z') };

  it("a transaction's log entries travel with its next write, in the same $batch; the last ones when it ends", async () => {
    const audited = auditedStore(store, clock);
    await runInAuditScope({ via: 'api', requestId: 'r1', personId: '7' }, () =>
      audited.transaction(async (tx) => {
        const p = await tx.people.create(person(1));
        await tx.people.update(p.id, person(1, { title: 'Ny titel' }), p.etag);
        await tx.people.create(person(2));
      }),
    );
    // Create alone; then the create's entry with the update; then the update's entry with the second
    // create; then the last entry: four round trips for three writes, not six. Each entry is chained ahead
    // of the write it travels with, so it stands whatever becomes of that write; if the transaction
    // fails, the store's undo removes it with the writes.
    const lists = site.fake.log.map((r) =>
      (r.inner ?? [r]).map((i) => `${i.method} ${/lists\/([^/]+)/.exec(decodeURIComponent(i.url))?.[1]}`),
    );
    const people = site.fake.list('Objektnav People').id;
    const log = site.fake.list('Objektnav Audit Log').id;
    expect(lists).toEqual([
      [`POST ${people}`],
      [`POST ${log}`, `PATCH ${people}`],
      [`POST ${log}`, `POST ${people}`],
      [`POST ${log}`],
    ]);
    const entries = await store.auditLog.findAll({ collection: 'people' });
    expect(entries.map((e) => [e.action, e.actorId, e.requestId])).toEqual([
      ['create', '7', 'r1'],
      ['update', '7', 'r1'],
      ['create', '7', 'r1'],
    ]);
    expect(entries[1]!.after).toMatchObject({ title: 'Ny titel' });
  });

  it('a transaction inside another joins its journal: entries still ride with the next write', async () => {
    const audited = auditedStore(store, clock);
    await audited.transaction(async (tx) => {
      await tx.people.create(person(1));
      await audited.transaction(async (inner) => {
        await inner.people.create(person(2));
      });
    });
    const people = site.fake.list('Objektnav People').id;
    const log = site.fake.list('Objektnav Audit Log').id;
    const lists = site.fake.log.map((r) =>
      (r.inner ?? [r]).map((i) => `${i.method} ${/lists\/([^/]+)/.exec(decodeURIComponent(i.url))?.[1]}`),
    );
    expect(lists).toEqual([[`POST ${people}`], [`POST ${log}`, `POST ${people}`], [`POST ${log}`]]);
    expect(await store.auditLog.findAll({ collection: 'people' })).toHaveLength(2);
  });

  it('a use case that survives a failed write keeps the entries of the writes that succeeded', async () => {
    const audited = auditedStore(store, clock);
    const a = await store.people.create(person(1));
    site.fake.resetLog();
    await runInAuditScope({ via: 'api', requestId: 'r2', personId: '7' }, () =>
      audited.transaction(async (tx) => {
        const current = (await tx.people.get(a.id))!;
        site.fake.list('Objektnav People').items.get(Number(a.id))!.version++; // edited in SharePoint
        await tx.people.create(person(2));
        // The create's entry travels with this PATCH, which Graph refuses (412); the use case goes on.
        await tx.people.update(a.id, person(1, { title: 'Stale' }), current.etag).catch(() => undefined);
      }),
    );
    expect(site.fake.log.at(-1)!.inner!.map((i) => i.method)).toEqual(['POST', 'PATCH']);
    expect((await store.people.findAll()).map((p) => p.displayName)).toEqual(['Person 1', 'Person 2']);
    expect((await store.auditLog.findAll()).map((e) => e.action)).toEqual(['create']);
  });

  it('when a later write fails, the entries already written are undone with the writes', async () => {
    const audited = auditedStore(store, clock);
    const a = await store.people.create(person(1));
    await expect(
      audited.transaction(async (tx) => {
        await tx.people.create(person(2));
        await tx.people.update(a.id, person(1, { title: 'Stale' }), '"stale"');
      }),
    ).rejects.toBeInstanceOf(StoreConflictError);
    expect((await store.people.findAll()).map((p) => p.displayName)).toEqual(['Person 1']);
    expect(await store.auditLog.findAll()).toEqual([]);
  });
});

it('an invalid token is a 401 from Graph, reported with its code', async () => {
  const graph = new GraphClient({ baseUrl: site.fake.graphBaseUrl, token: async () => 'wrong' });
  const res = await graph.send({ method: 'GET', path: `/sites/${site.fake.siteId}/lists` });
  expect(res.status).toBe(401);
  expect(res.body).toEqual({ error: { code: 'InvalidAuthenticationToken', message: expect.any(String) } });
});
