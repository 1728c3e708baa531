// The demo's plans: AKN's 2020 plan from seed 004, and 2026 and 2027 plans for every object, the 2027 ones
// at every stage of the year wheel, with the approvals, approved versions and OSG decisions that go with
// their status.
import { DEFAULT_HOURLY_RATE, DEFAULT_HOURS_PER_FTE } from '../domain/budget/budget';
import { totalsOf } from '../domain/budget/planTotals';
import { planGoals, withGoalIds } from '../domain/plan/goals';
import { putTotals } from '../services/plans/planTotals';
import type { ObjectPlan, PlanSections, PlanStatus, Role } from '../domain/model';
import { translate } from '../i18n/messages';
import { EMPTY_SECTIONS } from '../services/plans/planService';
import { planDigest, planTotal, planVersionOf } from '../services/plans/planVersion';
import { AKN_2020, type SeedBudgetLine } from './akn2020';
import type { DemoContext, ForumIds, ObjectContent } from './context';
import { objectKey } from './people';
import { demoStrategicRefs, type StrategicDemo } from './strategy';
import { OBJECTS, PLAN_LINES } from './structure';

/** The year whose plans' goals are linked to the strategic object plans' goals (the demo's next year). */
const STRATEGY_LINKED_YEAR = 2027;

/** Status of each object's plans in the demo year pair: the 2027 plans show every stage of the year wheel. */
const PLAN_STATUS_2027: Record<string, PlanStatus> = {
  VSOA: 'approved',
  UKF: 'draft',
  SAM: 'approved',
  KÖP: 'preliminary',
  FST: 'approved',
  AKN: 'preliminary',
};

/**
 * The chapters 000 §3.4.2 requires, written from an object's own data for the demo's objects other than
 * AKN (whose plan is seed 004's): a plan submitted in the demo is complete, as a submission must be.
 */
function demoSections(
  o: ObjectContent,
  lines: readonly SeedBudgetLine[],
  year: number,
): Partial<PlanSections> {
  const goals = lines
    .filter((l) => l.assignmentType !== 'maintain')
    .slice(0, 3)
    .map((l) => l.name);
  return {
    purpose: `Objektplanen för ${o.name} (${o.code}) klargör vad som ska göras i förvaltningsarbetet ${year} och hur det styrs.`,
    scope: [
      `${o.name} stöder verksamheterna i objektets linjeorganisationer.`,
      '',
      'Objektprodukter:',
      ...o.products.map((p) => `• ${p.name}`),
    ].join('\n'),
    governingDocuments: [
      { document: 'Riktlinjer för digitalisering', goal: 'Digitalisering', impact: 'large' },
      {
        document: 'Tillämpningsanvisning för digitalisering',
        goal: 'Styrning av objekten',
        impact: 'medium',
      },
    ],
    periodGoals: goals.length ? goals : [`Stabil förvaltning av ${o.name} under ${year}`],
    organisation:
      'Objektägare verksamhet och it, objektledare verksamhet och it samt objektspecialister enligt objektets roller.',
    forums:
      'Objektstyrgruppen (OSG) sammanträder minst fyra gånger per år och godkänner objektplanen. Objektledarna deltar i objektledarforum (OLF) varje månad.',
  };
}

function scaled(lines: readonly SeedBudgetLine[], factorPercent: number): SeedBudgetLine[] {
  const scale = (n: number) => Math.round((n * factorPercent) / 100);
  return lines.map((l) => ({
    ...l,
    business: { hours: scale(l.business.hours), otherCost: scale(l.business.otherCost) },
    it: { hours: scale(l.it.hours), otherCost: scale(l.it.otherCost) },
  }));
}

/** Loads the plans; returns how many. */
export async function loadPlans(
  { tx, personId, objectIds, contents }: DemoContext,
  forumIds: ForumIds,
  strategic: StrategicDemo,
): Promise<number> {
  let plans = 0;
  const addPlan = async (
    code: string,
    year: number,
    status: PlanStatus,
    plan: Partial<ObjectPlan>,
    lines: readonly SeedBudgetLine[],
  ) => {
    const objectId = objectIds.get(code)!;
    const key = objectKey(code);
    const approvalRound = status === 'draft' ? 0 : 1;
    const object = contents.find((c) => c.code === code)!;
    if (!plan.sections) plan = { ...plan, sections: demoSections(object, lines, year) as PlanSections };
    const sections: PlanSections = { ...EMPTY_SECTIONS, ...(plan.sections ?? {}) };
    // Issue 16: next year's goals serve the strategic goals the object's strategic plan sets for that year,
    // stored as the plan service stores them — before the version below is taken of the plan.
    const refs = year === STRATEGY_LINKED_YEAR ? demoStrategicRefs(strategic, { objectId, year }) : [];
    if (refs.length)
      sections.goals = withGoalIds(planGoals(sections).map((g) => ({ ...g, strategicRefs: refs })));
    const created = await tx.plans.create({
      objectId,
      year,
      status,
      hourlyRate: plan.hourlyRate ?? DEFAULT_HOURLY_RATE,
      hoursPerFte: plan.hoursPerFte ?? DEFAULT_HOURS_PER_FTE,
      approvalRound,
      sections,
    });
    plans++;
    let sortOrder = 0;
    const stored = [];
    for (const line of lines)
      stored.push(await tx.budgetLines.create({ ...line, planId: created.id, sortOrder: (sortOrder += 10) }));
    // The totals a list view reads, as the app keeps them (ADR 0030).
    await putTotals(tx, created, undefined, totalsOf(lines, created.hourlyRate));
    // Each answer names the version it answered: this content, as the app records it.
    const version = { digest: planDigest(created, stored), total: planTotal(created, stored) };
    const owners: [Role, string][] = [
      ['ownerBusiness', personId(`${key}.ownerBusiness`)],
      ['ownerIt', personId(`${key}.ownerIt`)],
    ];
    const decidedAt = `${year - 1}-09-18T13:00:00.000Z`;
    if (status === 'approved' || status === 'closed') {
      for (const [role, pid] of owners) {
        await tx.planApprovals.create({
          planId: created.id,
          round: 1,
          personId: pid,
          role,
          outcome: 'approved',
          comment: '',
          at: decidedAt,
          ...version,
        });
      }
      const approvers = owners.map(([role, pid]) => ({ personId: pid, role, at: decidedAt, comment: '' }));
      await tx.planVersions.create(planVersionOf(created, stored, decidedAt, approvers));
      await tx.decisions.create({
        forumId: forumIds.get(code)!,
        objectId,
        planId: created.id,
        initiativeId: null,
        kind: 'approvePlan',
        title: translate('sv', 'decision.planApproved.title', { code, year }),
        text: `Objektstyrgruppen godkänner objektplanen för ${object.name} ${year}.`,
        decidedByPersonId: owners[0]![1],
        decidedAt,
        comment: '',
        approvers,
      });
    } else if (status === 'preliminary') {
      // The IT owner has approved; the plan waits for the business owner.
      await tx.planApprovals.create({
        planId: created.id,
        round: 1,
        personId: owners[1]![1],
        role: 'ownerIt',
        outcome: 'approved',
        comment: 'Ser bra ut från it-sidan.',
        at: '2026-10-02T09:30:00.000Z',
        ...version,
      });
    }
  };

  await addPlan('AKN', 2020, 'closed', AKN_2020.plan, AKN_2020.plan.budgetLines);
  // The year followed up in the demo (issue 16): its outcome, follow-up and objektberättelse (./followup).
  await addPlan(
    'AKN',
    2025,
    'closed',
    { hourlyRate: 690, sections: AKN_2020.plan.sections },
    scaled(AKN_2020.plan.budgetLines, 98),
  );
  await addPlan(
    'AKN',
    2026,
    'approved',
    { hourlyRate: 700, sections: AKN_2020.plan.sections },
    AKN_2020.plan.budgetLines,
  );
  await addPlan(
    'AKN',
    2027,
    PLAN_STATUS_2027['AKN']!,
    { hourlyRate: 720, sections: AKN_2020.plan.sections },
    scaled(AKN_2020.plan.budgetLines, 104),
  );
  for (const o of OBJECTS) {
    const lines = PLAN_LINES[o.code] ?? [];
    await addPlan(o.code, 2026, 'approved', { hourlyRate: 700 }, scaled(lines, 96));
    await addPlan(o.code, 2027, PLAN_STATUS_2027[o.code] ?? 'draft', { hourlyRate: 720 }, lines);
  }
  return plans;
}
