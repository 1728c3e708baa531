// Use cases end to end through HTTP: writing a plan, its approval by both owners, escalations,
// appointments and the structure — each with the role that may, and one that may not.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let akn: { id: string; etag: string };
const P = {
  ownerBusiness: '',
  ownerIt: '',
  leaderBusiness: '',
  leaderIt: '',
  specialist: '',
  psgChair: '',
  admin: '',
  modelOwner: '',
  vsoaOwner: '',
  vsoaLeader: '',
};

beforeAll(async () => {
  t = await startTestApp();
  Object.assign(P, {
    ownerBusiness: t.person('Karin Westberg'),
    ownerIt: t.person('Mikael Borg'),
    leaderBusiness: t.person('Petra Nyström'),
    leaderIt: t.person('Oskar Lindell'),
    specialist: t.person('Sara Engström'),
    psgChair: t.person('Anders Ekström'),
    admin: t.person('Lena Holm'),
    modelOwner: t.person('Erik Sjöberg'),
    vsoaOwner: t.person('Annika Forsberg'),
    vsoaLeader: t.person('Maja Sandberg'),
  });
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string; etag: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
});
afterAll(async () => {
  await t.stop();
});

describe('object plan: write, submit, approve by both owners', () => {
  let planId: string;

  it('a leader starts the 2028 plan from 2027, copying its lines', async () => {
    const res = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: P.leaderBusiness,
      body: { year: 2028, copyFromYear: 2027, hourlyRate: 740 },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ year: 2028, status: 'draft', hourlyRate: 740, approvalRound: 0 });
    planId = res.body.id;
    const lines = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body;
    expect(lines).toHaveLength(39);
    expect(lines[0].cost.business).toBe(
      Math.round(lines[0].business.hours * 740) + lines[0].business.otherCost,
    );
  });

  it('editing a line changes the budget totals by exactly the difference', async () => {
    const before = (await t.call('GET', `/api/plans/${planId}/budget`)).body;
    const line = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body.find(
      (l: any) => l.mainActivity === 'drift' && l.assignmentType === 'maintain',
    );
    const res = await t.call('PATCH', `/api/budget-lines/${line.id}`, {
      as: P.leaderIt,
      ifMatch: line.etag,
      body: { it: { hours: line.it.hours + 10, otherCost: line.it.otherCost + 5000 } },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    expect(res.body.etag).not.toBe(line.etag);
    const after = (await t.call('GET', `/api/plans/${planId}/budget`)).body;
    expect(after.totals.it.maintain - before.totals.it.maintain).toBe(10 * 740 + 5000);
    expect(after.totals.total - before.totals.total).toBe(10 * 740 + 5000);
    expect(after.rows[3].hours.it.maintain - before.rows[3].hours.it.maintain).toBe(10);

    // The same stale eTag again: a conflict, and the line keeps the first change.
    const stale = await t.call('PATCH', `/api/budget-lines/${line.id}`, {
      as: P.leaderIt,
      ifMatch: line.etag,
      body: { it: { hours: 1 } },
    });
    expect(stale.status).toBe(409);
    const now = (await t.call('GET', `/api/plans/${planId}/budget`)).body;
    expect(now.totals).toEqual(after.totals);
  });

  it('concurrent edits with the same eTag: exactly one wins', async () => {
    const line = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body[0];
    const results = await Promise.all(
      [1, 2, 3, 4].map((n) =>
        t.call('PATCH', `/api/budget-lines/${line.id}`, {
          as: P.leaderIt,
          ifMatch: line.etag,
          body: { business: { hours: n } },
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
  });

  it('a specialist cannot submit; a leader can', async () => {
    expect((await t.call('POST', `/api/plans/${planId}/submit`, { as: P.specialist })).status).toBe(403);
    const res = await t.call('POST', `/api/plans/${planId}/submit`, { as: P.leaderBusiness });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'preliminary', approvalRound: 1 });
  });

  it('a leader is not an approver', async () => {
    const res = await t.call('POST', `/api/plans/${planId}/approve`, { as: P.leaderIt, body: {} });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe('Du är inte en av dem som ska godkänna planen.');
  });

  it('an answer for another round than the current one is refused, and nothing is recorded', async () => {
    const plan = (await t.call('GET', `/api/plans/${planId}`)).body;
    const res = await t.call('POST', `/api/plans/${planId}/approve`, {
      as: P.ownerIt,
      body: { round: plan.approvalRound + 1 },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toBe(
      `Svaret gällde omgång ${plan.approvalRound + 1} av godkännandet, men planen är nu i omgång ${plan.approvalRound}. Ladda om och svara igen.`,
    );
    const after = (await t.call('GET', `/api/plans/${planId}`)).body;
    expect(after.approval.approvers.every((a: any) => a.outcome === null)).toBe(true);
  });

  it('the IT owner approves; the plan waits for the business owner; a double click changes nothing', async () => {
    const first = await t.call('POST', `/api/plans/${planId}/approve`, {
      as: P.ownerIt,
      body: { comment: 'OK från it' },
    });
    expect(first.status).toBe(200);
    expect(first.body.plan.status).toBe('preliminary');
    expect(first.body.changed).toBe(true);
    expect(first.body.approval.approvers.map((a: any) => [a.role, a.outcome])).toEqual([
      ['ownerBusiness', null],
      ['ownerIt', 'approved'],
    ]);
    const again = await t.call('POST', `/api/plans/${planId}/approve`, { as: P.ownerIt, body: {} });
    expect(again.status).toBe(200);
    expect(again.body.changed).toBe(false);
    const rejectAfter = await t.call('POST', `/api/plans/${planId}/reject`, {
      as: P.ownerIt,
      body: { comment: 'Ångrar mig' },
    });
    expect(rejectAfter.status).toBe(409);
  });

  it('an approved-pending plan is still editable, but not once approved', async () => {
    const res = await t.call('POST', `/api/plans/${planId}/approve`, { as: P.ownerBusiness, body: {} });
    expect(res.status).toBe(200);
    expect(res.body.plan.status).toBe('approved');
    expect(res.body.approval.complete).toBe(true);
    const decisions = (await t.call('GET', `/api/decisions?planId=${planId}`)).body;
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({
      kind: 'approvePlan',
      title: 'Objektplan AKN 2028 godkänns',
      decidedByPersonId: P.ownerBusiness,
      comment: 'OK från it',
    });
    const line = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body[0];
    const edit = await t.call('PATCH', `/api/budget-lines/${line.id}`, {
      as: P.leaderIt,
      ifMatch: line.etag,
      body: { name: 'Ändrad' },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.message).toBe(
      'Planen har status godkänd och kan inte ändras. En objektägare kan öppna den igen.',
    );
  });

  it('only an owner reopens; closing waits for the year to end', async () => {
    expect((await t.call('POST', `/api/plans/${planId}/close`, { as: P.ownerBusiness })).status).toBe(409);
    expect((await t.call('POST', `/api/plans/${planId}/reopen`, { as: P.leaderBusiness })).status).toBe(403);
    const res = await t.call('POST', `/api/plans/${planId}/reopen`, { as: P.ownerIt });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('draft');
  });

  it('a rejection needs a comment, sends the plan back to draft and is recorded', async () => {
    await t.call('POST', `/api/plans/${planId}/submit`, { as: P.leaderBusiness });
    const noComment = await t.call('POST', `/api/plans/${planId}/reject`, { as: P.ownerBusiness, body: {} });
    expect(noComment.status).toBe(400);
    const res = await t.call('POST', `/api/plans/${planId}/reject`, {
      as: P.ownerBusiness,
      body: { comment: 'Budgeten för drift saknar licenser.' },
    });
    expect(res.status).toBe(200);
    expect(res.body.plan.status).toBe('draft');
    const decisions = (await t.call('GET', `/api/decisions?planId=${planId}`)).body;
    expect(decisions[0]).toMatchObject({
      title: 'Objektplan AKN 2028 återremitteras',
      comment: 'Budgeten för drift saknar licenser.',
    });
  });

  it('only an owner deletes a draft plan, and its lines go with it', async () => {
    const { etag } = (await t.call('GET', `/api/plans/${planId}`)).body;
    const del = (as: string) => t.call('DELETE', `/api/plans/${planId}`, { as, ifMatch: etag });
    expect((await del(P.leaderBusiness)).status).toBe(403);
    expect((await del(P.ownerBusiness)).status).toBe(204);
    expect((await t.call('GET', `/api/plans/${planId}`)).status).toBe(404);
    expect((await t.call('GET', `/api/plans/${planId}/budget-lines`)).status).toBe(404);
  });
});

describe('approval by someone who owns many objects', () => {
  it('holding both owner roles of the fifth of five objects, one answer approves its plan', async () => {
    const { store } = t.app;
    const owner = await store.people.create({
      displayName: 'Greta Mångägare',
      email: 'greta.mangagare@objektnav.example',
      title: 'Förvaltningschef',
    });
    const objects = [];
    for (let i = 0; i < 5; i++) {
      const object = await store.objects.create({
        code: `MAN${i}`,
        name: `Mångobjekt ${i}`,
        category: 'support',
        description: '',
        lineOrganisationIds: [],
        active: true,
      });
      for (const role of ['ownerBusiness', 'ownerIt'] as const)
        await store.roleAssignments.create({ personId: owner.id, role, objectId: object.id });
      objects.push(object);
    }
    const plan = await store.plans.create({
      objectId: objects[4]!.id,
      year: 2027,
      status: 'preliminary',
      hourlyRate: 655,
      hoursPerFte: 1700,
      approvalRound: 1,
      sections: (await store.plans.findAll({ objectId: akn.id }))[0]!.sections,
    });
    const res = await t.call('POST', `/api/plans/${plan.id}/approve`, { as: owner.id, body: {} });
    expect(res.status).toBe(200);
    expect(res.body.plan.status).toBe('approved');
    expect(res.body.approval.approvers.map((a: any) => [a.role, a.outcome, a.byPersonId])).toEqual([
      ['ownerBusiness', 'approved', owner.id],
      ['ownerIt', 'approved', owner.id],
    ]);
    // Not an approver of AKN's plan, and an unknown plan is a 404 — also for someone who owns objects.
    const akn2027 = (await store.plans.findAll({ objectId: akn.id, year: 2027 }))[0]!;
    const notMine = await t.call('POST', `/api/plans/${akn2027.id}/approve`, { as: owner.id, body: {} });
    expect(notMine.status).toBe(403);
    const missing = await t.call('POST', '/api/plans/999999/approve', { as: owner.id, body: {} });
    expect(missing.status).toBe(404);
  });
});

describe('escalation ladder: leaders → owners → PSG', () => {
  let id: string;

  it('a specialist proposes a need; the owner of another object cannot', async () => {
    const body = {
      title: 'Gemensam e-tjänstplattform',
      kind: 'need',
      benefit: 5,
      goalContribution: 4,
      effort: 2,
    };
    expect(
      (await t.call('POST', `/api/objects/${akn.id}/initiatives`, { as: P.vsoaOwner, body })).status,
    ).toBe(403);
    const res = await t.call('POST', `/api/objects/${akn.id}/initiatives`, { as: P.specialist, body });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ escalationLevel: 'leaders', status: 'proposed' });
    id = res.body.id;
    expect((await t.call('GET', `/api/initiatives/${id}`)).body.score).toBe(36);
  });

  it('leaders add the affected object and lift it to the owners', async () => {
    const vsoa = ((await t.call('GET', '/api/objects')).body as any[]).find((o) => o.code === 'VSOA');
    const current = (await t.call('GET', `/api/initiatives/${id}`)).body;
    const upd = await t.call('PATCH', `/api/initiatives/${id}`, {
      as: P.leaderBusiness,
      ifMatch: current.etag,
      body: { affectedObjectIds: [vsoa.id] },
    });
    expect(upd.status).toBe(200);
    expect(
      (await t.call('POST', `/api/initiatives/${id}/escalate`, { as: P.specialist, body: { reason: 'x' } }))
        .status,
    ).toBe(403);
    const res = await t.call('POST', `/api/initiatives/${id}/escalate`, {
      as: P.leaderBusiness,
      body: { reason: 'Resursbrist på it-avdelningen' },
    });
    expect(res.status).toBe(200);
    expect(res.body.escalationLevel).toBe('owners');
    expect(res.body.escalations).toEqual([
      expect.objectContaining({
        level: 'owners',
        byPersonId: P.leaderBusiness,
        reason: 'Resursbrist på it-avdelningen',
      }),
    ]);
  });

  it("the affected object's owner lifts it to PSG; an owner cannot decide there", async () => {
    const res = await t.call('POST', `/api/initiatives/${id}/escalate`, {
      as: P.vsoaOwner,
      body: { reason: 'Ägarna är oense om ordningen' },
    });
    expect(res.body.escalationLevel).toBe('psg');
    const top = await t.call('POST', `/api/initiatives/${id}/escalate`, {
      as: P.ownerBusiness,
      body: { reason: 'Igen' },
    });
    expect(top.status).toBe(409);
    expect(top.body.error.message).toBe('Frågan ligger redan hos PSG, som är högsta nivån.');
    const denied = await t.call('POST', `/api/initiatives/${id}/decide`, {
      as: P.ownerBusiness,
      body: { outcome: 'prioritised' },
    });
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBe('Du har inte mandat att fatta detta beslut på nivån PSG.');
    const portfolio = (await t.call('GET', '/api/portfolio?year=2027')).body;
    expect(portfolio.escalations.map((e: any) => e.id)).toContain(id);
  });

  it("PSG's chair decides; the decision is PSG's, across objects", async () => {
    const res = await t.call('POST', `/api/initiatives/${id}/decide`, {
      as: P.psgChair,
      body: { outcome: 'prioritised', comment: 'Prioriteras före intranätet.' },
    });
    expect(res.status).toBe(201);
    expect(res.body.initiative.status).toBe('prioritised');
    expect(res.body.decision).toMatchObject({
      kind: 'crossObjectPriority',
      decidedByPersonId: P.psgChair,
      initiativeId: id,
    });
    const forums = (await t.call('GET', '/api/forums')).body as any[];
    expect(res.body.decision.forumId).toBe(forums.find((f) => f.kind === 'psg').id);
  });
});

describe('appointments follow who appoints whom', () => {
  it('the business owner appoints a business leader, not an IT leader', async () => {
    const person = await t.call('POST', '/api/people', {
      as: P.admin,
      body: { displayName: 'Test Testsson', email: 'test.testsson@objektnav.example' },
    });
    expect(person.status).toBe(201);
    const itLeader = await t.call('POST', '/api/role-assignments', {
      as: P.ownerBusiness,
      body: { personId: person.body.id, role: 'specialistBusiness', objectId: akn.id },
    });
    expect(itLeader.status).toBe(403);
    expect(itLeader.body.error.message).toBe(
      'Du får inte utse någon till rollen objektspecialist verksamhet. Den utses av objektledare verksamhet eller objektledare it.',
    );
    const ok = await t.call('POST', '/api/role-assignments', {
      as: P.leaderBusiness,
      body: { personId: person.body.id, role: 'specialistBusiness', objectId: akn.id },
    });
    expect(ok.status).toBe(201);
    const twice = await t.call('POST', '/api/role-assignments', {
      as: P.leaderBusiness,
      body: { personId: person.body.id, role: 'specialistBusiness', objectId: akn.id },
    });
    expect(twice.status).toBe(409);
    const held = await t.call('POST', '/api/role-assignments', {
      as: P.ownerBusiness,
      body: { personId: person.body.id, role: 'leaderBusiness', objectId: akn.id },
    });
    expect(held.status).toBe(409);
    expect(held.body.error.message).toBe(
      'Rollen objektledare verksamhet innehas redan av någon annan i objektet. Ta bort den först.',
    );
  });

  it('a new owner joins the OSG and PSG at once', async () => {
    const vsoa = ((await t.call('GET', '/api/objects')).body as any[]).find((o) => o.code === 'VSOA');
    const roles = (await t.call('GET', `/api/role-assignments?objectId=${vsoa.id}`)).body as any[];
    const oldOwner = roles.find((r) => r.role === 'ownerBusiness');
    const director = t.person('Helena Berggren');
    const unassign = (as: string) =>
      t.call('DELETE', `/api/role-assignments/${oldOwner.id}`, { as, ifMatch: oldOwner.etag });
    expect((await unassign(P.vsoaLeader)).status).toBe(403);
    expect((await unassign(director)).status).toBe(204);
    const assigned = await t.call('POST', '/api/role-assignments', {
      as: director,
      body: { personId: P.vsoaLeader, role: 'ownerBusiness', objectId: vsoa.id },
    });
    expect(assigned.status).toBe(201);
    const forums = (await t.call('GET', '/api/forums')).body as any[];
    const osg = (
      await t.call('GET', `/api/forums/${forums.find((f) => f.kind === 'osg' && f.objectId === vsoa.id).id}`)
    ).body;
    expect(osg.conveners).toEqual([P.vsoaLeader]);
    expect(osg.participants.map((p: any) => p.personId)).not.toContain(oldOwner.personId);
  });
});

describe('the object structure', () => {
  it('an owner cannot create objects; the model owner can, with its OSG; codes are unique', async () => {
    const body = { code: 'HR', name: 'Ekonomi och HR', category: 'support' };
    expect((await t.call('POST', '/api/objects', { as: P.ownerBusiness, body })).status).toBe(403);
    const res = await t.call('POST', '/api/objects', { as: P.modelOwner, body });
    expect(res.status).toBe(201);
    expect((await t.call('POST', '/api/objects', { as: P.modelOwner, body })).status).toBe(409);
    const forums = (await t.call('GET', '/api/forums')).body as any[];
    expect(forums.some((f) => f.kind === 'osg' && f.objectId === res.body.id)).toBe(true);
    const product = await t.call('POST', `/api/objects/${res.body.id}/products`, {
      as: P.admin,
      body: { name: 'Lön' },
    });
    expect(product.status).toBe(201);
    const del = await t.call('DELETE', `/api/objects/${res.body.id}`, {
      as: P.modelOwner,
      ifMatch: res.body.etag,
    });
    expect(del.status).toBe(204);
    expect((await t.call('GET', `/api/objects/${res.body.id}`)).status).toBe(404);
    expect(((await t.call('GET', '/api/forums')).body as any[]).some((f) => f.objectId === res.body.id)).toBe(
      false,
    );
  });

  it('an object with plans cannot be deleted', async () => {
    const { etag } = (await t.call('GET', `/api/objects/${akn.id}`)).body;
    const res = await t.call('DELETE', `/api/objects/${akn.id}`, { as: P.modelOwner, ifMatch: etag });
    expect(res.status).toBe(409);
    expect((await t.call('GET', `/api/objects/${akn.id}`)).status).toBe(200);
  });

  it('renaming is the owners’; changing the category is a structure change', async () => {
    const current = (await t.call('GET', `/api/objects/${akn.id}`)).body;
    const cat = await t.call('PATCH', `/api/objects/${akn.id}`, {
      as: P.ownerBusiness,
      ifMatch: current.etag,
      body: { category: 'core' },
    });
    expect(cat.status).toBe(403);
    const res = await t.call('PATCH', `/api/objects/${akn.id}`, {
      as: P.ownerBusiness,
      ifMatch: current.etag,
      body: { description: 'Ny beskrivning' },
    });
    expect(res.status).toBe(200);
    expect(res.body.description).toBe('Ny beskrivning');
  });

  it('a component of another object can be linked to a product (many-to-many)', async () => {
    const detail = (await t.call('GET', `/api/objects/${akn.id}`)).body;
    const fst = ((await t.call('GET', '/api/objects')).body as any[]).find((o) => o.code === 'FST');
    const fstDetail = (await t.call('GET', `/api/objects/${fst.id}`)).body;
    const foreign = fstDetail.components.find((c: any) => c.kind === 'it');
    const product = detail.products[0];
    const res = await t.call('POST', `/api/products/${product.id}/components`, {
      as: P.leaderIt,
      body: { componentId: foreign.id },
    });
    expect(res.status).toBe(201);
    const after = (await t.call('GET', `/api/objects/${akn.id}`)).body;
    expect(after.components.map((c: any) => c.id)).toContain(foreign.id);
    expect(after.products[0].componentIds).toContain(foreign.id);
    // FST cannot delete a component AKN still uses
    const del = await t.call('DELETE', `/api/components/${foreign.id}`, {
      as: t.person('Amir Karimi'),
      ifMatch: foreign.etag,
    });
    expect([409]).toContain(del.status);
    expect(
      (await t.call('DELETE', `/api/products/${product.id}/components/${foreign.id}`, { as: P.leaderIt }))
        .status,
    ).toBe(204);
  });

  it('contracts: end before start is refused; a leader adds one', async () => {
    const detail = (await t.call('GET', `/api/objects/${akn.id}`)).body;
    const comp = detail.components.find((c: any) => c.name === 'Kaskelot');
    const bad = await t.call('POST', '/api/contracts', {
      as: P.leaderIt,
      body: {
        componentId: comp.id,
        supplier: 'Leverantör AB',
        title: 'Valstöd',
        startDate: '2027-01-01',
        endDate: '2026-01-01',
        noticePeriodMonths: 6,
      },
    });
    expect(bad.status).toBe(400);
    const ok = await t.call('POST', '/api/contracts', {
      as: P.leaderIt,
      body: {
        componentId: comp.id,
        supplier: 'Leverantör AB',
        title: 'Valstöd',
        startDate: '2026-01-01',
        endDate: '2030-12-31',
        noticePeriodMonths: 6,
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.objectId).toBe(akn.id);
  });
});
