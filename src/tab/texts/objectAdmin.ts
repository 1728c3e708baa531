// Words of the object administration that views outside its lazy chunks show (the Struktur tab's name,
// the portfolio's and the Avtal view's buttons). The rest are in ./objectAdminViews.ts, which the lazy
// chunks add when they load, so they stay out of the tab's initial JavaScript.
export const sv = {
  'oa.tabStructure': 'Struktur',
  'oa.newObject': 'Nytt objekt',
  'oa.edit': 'Ändra',
  'oa.delete': 'Ta bort',
  'oa.newContract': 'Nytt avtal',
  'oa.people': 'Personer',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'oa.tabStructure': 'Structure',
  'oa.newObject': 'New object',
  'oa.edit': 'Edit',
  'oa.delete': 'Delete',
  'oa.newContract': 'New contract',
  'oa.people': 'People',
};
