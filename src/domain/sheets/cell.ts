// A cell of an imported sheet, as the sheet reader hands it over (ADR 0028): CSV gives text; an Excel
// workbook gives text, numbers (amounts are numbers, not "1 234,50"), booleans and dates (a cell with a date
// format). A date without a date format arrives as Excel's serial number. Pure.

export type SheetCell = string | number | boolean | Date | null;

/** One row of a sheet with the line (CSV) or row number (Excel) it starts on; 1 is the header. */
export interface SheetRow {
  line: number;
  cells: SheetCell[];
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Excel's largest date, 9999-12-31. */
const LAST_SERIAL = 2_958_465;

/**
 * The calendar date (YYYY-MM-DD) of an Excel serial number: days since 1899-12-30, which absorbs Lotus'
 * 1900 leap-year bug for every date after February 1900. A time of day (the fraction) is dropped.
 */
export function dateOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > LAST_SERIAL) return null;
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** A cell as the text a CSV would have held: dates as YYYY-MM-DD, numbers without grouping, yes/no words. */
export function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nej';
  return String(cell);
}

/** A row with no value in any cell (Excel keeps formatted empty rows; Swedish CSV exports end in ";;;"). */
export function isBlankRow(cells: readonly SheetCell[]): boolean {
  return cells.every((c) => cellText(c).trim() === '');
}
