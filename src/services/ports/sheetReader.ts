// The sheet-reader port (ADR 0028): what the imports ask of a file someone uploads — the rows of its first
// sheet, each with the line it starts on. The adapter reads CSV (Swedish Excel's semicolons, "CSV UTF-8",
// tabs) and Excel workbooks (.xlsx); the imports' own rules (columns, Swedish amounts, periods, reasons per
// row) stay in the domain, the same for both formats.
import type { SheetRow } from '../../domain/sheets/cell';

export type SheetFile = { format: 'csv'; text: string } | { format: 'xlsx'; bytes: Uint8Array };

export interface SheetReader {
  /** The non-blank rows of the file's first sheet, header included; throws UnreadableSheet. */
  read(file: SheetFile): Promise<SheetRow[]>;
}

/** The file is not a sheet of its format (not a zip workbook, a quote never closed, …). */
export class UnreadableSheet extends Error {
  constructor(
    readonly format: SheetFile['format'],
    /** The line where reading stopped, when the reader knows it. */
    readonly line: number | null,
    detail: string,
  ) {
    super(detail);
    this.name = 'UnreadableSheet';
  }
}
