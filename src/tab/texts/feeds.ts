// Words of the personal calendar-feed link in the Möten view (issue 12).
export const sv = {
  'feed.subscribeOutlook': 'Prenumerera i Outlook',
  'feed.revoke': 'Återkalla länken',
  'feed.create': 'Skapa min kalenderlänk',
  'feed.renew': 'Skapa en ny länk',
  'feed.copy': 'Kopiera länken',
  'feed.copied': 'Länken är kopierad.',
  'feed.intro':
    'Prenumerera på mötena i Outlook eller annan kalender med en personlig länk. Den fungerar för alla forum du kan se.',
  'feed.shownOnce':
    'Länken är personlig: den som har den ser mötena och vilka som är inbjudna. Den visas bara nu – spara den i din kalender. Återkalla den om den kommer i fel händer.',
  'feed.active':
    'Du har en personlig kalenderlänk sedan {date}. Den visas bara när den skapas: skapa en ny om du behöver den igen (den gamla slutar då fungera).',
  'feed.revoked': 'Länken är återkallad. Kalendrar som prenumererar med den får inga fler uppdateringar.',
  'feed.url': 'Din kalenderlänk',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'feed.subscribeOutlook': 'Subscribe in Outlook',
  'feed.revoke': 'Revoke the link',
  'feed.create': 'Create my calendar link',
  'feed.renew': 'Create a new link',
  'feed.copy': 'Copy the link',
  'feed.copied': 'The link has been copied.',
  'feed.intro':
    'Subscribe to the meetings in Outlook or another calendar with a personal link. It works for every forum you can see.',
  'feed.shownOnce':
    'The link is personal: whoever has it sees the meetings and who is invited. It is shown only now – save it in your calendar. Revoke it if it falls into the wrong hands.',
  'feed.active':
    'You have had a personal calendar link since {date}. It is shown only when it is created: create a new one if you need it again (the old one then stops working).',
  'feed.revoked': 'The link has been revoked. Calendars subscribed with it get no more updates.',
  'feed.url': 'Your calendar link',
};
