// The IT project portfolio: the latest status of a project, its place on PSG's timeline, and its budget
// against the outcome of the object plan it is linked to.
import { bucketOf, lineCost, sideCost } from '../budget/budget';
import type { OutcomeEntry } from '../followup/types';
import { SIDES, type BudgetLine } from '../model';
import type { Project, StatusReport } from './model';

/** The newest monthly report, or null. */
export function latestReport(project: Pick<Project, 'reports'>): StatusReport | null {
  return [...project.reports].sort((a, b) => b.month.localeCompare(a.month))[0] ?? null;
}

/** A report for a month replaces the one already given for it; the list stays in month order. */
export function withReport(reports: readonly StatusReport[], report: StatusReport): StatusReport[] {
  return [...reports.filter((r) => r.month !== report.month), report].sort((a, b) =>
    a.month.localeCompare(b.month),
  );
}

/** A project's budget against the outcome of the object plan it is linked to (ADR 0029). */
export interface LinkedOutcome {
  planId: string;
  year: number;
  /** The last month with outcome in the plan's year (YYYY-MM), or null. */
  through: string | null;
  /** Planned cost of the linked lines (the whole plan's when the project names none), whole SEK. */
  planned: number;
  /** Outcome on them, SEK (two decimals at most). */
  actual: number;
  lines: { id: string; name: string; planned: number; actual: number }[];
}

type Line = Pick<BudgetLine, 'mainActivity' | 'assignmentType' | 'business' | 'it' | 'name'> & { id: string };
type Entry = Pick<OutcomeEntry, 'period' | 'mainActivity' | 'side' | 'bucket' | 'amountOre' | 'budgetLineId'>;

/**
 * Outcome per budget line: what was booked on the line itself, plus its share of the outcome the finance
 * system knows only by main activity, side and bucket — shared among the plan's lines of that main
 * activity and bucket in proportion to each line's planned cost on that side. Summed in öre.
 */
function lineOutcomeOre(line: Line, lines: readonly Line[], entries: readonly Entry[], rate: number) {
  const bucket = bucketOf(line.assignmentType);
  let total = 0;
  for (const side of SIDES) {
    const peers = lines.filter(
      (l) => l.mainActivity === line.mainActivity && bucketOf(l.assignmentType) === bucket,
    );
    const whole = peers.reduce((sum, l) => sum + sideCost(l[side], rate), 0);
    const mine = sideCost(line[side], rate);
    for (const e of entries) {
      if (e.side !== side) continue;
      if (e.budgetLineId === line.id) total += e.amountOre;
      else if (
        e.budgetLineId === null &&
        whole > 0 &&
        e.mainActivity === line.mainActivity &&
        e.bucket === bucket
      )
        total += (e.amountOre * mine) / whole;
    }
  }
  return Math.round(total);
}

export function linkedOutcome(
  plan: { id: string; year: number; hourlyRate: number },
  lines: readonly Line[],
  entries: readonly Entry[],
  budgetLineIds: readonly string[],
): LinkedOutcome {
  const inYear = entries.filter((e) => e.period.startsWith(`${plan.year}-`));
  const through = inYear.reduce<string | null>((m, e) => (m === null || e.period > m ? e.period : m), null);
  const chosen = budgetLineIds.length ? lines.filter((l) => budgetLineIds.includes(l.id)) : [];
  const perLine = chosen.map((l) => ({
    id: l.id,
    name: l.name,
    planned: lineCost(l, plan.hourlyRate).total,
    actual: lineOutcomeOre(l, lines, inYear, plan.hourlyRate) / 100,
  }));
  const planned = budgetLineIds.length
    ? perLine.reduce((s, l) => s + l.planned, 0)
    : lines.reduce((s, l) => s + lineCost(l, plan.hourlyRate).total, 0);
  const actualOre = budgetLineIds.length
    ? perLine.reduce((s, l) => s + Math.round(l.actual * 100), 0)
    : inYear.reduce((s, e) => s + e.amountOre, 0);
  return { planId: plan.id, year: plan.year, through, planned, actual: actualOre / 100, lines: perLine };
}
