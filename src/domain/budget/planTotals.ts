// The per-plan totals that list views need (portfolio, year wheel), kept in a record beside the plan so that
// a view over every object reads one indexed query of them and no budget lines (issue 18, ADR 0030). Held as exact integers — whole
// SEK and hundredths of hours per side and bucket — so that adding and removing one line's share can never
// drift from what summing the lines gives; FTE and hours are derived when read.
import { bucketOf, sideCost, toCentiHours, type BySideBucket } from './budget';
import type { BudgetLine } from '../model';

export interface PlanTotals {
  /** Whole SEK per side and bucket: the lines' costs at `hourlyRate`. */
  cost: BySideBucket<number>;
  /** Hours in hundredths per side and bucket. */
  centiHours: BySideBucket<number>;
  /** How many budget lines the plan has. */
  lines: number;
  /** The hourly rate the costs were computed at: totals at another rate than the plan's are stale. */
  hourlyRate: number;
}

/** The kept totals of one plan, with what a list view finds them by (the year) and shows them with. */
export interface PlanTotalsRecord extends PlanTotals {
  planId: string;
  objectId: string;
  year: number;
}

type Line = Pick<BudgetLine, 'assignmentType' | 'business' | 'it'>;

const empty = (): BySideBucket<number> => ({
  business: { maintain: 0, develop: 0 },
  it: { maintain: 0, develop: 0 },
});

export function emptyTotals(hourlyRate: number): PlanTotals {
  return { cost: empty(), centiHours: empty(), lines: 0, hourlyRate };
}

/** `totals` with one line added (sign 1) or taken away (sign -1). */
export function withLine(totals: PlanTotals, line: Line, sign: 1 | -1): PlanTotals {
  const bucket = bucketOf(line.assignmentType);
  const cost = structuredClone(totals.cost);
  const centiHours = structuredClone(totals.centiHours);
  for (const side of ['business', 'it'] as const) {
    cost[side][bucket] += sign * sideCost(line[side], totals.hourlyRate);
    centiHours[side][bucket] += sign * toCentiHours(line[side].hours);
  }
  return { cost, centiHours, lines: totals.lines + sign, hourlyRate: totals.hourlyRate };
}

/** `totals` with `before` replaced by `after` (either may be absent: a line created or deleted). */
export function withChange(
  totals: PlanTotals,
  before: Line | undefined,
  after: Line | undefined,
): PlanTotals {
  let next = totals;
  if (before) next = withLine(next, before, -1);
  if (after) next = withLine(next, after, 1);
  return next;
}

/** The totals recomputed from every line: what the kept totals must equal. */
export function totalsOf(lines: readonly Line[], hourlyRate: number): PlanTotals {
  return lines.reduce((t, line) => withLine(t, line, 1), emptyTotals(hourlyRate));
}

/** Kept totals that may be used for a plan at this rate (absent ones, or at another rate, may not). */
export function currentTotals(
  plan: { hourlyRate: number },
  kept: PlanTotals | undefined,
): PlanTotals | undefined {
  return kept && kept.hourlyRate === plan.hourlyRate ? kept : undefined;
}

/** Only the totals of a kept record (without its keys and record metadata). */
export function totalsPart(t: PlanTotals): PlanTotals {
  return { cost: t.cost, centiHours: t.centiHours, lines: t.lines, hourlyRate: t.hourlyRate };
}

export function sameTotals(a: PlanTotals | undefined, b: PlanTotals | undefined): boolean {
  if (!a || !b) return a === b;
  const cells = (t: PlanTotals) => [
    t.lines,
    t.hourlyRate,
    ...(['business', 'it'] as const).flatMap((s) =>
      (['maintain', 'develop'] as const).flatMap((k) => [t.cost[s][k], t.centiHours[s][k]]),
    ),
  ];
  const x = cells(a);
  const y = cells(b);
  return x.every((v, i) => v === y[i]);
}

/** The figures a list view shows: the same as `budgetTable(lines, plan)`'s totals, hours and FTE totals. */
export function totalsSummary(totals: PlanTotals, hoursPerFte: number) {
  const { cost, centiHours } = totals;
  const total = cost.business.maintain + cost.business.develop + cost.it.maintain + cost.it.develop;
  const centi =
    centiHours.business.maintain +
    centiHours.business.develop +
    centiHours.it.maintain +
    centiHours.it.develop;
  return {
    totals: {
      business: { ...cost.business },
      it: { ...cost.it },
      total,
    },
    hours: centi / 100,
    fte: centi / (hoursPerFte * 100),
  };
}
