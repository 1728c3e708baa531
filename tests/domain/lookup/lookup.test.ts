// The pure parts of the look-ups: how a query ranks records, and the periods people ask about.
import { matchScore, monthPeriod, planReference, quarterOf, within } from '../../../src/domain/lookup/lookup';

const akn = { code: 'AKN', name: 'Administration, kommunikation och näringsliv' };

describe('matchScore', () => {
  it('ranks an exact code over a code start over a word start over anywhere, case-insensitively', () => {
    expect(matchScore('akn', akn)).toBe(100);
    expect(matchScore('AK', akn)).toBe(70);
    expect(matchScore('kommun', akn)).toBe(50);
    expect(matchScore('näring', akn)).toBe(50);
    expect(matchScore('munikation', akn)).toBe(30);
    expect(matchScore('ekonomi', akn)).toBe(0);
    expect(matchScore('  ', akn)).toBe(0);
  });

  it('keeps å, ä and ö apart from a and o', () => {
    expect(matchScore('naring', akn)).toBe(0);
  });
});

describe('planReference', () => {
  it('reads "AKN 2027", "plan AKN 2027" and "objektplan akn 2027"', () => {
    expect(planReference('AKN 2027')).toEqual({ code: 'AKN', year: 2027 });
    expect(planReference('plan AKN 2027')).toEqual({ code: 'AKN', year: 2027 });
    expect(planReference('objektplan akn 2027')).toEqual({ code: 'akn', year: 2027 });
    expect(planReference('AKN')).toBeNull();
  });
});

describe('periods', () => {
  it('the quarter of a date, its ends included', () => {
    expect(quarterOf('2026-11-23')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterOf('2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterOf('2028-05-31')).toEqual({ from: '2028-04-01', to: '2028-06-30' });
  });

  it('a month, February of a leap year too', () => {
    expect(monthPeriod('2026-09')).toEqual({ from: '2026-09-01', to: '2026-09-30' });
    expect(monthPeriod('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });

  it('within compares the date of a date-time', () => {
    const september = monthPeriod('2026-09');
    expect(within(september, '2026-09-30T21:00:00.000Z')).toBe(true);
    expect(within(september, '2026-10-01')).toBe(false);
  });
});
