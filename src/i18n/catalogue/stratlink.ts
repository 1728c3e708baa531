// Messages of linking an objektplan's förvaltningsmål to the strategic goals of its object's strategic plan.
export const sv = {
  'validation.unknownStrategicPlan':
    'Den strategiska objektplanen {strategicPlanId} finns inte. Förvaltningsmålen kan bara kopplas till mål i objektets egen strategiska objektplan.',
  'validation.strategicPlanOfOtherObject':
    'Den strategiska objektplanen hör till ett annat objekt. Ett förvaltningsmål kan bara tjäna mål i det egna objektets strategiska objektplan.',
  'validation.strategicPlanOutsideYear':
    'Den strategiska objektplanen gäller {fromYear}–{toYear} och täcker inte planens år {year}. Koppla till den strategiska plan som gäller planens år.',
  'validation.unknownStrategicGoal':
    'Det strategiska målet {goalId} finns inte i den strategiska objektplanen.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'validation.unknownStrategicPlan':
    'The strategic object plan {strategicPlanId} does not exist. Plan goals may only be linked to goals of the object’s own strategic object plan.',
  'validation.strategicPlanOfOtherObject':
    'The strategic object plan belongs to another object. A plan goal may only serve goals of its own object’s strategic object plan.',
  'validation.strategicPlanOutsideYear':
    'The strategic object plan covers {fromYear}–{toYear}, not the plan’s year {year}. Link to the strategic plan covering the plan’s year.',
  'validation.unknownStrategicGoal': 'The strategic goal {goalId} is not in the strategic object plan.',
};
