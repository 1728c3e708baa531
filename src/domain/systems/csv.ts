// CSV as municipalities keep their system lists in Excel: "CSV UTF-8" or Swedish Excel's semicolon-
// separated CSV, quoted fields with doubled quotes and line breaks inside (RFC 4180). ADR 0024 says why
// this small reader rather than a library. Pure.

/** The separator of a sheet: Swedish Excel writes ';', others ','; the header line decides. */
export function detectSeparator(text: string): ';' | ',' | '\t' {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  if (counts['\t'] > counts[';'] && counts['\t'] > counts[',']) return '\t';
  return counts[','] > counts[';'] ? ',' : ';';
}

export interface CsvRow {
  /** The sheet's line number where the row starts (1 is the header). */
  line: number;
  cells: string[];
}

/** Rows of a CSV text (header included), each with the line it starts on. Empty lines are skipped. */
export function parseCsv(input: string, separator = detectSeparator(input)): CsvRow[] {
  const text = input.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const endRow = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else if (ch === '\r' && text[i + 1] === '\n') continue;
      else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') continue;
    else if (ch === '\n' || ch === '\r') {
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

/** One CSV line: fields quoted where they hold the separator, quotes or line breaks; formulas neutralised. */
export function toCsvLine(values: readonly (string | number | boolean | null)[], separator = ';'): string {
  return values
    .map((v) => {
      let s = v === null ? '' : String(v);
      // A cell starting with = + - @ is run as a formula by Excel (CSV injection): prefix an apostrophe.
      if (/^[=+\-@]/.test(s)) s = `'${s}`;
      return /[";\n\r,\t]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(separator);
}
