// The audit log as CSV for an administrator's spreadsheet.
import type { AuditEntry } from '../../domain/model';
import type { Stored } from '../../services/ports/store';

const COLUMNS = [
  'at',
  'actorId',
  'via',
  'requestId',
  'collection',
  'recordId',
  'action',
  'before',
  'after',
] as const;

/**
 * Every cell quoted. A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR) gets a
 * leading apostrophe: record contents are user input, and an export must not run it (CSV injection).
 */
function cell(value: unknown): string {
  let text =
    value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function auditCsv(entries: Stored<AuditEntry>[]): string {
  const lines = [COLUMNS.join(',')];
  for (const e of entries) lines.push(COLUMNS.map((c) => cell(e[c])).join(','));
  // A byte-order mark so that Excel opens the UTF-8 (å, ä, ö) as UTF-8.
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
