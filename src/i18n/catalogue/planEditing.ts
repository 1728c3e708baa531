// Messages of writing a plan in the tab: goals linked to budget lines, reordering lines, initiatives
// linked to a plan's goals and lines.
export const sv = {
  'conflict.linesChanged':
    'Budgetraderna har ändrats av någon annan sedan du laddade planen (rader har lagts till eller tagits bort). Ladda om och flytta raden igen.',
  'validation.duplicateGoalId': 'Målet {id} förekommer två gånger.',
  'validation.lineNotInPlan': 'Budgetraden {id} hör inte till planen.',
  'validation.goalNotInPlan': 'Målet {id} finns inte i planen.',
  'validation.planOfOtherObject': 'Planen hör till ett annat objekt än initiativet.',
  'validation.linksNeedPlan': 'Ange vilken plan målen och budgetraderna hör till (planId).',
  'validation.newPlanGoalLinks':
    'En ny plan har inga budgetrader än; koppla målen till budgetrader när raderna finns.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'conflict.linesChanged':
    'Someone else has changed the budget lines since you loaded the plan (lines were added or removed). Reload and move the line again.',
  'validation.duplicateGoalId': 'The goal {id} appears twice.',
  'validation.lineNotInPlan': 'The budget line {id} does not belong to the plan.',
  'validation.goalNotInPlan': 'The goal {id} is not in the plan.',
  'validation.planOfOtherObject': 'The plan belongs to another object than the initiative.',
  'validation.linksNeedPlan': 'Say which plan the goals and budget lines belong to (planId).',
  'validation.newPlanGoalLinks':
    'A new plan has no budget lines yet; link the goals to budget lines once the lines exist.',
};
