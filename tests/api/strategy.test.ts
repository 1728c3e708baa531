// The goal chain and the strategic object plan over HTTP (issue 16 points 4–5), on both stores: the model
// owner keeps the steering documents and links a goal; PSG reads the chain with the goals no one serves;
// the leaders write a strategic object plan of at least three years which both owners approve; the Word
// export; the year wheel of the three deliverables. After every refusal the store is checked unchanged.
import JSZip from 'jszip';
import { COLLECTIONS, type CollectionName } from '../../src/services/ports/store';
import { startTestApp, type TestApp } from '../support/testApp';
import { data } from '../../src/services/records';

let t: TestApp;
let akn: { id: string };
let fst: { id: string };
const P = { modelOwner: '', deputy: '', ownerBusiness: '', ownerIt: '', leaderIt: '', specialist: '' };

async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    if (name === 'auditLog') continue;
    out[name] = (await t.app.store[name].findAll()).map((r) => `${r.id}:${r.etag}`).sort();
  }
  return JSON.stringify(out);
}

async function refused(
  method: string,
  path: string,
  options: Parameters<TestApp['call']>[2],
  status: number,
) {
  const before = await snapshot();
  const res = await t.call(method, path, options);
  expect([res.status, typeof res.body?.error?.message]).toEqual([status, 'string']);
  expect(await snapshot()).toBe(before);
  return res.body.error.message as string;
}

beforeAll(async () => {
  t = await startTestApp();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  fst = objects.find((o) => o.code === 'FST')!;
  P.modelOwner = t.person('Erik Sjöberg');
  P.deputy = t.person('Anders Ekström');
  P.ownerBusiness = t.person('Karin Westberg');
  P.ownerIt = t.person('Mikael Borg');
  P.leaderIt = t.person('Oskar Lindell');
  P.specialist = t.person('Nils Åberg');
});
afterAll(async () => t?.stop());

async function strategicPlanDoc() {
  const docs = (await t.call('GET', '/api/steering-documents')).body as any[];
  return docs.find((d) => d.kind === 'strategicPlan');
}

describe('the goal chain', () => {
  it('holds the demo policy (12 principles in two areas) and the strategic plan (four goals with focus areas)', async () => {
    const chain = (await t.call('GET', '/api/goal-chain')).body;
    const policy = chain.documents.find((d: any) => d.kind === 'policy');
    expect(policy.areas).toHaveLength(2);
    expect(policy.areas.flatMap((a: any) => a.principles)).toHaveLength(12);
    const plan = chain.documents.find((d: any) => d.kind === 'strategicPlan');
    expect(plan.goals.map((g: any) => g.title)).toEqual([
      'It-styrning',
      'Digitalisering',
      'Verksamhetssystem',
      'It-infrastruktur',
    ]);
    for (const g of plan.goals) expect(g.focusAreas.length).toBeGreaterThan(0);
    // Every demo object serves a goal; some focus areas are served by no one and listed as such.
    expect(plan.goals.flatMap((g: any) => g.objectCodes).sort()).toEqual(
      expect.arrayContaining(['AKN', 'FST', 'KÖP', 'SAM', 'UKF', 'VSOA']),
    );
    expect(chain.unserved.map((u: any) => u.focusAreaId)).toContain('m4-f1');
    const archive = plan.goals[1].focusAreas.find((f: any) => f.id === 'm2-f1');
    expect(archive.contributors.map((c: any) => [c.objectCode, c.kind])).toContainEqual([
      'AKN',
      'objectPlanGoal',
    ]);
  });

  it('the model owner links an object plan goal to an unserved focus area, and PSG sees it served', async () => {
    const doc = await strategicPlanDoc();
    const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as any[];
    const plan = plans.sort((a, b) => b.year - a.year)[0];
    const full = (await t.call('GET', `/api/plans/${plan.id}`)).body;
    const goalId = (full.sections.goals ?? [{ id: 'g1' }])[0].id;
    const body = {
      documentId: doc.id,
      goalId: 'm4',
      focusAreaId: 'm4-f1',
      sourceKind: 'objectPlanGoal',
      sourceId: plan.id,
      sourceGoalId: goalId,
    };
    // Someone without a say in AKN nor the chain: refused before the body is looked at.
    await refused('POST', '/api/goal-links', { as: P.deputy, body: { ...body, goalId: 'NOT VALID' } }, 403);
    const msg = await refused('POST', '/api/goal-links', { as: P.deputy, body }, 403);
    expect(msg).toMatch(/modellansvarig/);
    await refused(
      'POST',
      '/api/goal-links',
      { as: P.modelOwner, body: { ...body, focusAreaId: 'm4-f9' } },
      400,
    );
    const res = await t.call('POST', '/api/goal-links', { as: P.modelOwner, body });
    expect(res.status).toBe(201);
    await refused('POST', '/api/goal-links', { as: P.modelOwner, body }, 409);
    const chain = (await t.call('GET', '/api/goal-chain')).body;
    const m4 = chain.documents.find((d: any) => d.id === doc.id).goals.find((g: any) => g.id === 'm4');
    const f1 = m4.focusAreas.find((f: any) => f.id === 'm4-f1');
    expect(f1.served).toBe(true);
    expect(f1.contributors[0]).toMatchObject({
      objectCode: 'AKN',
      kind: 'objectPlanGoal',
      linkId: res.body.id,
    });
    expect(chain.unserved.map((u: any) => u.focusAreaId)).not.toContain('m4-f1');
    // Removed again by the object's leader.
    const del = await t.call('DELETE', `/api/goal-links/${res.body.id}`, {
      as: P.leaderIt,
      ifMatch: res.body.etag,
    });
    expect(del.status).toBe(204);
  });

  it('only the model owner keeps the steering documents; new goals and focus areas get ids', async () => {
    const body = {
      kind: 'strategicPlan',
      title: 'Strategi för hållbar it',
      fromYear: 2027,
      toYear: 2030,
      goals: [{ title: 'Grön it', focusAreas: [{ title: 'Återbruk av datorer' }] }],
    };
    await refused('POST', '/api/steering-documents', { as: P.ownerBusiness, body }, 403);
    await refused(
      'POST',
      '/api/steering-documents',
      { as: P.ownerBusiness, body: { kind: 'nonsense' } },
      403,
    );
    await refused(
      'POST',
      '/api/steering-documents',
      { as: P.modelOwner, body: { ...body, fromYear: 'x' } },
      400,
    );
    const created = await t.call('POST', '/api/steering-documents', { as: P.modelOwner, body });
    expect(created.status).toBe(201);
    expect(created.body.goals[0]).toMatchObject({ id: 'm1', focusAreas: [{ id: 'm1-f1' }] });
    const patch = await t.call('PATCH', `/api/steering-documents/${created.body.id}`, {
      as: P.modelOwner,
      ifMatch: created.body.etag,
      body: { goals: [...created.body.goals, { title: 'Öppna data' }] },
    });
    expect(patch.status).toBe(200);
    expect(patch.body.goals.map((g: any) => g.id)).toEqual(['m1', 'm2']);
    await refused(
      'PATCH',
      `/api/steering-documents/${created.body.id}`,
      { as: P.modelOwner, ifMatch: created.body.etag, body: { title: 'x' } },
      409,
    );
    const del = await t.call('DELETE', `/api/steering-documents/${created.body.id}`, {
      as: P.modelOwner,
      ifMatch: patch.body.etag,
    });
    expect(del.status).toBe(204);
  });
});

describe('the strategic object plan', () => {
  it('lists the demo plan 2026–2028, approved by both owners', async () => {
    const list = (await t.call('GET', `/api/objects/${akn.id}/strategic-plans`)).body as any[];
    const p = list.find((x) => x.fromYear === 2026);
    expect(p).toMatchObject({ toYear: 2028, version: 'final', status: 'approved' });
    expect(p.approval.complete).toBe(true);
    expect(p.investmentsPerYear).toEqual([
      { year: 2026, amount: 250000 },
      { year: 2027, amount: 1200000 },
      { year: 2028, amount: 300000 },
    ]);
  });

  it('leaders write a preliminary plan of at least three years; both owners approve it; Word export', async () => {
    const doc = await strategicPlanDoc();
    const body = {
      fromYear: 2027,
      toYear: 2029,
      version: 'preliminary',
      assumptions: 'Oförändrad ram; e-arkivet ska tas i drift.',
      years: [2027, 2028, 2029].map((year) => ({
        year,
        direction: `Inriktning ${year}`,
        goals: [{ text: `Mål ${year}`, refs: [{ documentId: doc.id, goalId: 'm2', focusAreaId: 'm2-f1' }] }],
      })),
      steeringRefs: [{ documentId: doc.id, title: doc.title, level: 'local' }],
      lifecycleChanges: [{ change: 'introduce', component: 'E-arkiv', year: 2028 }],
      investments: [
        { year: 2027, description: 'Upphandling', amount: 100000 },
        { year: 2028, description: 'Införande', amount: 900000 },
      ],
    };
    await refused('POST', `/api/objects/${akn.id}/strategic-plans`, { as: P.specialist, body }, 403);
    const short = await refused(
      'POST',
      `/api/objects/${akn.id}/strategic-plans`,
      { as: P.leaderIt, body: { ...body, toYear: 2028, years: body.years.slice(0, 2) } },
      400,
    );
    expect(short).toMatch(/minst tre år/);
    await refused(
      'POST',
      `/api/objects/${akn.id}/strategic-plans`,
      { as: P.leaderIt, body: { ...body, investments: [{ year: 2031, description: 'x', amount: 1 }] } },
      400,
    );
    await refused(
      'POST',
      `/api/objects/${akn.id}/strategic-plans`,
      { as: P.leaderIt, body: { ...body, investments: [{ year: 2028, description: 'x', amount: 1.5 }] } },
      400,
    );
    const created = await t.call('POST', `/api/objects/${akn.id}/strategic-plans`, { as: P.leaderIt, body });
    expect(created.status).toBe(201);
    expect(created.body.years[0].goals[0].id).toBe('s1');
    expect(created.body.lifecycleChanges[0].id).toBe('c1');
    const id = created.body.id;

    // The new preliminary version's goals are in the chain.
    const chain = (await t.call('GET', '/api/goal-chain')).body;
    const archive = chain.documents
      .find((d: any) => d.id === doc.id)
      .goals[1].focusAreas.find((f: any) => f.id === 'm2-f1');
    expect(archive.contributors.filter((c: any) => c.sourceId === id)).toHaveLength(3);

    await refused('POST', `/api/strategic-plans/${id}/approve`, { as: P.ownerIt, body: {} }, 409);
    const submitted = await t.call('POST', `/api/strategic-plans/${id}/submit`, { as: P.leaderIt });
    expect(submitted.body.status).toBe('submitted');
    await refused(
      'PATCH',
      `/api/strategic-plans/${id}`,
      { as: P.leaderIt, ifMatch: submitted.body.etag, body: { assumptions: 'x' } },
      409,
    );
    await refused('POST', `/api/strategic-plans/${id}/approve`, { as: P.leaderIt, body: {} }, 403);
    const first = await t.call('POST', `/api/strategic-plans/${id}/approve`, {
      as: P.ownerBusiness,
      body: {},
    });
    expect(first.body.status).toBe('submitted');
    const second = await t.call('POST', `/api/strategic-plans/${id}/approve`, {
      as: P.ownerIt,
      body: { comment: 'Bra' },
    });
    expect(second.body.status).toBe('approved');
    expect(second.body.approval.complete).toBe(true);

    const res = await fetch(`${t.url}/api/strategic-plans/${id}.docx`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    expect(text).toContain('Strategisk objektplan 2027–2029');
    expect(text).toContain('Digitalisering: Kommungemensamt e-arkiv');
    expect(text).toContain('E-arkiv');
    expect(text.replace(/\u00a0/g, ' ')).toContain('1 000 000 SEK');
    expect(text).toContain('Godkänd av Mikael Borg');
  });
});

describe('the year wheel of the three deliverables', () => {
  it('shows each object with its strategic plan, object plan and objektberättelse, deadlines and late flags', async () => {
    const res = await t.call('GET', '/api/year-wheel/deliverables?year=2027');
    expect(res.status).toBe(200);
    const wheel = res.body;
    expect(wheel.year).toBe(2027);
    const row = (id: string) => wheel.objects.find((o: any) => o.objectId === id);
    const fstRow = row(fst.id);
    expect(fstRow.deliverables.map((d: any) => d.kind)).toEqual([
      'strategicPlan',
      'objectPlan',
      'objectReport',
    ]);
    const sp = fstRow.deliverables[0];
    expect(sp).toMatchObject({ state: 'draft', late: true });
    expect(sp.milestones[0]).toMatchObject({
      deliverable: 'strategicPlanPreliminary',
      due: '2026-10-31',
      late: true,
    });
    const aknSp = row(akn.id).deliverables[0];
    expect(aknSp).toMatchObject({ state: 'approved', late: false });
    // The objektberättelse for 2027 is not due yet, and none is drafted: missing.
    expect(row(akn.id).deliverables[2]).toMatchObject({
      state: 'missing',
      late: false,
      nextDue: '2028-02-28',
    });
    // 2025's is the follow-up capability's: AKN's drafted objektberättelse (demo) is a draft, late past
    // February; an object without one has it missing.
    const y2025 = (await t.call('GET', '/api/year-wheel/deliverables?year=2025')).body;
    const report2025 = (id: string) => y2025.objects.find((o: any) => o.objectId === id).deliverables[2];
    expect(report2025(akn.id)).toMatchObject({ state: 'draft', late: true, nextDue: '2026-02-28' });
    expect(report2025(fst.id)).toMatchObject({ state: 'missing', late: true });
    // Submitted to the owners, it is submitted; approved, it is met and no longer late.
    const [report] = await t.app.store.planReports.findAll({ objectId: akn.id });
    expect(report!.year).toBe(2025);
    await t.app.store.planReports.update(report!.id, { ...data(report!), status: 'approved' }, report!.etag);
    const after = (await t.call('GET', '/api/year-wheel/deliverables?year=2025')).body;
    expect(after.objects.find((o: any) => o.objectId === akn.id).deliverables[2]).toMatchObject({
      state: 'approved',
      late: false,
      nextDue: null,
    });
    await t.app.store.planReports.update(
      report!.id,
      data(report!),
      (await t.app.store.planReports.get(report!.id))!.etag,
    );
  });
});
