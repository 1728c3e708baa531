// A CSV reader for finance-system exports (ADR 0022): RFC 4180 quoting, the separator guessed from the
// header line (Swedish exports use ";" because "," is the decimal sign), a BOM and CRLF tolerated.
// Kept here rather than taken from a library: the dialect is narrow, and the hard part (Swedish amounts
// and periods) is ours either way.

export const CSV_SEPARATORS = [';', '\t', ','] as const;

/** The separator that splits the first line into the most fields outside quotes. */
export function guessSeparator(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  let best: string = ';';
  let most = 0;
  for (const sep of CSV_SEPARATORS) {
    const n = splitRecords(first, sep)[0]?.length ?? 0;
    if (n > most) {
      most = n;
      best = sep;
    }
  }
  return best;
}

/** Records of fields; a quoted field may hold the separator, quotes ("") and line breaks. */
export function splitRecords(text: string, sep: string): string[][] {
  const src = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((f) => f.trim() !== ''));
}

export function parseCsv(text: string): string[][] {
  return splitRecords(text, guessSeparator(text));
}
