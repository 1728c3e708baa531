// Keeping each plan's budget totals (ADR 0030): every use case that adds, changes or removes a budget line
// writes the plan's totals record in the same transaction, and a recomputation from the lines checks and
// repairs them (`npm run totals`, `checkTotals`). The totals live beside the plan, not on it, so that a
// line edit does not move the plan's eTag (someone editing the plan's chapters meanwhile keeps theirs).
import {
  currentTotals,
  sameTotals,
  totalsOf,
  totalsPart,
  withChange,
  type PlanTotals,
  type PlanTotalsRecord,
} from '../../domain/budget/planTotals';
import type { BudgetLine, ObjectPlan } from '../../domain/model';
import type { Store, StoreCollections, Stored } from '../ports/store';

type Line = Pick<BudgetLine, 'assignmentType' | 'business' | 'it'>;
type Plan = Pick<Stored<ObjectPlan>, 'id' | 'objectId' | 'year' | 'hourlyRate'>;

export interface TotalsRead {
  plan: Plan;
  kept: Stored<PlanTotalsRecord> | undefined;
  /** The totals of the plan's lines before the transaction changes them. */
  base: PlanTotals;
}

/**
 * The plan's kept totals record, read inside the transaction, and the totals its lines have now: the kept
 * ones, or (absent, or at another rate than the plan's) recomputed from the lines, so the write repairs them.
 */
export async function readForTotals(tx: StoreCollections, plan: Plan): Promise<TotalsRead> {
  const [kept] = await tx.planTotals.findAll({ planId: plan.id });
  const current = currentTotals(plan, kept);
  const base = current ?? totalsOf(await tx.budgetLines.findAll({ planId: plan.id }), plan.hourlyRate);
  return { plan, kept, base };
}

/** Writes `totals` as the plan's kept record (created if it has none), against the eTag read. */
export function putTotals(
  tx: StoreCollections,
  plan: Plan,
  kept: Stored<PlanTotalsRecord> | undefined,
  totals: PlanTotals,
): Promise<Stored<PlanTotalsRecord>> {
  const record: PlanTotalsRecord = {
    planId: plan.id,
    objectId: plan.objectId,
    year: plan.year,
    ...totalsPart(totals),
  };
  return kept ? tx.planTotals.update(kept.id, record, kept.etag) : tx.planTotals.create(record);
}

/**
 * Writes the totals moved by the line changes, against the eTag read in the transaction: two edits of the
 * same plan's lines at once are a conflict for one of them, never a lost sum.
 */
export function writeTotals(
  tx: StoreCollections,
  read: TotalsRead,
  changes: readonly { before?: Line; after?: Line }[],
): Promise<Stored<PlanTotalsRecord>> {
  const totals = changes.reduce((t, c) => withChange(t, c.before, c.after), read.base);
  return putTotals(tx, read.plan, read.kept, totals);
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
 * Plans are read a page at a time and each plan's lines and totals by the indexed planId: no list is read
 * whole. Kept totals of plans that no longer exist are removed by a repair too.
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
      const [lines, [kept]] = await Promise.all([
        store.budgetLines.findAll({ planId: plan.id }),
        store.planTotals.findAll({ planId: plan.id }),
      ]);
      const actual = totalsOf(lines, plan.hourlyRate);
      const stored = kept ? totalsPart(kept) : undefined;
      if (sameTotals(stored, actual) && kept?.year === plan.year && kept.objectId === plan.objectId) continue;
      drifted.push({ planId: plan.id, objectId: plan.objectId, year: plan.year, kept: stored, actual });
      options.log?.(`plan ${plan.id} (${plan.year}): kept totals differ from its ${lines.length} lines`);
      if (!options.repair) continue;
      await store.transaction(async (tx) => {
        const [fresh, [again]] = await Promise.all([
          tx.budgetLines.findAll({ planId: plan.id }),
          tx.planTotals.findAll({ planId: plan.id }),
        ]);
        await putTotals(tx, plan, again, totalsOf(fresh, plan.hourlyRate));
      });
      repaired++;
    }
  } while (cursor);
  if (options.repair) {
    // Found first, removed after: a delete while paging could void the page's cursor.
    const orphans: Stored<PlanTotalsRecord>[] = [];
    let orphanCursor: string | undefined;
    do {
      const page = await store.planTotals.find({ limit: 500, cursor: orphanCursor });
      orphanCursor = page.nextCursor;
      for (const kept of page.items) if (!(await store.plans.get(kept.planId))) orphans.push(kept);
    } while (orphanCursor);
    for (const kept of orphans) await store.planTotals.delete(kept.id, kept.etag);
  }
  return { checked, drifted, repaired };
}
