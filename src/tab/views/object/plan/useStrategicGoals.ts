// The strategic goals a plan's goals may serve: those of the object's strategic plans covering the plan's
// year (the same domain rule the server applies), with a label naming the year each belongs to.
import type { StrategicGoalRef } from '../../../../domain/model';
import { linkableStrategicPlans } from '../../../../domain/strategy/planGoalLinks';
import { useResource } from '../../../api/hooks';
import type { PlanDetail } from '../../../api/types';
import type { StrategicPlanRec } from '../../strategy/types';

export interface StrategicGoalOption extends StrategicGoalRef {
  year: number;
  text: string;
}

export interface StrategicGoalsState {
  loading: boolean;
  plans: { id: string; fromYear: number; toYear: number; options: StrategicGoalOption[] }[];
  /** The text of a linked goal, or its id when its plan is gone from view. */
  label(ref: StrategicGoalRef): string;
}

export const refKey = (r: StrategicGoalRef) => `${r.strategicPlanId}/${r.goalId}`;

export function useStrategicGoals(plan: Pick<PlanDetail, 'objectId' | 'year'>): StrategicGoalsState {
  const res = useResource<StrategicPlanRec[]>(
    `/api/objects/${encodeURIComponent(plan.objectId)}/strategic-plans`,
  );
  const plans = linkableStrategicPlans(plan, res.data ?? []).map((s) => ({
    id: s.id,
    fromYear: s.fromYear,
    toYear: s.toYear,
    options: s.years.flatMap((y) =>
      y.goals.map((g) => ({ strategicPlanId: s.id, goalId: g.id, year: y.year, text: g.text })),
    ),
  }));
  const byKey = new Map(plans.flatMap((p) => p.options).map((o) => [refKey(o), o.text]));
  return {
    loading: res.data === undefined && !res.error,
    plans,
    label: (r) => byKey.get(refKey(r)) ?? r.goalId,
  };
}
