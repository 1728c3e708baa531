// The plan's förvaltningsmål with stable ids, and the budget lines (delmål) that serve each.
// Plans written before goals carried ids hold only `periodGoals` (text); their goals are derived here
// with positional ids, so a link made later refers to the same goal whoever reads it.
import type { PlanGoal, PlanSections } from '../model';

/** The goals of a plan: the stored ones, or derived from the period goals' text. */
export function planGoals(sections: Pick<PlanSections, 'periodGoals' | 'goals'>): PlanGoal[] {
  if (sections.goals) return sections.goals;
  return sections.periodGoals.map((text, i) => ({ id: `g${i + 1}`, text, lineIds: [] }));
}

/** A new plan-local id: one past the highest "g<n>" in use (ids never return after a goal is removed). */
export function nextGoalId(goals: readonly Pick<PlanGoal, 'id'>[]): string {
  const used = goals.map((g) => /^g(\d+)$/.exec(g.id)).map((m) => (m ? Number(m[1]) : 0));
  return `g${Math.max(0, ...used) + 1}`;
}

/** Gives goals written without an id (new ones) the next free ids, keeping the order. */
export function withGoalIds(
  goals: readonly (Omit<PlanGoal, 'id'> & { id?: string | undefined })[],
): PlanGoal[] {
  const out: PlanGoal[] = [];
  const known = goals.filter((g): g is PlanGoal => !!g.id);
  for (const g of goals) {
    const id = g.id ?? nextGoalId([...known, ...out]);
    const refs = g.strategicRefs?.filter(
      (r, i, all) =>
        all.findIndex((o) => o.strategicPlanId === r.strategicPlanId && o.goalId === r.goalId) === i,
    );
    out.push({
      id,
      text: g.text,
      lineIds: [...new Set(g.lineIds)],
      ...(refs?.length ? { strategicRefs: refs } : {}),
    });
  }
  return out;
}

/**
 * The goals after someone wrote only the period goals' text (an older client): goals keep their id and
 * links by position, new positions get new ids.
 */
export function goalsFromTexts(current: readonly PlanGoal[], texts: readonly string[]): PlanGoal[] {
  return withGoalIds(
    texts.map((text, i) => ({
      id: current[i]?.id,
      text,
      lineIds: current[i]?.lineIds ?? [],
      ...(current[i]?.strategicRefs ? { strategicRefs: current[i].strategicRefs } : {}),
    })),
  );
}

/** The goals that a budget line serves. */
export function goalsOfLine(goals: readonly PlanGoal[], lineId: string): PlanGoal[] {
  return goals.filter((g) => g.lineIds.includes(lineId));
}

/** The goals with a removed line taken out of their links; the same array when no goal referred to it. */
export function withoutLine(goals: readonly PlanGoal[], lineId: string): PlanGoal[] | null {
  if (!goals.some((g) => g.lineIds.includes(lineId))) return null;
  return goals.map((g) => ({ ...g, lineIds: g.lineIds.filter((l) => l !== lineId) }));
}
