// Words of the plan rules in the tab (issue 14): withdrawal, the frozen plan, contract notice states.
export const sv = {
  withdraw: 'Dra tillbaka',
  withdrawTitle: 'Dra tillbaka planen från godkännandet?',
  withdrawBody:
    'Planen går tillbaka till utkast så att den kan ändras. Godkännanden som redan lämnats gäller inte längre: när planen skickas in igen börjar en ny omgång och alla godkänner den nya versionen.',
  frozenPlan:
    'Planen väntar på godkännande och kan inte ändras. Objektledare och objektägare kan dra tillbaka den för att ändra.',
  approvedVersion: 'Version {version}',
  approvedDocx: 'Godkänd version (Word)',
  'contract.noticePassed': 'Uppsägning passerad',
  withinNoticeLeadHint:
    '{n} avtal närmar sig sista dag för uppsägning: besluta om uppsägning eller förlängning.',
  openItems: 'Öppna ärenden',
  retiredObject:
    'Objektet är avvecklat och tar inte emot nya planer. Objektägarna avslutar det som fortfarande är öppet.',
  noOpenItems: 'Inget är öppet längre.',
  openInitiatives: 'Initiativ som pågår eller väntar',
  openPlans: 'Planer som inte är stängda',
  openContracts: 'Avtal som fortfarande löper',
  openActionItems: 'Öppna åtgärder',
} as const;

export const en: Record<keyof typeof sv, string> = {
  withdraw: 'Withdraw',
  withdrawTitle: 'Withdraw the plan from approval?',
  withdrawBody:
    'The plan goes back to draft so that it can be changed. Approvals already given no longer count: when it is submitted again a new round starts and everyone approves the new version.',
  frozenPlan:
    'The plan is awaiting approval and cannot be changed. Object leaders and owners can withdraw it to change it.',
  approvedVersion: 'Version {version}',
  approvedDocx: 'Approved version (Word)',
  'contract.noticePassed': 'Notice passed',
  withinNoticeLeadHint:
    '{n} contracts are nearing their last notice day: decide whether to terminate or extend.',
  openItems: 'Open items',
  retiredObject: 'The object is retired and takes no new plans. Its owners finish what is still open.',
  noOpenItems: 'Nothing is open any more.',
  openInitiatives: 'Initiatives in progress or waiting',
  openPlans: 'Plans not closed',
  openContracts: 'Contracts still running',
  openActionItems: 'Open action items',
};
