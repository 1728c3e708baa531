// Messages of reading an uploaded sheet (ADR 0028), the same for every import: CSV or an Excel workbook.
export const sv = {
  'validation.sheetUnreadableCsv':
    'Filen går inte att läsa som CSV (läsningen stannade på rad {line}), oftast för att ett citattecken öppnas men aldrig stängs. Spara arket som "CSV UTF-8" eller som Excel-arbetsbok (.xlsx) och försök igen.',
  'validation.sheetUnreadableXlsx':
    'Filen går inte att läsa som Excel-arbetsbok (.xlsx). Öppna den i Excel och spara den som "Excel-arbetsbok", eller som CSV.',
  'validation.sheetFileMissing':
    'Skicka filen som text/csv eller som Excel-arbetsbok (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
  'validation.sheetOneFormat': 'Skicka arket antingen som csv (text) eller som xlsx (base64), inte båda.',
  'validation.sheetNotBase64': 'xlsx ska vara Excel-filens innehåll i base64.',
} as const;

export const en: Record<keyof typeof sv, string> = {
  'validation.sheetUnreadableCsv':
    'The file cannot be read as CSV (reading stopped at line {line}), usually because a quote is opened and never closed. Save the sheet as "CSV UTF-8" or as an Excel workbook (.xlsx) and try again.',
  'validation.sheetUnreadableXlsx':
    'The file cannot be read as an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook", or as CSV.',
  'validation.sheetFileMissing':
    'Send the file as text/csv or as an Excel workbook (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet).',
  'validation.sheetOneFormat': 'Send the sheet either as csv (text) or as xlsx (base64), not both.',
  'validation.sheetNotBase64': 'xlsx must be the Excel file’s content in base64.',
};
