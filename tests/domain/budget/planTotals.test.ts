// The kept totals are exact: any sequence of line changes applied one by one gives what summing the lines
// gives, and the figures a list view shows equal the budget table's.
import { budgetTable } from '../../../src/domain/budget/budget';
import {
  emptyTotals,
  sameTotals,
  totalsOf,
  totalsSummary,
  withChange,
} from '../../../src/domain/budget/planTotals';
import { ASSIGNMENT_TYPES, MAIN_ACTIVITIES, type BudgetLine } from '../../../src/domain/model';

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function line(r: () => number, i: number): BudgetLine {
  return {
    planId: 'p',
    mainActivity: MAIN_ACTIVITIES[Math.floor(r() * 4)]!,
    name: `Rad ${i}`,
    assignmentType: ASSIGNMENT_TYPES[Math.floor(r() * 4)]!,
    priority: null,
    // Hours with two decimals, including the float-awkward ones (0.29 × 100 is not 29 in floats).
    business: { hours: Math.round(r() * 100_000) / 100, otherCost: Math.floor(r() * 50_000) },
    it: { hours: Math.floor(r() * 3000) + 0.29, otherCost: Math.floor(r() * 80_000) },
    sortOrder: i,
  };
}

it('500 random creates, updates and deletes applied one by one equal the recomputed totals', () => {
  const r = rng(18);
  const rate = 655;
  let kept = emptyTotals(rate);
  const lines = new Map<number, BudgetLine>();
  for (let i = 0; i < 500; i++) {
    const ids = [...lines.keys()];
    const pick = ids[Math.floor(r() * ids.length)];
    const op = ids.length === 0 ? 0 : Math.floor(r() * 3);
    if (op === 0) {
      const added = line(r, i);
      lines.set(i, added);
      kept = withChange(kept, undefined, added);
    } else if (op === 1) {
      const before = lines.get(pick!)!;
      const after = { ...line(r, i), sortOrder: before.sortOrder };
      lines.set(pick!, after);
      kept = withChange(kept, before, after);
    } else {
      kept = withChange(kept, lines.get(pick!)!, undefined);
      lines.delete(pick!);
    }
  }
  expect(sameTotals(kept, totalsOf([...lines.values()], rate))).toBe(true);
  expect(kept.lines).toBe(lines.size);
});

it("the summary a list view shows equals the budget table's totals, hours and FTE", () => {
  const r = rng(7);
  const lines = Array.from({ length: 120 }, (_, i) => line(r, i));
  const table = budgetTable(lines, { hourlyRate: 712, hoursPerFte: 1600 });
  const summary = totalsSummary(totalsOf(lines, 712), 1600);
  expect(summary.totals).toEqual(table.totals);
  expect(summary.hours).toBe(table.hours.total);
  expect(summary.fte).toBe(table.fte.total);
});

it('a difference in one cell is drift', () => {
  const r = rng(3);
  const lines = Array.from({ length: 5 }, (_, i) => line(r, i));
  const good = totalsOf(lines, 655);
  const bad = structuredClone(good);
  bad.cost.it.develop += 1;
  expect(sameTotals(good, bad)).toBe(false);
  expect(sameTotals(good, undefined)).toBe(false);
  expect(sameTotals(good, totalsOf(lines, 700))).toBe(false);
});
