// Messages of the system register and the system map (issue 17): refusals, and the reasons an import
// refuses a row of a sheet.
export const sv = {
  'forbidden.notSystemKeeper':
    'Bara systemets systemägare, objektets objektägare och modellansvarig får ändra systemet och dess integrationer.',
  'validation.notASystem':
    'Komponenten {name} är en verksamhetskomponent; systemregistret gäller it-komponenter.',
  'validation.sameSystem': 'En integration går mellan två olika system.',
  'conflict.systemIntegrated':
    'Systemet har integrationer i systemkartan och kan inte tas bort: ta bort eller flytta integrationerna först.',
  'validation.unknownSystem': 'Systemet med id {id} finns inte i registret.',
  'validation.unknownPerson': 'Personen med id {id} finns inte.',
  'validation.unknownDepartment': 'Förvaltningen med id {id} finns inte.',
  'validation.recordRefWithoutPersonalData':
    'Hänvisning till registerförteckningen anges bara för system som behandlar personuppgifter.',
  'validation.sheetHeader':
    'Arket saknar kolumnerna {columns}. Första raden ska vara rubriker, t.ex. System;Objekt;Leverantör.',
  'validation.sheetEmpty': 'Arket har inga rader under rubrikraden.',
  'import.nameMissing': 'Systemets namn saknas.',
  'import.nameTooLong': 'Systemets namn är längre än 200 tecken.',
  'import.objectMissing': 'Objekt saknas: ange objektets kod, t.ex. VSOA.',
  'import.unknownObject': 'Objektet ”{value}” finns inte (ange objektets kod).',
  'import.unknownLifecycle':
    'Livscykeln ”{value}” är okänd: ange I drift, Införs, Avvecklas eller Avvecklad.',
  'import.unknownHosting':
    'Driften ”{value}” är okänd: ange Egen drift, Molntjänst (SaaS) eller Gemensam plattform.',
  'import.badLevel': '{column} ”{value}” är ingen nivå i klassningsmodellen: ange 1–4 eller lämna tomt.',
  'import.badYesNo': 'Personuppgifter ska vara Ja eller Nej, inte ”{value}”.',
  'import.unknownDepartment': 'Förvaltningen ”{value}” finns inte.',
  'import.unknownPerson': '{column}: ingen person med e-post ”{value}”.',
  'import.badLink': 'Dokumentationslänken ”{value}” är ingen https-adress.',
  'import.recordRefWithoutPersonalData':
    'Registerförteckning är angiven men Personuppgifter är Nej: ange Ja, eller ta bort hänvisningen.',
  'import.duplicateInSheet': 'Samma system finns redan på rad {line} i arket.',
  'import.notKeeper':
    'Du får inte ändra system i {object}: bara systemägaren, objektägarna och modellansvarig får det.',
  'import.textRefused': '{column}: {message}',
  'column.confidentiality': 'Konfidentialitet',
  'column.integrity': 'Riktighet',
  'column.availability': 'Tillgänglighet',
  'column.owner': 'Systemägare',
  'column.manager': 'Systemförvaltare',
  'column.name': 'System',
  'column.description': 'Beskrivning',
  'column.supplier': 'Leverantör',
  'column.processingRecordRef': 'Registerförteckning',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'forbidden.notSystemKeeper':
    "Only the system's owner, the object's owners and the model owner may change the system and its integrations.",
  'validation.notASystem': 'The component {name} is a business component; the register is for IT components.',
  'validation.sameSystem': 'An integration runs between two different systems.',
  'conflict.systemIntegrated':
    'The system has integrations in the system map and cannot be deleted: remove or move them first.',
  'validation.unknownSystem': 'There is no system with id {id} in the register.',
  'validation.unknownPerson': 'There is no person with id {id}.',
  'validation.unknownDepartment': 'There is no department with id {id}.',
  'validation.recordRefWithoutPersonalData':
    'A record of processing reference is given only for systems that process personal data.',
  'validation.sheetHeader':
    'The sheet lacks the columns {columns}. The first row holds the headings, e.g. System;Objekt;Leverantör.',
  'validation.sheetEmpty': 'The sheet has no rows below the heading row.',
  'import.nameMissing': "The system's name is missing.",
  'import.nameTooLong': "The system's name is longer than 200 characters.",
  'import.objectMissing': "The object is missing: give the object's code, e.g. VSOA.",
  'import.unknownObject': 'There is no object "{value}" (give its code).',
  'import.unknownLifecycle': 'Unknown lifecycle "{value}": give I drift, Införs, Avvecklas or Avvecklad.',
  'import.unknownHosting':
    'Unknown hosting "{value}": give Egen drift, Molntjänst (SaaS) or Gemensam plattform.',
  'import.badLevel':
    '{column} "{value}" is not a level of the classification model: give 1–4 or leave empty.',
  'import.badYesNo': 'Personal data must be Ja or Nej, not "{value}".',
  'import.unknownDepartment': 'There is no department "{value}".',
  'import.unknownPerson': '{column}: no person with e-mail "{value}".',
  'import.badLink': 'The documentation link "{value}" is not an https address.',
  'import.recordRefWithoutPersonalData':
    'A record of processing is given but personal data is Nej: say Ja, or remove the reference.',
  'import.duplicateInSheet': 'The same system is already on row {line} of the sheet.',
  'import.notKeeper':
    'You may not change systems of {object}: only the system owner, the object owners and the model owner may.',
  'import.textRefused': '{column}: {message}',
  'column.confidentiality': 'Confidentiality',
  'column.integrity': 'Integrity',
  'column.availability': 'Availability',
  'column.owner': 'System owner',
  'column.manager': 'System manager',
  'column.name': 'System',
  'column.description': 'Description',
  'column.supplier': 'Supplier',
  'column.processingRecordRef': 'Record of processing',
};
