// Issue 12, finding 5: a write acknowledged outside a transaction (a budget line's update, an initiative's
// creation) used to commit before its audit entry, in a commit of its own, so a crash in between left a
// write without its entry. The entry now commits with the write or neither does: here the entry's write
// fails, which on the embedded store must take the write with it.
import { join } from 'node:path';
import { openSqliteStore } from '../../src/adapters/sqlite/sqliteStore';
import { auditedStore } from '../../src/services/audit/auditedStore';
import type { Store, StoreCollections } from '../../src/services/ports/store';
import { tempDir } from '../support/tempDir';

let dir: ReturnType<typeof tempDir>;
let raw: Store;
let audited: Store;
/** The audit log refuses the next entries (a stand-in for the process dying before the entry lands). */
let refuseEntries = false;

function withFailingLog(collections: StoreCollections): StoreCollections {
  const log = collections.auditLog;
  return {
    ...collections,
    auditLog: {
      ...log,
      get: (id) => log.get(id),
      find: (q) => log.find(q),
      findAll: (w, o) => log.findAll(w, o),
      update: (id, d, m) => log.update(id, d, m),
      delete: (id, m) => log.delete(id, m),
      create: async (entry) => {
        if (refuseEntries) throw new Error('the entry did not land');
        return log.create(entry);
      },
    },
  };
}

beforeEach(() => {
  dir = tempDir();
  raw = openSqliteStore({ path: join(dir.path, 'a.db') });
  const failing: Store = {
    ...raw,
    ...withFailingLog(raw),
    kind: raw.kind,
    transaction: (work) => raw.transaction((tx) => work(withFailingLog(tx))),
    isEmpty: () => raw.isEmpty(),
    close: () => raw.close(),
  };
  audited = auditedStore(failing, { now: () => new Date('2026-11-23T10:00:00Z') });
  refuseEntries = false;
});

afterEach(async () => {
  await raw.close();
  dir.cleanup();
});

const related = { objectId: 'o-1', name: 'Ekonomisystemet', description: '' };

it('a create outside a transaction lands with its entry, or not at all', async () => {
  refuseEntries = true;
  await expect(audited.relatedObjects.create(related)).rejects.toThrow('the entry did not land');
  expect(await raw.relatedObjects.findAll()).toEqual([]);

  refuseEntries = false;
  const created = await audited.relatedObjects.create(related);
  expect(await raw.auditLog.findAll({ recordId: created.id })).toEqual([
    expect.objectContaining({ action: 'create', collection: 'relatedObjects' }),
  ]);
});

it('an update outside a transaction lands with its entry, or not at all', async () => {
  const created = await audited.relatedObjects.create(related);
  refuseEntries = true;
  await expect(
    audited.relatedObjects.update(created.id, { ...related, name: 'Nytt namn' }, created.etag),
  ).rejects.toThrow('the entry did not land');
  expect(await raw.relatedObjects.get(created.id)).toMatchObject({ name: 'Ekonomisystemet', etag: '"1"' });
  expect(await raw.auditLog.findAll({ recordId: created.id })).toHaveLength(1);
});

it('a delete outside a transaction lands with its entry, or not at all', async () => {
  const created = await audited.relatedObjects.create(related);
  refuseEntries = true;
  await expect(audited.relatedObjects.delete(created.id, created.etag)).rejects.toThrow();
  expect(await raw.relatedObjects.get(created.id)).toBeDefined();
  refuseEntries = false;
  await audited.relatedObjects.delete(created.id, created.etag);
  expect((await raw.auditLog.findAll({ recordId: created.id })).map((e) => e.action)).toEqual([
    'create',
    'delete',
  ]);
});

it('a write in a transaction still shares the transaction (no transaction of its own inside one)', async () => {
  await expect(
    audited.transaction(async (tx) => {
      await tx.relatedObjects.create(related);
      // The top-level collections inside a transaction join it rather than waiting for it (a deadlock).
      await audited.relatedObjects.create({ ...related, name: 'Andra' });
      throw new Error('rollback');
    }),
  ).rejects.toThrow('rollback');
  expect(await raw.relatedObjects.findAll()).toEqual([]);
  expect(await raw.auditLog.findAll()).toEqual([]);
});
