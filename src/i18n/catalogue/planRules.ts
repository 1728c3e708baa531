// Messages of the plan rules (issue 14): approval of a version, withdrawal, completeness, model checks.
export const sv = {
  'conflict.planAwaitingApproval':
    'Planen väntar på godkännande; dra tillbaka den för att ändra. Objektets objektledare och objektägare kan dra tillbaka den.',
  'conflict.planIncomplete':
    'Planen kan inte skickas in till objektstyrgruppen: det saknas {missing} (tillämpningsanvisningen 3.4.2).',
  'conflict.objectRetired':
    'Objektet {code} är avvecklat och tar inte emot nya planer. PSG kan återuppta objektet; dess öppna ärenden visas under öppna ärenden.',
  'conflict.noApprovedVersion': 'Planen har ingen godkänd version ännu.',
  'forbidden.noRoleToBindChannel':
    'Bara den som har en roll i objektet, eller en administratör, får koppla en kanal till objektet.',
  'forbidden.notOwnerToEscalate':
    'Frågan ligger hos objektägarna. Bara objektägarna i de berörda objekten får lyfta den till PSG.',
  'validation.supplierOnlyIt':
    'Leverantör anges bara på en it-komponent; en verksamhetskomponent har ingen leverantör.',
  'validation.contractOnlyIt': 'Avtal gäller bara it-komponenter; {name} är en verksamhetskomponent.',
  'validation.unknownProduct': 'Hittade ingen produkt med id {id}.',
  'validation.productOfOtherObject': 'Produkten {id} hör till ett annat objekt.',
  'plan.copied':
    'Planen för {year} startades som kopia av {fromYear}: {lines} budgetrader och kapitlen kopierades, med timpris {hourlyRate} kr och {hoursPerFte} timmar per årsarbetare{source}.',
  'plan.copiedSettingsFromSource': ' (samma som {fromYear})',
  'plan.copiedSettingsGiven': ' (angivna nu; {fromYear} hade {sourceRate} kr och {sourceHours} timmar)',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'conflict.planAwaitingApproval':
    "The plan is awaiting approval; withdraw it to change it. The object's leaders and owners can withdraw it.",
  'conflict.planIncomplete':
    'The plan cannot be submitted to the object steering group: it lacks {missing} (application guideline 3.4.2).',
  'conflict.objectRetired':
    'The object {code} is retired and takes no new plans. PSG can reinstate it; its open items are listed under open items.',
  'conflict.noApprovedVersion': 'The plan has no approved version yet.',
  'forbidden.noRoleToBindChannel':
    'Only someone with a role in the object, or an administrator, may link a channel to the object.',
  'forbidden.notOwnerToEscalate':
    'The question is with the object owners. Only the owners of the objects concerned may lift it to PSG.',
  'validation.supplierOnlyIt': 'A supplier is given only on an IT component; a business component has none.',
  'validation.contractOnlyIt': 'Contracts belong to IT components only; {name} is a business component.',
  'validation.unknownProduct': 'No product with id {id}.',
  'validation.productOfOtherObject': 'The product {id} belongs to another object.',
  'plan.copied':
    'The plan for {year} was started as a copy of {fromYear}: {lines} budget lines and the chapters were copied, with an hourly rate of SEK {hourlyRate} and {hoursPerFte} hours per FTE{source}.',
  'plan.copiedSettingsFromSource': ' (the same as {fromYear})',
  'plan.copiedSettingsGiven': ' (given now; {fromYear} had SEK {sourceRate} and {sourceHours} hours)',
};

/** Names used inside messages (see `term:` and `allTerms:` in ../messages.ts). */
export const termsSv: Record<string, string> = {
  'missing.governingDocuments': 'hänvisning till styrdokument',
  'missing.scope': 'beskrivning av objektets ansvarsområde',
  'missing.periodGoals': 'minst ett mål för perioden',
  'missing.budget': 'en budget över 0 kr',
  'missing.organisation': 'objektorganisation',
  'missing.forums': 'forum',
  'initiative.proposed': 'föreslaget',
  'initiative.prioritised': 'prioriterat',
  'initiative.inProgress': 'pågår',
  'initiative.done': 'klart',
  'initiative.stopped': 'stoppat',
  'initiative.rejected': 'avslaget',
  withdraw: 'dra tillbaka',
};

export const termsEn: Record<string, string> = {
  'missing.governingDocuments': 'references to governing documents',
  'missing.scope': "a description of the object's area of responsibility",
  'missing.periodGoals': 'at least one goal for the period',
  'missing.budget': 'a budget above SEK 0',
  'missing.organisation': 'the object organisation',
  'missing.forums': 'forums',
  'initiative.proposed': 'proposed',
  'initiative.prioritised': 'prioritised',
  'initiative.inProgress': 'in progress',
  'initiative.done': 'done',
  'initiative.stopped': 'stopped',
  'initiative.rejected': 'rejected',
  withdraw: 'withdrawn',
};
