// PSG's view of the portfolio: every object's plan for a year against the year wheel, budgets, and
// the questions escalated to PSG.
import { budgetTable } from '../../domain/budget/budget';
import { currentTotals, totalsSummary } from '../../domain/budget/planTotals';
import type { ObjectPlan } from '../../domain/model';
import type { Stored } from '../ports/store';
import { planDeadlines } from '../../domain/plan/lifecycle';
import { isEscalationOpen, rankInitiatives } from '../../domain/initiatives/prioritisation';
import { complianceSoFar } from '../../domain/forums/compliance';
import { requiredMeetings } from '../../domain/forums/settings';
import { todayIn, type ServiceDeps } from '../context';

export class PortfolioService {
  constructor(private readonly deps: ServiceDeps) {}

  async summary(year?: number) {
    const { store, clock } = this.deps;
    const today = todayIn(clock);
    // Default: the plan year being prepared now. From July the next year's plan is the one in the making.
    const planYear = year ?? Number(today.slice(0, 4));
    // Compliance reads other collections: started now, awaited at the end.
    const compliance = this.compliance(today);
    const [objects, plans, escalated] = await Promise.all([
      store.objects.findAll(),
      store.plans.findAll({ year: planYear }),
      store.initiatives.findAll({ escalationLevel: 'psg' }),
    ]);
    const planByObject = new Map(plans.map((p) => [p.objectId, p]));
    const rows = await Promise.all(
      objects
        .filter((o) => o.active)
        .sort((a, b) => a.code.localeCompare(b.code, 'sv'))
        .map(async (object) => {
          const plan = planByObject.get(object.id);
          const budget = plan ? await this.budgetOf(plan) : null;
          const deadlines = planDeadlines(plan ?? { year: planYear, status: 'draft' }, today);
          const openEscalations = escalated.filter(
            (i) =>
              isEscalationOpen(i) && (i.objectId === object.id || i.affectedObjectIds.includes(object.id)),
          ).length;
          return {
            object: { id: object.id, code: object.code, name: object.name, category: object.category },
            plan: plan ? { id: plan.id, year: plan.year, status: plan.status, etag: plan.etag } : null,
            deadlines,
            late: deadlines.some((d) => d.late),
            budget,
            openEscalations,
          };
        }),
    );
    const totals = {
      business: { maintain: 0, develop: 0 },
      it: { maintain: 0, develop: 0 },
      total: 0,
      fte: 0,
    };
    for (const row of rows) {
      if (!row.budget) continue;
      for (const side of ['business', 'it'] as const) {
        totals[side].maintain += row.budget.totals[side].maintain;
        totals[side].develop += row.budget.totals[side].develop;
      }
      totals.total += row.budget.totals.total;
      totals.fte += row.budget.fte;
    }
    return {
      year: planYear,
      today,
      objects: rows,
      totals,
      compliance: await compliance,
      escalations: rankInitiatives(escalated.filter(isEscalationOpen)),
    };
  }

  /**
   * A plan's budget figures from the totals kept on it (ADR 0030): the portfolio reads plans, never their
   * lines. A plan without current totals (written before they were kept, not yet repaired by `npm run
   * totals`) is summed from its lines, so the figures are right either way; only the cost differs.
   */
  private async budgetOf(plan: Stored<ObjectPlan>) {
    const kept = currentTotals(plan);
    if (kept) {
      const s = totalsSummary(kept, plan.hoursPerFte);
      return { totals: s.totals, fte: s.fte, hours: s.hours };
    }
    const table = budgetTable(await this.deps.store.budgetLines.findAll({ planId: plan.id }), plan);
    return { totals: table.totals, fte: table.fte.total, hours: table.hours.total };
  }

  /**
   * Meeting-frequency compliance of every forum this calendar year (held vs required so far). One read of
   * the forums, then each forum's meetings by the indexed forumId, read together (one $batch on SharePoint).
   */
  private async compliance(today: string) {
    const { store } = this.deps;
    const year = Number(today.slice(0, 4));
    const forums = await store.forums.findAll();
    const meetings = await Promise.all(forums.map((f) => store.meetings.findAll({ forumId: f.id })));
    const order = { psg: 0, olf: 1, osg: 2 };
    return forums
      .map((forum, i) => ({
        forum: { id: forum.id, kind: forum.kind, name: forum.name, objectId: forum.objectId },
        ...complianceSoFar(requiredMeetings(forum, year), meetings[i]!, year, today),
      }))
      .sort(
        (a, b) => order[a.forum.kind] - order[b.forum.kind] || a.forum.name.localeCompare(b.forum.name, 'sv'),
      );
  }
}
