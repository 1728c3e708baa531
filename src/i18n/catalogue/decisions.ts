// Decisions the app records on a forum's behalf (the OSG's answer to an object plan). The record is
// written in Swedish, the language of the municipality's minutes; English is for readers who ask for it.
export const sv = {
  'decision.planApproved.title': 'Objektplan {code} {year} godkänns',
  'decision.planApproved.text':
    'Objektstyrgruppen godkänner objektplanen för {object} {year} ({version}). Godkänd av: {who}.',
  'decision.planRejected.title': 'Objektplan {code} {year} återremitteras',
  'decision.planRejected.text':
    'Objektstyrgruppen godkänner inte objektplanen för {object} {year} ({version}). Planen går tillbaka till utkast. Besvarat av: {who}.',
  'decision.planVersion': 'version {round}, budget {total} kr',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'decision.planApproved.title': 'Object plan {code} {year} approved',
  'decision.planApproved.text':
    'The object steering group approves the object plan for {object} {year} ({version}). Approved by: {who}.',
  'decision.planRejected.title': 'Object plan {code} {year} referred back',
  'decision.planRejected.text':
    'The object steering group does not approve the object plan for {object} {year} ({version}). The plan returns to draft. Answered by: {who}.',
  'decision.planVersion': 'version {round}, budget SEK {total}',
};
