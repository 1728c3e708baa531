// PSG's view of the portfolio: every object's plan for a year against the year wheel, budgets, and
// the questions escalated to PSG.
import { budgetTable } from '../../domain/budget/budget';
import { currentTotals, totalsSummary, type PlanTotals } from '../../domain/budget/planTotals';
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
    // One indexed query each, whatever the number of objects: the year's plans, and their kept totals by
    // the year beside them; no budget lines (ADR 0030).
    const [objects, plans, kept, escalated] = await Promise.all([
      store.objects.findAll(),
      store.plans.findAll({ year: planYear }),
      store.planTotals.findAll({ year: planYear }),
      store.initiatives.findAll({ escalationLevel: 'psg' }),
    ]);
    const planByObject = new Map(plans.map((p) => [p.objectId, p]));
    const totalsByPlan = new Map(kept.map((t) => [t.planId, t]));
    const rows = await Promise.all(
      objects
        .filter((o) => o.active)
        .sort((a, b) => a.code.localeCompare(b.code, 'sv'))
        .map(async (object) => {
          const plan = planByObject.get(object.id);
          const budget = plan ? await this.budgetOf(plan, totalsByPlan.get(plan.id)) : null;
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
   * A plan's budget figures from its kept totals (ADR 0030): the portfolio reads no budget lines. A plan
   * without current totals (written before they were kept and not yet repaired by `npm run totals`, or
   * kept at another rate) is summed from its lines, so the figures are right either way; only the cost
   * differs.
   */
  private async budgetOf(plan: Stored<ObjectPlan>, kept: PlanTotals | undefined) {
    const current = currentTotals(plan, kept);
    if (current) {
      const s = totalsSummary(current, plan.hoursPerFte);
      return { totals: s.totals, fte: s.fte, hours: s.hours };
    }
    const table = budgetTable(await this.deps.store.budgetLines.findAll({ planId: plan.id }), plan);
    return { totals: table.totals, fte: table.fte.total, hours: table.hours.total };
  }

  /**
   * Meeting-frequency compliance of every forum this calendar year (held vs required so far). The forums,
   * and the meetings by the indexed start, newest first, until the year's first: a constant number of
   * requests whatever the number of forums (it was one query per forum), and only this year's meetings and
   * those booked ahead are read (from the last day of the year before: a start in UTC may be the new year
   * in Stockholm; the compliance counts by the year itself).
   */
  private async compliance(today: string) {
    const { store } = this.deps;
    const year = Number(today.slice(0, 4));
    const [forums, recent] = await Promise.all([
      store.forums.findAll(),
      this.meetingsFrom(`${year - 1}-12-31`),
    ]);
    const byForum = new Map<string, typeof recent>();
    for (const m of recent) byForum.set(m.forumId, [...(byForum.get(m.forumId) ?? []), m]);
    const meetings = forums.map((f) => byForum.get(f.id) ?? []);
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

  /** Every meeting that starts at or after `from` (ISO), read newest first a page at a time. */
  private async meetingsFrom(from: string) {
    const { store } = this.deps;
    const out = [];
    let cursor: string | undefined;
    do {
      const page = await store.meetings.find({
        orderBy: { field: 'start', direction: 'desc' },
        limit: 5000,
        cursor,
      });
      for (const m of page.items) {
        if (m.start < from) return out;
        out.push(m);
      }
      cursor = page.nextCursor;
    } while (cursor);
    return out;
  }
}
