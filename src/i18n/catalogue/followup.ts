// Messages of the follow-up of the year (issue 16 §1–3): outcome and its import, the interim follow-up,
// the objektberättelse.
export const sv = {
  'import.reject.badPeriod':
    'Perioden "{value}" går inte att läsa. Skriv den som ÅÅÅÅ-MM (t.ex. 2025-03), ÅÅÅÅMM eller ett datum ÅÅÅÅ-MM-DD.',
  'import.reject.periodOutsideYear': 'Perioden {value} ligger utanför planens år {year}.',
  'import.reject.unknownCode':
    'Koden "{value}" finns inte i objektets kodtabell. Objektledare eller objektägare lägger till den under Koder i ekonomisystemet.',
  'import.reject.badAmount':
    'Beloppet "{value}" går inte att läsa. Skriv kronor med högst två decimaler, t.ex. 12 345,50.',
  'import.reject.missingAccount': 'Raden saknar konto.',
  'import.reject.duplicateRow':
    'Raden upprepar period {period}, kod {code} och konto {account} från rad {firstRow}; exporten ska ha en rad per period, kod och konto.',
  'import.reject.wrongColumnCount':
    'Raden har {count} fält, men kolumnerna som importen läser kräver {expected}.',
  'validation.importColumnsMissing':
    'Filen saknar kolumnerna {columns}. Rubrikraden ska ha period, kod (ansvar/aktivitet), konto och belopp.',
  'validation.importEmpty': 'Filen innehåller inga rader att importera.',
  'validation.followUpPeriodNotUsed':
    'Kommunen följer inte upp perioden {period}; den använder {used}. Modellägaren eller it-avdelningen ändrar det i inställningen FOLLOW_UP_PERIODS.',
  'validation.periodOutsideYear': 'Perioden {period} ligger utanför planens år {year}.',
  'validation.lineNotInThisPlan': 'Budgetraden {id} hör inte till den här planen.',
  'validation.duplicateCode': 'Koden {code} står två gånger i kodtabellen.',
  'validation.unknownGoal': 'Målet {id} finns inte i planen.',
  'validation.nextYearPlanMissing':
    'Det finns ingen objektplan för {year} att föra punkterna till. Starta planen för {year} först.',
  'conflict.followUpNotEditable': 'Uppföljningen är redan noterad av objektstyrgruppen och kan inte ändras.',
  'conflict.followUpNotReady':
    'Uppföljningen är inte klar: objektledarna markerar den klar innan OSG noterar den.',
  'conflict.reportExists': 'Objektberättelsen för {year} finns redan.',
  'conflict.reportMissing': 'Det finns ingen objektberättelse för planen ännu. Skapa ett utkast först.',
  'conflict.reportNotEditable':
    'Objektberättelsen har status {status} och kan inte ändras. Den ändras bara som utkast.',
  'conflict.reportYearNotEnded': 'Objektberättelsen för {year} skrivs när året är slut.',
  'conflict.reportNotPending': 'Objektberättelsen väntar inte på godkännande.',
  'conflict.reportAlreadyCarried': 'Punkterna inför kommande år är redan förda till planen för {year}.',
  'conflict.nextYearPlanNotDraft':
    'Planen för {year} är inte ett utkast; dra tillbaka eller öppna den innan punkterna förs in.',
  'forbidden.notNoter': 'Bara objektets objektägare (för objektstyrgruppen) noterar uppföljningen.',
  'forbidden.notFollowUpWriter':
    'Bara objektets objektägare och objektledare får föra in utfallet och skriva uppföljningen och objektberättelsen.',
  'forbidden.notReportApprover':
    'Bara {approvers} godkänner eller avslår objektberättelsen; du har ingen av de rollerna i objektet.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'import.reject.badPeriod':
    'The period "{value}" cannot be read. Write it as YYYY-MM (e.g. 2025-03), YYYYMM or a date YYYY-MM-DD.',
  'import.reject.periodOutsideYear': "The period {value} is outside the plan's year {year}.",
  'import.reject.unknownCode':
    'The code "{value}" is not in the object\'s code table. A leader or owner adds it under Finance system codes.',
  'import.reject.badAmount':
    'The amount "{value}" cannot be read. Write kronor with at most two decimals, e.g. 12 345,50.',
  'import.reject.missingAccount': 'The row has no account.',
  'import.reject.duplicateRow':
    'The row repeats period {period}, code {code} and account {account} from row {firstRow}; the export has one row per period, code and account.',
  'import.reject.wrongColumnCount':
    'The row has {count} fields, but the columns the import reads need {expected}.',
  'validation.importColumnsMissing':
    'The file lacks the columns {columns}. The header must have period, code (responsibility/activity), account and amount.',
  'validation.importEmpty': 'The file has no rows to import.',
  'validation.followUpPeriodNotUsed':
    'The municipality does not follow up the period {period}; it uses {used}. The model owner or the IT department changes this in the FOLLOW_UP_PERIODS setting.',
  'validation.periodOutsideYear': "The period {period} is outside the plan's year {year}.",
  'validation.lineNotInThisPlan': 'The budget line {id} is not part of this plan.',
  'validation.duplicateCode': 'The code {code} appears twice in the code table.',
  'validation.unknownGoal': 'The goal {id} is not in the plan.',
  'validation.nextYearPlanMissing':
    'There is no object plan for {year} to carry the points into. Start the plan for {year} first.',
  'conflict.followUpNotEditable':
    'The follow-up has been noted by the object steering group and cannot change.',
  'conflict.followUpNotReady':
    'The follow-up is not ready: the leaders mark it ready before the steering group notes it.',
  'conflict.reportExists': 'The annual report for {year} already exists.',
  'conflict.reportMissing': 'The plan has no annual report yet. Create a draft first.',
  'conflict.reportNotEditable':
    'The annual report has status {status} and cannot change. Only a draft changes.',
  'conflict.reportYearNotEnded': 'The annual report for {year} is written when the year has ended.',
  'conflict.reportNotPending': 'The annual report is not awaiting approval.',
  'conflict.reportAlreadyCarried':
    'The points for the coming year were already carried into the plan for {year}.',
  'conflict.nextYearPlanNotDraft':
    'The plan for {year} is not a draft; withdraw or reopen it before carrying the points in.',
  'forbidden.notNoter': "Only the object's owners (for the steering group) note the follow-up.",
  'forbidden.notFollowUpWriter':
    "Only the object's owners and leaders may enter the outcome and write the follow-up and the annual report.",
  'forbidden.notReportApprover':
    'Only the {approvers} approve or reject the annual report; you hold none of those roles in the object.',
};
