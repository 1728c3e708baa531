// Messages of linking an objektplan's förvaltningsmål to the strategic goals of its object's strategic plan.
// Each refusal names its rule and who may link: `{linkers}` is filled from the policy (strategicLinkers).
// The unknown goal has its own key: the goal chain's unknown municipal goal is another rule (./strategy).
export const sv = {
  'forbidden.notStrategicLinker':
    'Bara {linkers} får koppla objektplanens mål till strategiska mål, och bara till mål i objektets egen strategiska objektplan för planens år.',
  'validation.unknownStrategicPlan':
    'Den strategiska objektplanen {strategicPlanId} finns inte. Bara {linkers} får koppla förvaltningsmålen, och bara till mål i objektets egen strategiska objektplan.',
  'validation.strategicPlanOfOtherObject':
    'Den strategiska objektplanen hör till ett annat objekt. Bara {linkers} får koppla förvaltningsmålen, och bara till mål i det egna objektets strategiska objektplan.',
  'validation.strategicPlanOutsideYear':
    'Den strategiska objektplanen gäller {fromYear}–{toYear} och täcker inte planens år {year}. Bara {linkers} får koppla förvaltningsmålen, och bara till den strategiska objektplan som gäller planens år.',
  'validation.unknownStrategicObjectGoal':
    'Det strategiska målet {goalId} finns inte i den strategiska objektplanen. Bara {linkers} får koppla förvaltningsmålen, och bara till mål som finns i objektets strategiska objektplan.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'forbidden.notStrategicLinker':
    'Only the {linkers} may link the plan’s goals to strategic goals, and only to goals of the object’s own strategic object plan for the plan’s year.',
  'validation.unknownStrategicPlan':
    'The strategic object plan {strategicPlanId} does not exist. Only the {linkers} may link plan goals, and only to goals of the object’s own strategic object plan.',
  'validation.strategicPlanOfOtherObject':
    'The strategic object plan belongs to another object. Only the {linkers} may link plan goals, and only to goals of their own object’s strategic object plan.',
  'validation.strategicPlanOutsideYear':
    'The strategic object plan covers {fromYear}–{toYear}, not the plan’s year {year}. Only the {linkers} may link plan goals, and only to the strategic object plan covering the plan’s year.',
  'validation.unknownStrategicObjectGoal':
    'The strategic goal {goalId} is not in the strategic object plan. Only the {linkers} may link plan goals, and only to goals of the object’s strategic object plan.',
};
