// The demo's goal chain reaches every object's goals for next year (issue 16): each goal of the demo
// objects' 2027 plans serves its object's strategic object plan goal for 2027, which serves a goal of
// the municipality's strategic plan — read back through the API as PSG and the plan's readers see it.
// The links are part of the plans as their approvers answered them: approvals still count.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let objects: { id: string; code: string; name: string }[];

beforeAll(async () => {
  t = await startTestApp();
  objects = (await t.call('GET', '/api/objects')).body;
});
afterAll(async () => t?.stop());

async function planOf(objectId: string, year: number) {
  const plans = (await t.call('GET', `/api/objects/${objectId}/plans`)).body as {
    id: string;
    year: number;
  }[];
  const summary = plans.find((p) => p.year === year);
  expect(summary).toBeDefined();
  return (await t.call('GET', `/api/plans/${summary!.id}`)).body;
}

it('every demo object has a 2027 plan whose every goal serves its strategic goal for 2027', async () => {
  expect(objects.map((o) => o.code).sort()).toEqual(['AKN', 'FST', 'KÖP', 'SAM', 'UKF', 'VSOA']);
  for (const o of objects) {
    const plan = await planOf(o.id, 2027);
    const [strategic] = (await t.call('GET', `/api/objects/${o.id}/strategic-plans`)).body as any[];
    const goals2027 = strategic.years.find((y: any) => y.year === 2027).goals as { id: string }[];
    expect({ code: o.code, goals: plan.sections.goals.length > 0 }).toEqual({ code: o.code, goals: true });
    for (const g of plan.sections.goals)
      expect({ code: o.code, goal: g.text, refs: g.strategicRefs }).toEqual({
        code: o.code,
        goal: g.text,
        refs: goals2027.map((s) => ({ strategicPlanId: strategic.id, goalId: s.id })),
      });
  }
});

it('the plans of other years are not linked', async () => {
  for (const o of objects) {
    const plan = await planOf(o.id, 2026);
    expect((plan.sections.goals ?? []).flatMap((g: any) => g.strategicRefs ?? [])).toEqual([]);
  }
});

it('the goal chain leads from a municipal goal, through the strategic goal for 2027, to each object', async () => {
  const chain = (await t.call('GET', '/api/goal-chain')).body;
  const doc = chain.documents.find((d: any) => d.kind === 'strategicPlan');
  const points = doc.goals.flatMap((g: any) => [
    { goal: g.title, contributors: g.contributors },
    ...g.focusAreas.map((f: any) => ({ goal: `${g.title}: ${f.title}`, contributors: f.contributors })),
  ]);
  for (const o of objects) {
    const [strategic] = (await t.call('GET', `/api/objects/${o.id}/strategic-plans`)).body as any[];
    const served = points.filter((p: any) =>
      p.contributors.some(
        (c: any) => c.kind === 'strategicPlanGoal' && c.sourceId === strategic.id && c.year === 2027,
      ),
    );
    expect({ code: o.code, served: served.length }).toEqual({ code: o.code, served: 1 });
    const plan = await planOf(o.id, 2027);
    const strategicGoal = strategic.years.find((y: any) => y.year === 2027).goals[0];
    // The chain as a reader follows it: municipal goal ← strategic object goal ← the plan's goals.
    expect(plan.sections.goals.every((g: any) => g.strategicRefs[0].goalId === strategicGoal.id)).toBe(true);
  }
});

it('the approvals already given still count: the links were written with the plans', async () => {
  const byCode = (code: string) => objects.find((o) => o.code === code)!.id;
  // AKN 2027 awaits the business owner; the IT owner's answer is to this very content.
  const akn = await planOf(byCode('AKN'), 2027);
  expect(akn.approval.approvers.find((a: any) => a.role === 'ownerIt').outcome).toBe('approved');
  // An approved plan's stored version is the plan as it stands, links included.
  for (const code of ['VSOA', 'SAM', 'FST']) {
    const plan = await planOf(byCode(code), 2027);
    expect(plan.status).toBe('approved');
    const approved = (await t.call('GET', `/api/plans/${plan.id}/approved`)).body;
    expect(approved.sections.goals).toEqual(plan.sections.goals);
  }
});
