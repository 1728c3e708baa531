// Messages people read: Swedish first, English second. Keys are stable; {name} is replaced by params.
// Capabilities add their own messages in src/i18n/catalogue/<capability>.ts (sv, and en typed against it);
// catalogue/index.ts joins them here, so parallel work never edits the same lines.
import { extraEn, extraSv } from './catalogue';

export const LOCALES = ['sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const baseSv = {
  'error.validation': 'Uppgifterna är ogiltiga. Rätta fälten som anges.',
  'error.malformedJson': 'Förfrågan innehåller ingen giltig JSON.',
  'error.payloadTooLarge': 'Förfrågan är för stor.',
  'error.unsupportedMediaType': 'Skicka data som JSON (Content-Type: application/json).',
  'error.notFound': 'Hittade inte {what} med id {id}.',
  'error.routeNotFound': 'Det finns ingen sådan adress i API:et: {path}.',
  'error.staleEtag':
    'Någon annan har ändrat uppgiften sedan du hämtade den. Ladda om och gör ändringen igen.',
  'error.ifMatchRequired': 'Ändringen måste skicka med versionen du utgår från (If-Match med eTag).',
  'error.unauthenticated': 'Välj vem du är innan du ändrar något.',
  'error.unknownDemoUser': 'Personen {id} finns inte. Välj en person i listan.',
  'error.rateLimited':
    'Du har gjort många ändringar på kort tid. Vänta {seconds} sekunder och försök sedan igen.',
  'error.unexpectedBody': 'Den här åtgärden tar inte emot några uppgifter. Skicka den utan innehåll.',
  'error.consentRequired':
    'Objektnav har inte fått godkännande att använda {scopes} för din räkning. Be en administratör att ge organisationens godkännande (admin consent) för appen.',
  'error.delegationExpired': 'Din inloggning har gått ut. Ladda om sidan och logga in igen.',
  'error.signInRequired': 'Du behöver logga in med ditt organisationskonto för att använda Objektnav.',
  'error.tokenExpired': 'Din inloggning har gått ut. Ladda om sidan för att logga in igen.',
  'error.tokenNotYetValid':
    'Inloggningsbeviset gäller inte ännu. Kontrollera att datorns klocka går rätt och försök igen.',
  'error.tokenInvalid': 'Inloggningsbeviset godtogs inte ({reason}). Ladda om sidan och logga in igen.',
  'error.tenantNotAllowed':
    'Konton från din organisation (klient-id {tenant}) får inte logga in i den här Objektnav-installationen.',
  'error.unknownEntraUser':
    'Ditt konto (objekt-id {oid}) är inte kopplat till någon person i Objektnav. Be en administratör lägga upp dig med ditt Entra-objekt-id.',
  'error.internal':
    'Något gick fel hos Objektnav. Försök igen; kvarstår felet, kontakta supporten och ange {requestId}.',
  'calendar.consentMissing':
    'Objektnav har inte fått medgivande att boka möten i din kalender. Be en administratör i Microsoft Entra ID att godkänna behörigheten Calendars.ReadWrite för Objektnav och försök sedan igen.',
  'calendar.delegationUnavailable':
    'Kalendern kan bara bokas i namnet på den som är inloggad i den här förfrågan. Logga in och försök igen.',
  'calendar.mailboxAccessDenied':
    'Du har inte behörighet att boka i kalendern för {mailbox}. Be hen att ge dig ombudsbehörighet (redigera) till kalendern, eller låt hen boka själv.',
  'calendar.tokenRejected':
    'Microsoft Graph godtog inte inloggningen för kalendern. Logga in igen och försök på nytt.',
  'calendar.mailboxMissing':
    'Kontot har ingen brevlåda i Exchange Online, så mötet kan inte bokas i dess kalender. Kontakta it-supporten.',
  'calendar.eventNotFound':
    'Mötet {id} finns inte längre i kalendern. Det kan ha tagits bort i Outlook; boka det på nytt om det ska hållas.',
  'calendar.notOrganizer': 'Bara mötets organisatör kan ställa in det i kalendern.',
  'calendar.teamsNotAllowed':
    'Mötet bokades i kalendern men utan Teams-möte: kalendern tillåter inte Teams som mötesleverantör. Be it-supporten aktivera Teams-möten för kontot.',
  'calendar.onlineMeetingMissing':
    'Mötet bokades i kalendern men Teams-mötet skapades inte, så det finns ingen länk att ansluta med. Lägg till Teams-möte i Outlook eller försök igen.',
  'forbidden.notOwner': 'Bara objektets objektägare får göra detta.',
  'forbidden.notOwnerOrLeader': 'Bara objektets objektägare och objektledare får göra detta.',
  'forbidden.noRoleInObject': 'Du behöver en roll i objektet för att föreslå behov och initiativ.',
  'forbidden.notStructureKeeper':
    'Objektstrukturen beslutas av PSG; bara modellansvarig eller administratör registrerar ändringar.',
  'forbidden.notAdministrator': 'Bara en administratör får göra detta.',
  'forbidden.notAppointer': 'Du får inte utse någon till rollen {role}. Den utses av {appointer}.',
  'forbidden.notConvener': 'Bara forumets sammankallande får göra detta.',
  'forbidden.notDecider': 'Du har inte mandat att fatta detta beslut på nivån {level}.',
  'forbidden.outsideMandate': 'Beslutet ligger utanför forumets mandat.',
  'forbidden.notApprover': 'Du är inte en av dem som ska godkänna planen.',
  'conflict.codeTaken': 'Det finns redan ett objekt med koden {code}.',
  'conflict.planYearTaken': 'Objektet har redan en objektplan för {year}.',
  'conflict.planNotEditable':
    'Planen har status {status} och kan inte ändras. En objektägare kan öppna den igen.',
  'conflict.planTransition': 'Planen har status {status}; det går inte att {transition} den nu.',
  'conflict.planYearNotEnded': 'Planen kan stängas först när året {year} är slut.',
  'conflict.planNotDeletable': 'Bara en plan i utkast kan tas bort.',
  'conflict.alreadyAnswered': 'Du har redan svarat på planen i den här omgången.',
  'conflict.noApprovalPending': 'Planen väntar inte på godkännande.',
  'conflict.staleRound':
    'Svaret gällde omgång {round} av godkännandet, men planen är nu i omgång {current}. Ladda om och svara igen.',
  'conflict.roleHeld': 'Rollen {role} innehas redan av någon annan i objektet. Ta bort den först.',
  'conflict.alreadyAssigned': 'Personen har redan rollen.',
  'conflict.objectInUse':
    'Objektet har planer eller initiativ och kan inte tas bort. Markera det som avvecklat i stället.',
  'conflict.componentInUse': 'Komponenten används av produkter eller avtal och kan inte tas bort.',
  'conflict.topOfLadder': 'Frågan ligger redan hos PSG, som är högsta nivån.',
  'conflict.initiativeClosed': 'Initiativet är avslutat ({status}) och kan inte lyftas eller beslutas.',
  'conflict.linkExists': 'Komponenten är redan kopplad till produkten.',
  'conflict.personInUse': 'Personen har roller och kan inte tas bort.',
  'validation.objectRoleNeedsObject': 'Rollen {role} gäller ett objekt; ange objectId.',
  'validation.organisationRoleNoObject': 'Rollen {role} gäller hela organisationen; ange inte objectId.',
  'validation.contractDates': 'Avtalets slutdatum måste vara efter startdatum.',
  'validation.sameObject': 'Ett objekt kan inte vara närliggande till sig självt.',
  'validation.unknownReference': 'Hittade inte {what} med id {id}.',
  'validation.commentRequired': 'Skriv en kommentar som förklarar avslaget.',
  'validation.meetingTimes': 'Mötet måste sluta efter att det börjar.',
  'conflict.seriesExists':
    'Forumet har redan en mötesserie för {year}. Flytta eller ställ in enskilda möten i stället.',
  'conflict.meetingCancelled': 'Mötet är inställt och kan inte flyttas.',
  'conflict.meetingHeld': 'Mötet är redan hållet och kan inte ställas in.',
  'conflict.minutesRecorded': 'Protokollet för mötet är redan fört.',
  'forbidden.decisionOutsideMandate':
    'Beslutet "{title}" gäller {kind} och ligger utanför {forum}s mandat. {holder} fattar sådana beslut.',
} as const;

const sv = { ...baseSv, ...extraSv };
export type MessageKey = keyof typeof sv;

const baseEn: Record<keyof typeof baseSv, string> = {
  'error.validation': 'The data is invalid. Correct the fields listed.',
  'error.malformedJson': 'The request does not contain valid JSON.',
  'error.payloadTooLarge': 'The request is too large.',
  'error.unsupportedMediaType': 'Send data as JSON (Content-Type: application/json).',
  'error.notFound': 'No {what} with id {id}.',
  'error.routeNotFound': 'There is no such address in the API: {path}.',
  'error.staleEtag': 'Someone else has changed this since you loaded it. Reload and make your change again.',
  'error.ifMatchRequired': 'A change must send the version it is based on (If-Match with the eTag).',
  'error.unauthenticated': 'Choose who you are before you change anything.',
  'error.unknownDemoUser': 'There is no person {id}. Pick a person from the list.',
  'error.rateLimited': 'You have made many changes in a short time. Wait {seconds} seconds and try again.',
  'error.unexpectedBody': 'This action takes no data. Send it without a body.',
  'error.consentRequired':
    'Objektnav has not been granted {scopes} on your behalf. Ask an administrator to grant admin consent for the app.',
  'error.delegationExpired': 'Your sign-in has expired. Reload the page and sign in again.',
  'error.signInRequired': 'Sign in with your organisation account to use Objektnav.',
  'error.tokenExpired': 'Your sign-in has expired. Reload the page to sign in again.',
  'error.tokenNotYetValid': "The sign-in token is not valid yet. Check your computer's clock and try again.",
  'error.tokenInvalid': 'The sign-in token was not accepted ({reason}). Reload the page and sign in again.',
  'error.tenantNotAllowed':
    'Accounts from your organisation (tenant id {tenant}) may not sign in to this Objektnav installation.',
  'error.unknownEntraUser':
    'Your account (object id {oid}) is not linked to a person in Objektnav. Ask an administrator to add you with your Entra object id.',
  'error.internal':
    'Something went wrong in Objektnav. Try again; if it persists, contact support quoting {requestId}.',
  'calendar.consentMissing':
    'Objektnav has not been granted consent to book meetings in your calendar. Ask a Microsoft Entra ID administrator to grant Objektnav the Calendars.ReadWrite permission, then try again.',
  'calendar.delegationUnavailable':
    'The calendar can only be booked in the name of the person signed in to this request. Sign in and try again.',
  'calendar.mailboxAccessDenied':
    'You may not book in the calendar of {mailbox}. Ask them to make you a delegate (editor) of their calendar, or let them book it.',
  'calendar.tokenRejected':
    'Microsoft Graph did not accept the sign-in for the calendar. Sign in again and retry.',
  'calendar.mailboxMissing':
    'The account has no Exchange Online mailbox, so the meeting cannot be booked in its calendar. Contact IT support.',
  'calendar.eventNotFound':
    'The meeting {id} is no longer in the calendar. It may have been deleted in Outlook; book it again if it is to be held.',
  'calendar.notOrganizer': "Only the meeting's organizer can cancel it in the calendar.",
  'calendar.teamsNotAllowed':
    'The meeting was booked without a Teams meeting: the calendar does not allow Teams as an online meeting provider. Ask IT support to enable Teams meetings for the account.',
  'calendar.onlineMeetingMissing':
    'The meeting was booked but its Teams meeting was not created, so there is no link to join. Add a Teams meeting in Outlook or try again.',
  'forbidden.notOwner': "Only the object's owners may do this.",
  'forbidden.notOwnerOrLeader': "Only the object's owners and leaders may do this.",
  'forbidden.noRoleInObject': 'You need a role in the object to propose needs and initiatives.',
  'forbidden.notStructureKeeper':
    'The object structure is decided by PSG; only the model owner or an administrator records changes.',
  'forbidden.notAdministrator': 'Only an administrator may do this.',
  'forbidden.notAppointer': 'You may not appoint anyone to the role {role}. It is appointed by {appointer}.',
  'forbidden.notConvener': "Only the forum's convener may do this.",
  'forbidden.notDecider': 'You have no mandate to take this decision at the level {level}.',
  'forbidden.outsideMandate': "The decision is outside the forum's mandate.",
  'forbidden.notApprover': 'You are not one of the approvers of this plan.',
  'conflict.codeTaken': 'There is already an object with the code {code}.',
  'conflict.planYearTaken': 'The object already has an object plan for {year}.',
  'conflict.planNotEditable': 'The plan is {status} and cannot be changed. An owner can reopen it.',
  'conflict.planTransition': 'The plan is {status}; it cannot be {transition} now.',
  'conflict.planYearNotEnded': 'The plan can be closed only once {year} is over.',
  'conflict.planNotDeletable': 'Only a draft plan can be deleted.',
  'conflict.alreadyAnswered': 'You have already answered this round of approval.',
  'conflict.noApprovalPending': 'The plan is not awaiting approval.',
  'conflict.staleRound':
    'The answer was for round {round} of approval, but the plan is now in round {current}. Reload and answer again.',
  'conflict.roleHeld': 'Someone else already holds the role {role} in the object. Remove it first.',
  'conflict.alreadyAssigned': 'The person already has the role.',
  'conflict.objectInUse':
    'The object has plans or initiatives and cannot be deleted. Mark it as retired instead.',
  'conflict.componentInUse': 'The component is used by products or contracts and cannot be deleted.',
  'conflict.topOfLadder': 'The question is already with PSG, the highest level.',
  'conflict.initiativeClosed': 'The initiative is closed ({status}) and cannot be escalated or decided.',
  'conflict.linkExists': 'The component is already linked to the product.',
  'conflict.personInUse': 'The person holds roles and cannot be deleted.',
  'validation.objectRoleNeedsObject': 'The role {role} belongs to an object; give objectId.',
  'validation.organisationRoleNoObject': 'The role {role} is organisation-wide; do not give objectId.',
  'validation.contractDates': "The contract's end date must be after its start date.",
  'validation.sameObject': 'An object cannot be related to itself.',
  'validation.unknownReference': 'No {what} with id {id}.',
  'validation.commentRequired': 'Write a comment that explains the rejection.',
  'validation.meetingTimes': 'The meeting must end after it starts.',
  'conflict.seriesExists':
    'The forum already has a series of meetings for {year}. Move or cancel single meetings instead.',
  'conflict.meetingCancelled': 'The meeting is cancelled and cannot be moved.',
  'conflict.meetingHeld': 'The meeting has been held and cannot be cancelled.',
  'conflict.minutesRecorded': 'The minutes of the meeting are already recorded.',
  'forbidden.decisionOutsideMandate':
    'The decision "{title}" concerns {kind} and is outside the mandate of {forum}. {holder} takes such decisions.',
};

const en: Record<MessageKey, string> = { ...baseEn, ...extraEn };

const CATALOGUE: Record<Locale, Record<MessageKey, string>> = { sv, en };

export function translate(
  locale: Locale,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = CATALOGUE[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    // "term:ownerIt" (or "term:a,term:b") names terms to be said in the reader's language.
    if (typeof value !== 'string' || !value.startsWith('term:')) return String(value);
    const names = value.split(',').map((v) => term(locale, v.replace(/^term:/, '')));
    return names.join(locale === 'sv' ? ' eller ' : ' or ');
  });
}

/** Picks sv or en from an Accept-Language header or a Teams locale like "en-US"; Swedish by default. */
export function pickLocale(header: string | undefined | null): Locale {
  if (!header) return 'sv';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}

/** Names of roles and other terms, for messages. */
export const TERMS: Record<Locale, Record<string, string>> = {
  sv: {
    ownerBusiness: 'objektägare verksamhet',
    ownerIt: 'objektägare it',
    leaderBusiness: 'objektledare verksamhet',
    leaderIt: 'objektledare it',
    productCoordinator: 'objektproduktsamordnare',
    specialistBusiness: 'objektspecialist verksamhet',
    specialistIt: 'objektspecialist it',
    osgMember: 'ledamot i objektstyrgruppen',
    municipalDirector: 'kommundirektör',
    deputyMunicipalDirector: 'biträdande kommundirektör',
    communicationsDevelopmentDirector: 'kommunikations- och utvecklingsdirektör',
    itChief: 'it-chef',
    digitalisationChief: 'digitaliseringschef',
    modelOwner: 'modellansvarig',
    administrator: 'administratör',
    leaders: 'objektledare',
    owners: 'objektägare',
    psg: 'PSG',
    draft: 'utkast',
    preliminary: 'preliminär',
    approved: 'godkänd',
    closed: 'stängd',
    submit: 'skicka in',
    approve: 'godkänna',
    reject: 'avslå',
    reopen: 'öppna igen',
    close: 'stänga',
  },
  en: {
    ownerBusiness: 'business object owner',
    ownerIt: 'IT object owner',
    leaderBusiness: 'business object leader',
    leaderIt: 'IT object leader',
    productCoordinator: 'product coordinator',
    specialistBusiness: 'business specialist',
    specialistIt: 'IT specialist',
    osgMember: 'object steering group member',
    municipalDirector: 'municipal director',
    deputyMunicipalDirector: 'deputy municipal director',
    communicationsDevelopmentDirector: 'director of communications and development',
    itChief: 'IT manager',
    digitalisationChief: 'head of digitalisation',
    modelOwner: 'model owner',
    administrator: 'administrator',
    leaders: 'object leaders',
    owners: 'object owners',
    psg: 'PSG',
    draft: 'draft',
    preliminary: 'preliminary',
    approved: 'approved',
    closed: 'closed',
    submit: 'submitted',
    approve: 'approved',
    reject: 'rejected',
    reopen: 'reopened',
    close: 'closed',
  },
};

export function term(locale: Locale, name: string): string {
  return TERMS[locale][name] ?? name;
}

/** Terms are stored in lower case (they are used mid-sentence); at the start of a label they take a capital. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
