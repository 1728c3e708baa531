// Reading finance exports: Swedish amounts and periods, quoting, and the rows rejected with a reason.
import { readCsv } from '../../../src/adapters/sheets/sheetReader';
import {
  amountOreOfCell,
  ImportFormatError,
  parseAmountOre,
  parsePeriod,
  periodOfCell,
  readFinanceRows,
} from '../../../src/domain/followup/financeImport';
import { outcomeReport } from '../../../src/domain/followup/outcome';

describe('amounts as Swedish exports write them', () => {
  it.each([
    ['12 345,50', 1234550],
    ['12\u00a0345,5', 1234550],
    ['1.234,50', 123450],
    ['-1 000', -100000],
    ['\u2212250,25', -25025],
    ['1234.56', 123456],
    ['0', 0],
  ])('%s → %i öre', (raw, ore) => expect(parseAmountOre(raw)).toBe(ore));
  it.each(['', 'abc', '1,2,3', '12,345', '1 2x', '--5'])('%s is refused', (raw) =>
    expect(parseAmountOre(raw)).toBeNull(),
  );
});

describe('periods', () => {
  it.each([
    ['2025-03', '2025-03'],
    ['202503', '2025-03'],
    ['2025-3', '2025-03'],
    ['2025-03-31', '2025-03'],
    ['2025/11', '2025-11'],
  ])('%s → %s', (raw, period) => expect(parsePeriod(raw)).toBe(period));
  it.each(['2025-13', '2025-00', '2025-02-30', 'mars', '25-03'])('%s is refused', (raw) =>
    expect(parsePeriod(raw)).toBeNull(),
  );
});

describe('cells of an Excel workbook', () => {
  it.each([
    [1234.5, 123450],
    [-0.01, -1],
    [0.1 + 0.2, 30],
    [12345678.99, 1234567899],
    ['12 345,50', 1234550],
  ])('amount %p → %i öre', (cell, ore) => expect(amountOreOfCell(cell)).toBe(ore));
  it.each([[1.005], [12.3456], [true], [null], [new Date('2025-01-01')]])('amount %p is refused', (cell) =>
    expect(amountOreOfCell(cell)).toBeNull(),
  );
  it.each([
    [new Date('2025-03-31T00:00:00Z'), '2025-03'],
    [45747, '2025-03'], // 2025-03-31 as a serial, the date format lost
    [45658.75, '2025-01'], // 2025-01-01 18:00
    [202503, '2025-03'],
    ['2025-03', '2025-03'],
  ])('period %p → %s', (cell, period) => expect(periodOfCell(cell)).toBe(period));
  it.each([[202513], [-5], [3_000_000], [true], [null], [new Date(Number.NaN)]])(
    'period %p is refused',
    (cell) => expect(periodOfCell(cell)).toBeNull(),
  );
});

it('rejects each broken row with its reason and keeps the rest', () => {
  const map = [{ code: 'A1', mainActivity: 'drift', side: 'it', bucket: 'maintain' } as const];
  const read = readFinanceRows(
    readCsv(
      'Period;Kod;Konto;Belopp\n2025-01;A1;4010;100\n2025-01;B2;4010;1\n2025-01;A1;4010;5\n2025-02;a1;;5\n2025-02;A1',
    ),
    2025,
    map,
  );
  expect(read.accepted.map((a) => a.row)).toEqual([2]);
  expect(read.rejected.map((r) => [r.row, r.reason.key])).toEqual([
    [3, 'unknownCode'],
    [4, 'duplicateRow'],
    [5, 'missingAccount'],
    [6, 'wrongColumnCount'],
  ]);
  expect(() => readFinanceRows([{ line: 1, cells: ['datum', 'belopp'] }], 2025, map)).toThrow(
    ImportFormatError,
  );
});

it('forecasts the rest of the year as planned, and deviations in kronor and percent', () => {
  const line = {
    mainActivity: 'drift',
    assignmentType: 'maintain',
    business: { hours: 0, otherCost: 0 },
    it: { hours: 0, otherCost: 120_000 },
  } as const;
  const r = outcomeReport(2025, [line], { hourlyRate: 700, hoursPerFte: 1700 }, [
    {
      period: '2025-01',
      mainActivity: 'drift',
      side: 'it',
      bucket: 'maintain',
      amountOre: 1_500_050,
      centiHours: 0,
    },
    {
      period: '2025-03',
      mainActivity: 'drift',
      side: 'it',
      bucket: 'maintain',
      amountOre: 1_500_000,
      centiHours: 0,
    },
  ]);
  const drift = r.rows.find((x) => x.mainActivity === 'drift')!;
  expect(r.through).toBe('2025-03');
  expect(drift.actual).toBe(30_000.5);
  expect(drift.plannedToDate).toBe(30_000);
  expect(drift.deviationToDate).toEqual({ sek: 0.5, percent: 0 });
  expect(drift.forecast).toBe(120_000.5);
  expect(r.totals.actual).toBe(30_000.5);
});
