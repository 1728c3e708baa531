// The register's export as CSV for Excel: Swedish Excel's semicolons, quoted fields, formulas neutralised.
// Reading a sheet (CSV or .xlsx) is the sheet reader's (adapters/sheets, ADR 0028). Pure.

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
