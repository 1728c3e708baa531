// Export and import: the embedded store with the demo data → the fake SharePoint site → a fresh embedded
// store. Same records (ids remapped, references rewritten), same counts, same AKN 2020 budget.
import { join } from 'node:path';
import {
  summaryTable,
  transfer,
  TRANSFER_ORDER,
  rewriteReferences,
} from '../../../src/adapters/sharepoint/transfer';
import { openSqliteStore } from '../../../src/adapters/sqlite/sqliteStore';
import { loadDemoData } from '../../../src/demo/seed';
import { budgetTable } from '../../../src/domain/budget/budget';
import { COLLECTIONS, type CollectionName, type Store } from '../../../src/services/ports/store';
import { data } from '../../../src/services/records';
import { assertNoUnhandled, startFakeSharePoint, type FakeSharePoint } from '../../support/fakeGraph';
import { tempDir } from '../../support/tempDir';

let dir: ReturnType<typeof tempDir>;
let site: FakeSharePoint;
beforeEach(async () => {
  dir = tempDir();
  site = await startFakeSharePoint();
});
afterEach(async () => {
  await site.close();
  dir.cleanup();
  assertNoUnhandled(site.fake);
});

async function aknBudget(store: Store) {
  const akn = (await store.objects.findAll({ code: 'AKN' }))[0]!;
  const plan = (await store.plans.findAll({ objectId: akn.id, year: 2020 }))[0]!;
  return budgetTable(await store.budgetLines.findAll({ planId: plan.id }), plan);
}

it('moves everything to SharePoint and back, with every reference rewritten', async () => {
  const pilot = openSqliteStore({ path: join(dir.path, 'pilot.db') });
  await loadDemoData(pilot);
  const sharepoint = await site.openStore();
  const toSharePoint = new Map();
  const lines: string[] = [];
  const exported = await transfer(pilot, sharepoint, { idMap: toSharePoint, log: (l) => lines.push(l) });
  expect(exported.unresolved).toEqual([]);
  expect(lines).toContain(`  objects: 6/6`);

  const fresh = openSqliteStore({ path: join(dir.path, 'fresh.db') });
  const back = new Map();
  const imported = await transfer(sharepoint, fresh, { idMap: back });
  expect(imported.counts).toEqual(exported.counts);
  expect(summaryTable(imported)).toContain('budgetLines');

  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    const before = await pilot[name].findAll();
    const after = await fresh[name].findAll();
    expect(after).toHaveLength(before.length);
    expect(imported.counts[name]).toBe(before.length);
    // Pilot ids → SharePoint item ids → fresh ids; with that, every record is the same.
    const composed = (t: CollectionName, id: string) => back.get(t)?.get(toSharePoint.get(t)?.get(id));
    const expected = before.map((r) => rewriteReferences(name, data(r as never), composed));
    expect(after.map((r) => data(r as never))).toEqual(expected);
  }
  expect(await aknBudget(fresh)).toEqual(await aknBudget(pilot));
  // The approvers of a plan's approval are people too: they arrive as the same people.
  const namesOf = async (store: Store) => {
    const [decision] = (await store.decisions.findAll()).filter((d) => d.approvers?.length);
    const [version] = await store.planVersions.findAll({ planId: decision!.planId! });
    const name = async (id: string) => (await store.people.get(id))?.displayName;
    return Promise.all([...decision!.approvers!, ...version!.approvers].map((a) => name(a.personId)));
  };
  const approvers = await namesOf(fresh);
  expect(approvers.every((n) => typeof n === 'string')).toBe(true);
  expect(approvers).toEqual(await namesOf(pilot));
  expect((await aknBudget(sharepoint)).totals).toEqual((await aknBudget(pilot)).totals);
  // SharePoint got them in creation order, 20 to a $batch.
  const people = await sharepoint.people.findAll();
  expect(people.map((p) => p.displayName)).toEqual((await pilot.people.findAll()).map((p) => p.displayName));

  // Into a store that is not empty: refused, nothing written.
  await expect(transfer(pilot, fresh)).rejects.toThrow(/not empty/);
  expect((await fresh.objects.findAll()).length).toBe(6);
  await pilot.close();
  await fresh.close();
  await sharepoint.close();
});

it('a failure half-way removes what was copied to SharePoint, so the command can run again', async () => {
  const pilot = openSqliteStore({ path: join(dir.path, 'pilot.db') });
  await loadDemoData(pilot);
  const sharepoint = await site.openStore();
  site.fake.list('Objektnav Plans').columns.find((c) => c.name === 'OknSections')!.definition = {
    name: 'OknSections',
    number: {},
  };
  await expect(transfer(pilot, sharepoint)).rejects.toThrow(/OknSections/);
  for (const name of TRANSFER_ORDER) expect(await sharepoint[name].findAll()).toEqual([]);
  await pilot.close();
  await sharepoint.close();
});
