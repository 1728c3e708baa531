import { budgetTable, bucketOf, lineCost, sideCost } from '../../../src/domain/budget/budget';
import type { MainActivity } from '../../../src/domain/model';
import { AKN_2020 } from '../../../src/demo/akn2020';

const settings = { hourlyRate: 655, hoursPerFte: 1700 };

describe('sideCost: hours × rate + other costs, whole SEK', () => {
  it.each([
    // Cases from seed 004 §4.2.3
    [{ hours: 1313, otherCost: 0 }, 655, 860_015],
    [{ hours: 595, otherCost: 25_000 }, 655, 414_725],
    [{ hours: 340, otherCost: 100_000 }, 655, 322_700],
    [{ hours: 808, otherCost: 1_200_000 }, 655, 1_729_240],
    [{ hours: 0, otherCost: 2_388_000 }, 655, 2_388_000],
    [{ hours: 0, otherCost: 0 }, 655, 0],
    // Fractions of hours round half up to whole kronor
    [{ hours: 0.5, otherCost: 0 }, 655, 328],
    [{ hours: 0.01, otherCost: 0 }, 655, 7],
    [{ hours: 0.29, otherCost: 1 }, 100, 30],
    [{ hours: 1313, otherCost: 0 }, 700, 919_100],
  ])('%j at %i SEK/h → %i SEK', (estimate, rate, expected) => {
    const cost = sideCost(estimate, rate);
    expect(cost).toBe(expected);
    expect(Number.isInteger(cost)).toBe(true);
  });
});

describe('bucketOf', () => {
  it.each([
    ['maintain', 'maintain'],
    ['develop', 'develop'],
    ['new', 'develop'],
    ['retire', 'maintain'],
  ] as const)('%s → %s', (type, bucket) => expect(bucketOf(type)).toBe(bucket));
});

describe('lineCost', () => {
  it('sums both sides and names the bucket', () => {
    expect(
      lineCost(
        {
          assignmentType: 'new',
          business: { hours: 100, otherCost: 0 },
          it: { hours: 50, otherCost: 200_000 },
        },
        655,
      ),
    ).toEqual({ business: 65_500, it: 232_750, total: 298_250, bucket: 'develop' });
  });
});

describe('budgetTable reproduces AKN 2020 (seed 004 §4.3) cell by cell', () => {
  const table = budgetTable(
    AKN_2020.plan.budgetLines.map((l) => ({ ...l })),
    settings,
  );
  const row = (a: MainActivity) => table.rows.find((r) => r.mainActivity === a)!;

  it.each([
    // mainActivity, business VM, business VU, IT VM, IT VU, row sum
    ['forvaltningsstyrning', 860_015, 0, 573_125, 0, 1_433_140],
    ['anvandarstod', 2_761_590, 26_200, 1_232_930, 26_200, 4_046_920],
    ['andringshantering', 0, 3_175_440, 0, 4_059_760, 7_235_200],
    ['drift', 140_200, 0, 6_132_640, 0, 6_272_840],
  ] as const)('%s', (activity, bm, bd, im, id, total) => {
    const r = row(activity);
    expect(r.business).toEqual({ maintain: bm, develop: bd });
    expect(r.it).toEqual({ maintain: im, develop: id });
    expect(r.total).toBe(total);
  });

  it('column sums and the total of 18 988 100 SEK', () => {
    expect(table.totals).toEqual({
      business: { maintain: 3_761_805, develop: 3_201_640 },
      it: { maintain: 7_938_695, develop: 4_085_960 },
      total: 18_988_100,
    });
    expect(table.rows.map((r) => r.mainActivity)).toEqual([
      'forvaltningsstyrning',
      'anvandarstod',
      'andringshantering',
      'drift',
    ]);
  });

  it.each([
    // "Summa timmar" per main activity, business and IT (004 §4.2.3)
    ['forvaltningsstyrning', 1313, 875],
    ['anvandarstod', 4218, 1846],
    ['andringshantering', 4848, 2992],
    ['drift', 40, 40],
  ] as const)('hours of %s', (activity, business, it) => {
    const h = row(activity).hours;
    expect(h.business.maintain + h.business.develop).toBe(business);
    expect(h.it.maintain + h.it.develop).toBe(it);
  });

  it('FTE from exact hours: 16 172 h / 1700 = 9.51, not the 9.49 of summed rounded cells', () => {
    expect(table.hours.total).toBe(16_172);
    expect(table.fte.total).toBeCloseTo(16_172 / 1700, 12);
    expect(table.fte.total.toFixed(2)).toBe('9.51');
    // Cells still round to the printed FTE table of 004 §4.3
    expect(row('forvaltningsstyrning').fte.business.maintain.toFixed(2)).toBe('0.77');
    expect(row('anvandarstod').fte.business.maintain.toFixed(2)).toBe('2.46');
    expect(row('andringshantering').fte.it.develop.toFixed(2)).toBe('1.76');
    expect(table.fte.business.maintain.toFixed(2)).toBe('3.25');
  });

  it('money is integers everywhere', () => {
    const values = table.rows.flatMap((r) => [
      r.business.maintain,
      r.business.develop,
      r.it.maintain,
      r.it.develop,
      r.total,
    ]);
    expect(values.every(Number.isInteger)).toBe(true);
  });
});

describe('budgetTable edge cases', () => {
  it('an empty plan has all four rows with zeros', () => {
    const t = budgetTable([], settings);
    expect(t.rows).toHaveLength(4);
    expect(t.totals.total).toBe(0);
    expect(t.fte.total).toBe(0);
  });

  it('uses the plan settings for rate and FTE', () => {
    const t = budgetTable(
      [
        {
          mainActivity: 'drift',
          assignmentType: 'maintain',
          business: { hours: 1600, otherCost: 0 },
          it: { hours: 0, otherCost: 0 },
        },
      ],
      { hourlyRate: 800, hoursPerFte: 1600 },
    );
    expect(t.totals.business.maintain).toBe(1_280_000);
    expect(t.fte.total).toBe(1);
  });

  it('sums hundredths of hours without float drift', () => {
    const lines = Array.from({ length: 10 }, () => ({
      mainActivity: 'drift' as const,
      assignmentType: 'maintain' as const,
      business: { hours: 0.1, otherCost: 0 },
      it: { hours: 0.2, otherCost: 0 },
    }));
    const t = budgetTable(lines, settings);
    expect(t.hours.total).toBe(3);
    expect(t.hours.business.maintain).toBe(1);
  });
});
