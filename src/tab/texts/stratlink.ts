// The tab's words for linking the plan's goals to the strategic goals of the object's strategic plan.
export const sv = {
  'sl.serves': 'Tjänar strategiska mål: {goals}',
  'sl.servesCount': 'Strategiska mål som målet tjänar ({count})',
  'sl.legend': 'Strategiska mål i den strategiska objektplanen {from}–{to}',
  'sl.none':
    'Det finns ingen strategisk objektplan för objektet som täcker {year}; skriv en under Strategisk objektplan först.',
  'sl.goalLabel': '{year}: {text}',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'sl.serves': 'Serves strategic goals: {goals}',
  'sl.servesCount': 'Strategic goals this goal serves ({count})',
  'sl.legend': 'Strategic goals of the strategic object plan {from}–{to}',
  'sl.none':
    'The object has no strategic object plan covering {year}; write one under Strategic object plan first.',
  'sl.goalLabel': '{year}: {text}',
};
