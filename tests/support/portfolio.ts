// A portfolio of objects for the cost of the portfolio view on SharePoint, one builder for the test
// (tests/adapters/sharepoint/portfolioCost.test.ts) and the bench (bench/sharepoint.ts), so that both
// count the same thing: each object with a 2027 plan of 25 lines and the plan's kept totals (ADR 0030),
// and an OSG that met twice this year. Everything is written through the store (the lines of a plan
// issued together, so on SharePoint they travel in $batches of 20), as the use cases would leave it.
import { totalsOf } from '../../src/domain/budget/planTotals';
import { OBJECT_CATEGORIES, type BudgetLine } from '../../src/domain/model';
import type { StoreCollections } from '../../src/services/ports/store';
import { EMPTY_SECTIONS } from '../../src/services/plans/planService';

export const PORTFOLIO_YEAR = 2027;
const LINES_PER_PLAN = 25;
const HOURLY_RATE = 655;

/** Adds `count` objects numbered from `from` (codes O{n}); returns the next number. */
export async function addPortfolioObjects(store: StoreCollections, count: number, from = 0): Promise<number> {
  for (let n = from; n < from + count; n++) {
    const object = await store.objects.create({
      code: `O${n}`,
      name: `Objekt ${n}`,
      category: OBJECT_CATEGORIES[n % 3]!,
      description: '',
      lineOrganisationIds: [],
      active: true,
    });
    const plan = await store.plans.create({
      objectId: object.id,
      year: PORTFOLIO_YEAR,
      status: 'draft',
      hourlyRate: HOURLY_RATE,
      hoursPerFte: 1700,
      approvalRound: 0,
      sections: EMPTY_SECTIONS,
    });
    const lines: BudgetLine[] = Array.from({ length: LINES_PER_PLAN }, (_, k) => ({
      planId: plan.id,
      mainActivity: 'drift',
      name: `Delmål ${k}`,
      assignmentType: k % 2 ? 'maintain' : 'develop',
      priority: null,
      business: { hours: k * 10, otherCost: 1000 },
      it: { hours: k * 5, otherCost: 2000 },
      sortOrder: k * 10,
    }));
    await Promise.all(lines.map((line) => store.budgetLines.create(line)));
    await store.planTotals.create({
      planId: plan.id,
      objectId: object.id,
      year: PORTFOLIO_YEAR,
      ...totalsOf(lines, HOURLY_RATE),
    });
    const forum = await store.forums.create({
      kind: 'osg',
      objectId: object.id,
      name: `OSG ${object.code}`,
      minMeetingsPerYear: 4,
      delegatePersonIds: [],
    });
    for (const month of ['03', '09'])
      await store.meetings.create({
        forumId: forum.id,
        title: `OSG ${object.code}`,
        start: `2026-${month}-10T08:00:00.000Z`,
        end: `2026-${month}-10T09:00:00.000Z`,
        status: 'held',
      });
  }
  return from + count;
}
