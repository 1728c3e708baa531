// Words of deleting a draft plan, closing a plan's year and deleting an initiative (issue 15).
export const sv = {
  'pl.delete': 'Ta bort utkastet',
  'pl.deleteTitle': 'Ta bort utkastet till objektplan {year}?',
  'pl.deleteBody':
    'Utkastet, dess budgetrader och mål tas bort. Det går inte att ångra. Bara ett utkast kan tas bort; objektägarna beslutar.',
  'pl.close': 'Stäng året',
  'pl.closeTitle': 'Stäng objektplan {year}?',
  'pl.closeBody':
    'Planen för {year} stängs: den ändras inte längre och följs upp som den godkändes. Objektägarna beslutar.',
  'in.delete': 'Ta bort',
  'in.deleteTitle': 'Ta bort initiativet {title}?',
  'in.deleteBody': 'Initiativet och dess historik tas bort. Det går inte att ångra.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'pl.delete': 'Delete the draft',
  'pl.deleteTitle': 'Delete the draft object plan {year}?',
  'pl.deleteBody':
    'The draft, its budget lines and goals are deleted. This cannot be undone. Only a draft can be deleted; the owners decide.',
  'pl.close': 'Close the year',
  'pl.closeTitle': 'Close the object plan {year}?',
  'pl.closeBody':
    'The plan for {year} is closed: it no longer changes and is followed up as approved. The owners decide.',
  'in.delete': 'Delete',
  'in.deleteTitle': 'Delete the initiative {title}?',
  'in.deleteBody': 'The initiative and its history are deleted. This cannot be undone.',
};
