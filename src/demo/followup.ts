// Demo of the follow-up of the year (issue 16): AKN's 2025 plan with a full year of outcome imported from
// a (fictional) finance export per code, hours entered by hand, the August follow-up noted by the OSG, and
// a drafted objektberättelse 2025 for the leaders to complete. Figures are generated from the plan's own
// budget (each month near a twelfth of it), deterministically, so the demo is the same every time.
import { budgetTable } from '../domain/budget/budget';
import { BUCKETS, MAIN_ACTIVITIES, SIDES } from '../domain/model';
import type { CodeMapping, GoalFollowUp } from '../domain/followup/types';
import { planGoals } from '../domain/plan/goals';
import type { StoreCollections } from '../services/ports/store';

/** Fictional responsibility codes: 71 + activity + side + bucket (e.g. 7111). */
export const DEMO_CODES: CodeMapping[] = MAIN_ACTIVITIES.flatMap((mainActivity, a) =>
  SIDES.flatMap((side, s) =>
    BUCKETS.map((bucket, b) => ({ code: `71${a + 1}${s * 2 + b + 1}`, mainActivity, side, bucket })),
  ),
);

export async function loadFollowUpDemo(tx: StoreCollections): Promise<void> {
  const [akn] = await tx.objects.findAll({ code: 'AKN' });
  if (!akn) return;
  const [plan] = await tx.plans.findAll({ objectId: akn.id, year: 2025 });
  if (!plan) return;
  const leader = (await tx.roleAssignments.findAll({ objectId: akn.id, role: 'leaderBusiness' }))[0];
  if (!leader) return;
  await tx.outcomeMappings.create({ objectId: akn.id, codes: DEMO_CODES });

  const lines = await tx.budgetLines.findAll({ planId: plan.id }, { field: 'sortOrder' });
  const table = budgetTable(lines, plan);
  // A year of outcome: each month a twelfth of the plan, ±12 %, with öre as finance systems write them.
  let seed = 2025;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let month = 1; month <= 12; month++) {
    const period = `2025-${String(month).padStart(2, '0')}`;
    for (const c of DEMO_CODES) {
      const planned = table.rows.find((r) => r.mainActivity === c.mainActivity)![c.side][c.bucket];
      if (planned === 0) continue;
      const amountOre = Math.round(((planned * 100) / 12) * (0.88 + next() * 0.24));
      await tx.outcomeEntries.create({
        planId: plan.id,
        objectId: akn.id,
        period,
        mainActivity: c.mainActivity,
        side: c.side,
        bucket: c.bucket,
        amountOre,
        centiHours: 0,
        source: 'import',
        budgetLineId: null,
        code: c.code,
        account: c.side === 'it' ? '6540' : '7010',
        note: '',
        importId: 'demo-2025',
      });
    }
  }
  // Hours no system knows: the leaders' own, entered for the first line each quarter.
  if (lines[0])
    for (const month of ['03', '06', '09', '12'])
      await tx.outcomeEntries.create({
        planId: plan.id,
        objectId: akn.id,
        period: `2025-${month}`,
        mainActivity: lines[0].mainActivity,
        side: 'business',
        bucket: 'maintain',
        amountOre: 0,
        centiHours: 4000,
        source: 'manual',
        budgetLineId: lines[0].id,
        code: '',
        account: '',
        note: 'Objektledarens tid enligt tidrapport',
        importId: null,
      });

  const goals: GoalFollowUp[] = planGoals(plan.sections).map((g, i) => ({
    goalId: g.id,
    text: g.text,
    status: i === 1 ? 'atRisk' : 'onTrack',
    comment: i === 1 ? 'Upphandlingen av ny plattform är försenad; beslut väntas i oktober.' : '',
  }));
  await tx.interimFollowUps.create({
    planId: plan.id,
    objectId: akn.id,
    year: 2025,
    period: 'august',
    goals,
    budgetComment: 'Utfallet följer budgeten; prognosen för helåret ligger inom två procent.',
    forecastSek: null,
    initiativesComment: 'Två initiativ pågår enligt plan.',
    status: 'noted',
    preparedByPersonId: leader.personId,
    readyAt: '2025-08-25T08:00:00.000Z',
    notedAt: '2025-09-18T13:00:00.000Z',
  });
  await tx.planReports.create({
    planId: plan.id,
    objectId: akn.id,
    year: 2025,
    status: 'draft',
    goals,
    summary:
      'Förvaltningen av objektet följde planen under 2025. Utfallet redovisas nedan per huvudaktivitet.',
    budgetComment: '',
    lessons: '',
    nextYear: [],
    approvalRound: 0,
    approvals: [],
    carriedToPlanId: null,
  });
}
