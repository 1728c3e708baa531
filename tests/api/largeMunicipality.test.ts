// Issue 18 point 3: the API's read paths on a large municipality. The set has the shape of
// `npm run seed:large` (objects × plan years × budget lines, people in every object role, an audit log
// mostly of budget edits), scaled down so the suite stays quick, yet with more than SharePoint's 5,000-item
// list view threshold in the budget lines, the audit log and the log's budget-line entries alone. In the
// api-sharepoint project the fake enforces that threshold: a query that would scan is refused with a 500,
// so every read below is proven to use indexed queries and paging.
import { checkTotals } from '../../src/services/plans/planTotals';
import { loadLargeSet, largeCode, type LargeShape } from '../../src/demo/large/largeSet';
import { LIST_VIEW_THRESHOLD } from '../support/fakeGraph/fakeGraph';
import { startTestApp, type TestApp } from '../support/testApp';

const SHAPE: LargeShape = {
  objects: 60,
  years: 5,
  linesPerPlan: 20,
  people: 600,
  auditEntries: 6_000,
  lastYear: 2028,
};

let t: TestApp;
let objectId: string;
let leader: string;
beforeAll(async () => {
  t = await startTestApp();
  const counts = await loadLargeSet(t.app.store, SHAPE);
  expect(counts.budgetLines).toBe(6_000);
  expect(counts.budgetLines).toBeGreaterThan(LIST_VIEW_THRESHOLD);
  expect(counts.auditEntries).toBeGreaterThan(LIST_VIEW_THRESHOLD);
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  objectId = objects.find((o) => o.code === largeCode(41))!.id;
  const assignments = (await t.app.store.roleAssignments.findAll({ objectId })).filter(
    (a) => a.role === 'leaderBusiness',
  );
  leader = assignments[0]!.personId;
}, 240_000);
afterAll(async () => {
  await t.stop();
});
// No query on the large lists was refused for scanning.
afterEach(() => {
  expect(t.sharepoint?.fake.thresholdRefusals ?? []).toEqual([]);
});
beforeEach(() => t.sharepoint?.fake.resetLog());

/**
 * Reads of the budget lines (60,000 in a large municipality) that name no plan: pages through the whole
 * list, which SharePoint allows past its threshold but which costs a request per 5,000 lines. None of the
 * views may do it. (Empty on the embedded store, which has no Graph log.)
 */
function budgetLineScans(): string[] {
  const fake = t.sharepoint?.fake;
  if (!fake) return [];
  const list = fake.list('Objektnav Budget Lines').id;
  const urls = fake.log.flatMap((r) => [r.url, ...(r.inner ?? []).map((i) => i.url)]);
  return urls
    .map((u) => decodeURIComponent(u))
    .filter((u) => u.includes(`/lists/${list}/items?`) && !u.includes('$filter=fields/OknPlanId eq'));
}

describe('a large municipality through the API', () => {
  it('the portfolio lists every object of the year with its budget', async () => {
    const res = await t.call('GET', '/api/portfolio?year=2027');
    expect(res.status).toBe(200);
    const rows = JSON.stringify(res.body);
    for (const n of [0, 41, SHAPE.objects - 1]) expect(rows).toContain(largeCode(n));
    expect(budgetLineScans()).toEqual([]);
  });

  it("the object tab's reads: the object, its plans, a plan's budget and lines, open items", async () => {
    const object = await t.call('GET', `/api/objects/${objectId}`, { as: leader });
    expect(object.status).toBe(200);
    expect(object.body.code).toBe(largeCode(41));
    const plans = await t.call('GET', `/api/objects/${objectId}/plans`, { as: leader });
    expect(plans.status).toBe(200);
    expect((plans.body as { year: number }[]).map((p) => p.year).sort()).toEqual([
      2024, 2025, 2026, 2027, 2028,
    ]);
    const plan = (plans.body as { id: string; year: number }[]).find((p) => p.year === 2027)!;
    const budget = await t.call('GET', `/api/plans/${plan.id}/budget`, { as: leader });
    expect(budget.status).toBe(200);
    const lines = await t.call('GET', `/api/plans/${plan.id}/budget-lines`, { as: leader });
    expect(lines.status).toBe(200);
    expect(lines.body).toHaveLength(SHAPE.linesPerPlan);
    const open = await t.call('GET', `/api/objects/${objectId}/open-items`, { as: leader });
    expect(open.status).toBe(200);
    expect(budgetLineScans()).toEqual([]);
  });

  it('a budget edit on a large plan is written (indexed reads inside the write too)', async () => {
    const plans = (await t.call('GET', `/api/objects/${objectId}/plans`, { as: leader })).body as {
      id: string;
      year: number;
    }[];
    const planId = plans.find((p) => p.year === 2028)!.id;
    const [line] = (await t.call('GET', `/api/plans/${planId}/budget-lines`, { as: leader })).body as {
      id: string;
      etag: string;
      it: { hours: number };
    }[];
    const res = await t.call('PATCH', `/api/budget-lines/${line!.id}`, {
      as: leader,
      ifMatch: line!.etag,
      body: { it: { hours: line!.it.hours + 1 } },
    });
    expect(res.status).toBe(200);
    expect(res.body.it.hours).toBe(line!.it.hours + 1);
    expect(budgetLineScans()).toEqual([]);
  });

  it('the year wheel and "Mitt arbete" of a person in a large object', async () => {
    expect((await t.call('GET', '/api/year-wheel?year=2027')).status).toBe(200);
    const work = await t.call('GET', '/api/me/work', { as: leader });
    expect(work.status).toBe(200);
    expect(work.body.items).toEqual(expect.any(Array));
    expect(budgetLineScans()).toEqual([]);
  });

  it('the audit log pages through every entry, and filters by record, person and collection', async () => {
    const admin = t.person('Lena Holm');
    const all = await t.call('GET', '/api/audit', { as: admin });
    expect(all.status).toBe(200);
    expect((all.body as unknown[]).length).toBeGreaterThanOrEqual(SHAPE.auditEntries);
    const sample = (all.body as { recordId: string; actorId: string; collection: string }[]).find(
      (e) => e.collection === 'budgetLines',
    )!;
    const byRecord = await t.call('GET', `/api/audit?recordId=${sample.recordId}`, { as: admin });
    expect(byRecord.status).toBe(200);
    expect((byRecord.body as unknown[]).length).toBeGreaterThan(0);
    const byActor = await t.call('GET', `/api/audit?actorId=${sample.actorId}`, { as: admin });
    expect(byActor.status).toBe(200);
    // More budget-line entries than the threshold: the collection alone cannot drive a SharePoint query.
    const byCollection = await t.call('GET', '/api/audit?collection=budgetLines&format=json', {
      as: admin,
    });
    expect(byCollection.status).toBe(200);
    expect((byCollection.body as unknown[]).length).toBeGreaterThan(LIST_VIEW_THRESHOLD);
  });

  it("every plan's kept totals agree with its lines (loaded in bulk, then edited through the API)", async () => {
    const report = await checkTotals(t.app.store);
    expect(report.checked).toBeGreaterThanOrEqual(SHAPE.objects * SHAPE.years);
    expect(report.drifted).toEqual([]);
  });
});
