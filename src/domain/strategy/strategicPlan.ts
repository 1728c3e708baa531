// Rules of the strategic object plan: its span (at least three years), what its content may refer to,
// its lifecycle (draft → submitted → approved, by the owners as for the object plan) and its deadlines.
import type { GoalRef, SteeringDocument, StrategicObjectPlan, StrategicPlanStatus } from './model';

/** 000 §3.4: "minst tre år". */
export const MIN_YEARS = 3;
export const MAX_YEARS = 10;

export type StrategicPlanProblem =
  | { rule: 'tooShort'; years: number }
  | { rule: 'yearsOutsideSpan'; year: number }
  | { rule: 'unknownGoalRef'; goalId: string }
  | { rule: 'duplicateYear'; year: number };

/** The years a plan covers, in order. */
export function spanYears(fromYear: number, toYear: number): number[] {
  return Array.from({ length: Math.max(0, toYear - fromYear + 1) }, (_, i) => fromYear + i);
}

/** Whether a reference names a goal (and focus area) that exists in a strategic plan kept here. */
export function refExists(ref: GoalRef, documents: readonly (SteeringDocument & { id: string })[]): boolean {
  const doc = documents.find((d) => d.id === ref.documentId);
  const goal = doc?.goals.find((g) => g.id === ref.goalId);
  if (!goal) return false;
  return ref.focusAreaId === null || goal.focusAreas.some((f) => f.id === ref.focusAreaId);
}

/** What is wrong with a plan's content, in the order a reader meets it; empty when nothing is. */
export function strategicPlanProblems(
  plan: Pick<StrategicObjectPlan, 'fromYear' | 'toYear' | 'years' | 'lifecycleChanges' | 'investments'>,
  documents: readonly (SteeringDocument & { id: string })[],
): StrategicPlanProblem[] {
  const problems: StrategicPlanProblem[] = [];
  const span = plan.toYear - plan.fromYear + 1;
  if (span < MIN_YEARS) problems.push({ rule: 'tooShort', years: span });
  const inSpan = (y: number) => y >= plan.fromYear && y <= plan.toYear;
  const seen = new Set<number>();
  for (const y of plan.years) {
    if (seen.has(y.year)) problems.push({ rule: 'duplicateYear', year: y.year });
    seen.add(y.year);
  }
  const years = [
    ...plan.years.map((y) => y.year),
    ...plan.lifecycleChanges.map((c) => c.year),
    ...plan.investments.map((i) => i.year),
  ];
  for (const y of new Set(years)) if (!inSpan(y)) problems.push({ rule: 'yearsOutsideSpan', year: y });
  for (const g of plan.years.flatMap((y) => y.goals))
    for (const ref of g.refs)
      if (!refExists(ref, documents)) problems.push({ rule: 'unknownGoalRef', goalId: ref.goalId });
  return problems;
}

export const STRATEGIC_TRANSITIONS = ['submit', 'withdraw', 'approve', 'reject', 'reopen'] as const;
export type StrategicTransition = (typeof STRATEGIC_TRANSITIONS)[number];

const NEXT: Record<StrategicTransition, { from: StrategicPlanStatus; to: StrategicPlanStatus }> = {
  submit: { from: 'draft', to: 'submitted' },
  withdraw: { from: 'submitted', to: 'draft' },
  approve: { from: 'submitted', to: 'approved' },
  reject: { from: 'submitted', to: 'draft' },
  reopen: { from: 'approved', to: 'draft' },
};

export function strategicTransition(
  status: StrategicPlanStatus,
  transition: StrategicTransition,
): { ok: true; to: StrategicPlanStatus } | { ok: false } {
  const rule = NEXT[transition];
  return rule.from === status ? { ok: true, to: rule.to } : { ok: false };
}

/** Only a draft changes: the owners approve exactly what was submitted. */
export function isStrategicPlanEditable(status: StrategicPlanStatus): boolean {
  return status === 'draft';
}

/** Next free "prefix<n>" id among those given (ids never return after removal). */
export function nextId(prefix: string, used: readonly string[]): string {
  const re = new RegExp(`^${prefix}(\\d+)$`);
  const n = used.map((id) => re.exec(id)).map((m) => (m ? Number(m[1]) : 0));
  return `${prefix}${Math.max(0, ...n) + 1}`;
}

/** Sum of the investment needs per year of the span (0 for a year without any). */
export function investmentsPerYear(
  plan: Pick<StrategicObjectPlan, 'fromYear' | 'toYear' | 'investments'>,
): { year: number; amount: number }[] {
  return spanYears(plan.fromYear, plan.toYear).map((year) => ({
    year,
    amount: plan.investments.filter((i) => i.year === year).reduce((s, i) => s + i.amount, 0),
  }));
}
