// The digest of a plan's content is stored with every approval and every kept version: the same content
// must give the same digest across releases, or stored approvals would stop matching their plan.
import { createHash } from 'node:crypto';
import {
  planDigest,
  planTotal,
  planVersionOf,
  storedPlanDigests,
} from '../../../src/services/plans/planVersion';
import { openSqliteStore } from '../../../src/adapters/sqlite/sqliteStore';
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

  it('is the sha-256 of the content as JSON with sorted keys, whatever a line holds or lacks', () => {
    // An oracle written apart from the code under test: the lines' content fields, keys sorted, undefined left out.
    const sortedJson = (value: unknown): string =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? `{${Object.keys(value)
            .sort()
            .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
            .map((k) => `${JSON.stringify(k)}:${sortedJson((value as Record<string, unknown>)[k])}`)
            .join(',')}}`
        : Array.isArray(value)
          ? `[${value.map(sortedJson).join(',')}]`
          : JSON.stringify(value ?? null);
    const odd = [
      line('b', 1, { priority: undefined, name: 'Rad "två"\n', business: { hours: 1.5, otherCost: -0 } }),
      line('a', 1, { it: { hours: undefined as never, otherCost: 7 } }),
      line('c', 0, { priority: 0, mainActivity: 'utveckling' as never, note: 'not content' } as never),
    ];
    const content = (ls: typeof odd) => ({
      hourlyRate: plan.hourlyRate,
      hoursPerFte: plan.hoursPerFte,
      sections: plan.sections,
      lines: [...ls]
        .sort((x, y) => x.sortOrder - y.sortOrder || x.id.localeCompare(y.id))
        .map(({ id: _id, note: _note, planId: _p, ...rest }: Record<string, unknown>) => rest),
    });
    const sha = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;
    expect(planDigest(plan, odd)).toBe(sha(sortedJson(content(odd))));
    expect(planDigest(plan, lines)).toBe(sha(sortedJson(content(lines))));
    expect(planDigest({ ...plan, hoursPerFte: undefined as never }, [])).toBe(
      sha(sortedJson({ ...content([]), hoursPerFte: undefined })),
    );
  });

  it('is the one a kept version records, given or computed', () => {
    const computed = planVersionOf(plan, lines, '2026-12-01T10:00:00.000Z', []);
    expect(computed.digest).toBe(planDigest(plan, lines));
    expect(computed.total).toBe(planTotal(plan, lines));
  });
});

describe('storedPlanDigests', () => {
  it('is the digest of the stored content, and a new one after any write to the plan or a line', async () => {
    const store = openSqliteStore({ path: ':memory:' });
    const digestOf = storedPlanDigests();
    try {
      const { id: _plan, ...fields } = plan;
      const stored = await store.plans.create({
        ...fields,
        objectId: 'o1',
        year: 2027,
        status: 'preliminary',
      });
      const { id: _id, ...content } = line('x', 10);
      const first = await store.budgetLines.create({ ...content, planId: stored.id });
      const digestNow = async () =>
        digestOf((await store.plans.get(stored.id))!, await store.budgetLines.findAll({ planId: stored.id }));
      const before = await digestNow();
      expect(before).toBe(planDigest(stored, [first]));
      expect(await digestNow()).toBe(before);
      // The same values written again are a new version of the line, with the same content.
      const again = await store.budgetLines.update(first.id, { ...content, planId: stored.id }, first.etag);
      expect(await digestNow()).toBe(before);
      await store.budgetLines.update(
        first.id,
        { ...content, planId: stored.id, it: { hours: 6, otherCost: 0 } },
        again.etag,
      );
      const changed = await digestNow();
      expect(changed).not.toBe(before);
      expect(changed).toBe(planDigest(stored, await store.budgetLines.findAll({ planId: stored.id })));
      const current = (await store.plans.get(stored.id))!;
      await store.plans.update(current.id, { ...current, hourlyRate: 700 }, current.etag);
      const rated = await digestNow();
      expect(rated).toBe(
        planDigest({ ...current, hourlyRate: 700 }, await store.budgetLines.findAll({ planId: stored.id })),
      );
      expect(rated).not.toBe(changed);
    } finally {
      await store.close();
    }
  });

  it("keeps each store's digests apart: another store may give the same id and eTag to other content", () => {
    const stored = { ...plan, etag: '"1"' };
    const other = { ...stored, hourlyRate: 700 };
    expect(storedPlanDigests()(stored, [])).toBe(planDigest(stored, []));
    expect(storedPlanDigests()(other, [])).toBe(planDigest(other, []));
  });
});
