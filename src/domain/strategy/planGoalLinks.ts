// Issue 16 point 4: next year's objektplan links its förvaltningsmål to the strategic goals of its own
// object's strategic object plan — the one whose years cover the plan's year. The one home of that rule.
import type { ObjectPlan, StrategicGoalRef } from '../model';
import type { StrategicObjectGoal, StrategicObjectPlan } from './model';

export type StrategicLinkProblem =
  | { rule: 'unknownStrategicPlan'; strategicPlanId: string }
  | { rule: 'strategicPlanOfOtherObject'; strategicPlanId: string }
  | { rule: 'strategicPlanOutsideYear'; year: number; fromYear: number; toYear: number }
  | { rule: 'unknownStrategicObjectGoal'; goalId: string };

type KeptStrategicPlan = Pick<StrategicObjectPlan, 'objectId' | 'fromYear' | 'toYear' | 'years'> & {
  id: string;
};

/** The strategic goals of a strategic plan, over all its years, each once. */
export function strategicGoalsOf(plan: Pick<StrategicObjectPlan, 'years'>): StrategicObjectGoal[] {
  const seen = new Set<string>();
  return plan.years.flatMap((y) => y.goals).filter((g) => (seen.has(g.id) ? false : (seen.add(g.id), true)));
}

/** The strategic plans a plan's goals may serve: the same object's, covering the plan's year. */
export function linkableStrategicPlans<T extends KeptStrategicPlan>(
  plan: Pick<ObjectPlan, 'objectId' | 'year'>,
  strategicPlans: readonly T[],
): T[] {
  return strategicPlans.filter(
    (s) => s.objectId === plan.objectId && s.fromYear <= plan.year && plan.year <= s.toYear,
  );
}

/** What is wrong with a link from a goal of `plan` to a strategic goal; null when it may be made. */
export function strategicLinkProblem(
  plan: Pick<ObjectPlan, 'objectId' | 'year'>,
  ref: StrategicGoalRef,
  strategicPlans: readonly KeptStrategicPlan[],
): StrategicLinkProblem | null {
  const target = strategicPlans.find((s) => s.id === ref.strategicPlanId);
  if (!target) return { rule: 'unknownStrategicPlan', strategicPlanId: ref.strategicPlanId };
  if (target.objectId !== plan.objectId)
    return { rule: 'strategicPlanOfOtherObject', strategicPlanId: ref.strategicPlanId };
  if (plan.year < target.fromYear || plan.year > target.toYear)
    return {
      rule: 'strategicPlanOutsideYear',
      year: plan.year,
      fromYear: target.fromYear,
      toYear: target.toYear,
    };
  if (!strategicGoalsOf(target).some((g) => g.id === ref.goalId))
    return { rule: 'unknownStrategicObjectGoal', goalId: ref.goalId };
  return null;
}
