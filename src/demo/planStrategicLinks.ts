// Demo of issue 16 point 4: AKN's 2027 plan goals serve the goals of AKN's strategic object plan covering
// 2027 — each the strategic goal of 2027, the first also that of 2026 (a goal that carries on).
import { planGoals } from '../domain/plan/goals';
import { linkableStrategicPlans } from '../domain/strategy/planGoalLinks';
import { data } from '../services/records';
import type { StoreCollections } from '../services/ports/store';

export async function loadPlanStrategicLinks(tx: StoreCollections): Promise<void> {
  const akn = (await tx.objects.findAll()).find((o) => o.code === 'AKN');
  if (!akn) return;
  const plan = (await tx.plans.findAll({ objectId: akn.id })).find((p) => p.year === 2027);
  if (!plan) return;
  const [strategic] = linkableStrategicPlans(plan, await tx.strategicPlans.findAll({ objectId: akn.id }));
  if (!strategic) return;
  const goalOf = (year: number) => strategic.years.find((y) => y.year === year)?.goals[0]?.id;
  const [y2026, y2027] = [goalOf(2026), goalOf(2027)];
  const goals = planGoals(plan.sections).map((g, i) => ({
    ...g,
    strategicRefs: [...(i === 0 && y2026 ? [y2026] : []), ...(y2027 ? [y2027] : [])].map((goalId) => ({
      strategicPlanId: strategic.id,
      goalId,
    })),
  }));
  if (!goals.length) return;
  await tx.plans.update(plan.id, { ...data(plan), sections: { ...plan.sections, goals } }, plan.etag);
}
