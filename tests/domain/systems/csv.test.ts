// The sheet reader and writer of the system register (ADR 0024).
import fc from 'fast-check';
import { detectSeparator, parseCsv, toCsvLine } from '../../../src/domain/systems/csv';

describe('parseCsv', () => {
  it('reads Swedish Excel: semicolons, BOM, CRLF, quotes, doubled quotes and line breaks in cells', () => {
    const text =
      '\uFEFFSystem;Beskrivning\r\nTreserva;"Verksamhetssystem; socialtjänst"\r\n"Ny ""rad""";"två\r\nrader"\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['System', 'Beskrivning'] },
      { line: 2, cells: ['Treserva', 'Verksamhetssystem; socialtjänst'] },
      { line: 3, cells: ['Ny "rad"', 'två\nrader'] },
    ]);
  });

  it('numbers rows by the line they start on, after a cell with line breaks', () => {
    const rows = parseCsv('A,B\n"x\ny\nz",1\nq,2');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it('detects the separator from the header, ignoring separators inside quotes', () => {
    expect(detectSeparator('System;Objekt;Leverantör\n')).toBe(';');
    expect(detectSeparator('System,Objekt\n')).toBe(',');
    expect(detectSeparator('"System, namn";Objekt\n')).toBe(';');
    expect(detectSeparator('System\tObjekt\n')).toBe('\t');
  });

  it('reads back whatever toCsvLine writes', () => {
    const cell = fc.string().filter((s) => !/^[=+\-@]/.test(s) && !s.includes('\r'));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => [...r, ...Array(width).fill('')].slice(0, width));
          const text = [['h', ...Array(width - 1).fill('x')], ...table].map((r) => toCsvLine(r)).join('\r\n');
          expect(
            parseCsv(text, ';')
              .slice(1)
              .map((r) => r.cells),
          ).toEqual(table);
        },
      ),
    );
  });
});

describe('toCsvLine', () => {
  it('neutralises formulas so Excel does not run them (CSV injection)', () => {
    expect(toCsvLine(['=HYPERLINK("x")', '+1', '-2', '@a', 'ok'])).toBe(
      `"'=HYPERLINK(""x"")";'+1;'-2;'@a;ok`,
    );
  });
});
