// Writing a plan as the tab does: goals with ids linked to the budget lines that serve them (kept
// through a copy and a removed line), lines reordered in one request, and an initiative linked to
// a plan's goals and lines — each refused for who may not and for what does not belong.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let akn: { id: string };
let vsoa: { id: string };
const P = { leader: '', owner: '', specialist: '', vsoaLeader: '' };

beforeAll(async () => {
  t = await startTestApp();
  Object.assign(P, {
    leader: t.person('Petra Nyström'),
    owner: t.person('Karin Westberg'),
    specialist: t.person('Sara Engström'),
    vsoaLeader: t.person('Maja Sandberg'),
  });
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  vsoa = objects.find((o) => o.code === 'VSOA')!;
});
afterAll(async () => {
  await t.stop();
});

const lines = async (planId: string) =>
  (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body as {
    id: string;
    name: string;
    etag: string;
    sortOrder: number;
  }[];

describe('goals linked to budget lines', () => {
  let plan: { id: string; etag: string };
  let lineIds: string[];

  it('a leader writes two goals on a blank plan; new goals get ids and periodGoals follows', async () => {
    const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: P.leader,
      body: { year: 2030 },
    });
    expect(created.status).toBe(201);
    for (const name of ['Drift av W3D3', 'Ny e-tjänst']) {
      const res = await t.call('POST', `/api/plans/${created.body.id}/budget-lines`, {
        as: P.leader,
        body: {
          mainActivity: 'drift',
          name,
          assignmentType: 'maintain',
          business: { hours: 10, otherCost: 0 },
        },
      });
      expect(res.status).toBe(201);
    }
    lineIds = (await lines(created.body.id)).map((l) => l.id);
    const res = await t.call('PATCH', `/api/plans/${created.body.id}`, {
      as: P.leader,
      ifMatch: created.body.etag,
      body: {
        sections: {
          goals: [
            { text: 'Stabil drift', lineIds: [lineIds[0]] },
            { text: 'Fler e-tjänster', lineIds: lineIds },
          ],
        },
      },
    });
    expect(res.status).toBe(200);
    expect(res.body.sections.goals).toEqual([
      { id: 'g1', text: 'Stabil drift', lineIds: [lineIds[0]] },
      { id: 'g2', text: 'Fler e-tjänster', lineIds },
    ]);
    expect(res.body.sections.periodGoals).toEqual(['Stabil drift', 'Fler e-tjänster']);
    plan = res.body;
  });

  it("refuses a link to another plan's line and a goal id written twice, in Swedish", async () => {
    const other = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body.find(
      (p: any) => p.year === 2027,
    );
    const foreign = (await lines(other.id))[0]!.id;
    const res = await t.call('PATCH', `/api/plans/${plan.id}`, {
      as: P.leader,
      ifMatch: plan.etag,
      body: { sections: { goals: [{ text: 'X', lineIds: [foreign] }] } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('hör inte till planen');
    const twice = await t.call('PATCH', `/api/plans/${plan.id}`, {
      as: P.leader,
      ifMatch: plan.etag,
      body: {
        sections: {
          goals: [
            { id: 'g1', text: 'X' },
            { id: 'g1', text: 'Y' },
          ],
        },
      },
    });
    expect(twice.status).toBe(400);
  });

  it('a specialist may not write goals', async () => {
    const res = await t.call('PATCH', `/api/plans/${plan.id}`, {
      as: P.specialist,
      ifMatch: plan.etag,
      body: { sections: { goals: [] } },
    });
    expect(res.status).toBe(403);
  });

  it('removing a line removes it from the goals that linked it', async () => {
    const line = (await t.app.store.budgetLines.get(lineIds[0]!))!;
    const res = await t.call('DELETE', `/api/budget-lines/${lineIds[0]}`, {
      as: P.leader,
      ifMatch: line.etag,
    });
    expect(res.status).toBe(204);
    const after = (await t.call('GET', `/api/plans/${plan.id}`)).body;
    expect(after.sections.goals).toEqual([
      { id: 'g1', text: 'Stabil drift', lineIds: [] },
      { id: 'g2', text: 'Fler e-tjänster', lineIds: [lineIds[1]] },
    ]);
    plan = after;
  });

  it('a copy of the plan carries the goals with links to the copied lines', async () => {
    const res = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: P.leader,
      body: { year: 2031, copyFromYear: 2030 },
    });
    expect(res.status).toBe(201);
    const copied = await lines(res.body.id);
    expect(copied.map((l) => l.name)).toEqual(['Ny e-tjänst']);
    expect(res.body.sections.goals).toEqual([
      { id: 'g1', text: 'Stabil drift', lineIds: [] },
      { id: 'g2', text: 'Fler e-tjänster', lineIds: [copied[0]!.id] },
    ]);
  });

  it('a new plan cannot link goals to lines it does not have yet', async () => {
    const res = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: P.leader,
      body: { year: 2032, sections: { goals: [{ text: 'A', lineIds: [lineIds[1]] }] } },
    });
    expect(res.status).toBe(400);
  });

  it('writing only the texts keeps ids and links by position', async () => {
    const res = await t.call('PATCH', `/api/plans/${plan.id}`, {
      as: P.leader,
      ifMatch: plan.etag,
      body: { sections: { periodGoals: ['Stabil drift 2030', 'Fler e-tjänster', 'Tredje'] } },
    });
    expect(res.status).toBe(200);
    expect(res.body.sections.goals).toEqual([
      { id: 'g1', text: 'Stabil drift 2030', lineIds: [] },
      { id: 'g2', text: 'Fler e-tjänster', lineIds: [lineIds[1]] },
      { id: 'g3', text: 'Tredje', lineIds: [] },
    ]);
  });
});

describe('reordering budget lines', () => {
  let planId: string;

  beforeAll(async () => {
    const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: P.leader,
      body: { year: 2033 },
    });
    planId = created.body.id;
    for (const name of ['A', 'B', 'C']) {
      await t.call('POST', `/api/plans/${planId}/budget-lines`, {
        as: P.leader,
        body: { mainActivity: 'anvandarstod', name, assignmentType: 'maintain' },
      });
    }
  });

  it('puts the lines in the order given, in one request', async () => {
    const [a, b, c] = await lines(planId);
    const res = await t.call('POST', `/api/plans/${planId}/budget-lines/order`, {
      as: P.leader,
      body: { lineIds: [a!.id, c!.id, b!.id] },
    });
    expect(res.status).toBe(200);
    expect(res.body.map((l: any) => l.name)).toEqual(['A', 'C', 'B']);
    expect((await lines(planId)).map((l) => [l.name, l.sortOrder])).toEqual([
      ['A', 10],
      ['C', 20],
      ['B', 30],
    ]);
  });

  it('a list that is not every line once is a conflict, and nothing moves', async () => {
    const [a, c] = await lines(planId);
    const res = await t.call('POST', `/api/plans/${planId}/budget-lines/order`, {
      as: P.leader,
      body: { lineIds: [c!.id, a!.id] },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('Budgetraderna har ändrats');
    expect((await lines(planId)).map((l) => l.name)).toEqual(['A', 'C', 'B']);
  });

  it('a specialist may not reorder', async () => {
    const ids = (await lines(planId)).map((l) => l.id);
    const res = await t.call('POST', `/api/plans/${planId}/budget-lines/order`, {
      as: P.specialist,
      body: { lineIds: ids.reverse() },
    });
    expect(res.status).toBe(403);
  });
});

describe('an initiative linked to goals and budget lines', () => {
  let initiative: { id: string; etag: string };
  let plan2027: { id: string; sections: { periodGoals: string[] } };

  beforeAll(async () => {
    const list = (await t.call('GET', `/api/objects/${akn.id}/initiatives`)).body as any[];
    initiative = list[0];
    plan2027 = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body.find((p: any) => p.year === 2027);
  });

  it("a leader links it to the plan's goal and line", async () => {
    const line = (await lines(plan2027.id))[0]!;
    const res = await t.call('PATCH', `/api/initiatives/${initiative.id}`, {
      as: P.leader,
      ifMatch: initiative.etag,
      body: { planId: plan2027.id, goalIds: ['g1'], budgetLineIds: [line.id] },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ planId: plan2027.id, goalIds: ['g1'], budgetLineIds: [line.id] });
    initiative = res.body;
  });

  it('refuses a goal the plan does not have, and a plan of another object', async () => {
    const noGoal = await t.call('PATCH', `/api/initiatives/${initiative.id}`, {
      as: P.leader,
      ifMatch: initiative.etag,
      body: { goalIds: ['g99'] },
    });
    expect(noGoal.status).toBe(400);
    expect(noGoal.body.error.message).toContain('g99');
    const vsoaPlan = (await t.call('GET', `/api/objects/${vsoa.id}/plans`)).body[0];
    const other = await t.call('PATCH', `/api/initiatives/${initiative.id}`, {
      as: P.leader,
      ifMatch: initiative.etag,
      body: { planId: vsoaPlan.id },
    });
    expect(other.status).toBe(400);
    expect(other.body.error.message).toContain('annat objekt');
  });

  it('a leader of another object may not link it', async () => {
    const res = await t.call('PATCH', `/api/initiatives/${initiative.id}`, {
      as: P.vsoaLeader,
      ifMatch: initiative.etag,
      body: { goalIds: [] },
    });
    expect(res.status).toBe(403);
  });

  it('unlinking the plan drops the goal and line links', async () => {
    const res = await t.call('PATCH', `/api/initiatives/${initiative.id}`, {
      as: P.owner,
      ifMatch: initiative.etag,
      body: { planId: null },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ planId: null, goalIds: [], budgetLineIds: [] });
  });
});
