// A project's outcome from its linked plan (ADR 0029): what is booked on its lines, plus their share of
// the outcome the finance system knows only by main activity, side and bucket.
import { linkedOutcome } from '../../../src/domain/itorg/projects';

const line = (id: string, hours: number, mainActivity = 'andringshantering' as const) => ({
  id,
  name: id,
  mainActivity,
  assignmentType: 'develop' as const,
  business: { hours: 0, otherCost: 0 },
  it: { hours: 0, otherCost: hours * 1000 },
});
const entry = (amountSek: number, budgetLineId: string | null, period = '2025-03') => ({
  period,
  mainActivity: 'andringshantering' as const,
  side: 'it' as const,
  bucket: 'develop' as const,
  amountOre: amountSek * 100,
  budgetLineId,
});
const plan = { id: 'p', year: 2025, hourlyRate: 700 };

describe('linkedOutcome', () => {
  const lines = [line('a', 1), line('b', 3)];

  it("shares the finance system's outcome among the lines by planned cost, and adds what is booked on a line", () => {
    const out = linkedOutcome(plan, lines, [entry(4000, null), entry(150, 'a')], ['a']);
    expect(out.planned).toBe(1000);
    expect(out.lines).toEqual([{ id: 'a', name: 'a', planned: 1000, actual: 1150 }]);
    expect(out.actual).toBe(1150);
    expect(out.through).toBe('2025-03');
  });

  it('without named lines is the whole plan, and counts only the plan year', () => {
    const out = linkedOutcome(plan, lines, [entry(4000, null), entry(99, null, '2024-12')], []);
    expect([out.planned, out.actual, out.lines]).toEqual([4000, 4000, []]);
  });

  it('allocates nothing to lines of another main activity or a plan with nothing planned', () => {
    const other = [line('c', 0), { ...line('d', 2), mainActivity: 'anvandarstod' as const }];
    const out = linkedOutcome(plan, other, [entry(500, null)], ['c', 'd']);
    expect(out.actual).toBe(0);
  });
});
