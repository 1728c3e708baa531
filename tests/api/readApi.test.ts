// The read contract integrations rely on, through the real HTTP server and the real node:sqlite store.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

async function aknPlan(year: number) {
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  const akn = objects.find((o) => o.code === 'AKN')!;
  const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as {
    id: string;
    year: number;
    status: string;
  }[];
  return { akn, plan: plans.find((p) => p.year === year)! };
}

describe('read API', () => {
  it('GET /api/health', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.status).toBe(200);
    // The "api-sharepoint" Jest project runs this suite with STORE=sharepoint over a fake of Graph.
    expect(res.body).toEqual({
      status: 'ok',
      store: process.env.TEST_STORE === 'sharepoint' ? 'sharepoint' : 'sqlite',
    });
  });

  it('GET /api/objects lists the structure with codes and categories', async () => {
    const res = await t.call('GET', '/api/objects');
    expect(res.status).toBe(200);
    const byCode = Object.fromEntries(
      (res.body as { code: string; category: string; name: string; id: string }[]).map((o) => [o.code, o]),
    );
    expect(Object.keys(byCode).sort()).toEqual(['AKN', 'FST', 'KÖP', 'SAM', 'UKF', 'VSOA']);
    expect(byCode['VSOA']).toMatchObject({ category: 'core', name: 'Vård, stöd, omsorg och arbetsmarknad' });
    expect(byCode['KÖP']!.category).toBe('support');
    expect(byCode['FST']!.category).toBe('technical');
    expect(typeof byCode['AKN']!.id).toBe('string');
  });

  it('GET /api/objects/{id} has products, components, roles, related objects', async () => {
    const { akn } = await aknPlan(2020);
    const res = await t.call('GET', `/api/objects/${akn.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(res.body.etag);
    const o = res.body;
    expect(o.products).toHaveLength(13);
    expect(o.products[0].name).toMatch(/publicering/);
    const w3d3 = o.components.find((c: { name: string }) => c.name === 'W3D3');
    expect(w3d3).toMatchObject({ kind: 'it', supplier: 'Formpipe' });
    expect(o.products.some((p: { componentIds: string[] }) => p.componentIds.includes(w3d3.id))).toBe(true);
    expect(o.roleAssignments.map((r: { role: string }) => r.role)).toEqual(
      expect.arrayContaining(['ownerBusiness', 'ownerIt', 'leaderBusiness', 'leaderIt']),
    );
    expect(o.roleAssignments.every((r: { personName: string }) => r.personName.length > 0)).toBe(true);
    expect(o.relatedObjects.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining(['Ekonomi och HR', 'Samhällsbyggnad']),
    );
    expect(o.forum).toMatchObject({ kind: 'osg' });
  });

  it('GET /api/objects/{id}/plans lists years with status', async () => {
    const { akn } = await aknPlan(2020);
    const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as {
      year: number;
      status: string;
    }[];
    expect(plans.map((p) => [p.year, p.status])).toEqual([
      [2027, 'preliminary'],
      [2026, 'approved'],
      [2025, 'closed'],
      [2020, 'closed'],
    ]);
  });

  it('GET /api/plans/{id}/budget reproduces AKN 2020 (seed 004 §4.3) to the krona', async () => {
    const { plan } = await aknPlan(2020);
    const res = await t.call('GET', `/api/plans/${plan.id}/budget`);
    expect(res.status).toBe(200);
    const b = res.body;
    expect(b).toMatchObject({ currency: 'SEK', hourlyRate: 655, hoursPerFte: 1700 });
    const cells = b.rows.map((r: any) => [
      r.mainActivity,
      r.business.maintain,
      r.business.develop,
      r.it.maintain,
      r.it.develop,
      r.total,
    ]);
    expect(cells).toEqual([
      ['forvaltningsstyrning', 860015, 0, 573125, 0, 1433140],
      ['anvandarstod', 2761590, 26200, 1232930, 26200, 4046920],
      ['andringshantering', 0, 3175440, 0, 4059760, 7235200],
      ['drift', 140200, 0, 6132640, 0, 6272840],
    ]);
    expect(b.totals).toEqual({
      business: { maintain: 3761805, develop: 3201640 },
      it: { maintain: 7938695, develop: 4085960 },
      total: 18988100,
    });
    expect(b.rows[0].hours).toEqual({
      business: { maintain: 1313, develop: 0 },
      it: { maintain: 875, develop: 0 },
    });
    expect(b.fte.total).toBeCloseTo(16172 / 1700, 10);
  });

  it('GET /api/portfolio summarises every object for a year', async () => {
    const res = await t.call('GET', '/api/portfolio?year=2027');
    expect(res.status).toBe(200);
    expect(res.body.year).toBe(2027);
    expect(res.body.objects).toHaveLength(6);
    const ukf = res.body.objects.find((o: any) => o.object.code === 'UKF');
    expect(ukf.plan.status).toBe('draft');
    expect(ukf.late).toBe(true); // preliminary was due 2026-06-30
    const sum = res.body.objects.reduce((s: number, o: any) => s + (o.budget?.totals.total ?? 0), 0);
    expect(res.body.totals.total).toBe(sum);
    expect(res.body.escalations.length).toBeGreaterThan(0);
    expect(res.body.escalations.every((e: any) => e.escalationLevel === 'psg')).toBe(true);
  });

  it('GET /api/objects/{id}/contracts are sorted by end date with notice state', async () => {
    const { akn } = await aknPlan(2020);
    const res = await t.call('GET', `/api/objects/${akn.id}/contracts`);
    const ends = res.body.map((c: any) => c.endDate);
    expect([...ends].sort()).toEqual(ends);
    expect(res.body.some((c: any) => c.state === 'withinNotice')).toBe(true);
    expect(res.body.every((c: any) => typeof c.componentName === 'string' && c.noticeDate)).toBe(true);
  });

  it('forums derive their members from roles', async () => {
    const forums = (await t.call('GET', '/api/forums')).body as { id: string; kind: string }[];
    expect(forums.filter((f) => f.kind === 'osg')).toHaveLength(6);
    const psg = forums.find((f) => f.kind === 'psg')!;
    const res = await t.call('GET', `/api/forums/${psg.id}`);
    expect(res.body.chairs).toEqual([t.person('Anders Ekström')]);
    expect(res.body.conveners).toEqual([t.person('Sofia Lundgren')]);
    expect(res.body.participants.length).toBe(3 + 12 + 1); // chair, convener, IT chief, 12 owners, adjunct
  });

  it('the decisions register has the approvals of the demo plans', async () => {
    const res = await t.call('GET', '/api/decisions');
    expect(res.status).toBe(200);
    expect(res.body.some((d: any) => d.title === 'Objektplan AKN 2020 godkänns')).toBe(true);
  });

  it('/api/openapi.json documents every route with request schemas', async () => {
    const res = await t.call('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(Object.keys(res.body.paths)).toEqual(
      expect.arrayContaining(['/api/objects', '/api/plans/{id}/budget', '/api/portfolio']),
    );
    const patchLine = res.body.paths['/api/budget-lines/{id}'].patch;
    const bodyRef: string = patchLine.requestBody.content['application/json'].schema.$ref;
    const bodySchema = res.body.components.schemas[bodyRef.replace('#/components/schemas/', '')];
    expect(bodySchema.properties.business).toBeDefined();
    expect(patchLine.parameters.find((p: any) => p.name === 'If-Match').required).toBe(true);
  });

  it('unknown routes and ids answer 404 in Swedish, or English on request', async () => {
    const r1 = await t.call('GET', '/api/nothing-here');
    expect(r1.status).toBe(404);
    const r2 = await t.call('GET', '/api/objects/nope');
    expect(r2.status).toBe(404);
    expect(r2.body.error.message).toBe('Hittade inte objekt med id nope.');
    const r3 = await t.call('GET', '/api/plans/nope', { headers: { 'Accept-Language': 'en-US' } });
    expect(r3.body.error.message).toBe('No objektplan with id nope.');
  });
});
