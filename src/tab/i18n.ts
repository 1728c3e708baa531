// The tab's words and number/date formats: Swedish by default, English when the host says so.
import { createContext, useContext } from 'react';
// Views add their own words in src/tab/texts/<capability>.ts (sv, and en typed against it); texts/index.ts
// joins them here, so parallel work on different views never edits the same lines.
import { extraEn, extraSv } from './texts';
import { deliverablesEn, deliverablesSv } from '../i18n/catalogue/yearWheel';
import type { Deliverable } from '../domain/plan/yearWheel';

/** The year wheel's deliverables as labels, from the one catalogue the server's messages use too. */
function deliverableLabels(names: Record<Deliverable, string>): Record<`deliverable.${Deliverable}`, string> {
  const label = (d: Deliverable) => names[d].charAt(0).toUpperCase() + names[d].slice(1);
  return {
    'deliverable.strategicPlanPreliminary': label('strategicPlanPreliminary'),
    'deliverable.strategicPlanFinal': label('strategicPlanFinal'),
    'deliverable.objectPlanPreliminary': label('objectPlanPreliminary'),
    'deliverable.objectPlanApproved': label('objectPlanApproved'),
    'deliverable.strategicFollowUp': label('strategicFollowUp'),
    'deliverable.objectReport': label('objectReport'),
  };
}

const baseSv = {
  tabMeetings: 'Möten',
  joinMeeting: 'Anslut i Teams',
  onlineMeetingMissing: 'Teams-möte saknas i kalendern',
  minutesDocx: 'Protokoll (Word)',
  planSeries: 'Planera årets möten ({year})',
  noMeetings: 'Inga möten planerade för året.',
  noMeetingsConvener: 'Inga möten planerade för året. Planera årets möten med knappen ovan.',
  when: 'När',
  actions: 'Åtgärder',
  cancelMeeting: 'Ställ in',
  'meeting.scheduled': 'Planerat',
  'meeting.held': 'Hållet',
  'meeting.cancelled': 'Inställt',
  subscribe: 'Prenumerera på mötena i Outlook eller annan kalender:',
  invited: 'Kallade (från rollerna)',
  'participation.chair': 'Ordförande',
  'participation.convener': 'Sammankallande',
  'participation.member': 'Ledamot',
  'participation.adjunct': 'Adjungerad',
  'participation.attendee': 'Deltar',
  appName: 'Objektnav',
  loading: 'Laddar …',
  retry: 'Försök igen',
  reload: 'Ladda om',
  save: 'Spara',
  cancel: 'Avbryt',
  close: 'Stäng',
  demoBanner: 'Demoläge: du väljer själv vem du är. Använd inte riktiga personuppgifter.',
  signingIn: 'Loggar in …',
  signInConsent:
    'Objektnav behöver ditt godkännande för att logga in. Tillåt popup-fönster och ladda om fliken, eller be din administratör att godkänna appen för organisationen.',
  signInFailed:
    'Det gick inte att logga in i Objektnav. Ladda om fliken; kvarstår felet, kontakta supporten.',
  actAs: 'Agera som (demo)',
  nobody: 'Ingen vald – bara läsa',
  noAccess: 'Du kan läsa men inte ändra här.',
  tabOverview: 'Översikt',
  tabPlan: 'Objektplan',
  tabInitiatives: 'Initiativ',
  tabContracts: 'Avtal',
  category: 'Kategori',
  'category.core': 'Kärnobjekt',
  'category.support': 'Stödobjekt',
  'category.technical': 'Tekniska förutsättningar',
  supports: 'Stödjer',
  roles: 'Roller',
  role: 'Roll',
  person: 'Person',
  products: 'Objektprodukter',
  product: 'Produkt',
  businessComponents: 'Verksamhetskomponenter',
  itComponents: 'It-komponenter',
  relatedObjects: 'Närliggande objekt',
  description: 'Beskrivning',
  supplier: 'Leverantör',
  none: 'Inga',
  plan: 'Objektplan',
  planYear: 'Planår',
  status: 'Status',
  'status.draft': 'Utkast',
  'status.preliminary': 'Preliminär',
  'status.approved': 'Godkänd',
  'status.closed': 'Stängd',
  noPlans: 'Objektet har ingen objektplan än.',
  deadlines: 'Årshjul',
  due: 'Senast',
  ...deliverableLabels(deliverablesSv),
  met: 'Klar',
  late: 'Försenad',
  upcoming: 'Kommande',
  goals: 'Mål',
  longTermGoals: 'Långsiktiga mål',
  periodGoals: 'Mål för förvaltningsperioden',
  budget: 'Budget',
  budgetLines: 'Planerad (delmål)',
  line: 'Delmål',
  assignmentType: 'Uppdragstyp',
  'assignment.maintain': 'Vidmakthållande',
  'assignment.develop': 'Vidareutveckling',
  'assignment.new': 'Nyutveckling',
  'assignment.retire': 'Avveckling',
  priority: 'Prio',
  business: 'Verksamhetsnära',
  it: 'IT-nära',
  hours: 'Timmar',
  otherCost: 'Övriga',
  sum: 'Summa',
  total: 'Total',
  sumHours: 'Summa timmar',
  maintain: 'VM',
  develop: 'VU',
  mainActivity: 'Huvudaktivitet',
  'activity.forvaltningsstyrning': 'Förvaltningsstyrning',
  'activity.anvandarstod': 'Användarstöd',
  'activity.andringshantering': 'Ändringshantering',
  'activity.drift': 'Daglig IT-drift och underhåll',
  budgetSummary: 'Budget per huvudaktivitet',
  fteTable: 'Total heltid (FTE)',
  rateNote: 'Timpris {rate}, {hoursPerFte} timmar per heltid.',
  chart: 'Budget per huvudaktivitet och del',
  saving: 'Sparar …',
  saved: 'Sparat',
  invalidNumber: 'Ange ett tal, t.ex. 120 eller 120,5.',
  invalidAmount: 'Ange hela kronor, t.ex. 25 000.',
  conflictTitle: 'Någon annan har ändrat budgetraden',
  conflictBody:
    'Någon annan har ändrat "{name}" sedan du öppnade planen. Din ändring sparades inte. Ladda om och gör ändringen igen.',
  readOnlyPlan: 'Planen kan inte ändras i status {status}.',
  exportDocx: 'Exportera till Word',
  submit: 'Skicka till objektstyrgruppen',
  approve: 'Godkänn',
  reject: 'Avslå',
  reopen: 'Öppna för ändring',
  rejectComment: 'Varför avslås planen?',
  approvals: 'Godkännande',
  approver: 'Godkännare',
  'outcome.approved': 'Godkänt',
  'outcome.rejected': 'Avslaget',
  'outcome.pending': 'Väntar',
  initiatives: 'Behov och initiativ',
  title: 'Titel',
  kind: 'Typ',
  'kind.need': 'Behov',
  'kind.initiative': 'Initiativ',
  benefit: 'Nytta',
  goalContribution: 'Bidrag till mål',
  effort: 'Insats',
  score: 'Poäng',
  level: 'Nivå',
  'level.leaders': 'Objektledare',
  'level.owners': 'Objektägare',
  'level.psg': 'PSG',
  'initiative.proposed': 'Föreslaget',
  'initiative.prioritised': 'Prioriterat',
  'initiative.inProgress': 'Pågår',
  'initiative.done': 'Klart',
  'initiative.stopped': 'Stoppat',
  'initiative.rejected': 'Avslaget',
  newNeed: 'Nytt behov',
  addNeed: 'Lägg till behov',
  escalate: 'Lyft till nästa nivå',
  escalateReason: 'Varför lyfts frågan?',
  noInitiatives: 'Inga behov eller initiativ än.',
  contracts: 'Avtal på it-komponenter',
  component: 'It-komponent',
  contract: 'Avtal',
  start: 'Start',
  end: 'Slut',
  noticeMonths: 'Uppsägningstid',
  months: '{n} mån',
  noticeBy: 'Säg upp senast',
  'contract.withinNotice': 'Uppsägning nu',
  'contract.active': 'Löper',
  'contract.expired': 'Har gått ut',
  noContracts: 'Inga avtal registrerade.',
  withinNoticeHint: '{n} avtal ligger inom uppsägningstiden.',
  portfolio: 'Portfölj',
  portfolioTitle: 'Objektportföljen {year}',
  object: 'Objekt',
  planStatus: 'Planstatus',
  noPlan: 'Ingen plan',
  lateDeliverables: 'Försenat',
  escalations: 'Eskaleringar',
  escalatedToPsg: 'Initiativ lyfta till PSG',
  noEscalations: 'Inga frågor ligger hos PSG.',
  portfolioTotal: 'Hela portföljen',
  year: 'År',
  fte: 'FTE',
  configTitle: 'Koppla kanalen till ett objekt',
  configIntro:
    'Välj vilket objekt den här kanalen hör till. Fliken visar objektets översikt, plan, initiativ och avtal, och boten använder kopplingen.',
  chooseObject: 'Objekt',
  configSaved: 'Kanalen är kopplad till {code}.',
  configOutsideTeams: 'Utanför Teams: öppna objektets flik direkt.',
  openTab: 'Öppna fliken',
  notFound: 'Hittade inte det du sökte.',
  error: 'Något gick fel',
  openObject: 'Öppna {code}',
};

const sv = { ...baseSv, ...extraSv };
type Key = keyof typeof sv;

const baseEn: Record<keyof typeof baseSv, string> = {
  tabMeetings: 'Meetings',
  joinMeeting: 'Join in Teams',
  onlineMeetingMissing: 'No Teams meeting in the calendar',
  minutesDocx: 'Minutes (Word)',
  planSeries: "Plan the year's meetings ({year})",
  noMeetings: 'No meetings planned for the year.',
  noMeetingsConvener: "No meetings planned for the year. Plan the year's meetings with the button above.",
  when: 'When',
  actions: 'Actions',
  cancelMeeting: 'Cancel',
  'meeting.scheduled': 'Scheduled',
  'meeting.held': 'Held',
  'meeting.cancelled': 'Cancelled',
  subscribe: 'Subscribe to the meetings in Outlook or another calendar:',
  invited: 'Invited (from the roles)',
  'participation.chair': 'Chair',
  'participation.convener': 'Convener',
  'participation.member': 'Member',
  'participation.adjunct': 'Adjunct',
  'participation.attendee': 'Attends',
  appName: 'Objektnav',
  loading: 'Loading …',
  retry: 'Try again',
  reload: 'Reload',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  demoBanner: 'Demo mode: you choose who you are. Do not enter real personal data.',
  signingIn: 'Signing in …',
  signInConsent:
    'Objektnav needs your consent to sign you in. Allow pop-ups and reload the tab, or ask your administrator to approve the app for the organisation.',
  signInFailed: 'Could not sign you in to Objektnav. Reload the tab; if it persists, contact support.',
  actAs: 'Act as (demo)',
  nobody: 'Nobody – read only',
  noAccess: 'You can read but not change this.',
  tabOverview: 'Overview',
  tabPlan: 'Object plan',
  tabInitiatives: 'Initiatives',
  tabContracts: 'Contracts',
  category: 'Category',
  'category.core': 'Core object',
  'category.support': 'Support object',
  'category.technical': 'Technical foundations',
  supports: 'Supports',
  roles: 'Roles',
  role: 'Role',
  person: 'Person',
  products: 'Object products',
  product: 'Product',
  businessComponents: 'Business components',
  itComponents: 'IT components',
  relatedObjects: 'Related objects',
  description: 'Description',
  supplier: 'Supplier',
  none: 'None',
  plan: 'Object plan',
  planYear: 'Plan year',
  status: 'Status',
  'status.draft': 'Draft',
  'status.preliminary': 'Preliminary',
  'status.approved': 'Approved',
  'status.closed': 'Closed',
  noPlans: 'The object has no object plan yet.',
  deadlines: 'Year wheel',
  due: 'Due',
  ...deliverableLabels(deliverablesEn),
  met: 'Done',
  late: 'Late',
  upcoming: 'Upcoming',
  goals: 'Goals',
  longTermGoals: 'Long-term goals',
  periodGoals: 'Goals for the period',
  budget: 'Budget',
  budgetLines: 'Planned (sub-goals)',
  line: 'Sub-goal',
  assignmentType: 'Assignment type',
  'assignment.maintain': 'Maintenance',
  'assignment.develop': 'Further development',
  'assignment.new': 'New development',
  'assignment.retire': 'Retirement',
  priority: 'Prio',
  business: 'Business side',
  it: 'IT side',
  hours: 'Hours',
  otherCost: 'Other',
  sum: 'Sum',
  total: 'Total',
  sumHours: 'Total hours',
  maintain: 'Maint.',
  develop: 'Dev.',
  mainActivity: 'Main activity',
  'activity.forvaltningsstyrning': 'Management governance',
  'activity.anvandarstod': 'User support',
  'activity.andringshantering': 'Change management',
  'activity.drift': 'Daily IT operations and maintenance',
  budgetSummary: 'Budget per main activity',
  fteTable: 'Full-time equivalents (FTE)',
  rateNote: 'Hourly rate {rate}, {hoursPerFte} hours per FTE.',
  chart: 'Budget per main activity and side',
  saving: 'Saving …',
  saved: 'Saved',
  invalidNumber: 'Enter a number, e.g. 120 or 120.5.',
  invalidAmount: 'Enter whole kronor, e.g. 25000.',
  conflictTitle: 'Someone else changed the budget line',
  conflictBody:
    'Someone else has changed "{name}" since you opened the plan. Your change was not saved. Reload and make it again.',
  readOnlyPlan: 'The plan cannot be changed while {status}.',
  exportDocx: 'Export to Word',
  submit: 'Send to the steering group',
  approve: 'Approve',
  reject: 'Reject',
  reopen: 'Reopen for changes',
  rejectComment: 'Why is the plan rejected?',
  approvals: 'Approval',
  approver: 'Approver',
  'outcome.approved': 'Approved',
  'outcome.rejected': 'Rejected',
  'outcome.pending': 'Waiting',
  initiatives: 'Needs and initiatives',
  title: 'Title',
  kind: 'Type',
  'kind.need': 'Need',
  'kind.initiative': 'Initiative',
  benefit: 'Benefit',
  goalContribution: 'Goal contribution',
  effort: 'Effort',
  score: 'Score',
  level: 'Level',
  'level.leaders': 'Object leaders',
  'level.owners': 'Object owners',
  'level.psg': 'PSG',
  'initiative.proposed': 'Proposed',
  'initiative.prioritised': 'Prioritised',
  'initiative.inProgress': 'In progress',
  'initiative.done': 'Done',
  'initiative.stopped': 'Stopped',
  'initiative.rejected': 'Rejected',
  newNeed: 'New need',
  addNeed: 'Add need',
  escalate: 'Escalate',
  escalateReason: 'Why is the question escalated?',
  noInitiatives: 'No needs or initiatives yet.',
  contracts: 'Contracts on IT components',
  component: 'IT component',
  contract: 'Contract',
  start: 'Start',
  end: 'End',
  noticeMonths: 'Notice period',
  months: '{n} mo',
  noticeBy: 'Give notice by',
  'contract.withinNotice': 'Notice due now',
  'contract.active': 'Running',
  'contract.expired': 'Expired',
  noContracts: 'No contracts recorded.',
  withinNoticeHint: '{n} contracts are within their notice period.',
  portfolio: 'Portfolio',
  portfolioTitle: 'The object portfolio {year}',
  object: 'Object',
  planStatus: 'Plan status',
  noPlan: 'No plan',
  lateDeliverables: 'Late',
  escalations: 'Escalations',
  escalatedToPsg: 'Initiatives escalated to PSG',
  noEscalations: 'No questions are with PSG.',
  portfolioTotal: 'Whole portfolio',
  year: 'Year',
  fte: 'FTE',
  configTitle: 'Link the channel to an object',
  configIntro:
    'Choose the object this channel belongs to. The tab shows its overview, plan, initiatives and contracts, and the bot uses the link.',
  chooseObject: 'Object',
  configSaved: 'The channel is linked to {code}.',
  configOutsideTeams: 'Outside Teams: open the object tab directly.',
  openTab: 'Open the tab',
  notFound: 'Could not find what you were looking for.',
  error: 'Something went wrong',
  openObject: 'Open {code}',
};

const en: Record<Key, string> = { ...baseEn, ...extraEn };

export type TextKey = Key;
export type Lang = 'sv' | 'en';

export interface Texts {
  lang: Lang;
  t(key: Key | string, params?: Record<string, string | number>): string;
  money(sek: number): string;
  number(n: number, decimals?: number): string;
  date(iso: string): string;
}

export function langOf(locale: string): Lang {
  return locale.toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export function makeTexts(lang: Lang): Texts {
  const dict = lang === 'en' ? en : sv;
  const intl = lang === 'en' ? 'en-GB' : 'sv-SE';
  // Intl formatters are costly to make: a table made one per cell, and the first one in a page loads the
  // language's data (tens of milliseconds on a cold tab). Each is made when first used, then kept.
  let money: Intl.NumberFormat | undefined;
  const numbers = new Map<number, Intl.NumberFormat>();
  const numberFormat = (decimals: number) => {
    let format = numbers.get(decimals);
    if (!format) {
      format = new Intl.NumberFormat(intl, {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      });
      numbers.set(decimals, format);
    }
    return format;
  };
  let dates: Intl.DateTimeFormat | undefined;
  return {
    lang,
    t(key, params = {}) {
      const template = (dict as Record<string, string>)[key] ?? key;
      return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
    },
    money: (sek) =>
      (money ??= new Intl.NumberFormat(intl, {
        style: 'currency',
        currency: 'SEK',
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      })).format(sek),
    number: (n, decimals = 0) => numberFormat(decimals).format(n),
    date: (iso) =>
      (dates ??= new Intl.DateTimeFormat(intl, { dateStyle: 'medium', timeZone: 'Europe/Stockholm' })).format(
        new Date(`${iso.slice(0, 10)}T12:00:00Z`),
      ),
  };
}

/**
 * Words of a lazy chunk, added when the chunk loads, so they stay out of the initial bundle (which has a
 * size budget). `t` reads the word lists when it is called, so texts made earlier see them too.
 */
export function addWords(words: { sv: Record<string, string>; en: Record<string, string> }): void {
  Object.assign(sv, words.sv);
  Object.assign(en, words.en);
}

export const TextsContext = createContext<Texts>(makeTexts('sv'));
export const useTexts = () => useContext(TextsContext);

/** Parses a number as people type it in Swedish or English: "1 313,5", "1313.5", "25 000". */
export function parseNumber(input: string): number | null {
  const cleaned = input.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '') return 0;
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}
