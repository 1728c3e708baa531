// Each plan's kept budget totals (ADR 0030) follow every use case that changes its lines, in the same
// transaction; the recomputation finds drift and repairs it; the portfolio shows what the lines add up to.
import { budgetTable } from '../../src/domain/budget/budget';
import { checkTotals } from '../../src/services/plans/planTotals';
import { data } from '../../src/services/records';
import { objectByCode, servicesHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await servicesHarness();
});
afterAll(() => h.close());

const keptOf = async (planId: string) => (await h.store.planTotals.findAll({ planId }))[0];

it('the demo data keeps every plan’s totals: nothing to repair', async () => {
  const report = await checkTotals(h.store);
  expect(report.checked).toBeGreaterThan(10);
  expect(report.drifted).toEqual([]);
});

it('creating, changing, removing lines and changing the rate keep the totals equal to the lines', async () => {
  const akn = await objectByCode(h.store, 'AKN');
  const leader = await h.as('Oskar Lindell');
  const act = <R>(work: () => Promise<R>) => h.acting(leader, work);
  const plan = await act(() => h.services.plans.create(leader, akn.id, { year: 2033 }));
  expect(await keptOf(plan.id)).toMatchObject({ lines: 0, year: 2033, objectId: akn.id });
  const body = (name: string, hours: number) => ({
    mainActivity: 'drift',
    name,
    assignmentType: 'develop',
    priority: null,
    business: { hours, otherCost: 1000 },
    it: { hours: 0.29, otherCost: 0 },
  });
  const a = await act(() => h.services.plans.createLine(leader, plan.id, body('A', 10.5)));
  const b = await act(() => h.services.plans.createLine(leader, plan.id, body('B', 3)));
  expect((await keptOf(plan.id))?.lines).toBe(2);
  await act(() =>
    h.services.plans.updateLine(leader, a.id, a.etag, { assignmentType: 'maintain', it: { hours: 7 } }),
  );
  await act(() => h.services.plans.deleteLine(leader, b.id, b.etag));
  const before = (await h.store.plans.get(plan.id))!;
  await act(() => h.services.plans.update(leader, plan.id, before.etag, { hourlyRate: 700 }));
  const kept = (await keptOf(plan.id))!;
  expect(kept).toMatchObject({ lines: 1, hourlyRate: 700 });
  // 10.5 h × 700 + 1,000 on the business side, 7 h × 700 on IT, both maintenance now.
  expect(kept.cost).toEqual({ business: { maintain: 8350, develop: 0 }, it: { maintain: 4900, develop: 0 } });
  expect((await checkTotals(h.store)).drifted).toEqual([]);
  // A line edit does not move the plan's eTag: whoever is editing its chapters keeps theirs.
  const after = (await h.store.plans.get(plan.id))!;
  const current = (await h.store.budgetLines.get(a.id))!;
  await act(() => h.services.plans.updateLine(leader, a.id, current.etag, { name: 'A2' }));
  expect((await h.store.plans.get(plan.id))!.etag).toBe(after.etag);
});

it('drift is found and repaired by the recomputation, and the portfolio is right meanwhile', async () => {
  const akn = await objectByCode(h.store, 'AKN');
  const plan = (await h.store.plans.findAll({ objectId: akn.id, year: 2027 }))[0]!;
  const kept = (await keptOf(plan.id))!;
  const lines = await h.store.budgetLines.findAll({ planId: plan.id });
  // Drift as a partial write or a hand edit in the SharePoint list would leave it.
  const wrong = structuredClone(data(kept));
  wrong.cost.business.maintain += 12_345;
  await h.store.planTotals.update(kept.id, wrong, kept.etag);
  // Another plan has none at all (written before totals were kept).
  const other = (await h.store.plans.findAll({ objectId: akn.id, year: 2026 }))[0]!;
  const otherKept = (await keptOf(other.id))!;
  await h.store.planTotals.delete(otherKept.id, otherKept.etag);

  // The portfolio shows the kept totals: a drift shows there, which is why it must be found and repaired.
  const drifted = await h.services.portfolio.summary(2027);
  const row = drifted.objects.find((o) => o.object.id === akn.id)!;
  const table = budgetTable(lines, plan);
  expect(row.budget!.totals.business.maintain).toBe(table.totals.business.maintain + 12_345);

  const found = await checkTotals(h.store);
  expect(found.drifted.map((d) => d.planId).sort()).toEqual([plan.id, other.id].sort());
  expect(found.repaired).toBe(0);
  const repaired = await checkTotals(h.store, { repair: true });
  expect(repaired.repaired).toBe(2);
  expect((await checkTotals(h.store)).drifted).toEqual([]);

  const right = await h.services.portfolio.summary(2027);
  const fixed = right.objects.find((o) => o.object.id === akn.id)!;
  expect(fixed.budget).toEqual({
    totals: table.totals,
    fte: table.fte.total,
    hours: table.hours.total,
  });
});

it('every row of the portfolio equals the budget table of its plan’s lines', async () => {
  const summary = await h.services.portfolio.summary(2027);
  let compared = 0;
  for (const row of summary.objects) {
    if (!row.plan) continue;
    const plan = (await h.store.plans.get(row.plan.id))!;
    const table = budgetTable(await h.store.budgetLines.findAll({ planId: plan.id }), plan);
    expect(row.budget).toEqual({ totals: table.totals, fte: table.fte.total, hours: table.hours.total });
    compared++;
  }
  expect(compared).toBeGreaterThan(3);
});
