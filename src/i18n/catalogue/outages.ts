// Messages of outages (a dependency down: 503) and of client mistakes that used to end as 500.
export const sv = {
  'error.sharepointUnavailable':
    'SharePoint svarar inte just nu, så inget har sparats eller lästs. Försök igen om en stund; kvarstår det, kontakta it-supporten.',
  'error.identityUnavailable':
    'Inloggningstjänsten (Microsoft Entra ID) svarar inte just nu. Försök igen om en stund; kvarstår det, kontakta it-supporten.',
  'error.calendarUnavailable':
    'Kalendertjänsten (Microsoft Graph) svarar inte just nu, så mötet har inte bokats eller ändrats. Försök igen om en stund.',
  'error.malformedUrl': 'Adressen är felaktigt kodad (procentkodning): {path}.',
  'error.malformedBody': 'Förfrågans innehåll kunde inte läsas (felaktig komprimering eller kodning).',
  'error.fileNotFound': 'Filen finns inte: {path}.',
  'error.badRequest': 'Förfrågan kunde inte tolkas.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'error.sharepointUnavailable':
    'SharePoint is not answering right now, so nothing was saved or read. Try again in a moment; if it persists, contact IT support.',
  'error.identityUnavailable':
    'The sign-in service (Microsoft Entra ID) is not answering right now. Try again in a moment; if it persists, contact IT support.',
  'error.calendarUnavailable':
    'The calendar service (Microsoft Graph) is not answering right now, so the meeting was not booked or changed. Try again in a moment.',
  'error.malformedUrl': 'The address is wrongly encoded (percent-encoding): {path}.',
  'error.malformedBody': 'The request body could not be read (bad compression or encoding).',
  'error.fileNotFound': 'No such file: {path}.',
  'error.badRequest': 'The request could not be understood.',
};
