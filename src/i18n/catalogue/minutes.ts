// Messages of forum minutes: who writes and adjusts them, when a forum may decide, what a correction is.
export const sv = {
  'forbidden.notMinutesWriter':
    'Bara forumets sammankallande (eller den hen utsett), den som för forumets protokoll och protokollets protokollförare får skriva protokollet.',
  'forbidden.notAdjuster':
    'Bara protokollets justerare får justera det ({adjusters}). Justerarna utses bland de närvarande när protokollet skrivs.',
  'forbidden.decisionOtherObject':
    'Beslutet "{title}" gäller ett annat objekt än {forum}s ({own}). Det beslutas av det objektets objektstyrgrupp, eller av PSG när det gäller flera objekt.',
  'conflict.meetingNotBegun':
    'Mötet börjar {date} kl. {time} och har inte hållits än. Protokoll förs för möten som har börjat.',
  'conflict.chairAbsent':
    '{forum} är inte beslutsför: ordföranden ({chairs}) eller en ersättare som ordföranden utsett måste vara närvarande. Närvarande ledamöter: {present} av {total} (minst {required} krävs).',
  'conflict.tooFewMembers':
    '{forum} är inte beslutsför: {present} av {total} ledamöter är närvarande, minst {required} krävs. Saknas: {missing}.',
  'conflict.minutesAdjusted':
    'Protokollet är justerat och låst. Gör en rättelse (en ny version som anger vad som ändras och varför).',
  'conflict.minutesNotAdjusted':
    'Protokollet är inte justerat än. Ändra utkastet i stället; rättelser görs i justerade protokoll.',
  'conflict.noMinutes': 'Mötet har inget protokoll än.',
  'conflict.minutesOfCancelled': 'Mötet är inställt; det förs inget protokoll för ett inställt möte.',
  'conflict.alreadyAdjustedBy': 'Du har redan justerat protokollet.',
  'conflict.minutesIncomplete': 'Protokollet kan inte justeras förrän det anger {missing}.',
  'conflict.agendaFrozen': 'Mötet har hållits; dagordningen sparades som den var och kan inte ändras.',
  'conflict.correctionWithoutChange': 'Rättelsen ändrar ingenting i protokollet.',
  'validation.adjusters': 'Välj en eller två justerare bland de närvarande.',
  'validation.chairNotAttendee': 'Mötets ordförande måste vara bland de närvarande.',
  'minutes.missing.place': 'plats',
  'minutes.missing.chair': 'ordförande',
  'minutes.missing.secretary': 'protokollförare',
  'minutes.missing.adjusters': 'justerare',
  'minutes.missing.attendance': 'närvarande',
  'minutes.none': 'inga utsedda',
  'forumName.psg': 'PSG',
  'forumName.osg': 'objektstyrgruppen',
  'forumName.olf': 'OLF',
  'decisionKind.crossObjectPriority': 'prioritering mellan objekt',
  'decisionKind.objectStructureChange': 'ändring av objektstrukturen',
  'decisionKind.governanceProcessChange': 'ändring av styrande processer',
  'decisionKind.budgetFrame': 'budgetram',
  'decisionKind.approvePlan': 'godkännande av objektplan',
  'decisionKind.prioritiseWithinObject': 'prioritering inom objektet',
  'decisionKind.productsAndComponents': 'objektets produkter och komponenter',
  'decisionKind.resourceChange': 'resursförändring',
  'decisionKind.initiativeSteering': 'styrning av initiativ',
  'decisionKind.coordination': 'samordning',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'forbidden.notMinutesWriter':
    "Only the forum's convener (or their delegate), the keeper of the forum's minutes and the minutes' secretary may write the minutes.",
  'forbidden.notAdjuster':
    'Only the adjusters of the minutes may adjust them ({adjusters}). They are chosen among the attendees when the minutes are written.',
  'forbidden.decisionOtherObject':
    'The decision "{title}" concerns another object than that of {forum} ({own}). That object\'s steering group decides it, or PSG when several objects are concerned.',
  'conflict.meetingNotBegun':
    'The meeting starts {date} at {time} and has not been held yet. Minutes are kept of meetings that have begun.',
  'conflict.chairAbsent':
    '{forum} is not quorate: the chair ({chairs}) or a delegate the chair named must be present. Members present: {present} of {total} (at least {required} required).',
  'conflict.tooFewMembers':
    '{forum} is not quorate: {present} of {total} members are present, at least {required} are required. Missing: {missing}.',
  'conflict.minutesAdjusted':
    'The minutes are adjusted and locked. Make a correction (a new version that says what changes and why).',
  'conflict.minutesNotAdjusted':
    'The minutes are not adjusted yet. Edit the draft instead; corrections are made to adjusted minutes.',
  'conflict.noMinutes': 'The meeting has no minutes yet.',
  'conflict.minutesOfCancelled': 'The meeting is cancelled; no minutes are kept of a cancelled meeting.',
  'conflict.alreadyAdjustedBy': 'You have already adjusted the minutes.',
  'conflict.minutesIncomplete': 'The minutes cannot be adjusted until they give {missing}.',
  'conflict.agendaFrozen': 'The meeting has been held; its agenda was kept as it was and cannot be changed.',
  'conflict.correctionWithoutChange': 'The correction changes nothing in the minutes.',
  'validation.adjusters': 'Choose one or two adjusters among the attendees.',
  'validation.chairNotAttendee': "The meeting's chair must be among the attendees.",
  'minutes.missing.place': 'the place',
  'minutes.missing.chair': 'the chair',
  'minutes.missing.secretary': 'the secretary',
  'minutes.missing.adjusters': 'the adjusters',
  'minutes.missing.attendance': 'the attendees',
  'minutes.none': 'none named',
  'forumName.psg': 'PSG',
  'forumName.osg': 'the object steering group',
  'forumName.olf': 'OLF',
  'decisionKind.crossObjectPriority': 'priorities across objects',
  'decisionKind.objectStructureChange': 'a change of the object structure',
  'decisionKind.governanceProcessChange': 'a change of the governing processes',
  'decisionKind.budgetFrame': 'the budget frame',
  'decisionKind.approvePlan': 'approval of an object plan',
  'decisionKind.prioritiseWithinObject': 'priorities within the object',
  'decisionKind.productsAndComponents': "the object's products and components",
  'decisionKind.resourceChange': 'a change of resources',
  'decisionKind.initiativeSteering': 'steering of an initiative',
  'decisionKind.coordination': 'coordination',
};
