// The sheet reader (ADR 0028): CSV through csv-parse, Excel workbooks through read-excel-file, both given
// as rows with the line they start on; real .xlsx files are written in the test (tests/support/xlsx.ts).
import fc from 'fast-check';
import { detectSeparator, readCsv, sheetReader } from '../../../src/adapters/sheets/sheetReader';
import { toCsvLine } from '../../../src/domain/systems/csv';
import { UnreadableSheet } from '../../../src/services/ports/sheetReader';
import { excelSerial, xlsxOf } from '../../support/xlsx';

describe('CSV', () => {
  it('reads Swedish Excel: semicolons, BOM, CRLF, quotes, doubled quotes and line breaks in cells', () => {
    const text =
      '\uFEFFSystem;Beskrivning\r\nTreserva;"Verksamhetssystem; socialtjänst"\r\n"Ny ""rad""";"två\r\nrader"\r\n\r\n';
    expect(readCsv(text)).toEqual([
      { line: 1, cells: ['System', 'Beskrivning'] },
      { line: 2, cells: ['Treserva', 'Verksamhetssystem; socialtjänst'] },
      { line: 3, cells: ['Ny "rad"', 'två\nrader'] },
    ]);
  });

  it('numbers rows by the line they start on, after a cell with line breaks, and skips blank rows', () => {
    const rows = readCsv('A,B\n"x\ny\nz",1\n,\nq,2\n,,\n');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 6]);
    expect(rows[2]!.cells).toEqual(['q', '2']);
  });

  it('keeps short rows and a quote inside an unquoted cell, as Excel writes them', () => {
    expect(readCsv('a;b;c\n1;2\nskärm 12";3;4').map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '2'],
      ['skärm 12"', '3', '4'],
    ]);
  });

  it('detects the separator from the header, ignoring separators inside quotes', () => {
    expect(detectSeparator('System;Objekt;Leverantör\n')).toBe(';');
    expect(detectSeparator('System,Objekt\n')).toBe(',');
    expect(detectSeparator('"System, namn";Objekt\n')).toBe(';');
    expect(detectSeparator('System\tObjekt\n')).toBe('\t');
    expect(detectSeparator('\uFEFFa,b,c;d\n')).toBe(',');
  });

  it('refuses a quote that never closes, saying how far it read', async () => {
    const read = sheetReader().read({ format: 'csv', text: 'a;b\n"x;1\n2;3\n' });
    await expect(read).rejects.toBeInstanceOf(UnreadableSheet);
    await expect(read).rejects.toMatchObject({ format: 'csv', line: expect.any(Number) });
  });

  it('reads back whatever the register export writes', () => {
    const cell = fc.string().filter((s) => !/^[=+\-@]/.test(s) && !s.includes('\r'));
    fc.assert(
      fc.property(
        fc.array(
          fc.array(cell, { minLength: 2, maxLength: 5 }).filter((r) => r.some((c) => c.trim() !== '')),
          { minLength: 1, maxLength: 5 },
        ),
        (rows) => {
          const width = rows[0]!.length;
          const table = rows.map((r) => [...r, ...Array(width).fill('')].slice(0, width));
          const text = [['h', ...Array(width - 1).fill('x')], ...table].map((r) => toCsvLine(r)).join('\r\n');
          expect(
            readCsv(text, ';')
              .slice(1)
              .map((r) => r.cells),
          ).toEqual(table.filter((r) => r.some((c) => c.trim() !== '')));
        },
      ),
    );
  });
});

describe('Excel workbooks (.xlsx)', () => {
  it('gives text, numbers and dates as Excel holds them, numbered by their row in the sheet', async () => {
    const bytes = await xlsxOf([
      ['Period', 'Ansvar', 'Konto', 'Belopp'],
      [{ date: '2025-03-31' }, 'AKN-DRIFT', '4010', 12345.5],
      [null, null, null, null],
      [{ serial: excelSerial('2025-04-30') }, 'AKN & <IT>', '4010', '1 234,50'],
      [202505, 'x', 4010, -12],
    ]);
    const rows = await sheetReader().read({ format: 'xlsx', bytes });
    expect(rows).toEqual([
      { line: 1, cells: ['Period', 'Ansvar', 'Konto', 'Belopp'] },
      { line: 2, cells: [new Date('2025-03-31T00:00:00Z'), 'AKN-DRIFT', '4010', 12345.5] },
      { line: 4, cells: [45777, 'AKN & <IT>', '4010', '1 234,50'] },
      { line: 5, cells: [202505, 'x', 4010, -12] },
    ]);
  });

  it('refuses what is not a workbook', async () => {
    for (const bytes of [Buffer.from('Period;Kod\n2025-01;A'), Buffer.from('PK\u0003\u0004 broken')])
      await expect(sheetReader().read({ format: 'xlsx', bytes })).rejects.toMatchObject({
        name: 'UnreadableSheet',
        format: 'xlsx',
      });
  });
});
