// The IT project portfolio: the latest status of a project and its place on PSG's timeline.
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

/** Outcome against budget: the remainder (negative when overspent). */
export function budgetRemainder(project: Pick<Project, 'budget' | 'outcome'>): number {
  return project.budget - project.outcome;
}
