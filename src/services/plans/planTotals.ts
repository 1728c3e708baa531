// Keeping a plan's budget totals on its record (ADR 0030): every use case that adds, changes or removes a
// budget line writes the plan's totals in the same transaction, and a recomputation from the lines checks
// and repairs them (`npm run totals`, `checkTotals`).
import {
  currentTotals,
  sameTotals,
  totalsOf,
  withChange,
  type PlanTotals,
} from '../../domain/budget/planTotals';
import type { BudgetLine, ObjectPlan } from '../../domain/model';
import { data, mustGet } from '../records';
import type { Store, StoreCollections, Stored } from '../ports/store';

type Line = Pick<BudgetLine, 'assignmentType' | 'business' | 'it'>;

/**
 * The plan as read inside a transaction, and the totals its lines have before the transaction changes
 * them: the kept ones, or (absent or at another rate) recomputed from the lines, so the write repairs them.
 */
export async function readForTotals(tx: StoreCollections, planId: string) {
  const plan = await mustGet(tx.plans, 'objektplan', planId);
  const base = currentTotals(plan) ?? totalsOf(await tx.budgetLines.findAll({ planId }), plan.hourlyRate);
  return { plan, base };
}

/**
 * Writes the plan (as `next`, default unchanged) with its totals moved by the line changes, against the
 * eTag read in the transaction: a concurrent change of the same plan is a conflict, never a lost sum.
 */
export function writeTotals(
  tx: StoreCollections,
  read: { plan: Stored<ObjectPlan>; base: PlanTotals },
  changes: readonly { before?: Line; after?: Line }[],
  next: ObjectPlan = data(read.plan),
): Promise<Stored<ObjectPlan>> {
  const totals = changes.reduce((t, c) => withChange(t, c.before, c.after), read.base);
  return tx.plans.update(read.plan.id, { ...next, totals }, read.plan.etag);
}

export interface TotalsDrift {
  planId: string;
  objectId: string;
  year: number;
  kept: PlanTotals | undefined;
  actual: PlanTotals;
}

/**
 * Recomputes every plan's totals from its lines and reports the plans whose kept totals differ (absent
 * ones included); with `repair`, writes the recomputed totals, each plan in a transaction of its own.
 * Plans are read a page at a time and each plan's lines by the indexed planId: no list is read whole.
 */
export async function checkTotals(
  store: Store,
  options: { repair?: boolean; log?: (line: string) => void } = {},
): Promise<{ checked: number; drifted: TotalsDrift[]; repaired: number }> {
  const drifted: TotalsDrift[] = [];
  let checked = 0;
  let repaired = 0;
  let cursor: string | undefined;
  do {
    const page = await store.plans.find({ limit: 500, cursor });
    cursor = page.nextCursor;
    for (const plan of page.items) {
      checked++;
      const actual = totalsOf(await store.budgetLines.findAll({ planId: plan.id }), plan.hourlyRate);
      if (sameTotals(plan.totals, actual)) continue;
      drifted.push({ planId: plan.id, objectId: plan.objectId, year: plan.year, kept: plan.totals, actual });
      options.log?.(`plan ${plan.id} (${plan.year}): kept totals differ from its lines`);
      if (!options.repair) continue;
      await store.transaction(async (tx) => {
        const [current, lines] = await Promise.all([
          mustGet(tx.plans, 'objektplan', plan.id),
          tx.budgetLines.findAll({ planId: plan.id }),
        ]);
        const fresh = totalsOf(lines, current.hourlyRate);
        await tx.plans.update(plan.id, { ...data(current), totals: fresh }, current.etag);
      });
      repaired++;
    }
  } while (cursor);
  return { checked, drifted, repaired };
}
