// The decision register as CSV for a registrar's spreadsheet: semicolon-separated (what Excel expects in
// a Swedish locale), every field quoted, a BOM so that å, ä and ö survive the opening.
export interface DecisionRow {
  decidedAt: string;
  kind: string;
  title: string;
  text: string;
  forum: string;
}

const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;

export function decisionsCsv(headers: readonly string[], rows: readonly DecisionRow[]): string {
  const lines = [
    headers.map(quote).join(';'),
    ...rows.map((r) => [r.decidedAt.slice(0, 10), r.kind, r.title, r.text, r.forum].map(quote).join(';')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Does the row match every word of the search (in any field, case-insensitively)? */
export function matches(row: DecisionRow, query: string): boolean {
  const hay = [row.decidedAt, row.kind, row.title, row.text, row.forum].join(' ').toLocaleLowerCase('sv');
  return query
    .toLocaleLowerCase('sv')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}
