// Reading a municipal finance export into outcome rows (issue 16 §1): each row is accepted or rejected with
// a reason, and nothing is written on a dry run. The columns are found by their Swedish or English header.
// The rows come from a CSV or an Excel workbook (ADR 0028): text as Swedish exports write it, or Excel's
// numbers and dates, read by the same rules.
import { cellText, dateOfSerial, type SheetCell, type SheetRow } from '../sheets/cell';
import type { CodeMapping } from './types';

export const IMPORT_COLUMNS = ['period', 'code', 'account', 'amount'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Header words that name each column (lower case, compared without spaces). */
const HEADERS: Record<ImportColumn, readonly string[]> = {
  period: ['period', 'månad', 'manad', 'bokföringsperiod', 'datum', 'date', 'month'],
  code: ['kod', 'code', 'ansvar', 'verksamhet', 'aktivitet', 'ansvarskod', 'aktivitetskod', 'kodsträng'],
  account: ['konto', 'account'],
  amount: ['belopp', 'amount', 'utfall', 'summa', 'kr'],
};

export type RejectReason =
  | { key: 'badPeriod'; value: string }
  | { key: 'periodOutsideYear'; value: string; year: number }
  | { key: 'unknownCode'; value: string }
  | { key: 'badAmount'; value: string }
  | { key: 'missingAccount' }
  | { key: 'duplicateRow'; period: string; code: string; account: string; firstRow: number }
  | { key: 'wrongColumnCount'; count: number; expected: number };

export interface AcceptedRow {
  /** The line (CSV) or row (Excel) of the file, 1-based; the header is usually 1. */
  row: number;
  period: string;
  code: string;
  account: string;
  amountOre: number;
  mapping: CodeMapping;
}

export interface RejectedRow {
  row: number;
  values: string[];
  reason: RejectReason;
}

export interface ReadResult {
  accepted: AcceptedRow[];
  rejected: RejectedRow[];
  /** Periods the file brings, ascending: their earlier imported rows are replaced. */
  periods: string[];
}

export class ImportFormatError extends Error {
  constructor(readonly missing: ImportColumn[]) {
    super(`missing columns: ${missing.join(', ')}`);
    this.name = 'ImportFormatError';
  }
}

/** Where each column is, from the header line. */
export function columnsOf(header: readonly string[]): Record<ImportColumn, number> {
  const norm = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, ''));
  const out = {} as Record<ImportColumn, number>;
  const missing: ImportColumn[] = [];
  for (const col of IMPORT_COLUMNS) {
    const i = norm.findIndex((h) => HEADERS[col].includes(h));
    if (i < 0) missing.push(col);
    else out[col] = i;
  }
  if (missing.length) throw new ImportFormatError(missing);
  return out;
}

/**
 * A Swedish amount as öre: "1 234,50", "1 234,50" (no-break space), "-1234.5", "1.234,50", "−12".
 * Returns null for anything else (letters, two decimal signs, more than two decimals).
 */
export function parseAmountOre(raw: string): number | null {
  let s = raw
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^\u2212/, '-')
    .replace(/kr$/i, '');
  if (s === '') return null;
  // "1.234,50": dots group thousands when a comma is the decimal sign.
  if (s.includes(',') && s.includes('.')) s = s.replace(/\./g, '');
  s = s.replace(',', '.');
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const ore = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  if (!Number.isSafeInteger(ore)) return null;
  return m[1] === '-' ? -ore : ore;
}

/**
 * An Excel amount as öre: a number with at most two decimals (binary floating point is rounded to the
 * öre only when it is within a millionth of one), else text read as parseAmountOre reads it.
 */
export function amountOreOfCell(cell: SheetCell): number | null {
  if (typeof cell !== 'number') return typeof cell === 'string' ? parseAmountOre(cell) : null;
  const ore = Math.round(cell * 100);
  if (!Number.isSafeInteger(ore) || Math.abs(cell * 100 - ore) > 1e-6) return null;
  return ore;
}

/**
 * A period from an Excel cell: a date (a cell with a date format), a number that is a period (202503) or an
 * Excel date serial (45747 = 2025-03-31, a date cell saved without its format), or text as parsePeriod reads.
 */
export function periodOfCell(cell: SheetCell): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 7);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 190001 && cell <= 299912) return parsePeriod(String(cell));
    const date = dateOfSerial(cell);
    return date ? date.slice(0, 7) : null;
  }
  return typeof cell === 'string' ? parsePeriod(cell) : null;
}

/** A period as YYYY-MM: "2025-03", "202503", "2025-03-31", "2025/03", "2025-3". Null when not a real month. */
export function parsePeriod(raw: string): string | null {
  const s = raw.trim();
  const m =
    /^(\d{4})[-/.]?(\d{2})$/.exec(s) ??
    /^(\d{4})[-/](\d{1,2})$/.exec(s) ??
    /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] !== undefined) {
    const day = Number(m[3]);
    const last = new Date(Date.UTC(Number(m[1]), month, 0)).getUTCDate();
    if (day < 1 || day > last) return null;
  }
  return `${m[1]}-${String(month).padStart(2, '0')}`;
}

/** Accepts or rejects each data row of a finance export for a plan year, with the object's code mapping. */
export function readFinanceRows(
  sheet: readonly SheetRow[],
  year: number,
  mappings: readonly CodeMapping[],
): ReadResult {
  const [headerRow, ...rows] = sheet;
  if (!headerRow) throw new ImportFormatError([...IMPORT_COLUMNS]);
  const header = headerRow.cells.map(cellText);
  const col = columnsOf(header);
  const width = Math.max(...Object.values(col)) + 1;
  const byCode = new Map(mappings.map((m) => [m.code.trim().toLowerCase(), m]));
  const accepted: AcceptedRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  for (const { line: row, cells } of rows) {
    const values = cells.map(cellText);
    const reject = (reason: RejectReason) => rejected.push({ row, values, reason });
    // A row must reach the columns the import reads (Excel leaves trailing empty cells out of a CSV line).
    if (cells.length < width) {
      reject({ key: 'wrongColumnCount', count: cells.length, expected: width });
      continue;
    }
    const period = periodOfCell(cells[col.period]!);
    if (!period) {
      reject({ key: 'badPeriod', value: values[col.period]!.trim() });
      continue;
    }
    if (!period.startsWith(`${year}-`)) {
      reject({ key: 'periodOutsideYear', value: period, year });
      continue;
    }
    const code = values[col.code]!.trim();
    const mapping = byCode.get(code.toLowerCase());
    if (!mapping) {
      reject({ key: 'unknownCode', value: code });
      continue;
    }
    const account = values[col.account]!.trim();
    if (!account) {
      reject({ key: 'missingAccount' });
      continue;
    }
    const amountOre = amountOreOfCell(cells[col.amount]!);
    if (amountOre === null) {
      reject({ key: 'badAmount', value: values[col.amount]!.trim() });
      continue;
    }
    // An export sums a period per code and account: the same three twice is the same row pasted again.
    const key = `${period}|${code.toLowerCase()}|${account}`;
    const first = seen.get(key);
    if (first !== undefined) {
      reject({ key: 'duplicateRow', period, code, account, firstRow: first });
      continue;
    }
    seen.set(key, row);
    accepted.push({ row, period, code, account, amountOre, mapping });
  }
  const periods = [...new Set(accepted.map((a) => a.period))].sort();
  return { accepted, rejected, periods };
}
