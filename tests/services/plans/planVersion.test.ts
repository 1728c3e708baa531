// The digest of a plan's content is stored with every approval and every kept version: the same content
// must give the same digest across releases, or stored approvals would stop matching their plan.
import { planDigest, planTotal, planVersionOf } from '../../../src/services/plans/planVersion';
import type { BudgetLine } from '../../../src/domain/model';

const plan = {
  id: 'p1',
  approvalRound: 2,
  hourlyRate: 655,
  hoursPerFte: 1700,
  sections: {
    background: 'Bakgrund med "citat", radbrytning\noch å ä ö',
    goals: [{ id: 'g1', title: 'Mål', lineIds: ['l2'], strategicGoalIds: undefined }],
    zeta: null,
    Alpha: 1,
  } as Record<string, unknown> as never,
};
const sections = plan.sections as Record<string, unknown>;
const line = (id: string, sortOrder: number, extra: Partial<BudgetLine> = {}) => ({
  id,
  mainActivity: 'drift' as const,
  name: `Rad ${id}`,
  assignmentType: 'maintain' as const,
  priority: null,
  business: { hours: 10 * sortOrder, otherCost: 1000 },
  it: { hours: 5 * sortOrder, otherCost: 250.5 },
  sortOrder,
  ...extra,
});
const lines = [line('l2', 20, { priority: 2 }), line('l1', 10), line('l3', 20)];

describe('planDigest', () => {
  it('gives the digest stored by earlier releases for the same content', () => {
    expect(planDigest(plan, lines)).toBe(
      'sha256:9d4d3b1fa944f53aebebe532eff746aa8e0dedfb30a70e13d945c0c8657ebd9b',
    );
  });

  it('does not depend on the order of keys or of lines as stored', () => {
    const shuffled = [...lines].reverse().map((l) => Object.fromEntries(Object.entries(l).reverse()));
    const settings = { ...plan, sections: Object.fromEntries(Object.entries(sections).reverse()) };
    expect(planDigest(settings as never, shuffled as never)).toBe(planDigest(plan, lines));
  });

  it('changes with any setting, chapter or line', () => {
    const base = planDigest(plan, lines);
    expect(planDigest({ ...plan, hourlyRate: 656 }, lines)).not.toBe(base);
    expect(planDigest({ ...plan, sections: { ...sections, zeta: 'x' } as never }, lines)).not.toBe(base);
    expect(planDigest(plan, [line('l2', 20, { priority: 3 }), lines[1]!, lines[2]!])).not.toBe(base);
  });

  it('is the one a kept version records, given or computed', () => {
    const computed = planVersionOf(plan, lines, '2026-12-01T10:00:00.000Z', []);
    expect(computed.digest).toBe(planDigest(plan, lines));
    expect(computed.total).toBe(planTotal(plan, lines));
  });
});
