// An uploaded sheet for an import (ADR 0028): the body as the HTTP edge hands it over — text for CSV, bytes
// for an Excel workbook — read through the sheet-reader port, with the reader's failures in Swedish.
import type { SheetRow } from '../../domain/sheets/cell';
import { AppError } from '../errors';
import { UnreadableSheet, type SheetFile, type SheetReader } from '../ports/sheetReader';

/** The largest sheet an import reads (2 MB, the HTTP body limit). */
export const MAX_SHEET_BYTES = 2_000_000;

/** A body of text is a CSV; bytes are an Excel workbook; anything else is refused. */
export function sheetFileOf(body: unknown): SheetFile {
  if (typeof body === 'string' && body.length <= MAX_SHEET_BYTES) return { format: 'csv', text: body };
  if (body instanceof Uint8Array && body.byteLength > 0 && body.byteLength <= MAX_SHEET_BYTES)
    return { format: 'xlsx', bytes: body };
  throw new AppError('validation', 'validation.sheetFileMissing');
}

/** An Excel workbook sent inside JSON (base64), as the system register's import takes it. */
export function xlsxOfBase64(base64: string): SheetFile {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64.replace(/\s/g, '')))
    throw new AppError('validation', 'validation.sheetNotBase64');
  return { format: 'xlsx', bytes: Buffer.from(base64, 'base64') };
}

export async function readSheetFile(reader: SheetReader | undefined, file: SheetFile): Promise<SheetRow[]> {
  if (!reader) throw new Error('no sheet reader: the composition root hands one to the services');
  try {
    return await reader.read(file);
  } catch (error) {
    if (!(error instanceof UnreadableSheet)) throw error;
    if (error.format === 'xlsx') throw new AppError('validation', 'validation.sheetUnreadableXlsx');
    throw new AppError('validation', 'validation.sheetUnreadableCsv', { line: error.line ?? '–' });
  }
}
