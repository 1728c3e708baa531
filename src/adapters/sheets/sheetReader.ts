// The sheet reader (ADR 0028): CSV through csv-parse and .xlsx through read-excel-file, both well-kept,
// pure JavaScript (no native addon, ADR 0004). What they give is turned into rows of cells with the line
// each starts on, blank rows left out, so an import reads both formats with the same rules.
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { isBlankRow, type SheetCell, type SheetRow } from '../../domain/sheets/cell';
import { UnreadableSheet, type SheetFile, type SheetReader } from '../../services/ports/sheetReader';

const SEPARATORS = [';', '\t', ','] as const;

/** The separator of a CSV: the one the header line holds most of outside quotes (';' on a tie). */
export function detectSeparator(text: string): (typeof SEPARATORS)[number] {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const counts = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  return SEPARATORS.reduce((best, sep) => (counts[sep] > counts[best] ? sep : best), ';');
}

export function readCsv(input: string, separator: string = detectSeparator(input)): SheetRow[] {
  const text = input.replace(/^\uFEFF/, '');
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(text, {
      delimiter: separator,
      info: true,
      // Sheets saved from Excel end rows early when the last cells are empty; the import checks widths.
      relax_column_count: true,
      // A quote inside an unquoted cell (12" skärm) is text, as Excel reads it.
      relax_quotes: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (error) {
    const e = error as { lines?: number; message?: string };
    throw new UnreadableSheet(
      'csv',
      typeof e.lines === 'number' ? e.lines : null,
      String(e.message ?? error),
    );
  }
  // The line a record starts on, counted in the bytes before it (info.bytes is where each record ends;
  // line breaks are ASCII, so counting bytes is exact): CRLF, LF and a lone CR each end a line.
  const bytes = Buffer.from(text, 'utf8');
  let pos = 0;
  let line = 1;
  const step = () => {
    const b = bytes[pos++];
    if (b === 0x0a || (b === 0x0d && bytes[pos] !== 0x0a)) line++;
  };
  const rows: SheetRow[] = [];
  for (const { record, info } of records) {
    while (pos < bytes.length && (bytes[pos] === 0x0a || bytes[pos] === 0x0d)) step();
    rows.push({ line, cells: record.map((cell) => cell.replace(/\r\n/g, '\n')) });
    while (pos < info.bytes) step();
  }
  return rows.filter((row) => !isBlankRow(row.cells));
}

export async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  let data: SheetCell[][];
  try {
    data = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))) as SheetCell[][];
  } catch (error) {
    throw new UnreadableSheet('xlsx', null, error instanceof Error ? error.message : String(error));
  }
  // read-excel-file keeps empty rows inside the sheet, so a row's index is its row number in Excel.
  return data
    .map((cells, index) => ({ line: index + 1, cells: cells.map((c) => (c === undefined ? null : c)) }))
    .filter((row) => !isBlankRow(row.cells));
}

export function sheetReader(): SheetReader {
  return {
    read: async (file: SheetFile) => (file.format === 'csv' ? readCsv(file.text) : readXlsx(file.bytes)),
  };
}
