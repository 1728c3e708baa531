// Messages of the goal chain and the strategic object plan (issue 16 points 4–5).
export const sv = {
  'forbidden.notSteeringKeeper':
    'Bara modellansvarig (eller en administratör) får föra in och ändra kommunens styrdokument.',
  'forbidden.notStrategicPlanWriter':
    'Bara objektets objektägare och objektledare får skriva den strategiska objektplanen, skicka in den och dra tillbaka den.',
  'forbidden.notStrategicApprover':
    'Bara {approvers} godkänner eller avslår den strategiska objektplanen; du har ingen av de rollerna i objektet.',
  'forbidden.notGoalLinker':
    'Bara objektets objektägare och objektledare, eller modellansvarig, får koppla objektets mål och initiativ till de strategiska målen.',
  'conflict.strategicPlanNotDraft':
    'Den strategiska objektplanen är {status} och kan inte ändras. Dra tillbaka eller öppna den först (objektets objektägare och objektledare).',
  'conflict.strategicPlanWrongStatus':
    'Den strategiska objektplanen är {status}; det går inte att {action} den nu.',
  'conflict.steeringDocumentInUse':
    'Styrdokumentet har {count} kopplingar från objektens mål och initiativ. Ta bort kopplingarna först.',
  'conflict.goalLinkExists': 'Målet är redan kopplat dit.',
  'conflict.strategicPlanExists':
    'Det finns redan en {version} strategisk objektplan för {fromYear}–{toYear} för objektet.',
  'validation.strategicPlanTooShort':
    'En strategisk objektplan ska sträcka sig minst tre år framåt (tillämpningsanvisningen 3.4); den här omfattar {years} år.',
  'validation.strategicYearOutsideSpan':
    'Året {year} ligger utanför planens period. Mål, livscykelförändringar och investeringar ska gälla planens år.',
  'validation.strategicDuplicateYear': 'Året {year} förekommer två gånger bland planens år.',
  'validation.unknownStrategicGoal':
    'Hittade inget strategiskt mål eller fokusområde med id {goalId} i kommunens styrdokument.',
  'validation.unknownPlanGoal': 'Planen har inget mål med id {id}.',
  'validation.initiativeOfOtherObject': 'Initiativet {id} hör till ett annat objekt.',
  'validation.planOfOtherObject': 'Planen {id} hör till ett annat objekt.',
  'strategy.status.draft': 'utkast',
  'strategy.status.submitted': 'inskickad för godkännande',
  'strategy.status.approved': 'godkänd',
  'strategy.action.submit': 'skicka in',
  'strategy.action.withdraw': 'dra tillbaka',
  'strategy.action.approve': 'godkänna',
  'strategy.action.reject': 'avslå',
  'strategy.action.reopen': 'öppna',
  'strategy.version.preliminary': 'preliminär',
  'strategy.version.final': 'slutlig',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'forbidden.notSteeringKeeper':
    "Only the model owner (or an administrator) may enter and change the municipality's steering documents.",
  'forbidden.notStrategicPlanWriter':
    "Only the object's owners and leaders may write the strategic object plan, submit it and withdraw it.",
  'forbidden.notStrategicApprover':
    'Only the {approvers} approve or reject the strategic object plan; you hold none of those roles in the object.',
  'forbidden.notGoalLinker':
    "Only the object's owners and leaders, or the model owner, may link the object's goals and initiatives to the strategic goals.",
  'conflict.strategicPlanNotDraft':
    "The strategic object plan is {status} and cannot be changed. Withdraw or reopen it first (the object's owners and leaders).",
  'conflict.strategicPlanWrongStatus': 'The strategic object plan is {status}; it cannot be {action} now.',
  'conflict.steeringDocumentInUse':
    "The steering document has {count} links from the objects' goals and initiatives. Remove the links first.",
  'conflict.goalLinkExists': 'The goal is already linked there.',
  'conflict.strategicPlanExists':
    'The object already has a {version} strategic object plan for {fromYear}–{toYear}.',
  'validation.strategicPlanTooShort':
    'A strategic object plan covers at least three years ahead (application guideline 3.4); this one covers {years}.',
  'validation.strategicYearOutsideSpan':
    "The year {year} is outside the plan's period. Goals, lifecycle changes and investments belong to the plan's years.",
  'validation.strategicDuplicateYear': "The year {year} appears twice among the plan's years.",
  'validation.unknownStrategicGoal':
    "No strategic goal or focus area with id {goalId} in the municipality's steering documents.",
  'validation.unknownPlanGoal': 'The plan has no goal with id {id}.',
  'validation.initiativeOfOtherObject': 'The initiative {id} belongs to another object.',
  'validation.planOfOtherObject': 'The plan {id} belongs to another object.',
  'strategy.status.draft': 'a draft',
  'strategy.status.submitted': 'submitted for approval',
  'strategy.status.approved': 'approved',
  'strategy.action.submit': 'submitted',
  'strategy.action.withdraw': 'withdrawn',
  'strategy.action.approve': 'approved',
  'strategy.action.reject': 'rejected',
  'strategy.action.reopen': 'reopened',
  'strategy.version.preliminary': 'preliminary',
  'strategy.version.final': 'final',
} as const;
