import {
  linkableStrategicPlans,
  strategicGoalsOf,
  strategicLinkProblem,
} from '../../../src/domain/strategy/planGoalLinks';

const sp = (id: string, objectId: string, fromYear: number, toYear: number) => ({
  id,
  objectId,
  fromYear,
  toYear,
  years: [
    { year: fromYear, direction: '', goals: [{ id: 's1', text: 'A', refs: [] }] },
    { year: fromYear + 1, direction: '', goals: [{ id: 's2', text: 'B', refs: [] }] },
  ],
});
const plans = [sp('a', 'akn', 2026, 2028), sp('b', 'fst', 2026, 2028), sp('c', 'akn', 2029, 2031)];
const plan = { objectId: 'akn', year: 2027 };

describe('a plan goal links to its own object’s strategic plan covering the year', () => {
  it('accepts a goal of that plan', () => {
    expect(strategicLinkProblem(plan, { strategicPlanId: 'a', goalId: 's2' }, plans)).toBeNull();
  });
  it('refuses another object’s, another span’s, an unknown plan or goal', () => {
    expect(strategicLinkProblem(plan, { strategicPlanId: 'b', goalId: 's1' }, plans)?.rule).toBe(
      'strategicPlanOfOtherObject',
    );
    expect(strategicLinkProblem(plan, { strategicPlanId: 'c', goalId: 's1' }, plans)).toEqual({
      rule: 'strategicPlanOutsideYear',
      year: 2027,
      fromYear: 2029,
      toYear: 2031,
    });
    expect(strategicLinkProblem(plan, { strategicPlanId: 'x', goalId: 's1' }, plans)?.rule).toBe(
      'unknownStrategicPlan',
    );
    expect(strategicLinkProblem(plan, { strategicPlanId: 'a', goalId: 's9' }, plans)?.rule).toBe(
      'unknownStrategicObjectGoal',
    );
  });
  it('lists the linkable plans and their goals', () => {
    expect(linkableStrategicPlans(plan, plans).map((p) => p.id)).toEqual(['a']);
    expect(strategicGoalsOf(plans[0]!).map((g) => g.id)).toEqual(['s1', 's2']);
  });
});
