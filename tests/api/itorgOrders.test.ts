// Issue 17 points 3–6 through the HTTP API (both stores: the api-sharepoint project reruns this file):
// the service catalogue, the HUKI matrix with its one-H rule, an order from need to acceptance with the
// owners' approval above the threshold (each refusal by role, the store unchanged after it), and the
// project portfolio with its monthly status report.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let akn: { id: string };

const as = (name: string) => t.person(name);
const REQUESTER = 'Petra Nyström'; // AKN leaderBusiness: the department's orderer
const ORDERER_FUNCTION = 'Camilla Strand'; // head of digitalisation: acts as the orderer function
const OWNER_BUSINESS = 'Karin Westberg';
const OWNER_IT = 'Mikael Borg';
const PERFORMER = 'Sara Engström'; // AKN specialistIt
const OUTSIDER = 'Annika Forsberg'; // owner of VSOA, no role in AKN

async function orderState(id: string) {
  const order = await t.app.store.orders.get(id);
  return `${order!.state}:${order!.etag}`;
}

/** A refusal by role: 403 with the rule in Swedish, and the order exactly as it was. */
async function refused(id: string, step: string, who: string, body: unknown, rule: RegExp) {
  const before = await orderState(id);
  const res = await t.call('POST', `/api/orders/${id}/${step}`, { as: as(who), body });
  expect([res.status, res.body.error.code]).toEqual([403, 'forbidden']);
  expect(res.body.error.message).toMatch(rule);
  expect(await orderState(id)).toBe(before);
}

beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_WRITES_PER_MINUTE: '0' } });
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
});
afterAll(async () => {
  await t.stop();
});

describe('the service catalogue', () => {
  it('lists about ten services with service level, price model, contact, systems and ordering objects', async () => {
    const res = await t.call('GET', '/api/services');
    expect(res.status).toBe(200);
    expect(res.body.length).toBeGreaterThanOrEqual(8);
    const drift = res.body.find((s: any) => s.name === 'Drift av verksamhetssystem');
    expect(drift.serviceLevel).toMatch(/\S/);
    expect(drift.priceModel).toMatch(/\S/);
    expect(drift.systems.length).toBeGreaterThan(0);
    expect(drift.objects.map((o: any) => o.code)).toContain('AKN');
  });

  it('is kept by the orderer function; an object orders a service through its owners', async () => {
    const refused = await t.call('POST', '/api/services', { as: as(OWNER_BUSINESS), body: { name: 'Ny' } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/beställarfunktionen/);
    const created = await t.call('POST', '/api/services', {
      as: as(ORDERER_FUNCTION),
      body: { name: 'Utskrift', serviceLevel: 'Vardagar', priceModel: 'Per sida' },
    });
    expect(created.status).toBe(201);
    const ordered = await t.call('POST', `/api/objects/${akn.id}/service-orders`, {
      as: as(OWNER_BUSINESS),
      body: { serviceId: created.body.id, ordered: true },
    });
    expect([ordered.status, ordered.body.objectIds]).toEqual([200, [akn.id]]);
    const notTheirs = await t.call('POST', `/api/objects/${akn.id}/service-orders`, {
      as: as(OUTSIDER),
      body: { serviceId: created.body.id, ordered: false },
    });
    expect(notTheirs.status).toBe(403);
  });
});

describe('the HUKI matrix', () => {
  it('answers roles × activities, each activity with exactly one H', async () => {
    const res = await t.call('GET', '/api/huki');
    expect(res.status).toBe(200);
    expect(res.body.roles.length).toBeGreaterThanOrEqual(4);
    for (const a of res.body.activities)
      expect(Object.values(a.cells).filter((l) => l === 'H')).toHaveLength(1);
  });

  it('per object resolves the roles to the names of the people holding them', async () => {
    const res = await t.call('GET', `/api/huki?objectId=${akn.id}`);
    const owner = res.body.roles.find((r: any) => r.binding?.role === 'ownerBusiness');
    expect(owner.people).toEqual([OWNER_BUSINESS]);
  });

  it('refuses an activity with two H, and one with none, in Swedish; nothing is written', async () => {
    const { roles } = (await t.call('GET', '/api/huki')).body;
    const before = (await t.app.store.hukiActivities.findAll()).length;
    const two = await t.call('POST', '/api/huki-activities', {
      as: as('Erik Sjöberg'),
      body: { name: 'Dubbelt ansvar', cells: { [roles[0].id]: 'H', [roles[1].id]: 'H' } },
    });
    expect(two.status).toBe(400);
    expect(two.body.error.message).toMatch(/exakt en huvudansvarig \(H\)/);
    expect(two.body.error.message).toContain(roles[0].name);
    const none = await t.call('POST', '/api/huki-activities', {
      as: as('Erik Sjöberg'),
      body: { name: 'Inget ansvar', cells: { [roles[0].id]: 'U' } },
    });
    expect(none.status).toBe(400);
    expect((await t.app.store.hukiActivities.findAll()).length).toBe(before);
    // An existing activity changed to two H is refused the same way.
    const activity = (await t.call('GET', '/api/huki')).body.activities[0];
    const h = Object.keys(activity.cells).find((k) => activity.cells[k] === 'H')!;
    const other = roles.find((r: any) => r.id !== h).id;
    const patch = await t.call('PATCH', `/api/huki-activities/${activity.id}`, {
      as: as('Erik Sjöberg'),
      ifMatch: activity.etag,
      body: { cells: { ...activity.cells, [other]: 'H' } },
    });
    expect(patch.status).toBe(400);
  });

  it('is edited by the model owner only; a role that is H somewhere cannot be removed', async () => {
    const denied = await t.call('POST', '/api/huki-roles', { as: as(OWNER_BUSINESS), body: { name: 'X' } });
    expect(denied.status).toBe(403);
    const role = await t.call('POST', '/api/huki-roles', {
      as: as('Erik Sjöberg'),
      body: { name: 'Arkitekt' },
    });
    expect(role.status).toBe(201);
    const activity = await t.call('POST', '/api/huki-activities', {
      as: as('Erik Sjöberg'),
      body: { name: 'Arkitekturgranskning', cells: { [role.body.id]: 'H' } },
    });
    expect(activity.status).toBe(201);
    const gone = await t.call('DELETE', `/api/huki-roles/${role.body.id}`, {
      as: as('Erik Sjöberg'),
      ifMatch: role.body.etag,
    });
    expect(gone.status).toBe(409);
    expect(gone.body.error.message).toContain('Arkitekturgranskning');
  });

  it('comes as a Word document', async () => {
    const res = await t.call('GET', `/api/huki/document.docx?objectId=${akn.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/wordprocessingml/);
  });
});

describe('an order from need to acceptance, approved by both owners above the threshold', () => {
  let id: string;

  it('a department registers the need; someone without a role in the object may not', async () => {
    const outsider = await t.call('POST', `/api/objects/${akn.id}/orders`, {
      as: as(OUTSIDER),
      body: { title: 'Inte mitt objekt' },
    });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toMatch(/roll i objektet/);
    const res = await t.call('POST', `/api/objects/${akn.id}/orders`, {
      as: as(REQUESTER),
      body: { kind: 'change', changeCategory: 'normal', title: 'Ny mötesmodul', need: 'Digitala kallelser.' },
    });
    expect(res.status).toBe(201);
    expect(res.body.state).toBe('need');
    id = res.body.id;
    expect((await t.call('GET', '/api/orders?state=need')).body.map((o: any) => o.id)).toContain(id);
  });

  it('only the orderer function assesses; above the threshold it goes to the owners', async () => {
    const performer = t.person(PERFORMER);
    const body = { size: 'large', cost: 250_000, risk: 'medium', performerPersonId: performer };
    await refused(id, 'assess', PERFORMER, body, /beställarfunktionen/);
    await refused(id, 'assess', OWNER_BUSINESS, body, /beställarfunktionen/);
    const res = await t.call('POST', `/api/orders/${id}/assess`, { as: as(ORDERER_FUNCTION), body });
    expect(res.status).toBe(200);
    expect(res.body.state).toBe('awaitingApproval');
    const again = await t.call('POST', `/api/orders/${id}/assess`, { as: as(ORDERER_FUNCTION), body });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/objektägarna för godkännande/);
  });

  it("only the object's owners approve, each once; it waits for both", async () => {
    await refused(id, 'approve', ORDERER_FUNCTION, {}, /objektägare/);
    await refused(id, 'approve', REQUESTER, {}, /objektägare/);
    await refused(id, 'approve', OUTSIDER, {}, /objektägare/);
    const first = await t.call('POST', `/api/orders/${id}/approve`, { as: as(OWNER_BUSINESS), body: {} });
    expect([first.status, first.body.state]).toEqual([200, 'awaitingApproval']);
    const twice = await t.call('POST', `/api/orders/${id}/approve`, { as: as(OWNER_BUSINESS), body: {} });
    expect(twice.status).toBe(409);
    const second = await t.call('POST', `/api/orders/${id}/approve`, {
      as: as(OWNER_IT),
      body: { comment: 'Ok inom ramen.' },
    });
    expect([second.status, second.body.state]).toEqual([200, 'ordered']);
    expect(second.body.approvals.map((a: any) => a.role).sort()).toEqual(['ownerBusiness', 'ownerIt']);
  });

  it('the performer estimates and delivers; others may not', async () => {
    const estimate = { hours: 120, cost: 78_600, readyBy: '2027-03-01' };
    await refused(id, 'estimate', OWNER_BUSINESS, estimate, /utföraren/);
    await refused(id, 'estimate', REQUESTER, estimate, /utföraren/);
    const est = await t.call('POST', `/api/orders/${id}/estimate`, { as: as(PERFORMER), body: estimate });
    expect([est.status, est.body.state]).toEqual([200, 'estimated']);
    await refused(id, 'deliver', ORDERER_FUNCTION, { note: '' }, /utföraren/);
    const del = await t.call('POST', `/api/orders/${id}/deliver`, {
      as: as(PERFORMER),
      body: { note: 'Klart i produktion.' },
    });
    expect([del.status, del.body.state]).toEqual([200, 'awaitingAcceptance']);
  });

  it('the orderer accepts the delivery; the performer may not accept their own', async () => {
    await refused(id, 'accept', PERFORMER, { accepted: true }, /den som beställde/);
    const res = await t.call('POST', `/api/orders/${id}/accept`, {
      as: as(REQUESTER),
      body: { accepted: true, comment: 'Fungerar.' },
    });
    expect([res.status, res.body.state]).toEqual([200, 'accepted']);
    expect(res.body.history.map((h: any) => h.state)).toEqual([
      'need',
      'awaitingApproval',
      'ordered',
      'estimated',
      'awaitingAcceptance',
      'accepted',
    ]);
    expect((await t.call('GET', '/api/orders?state=accepted')).body.map((o: any) => o.id)).toContain(id);
  });

  it('below the threshold the order goes straight to the performer', async () => {
    const created = await t.call('POST', `/api/objects/${akn.id}/orders`, {
      as: as(REQUESTER),
      body: { title: 'Ny behörighet' },
    });
    const res = await t.call('POST', `/api/orders/${created.body.id}/assess`, {
      as: as(ORDERER_FUNCTION),
      body: { size: 'small', cost: 2_000, risk: 'low', performerPersonId: t.person(PERFORMER) },
    });
    expect([res.status, res.body.state]).toEqual([200, 'ordered']);
  });

  it('a rejection by one owner closes the order', async () => {
    const created = await t.call('POST', `/api/objects/${akn.id}/orders`, {
      as: as(REQUESTER),
      body: { title: 'Dyr önskan' },
    });
    await t.call('POST', `/api/orders/${created.body.id}/assess`, {
      as: as(ORDERER_FUNCTION),
      body: { size: 'large', cost: 900_000, risk: 'high', performerPersonId: t.person(PERFORMER) },
    });
    const res = await t.call('POST', `/api/orders/${created.body.id}/reject`, {
      as: as(OWNER_IT),
      body: { comment: 'Ryms inte i budgeten.' },
    });
    expect([res.status, res.body.state]).toEqual([200, 'rejected']);
  });
});

describe('the project portfolio', () => {
  it('lists five demo projects on one timeline with the latest status and the systems they depend on', async () => {
    const res = await t.call('GET', '/api/projects');
    expect(res.status).toBe(200);
    expect(res.body.length).toBe(5);
    const starts = res.body.map((p: any) => p.start);
    expect([...starts].sort()).toEqual(starts);
    const platform = res.body.find((p: any) => p.name === 'Gemensam integrationsplattform');
    expect(platform.latest.status).toBe('red');
    expect(platform.objects.length).toBeGreaterThan(1);
    expect(platform.systems.length).toBeGreaterThan(0);
    expect(platform.remainder).toBe(platform.budget - platform.outcome);
  });

  it("the month's report replaces an earlier one for that month; the manager or the orderer function gives it", async () => {
    const project = (await t.call('GET', '/api/projects')).body[0];
    const denied = await t.call('POST', `/api/projects/${project.id}/reports`, {
      as: as(OUTSIDER),
      body: { month: '2026-12', status: 'amber', comment: 'x' },
    });
    expect(denied.status).toBe(403);
    for (const status of ['amber', 'green']) {
      const res = await t.call('POST', `/api/projects/${project.id}/reports`, {
        as: as(ORDERER_FUNCTION),
        body: { month: '2026-12', status, comment: 'Läget i december.' },
      });
      expect(res.status).toBe(200);
    }
    const after = (await t.call('GET', '/api/projects')).body.find((p: any) => p.id === project.id);
    expect(after.reports.filter((r: any) => r.month === '2026-12')).toHaveLength(1);
    expect(after.latest.status).toBe('green');
  });
});

describe("an object's own threshold for the owners' approval (ADR 0029)", () => {
  const aknNow = async () => (await t.call('GET', `/api/objects/${akn.id}`)).body;
  const put = (who: string, body: unknown, ifMatch?: string) =>
    t.call('PUT', `/api/objects/${akn.id}/order-threshold`, {
      as: as(who),
      body,
      ...(ifMatch ? { ifMatch } : {}),
    });
  const assess = (orderId: string, cost: number) =>
    t.call('POST', `/api/orders/${orderId}/assess`, {
      as: as(ORDERER_FUNCTION),
      body: { size: 'medium', cost, risk: 'low', performerPersonId: t.person(PERFORMER) },
    });
  const need = async (title: string) =>
    (await t.call('POST', `/api/objects/${akn.id}/orders`, { as: as(REQUESTER), body: { title } })).body;

  it('is set by the owners or the model owner; everyone else is refused in Swedish and nothing moves', async () => {
    const before = await aknNow();
    for (const who of [REQUESTER, ORDERER_FUNCTION, PERFORMER, OUTSIDER]) {
      const res = await put(who, { threshold: 300_000 }, before.etag);
      expect([who, res.status]).toEqual([who, 403]);
      expect(res.body.error.message).toMatch(/objektägare eller av modellansvarig/);
    }
    expect((await aknNow()).etag).toBe(before.etag);
    const stale = await put(OWNER_IT, { threshold: 300_000 }, '"stale"');
    expect(stale.status).toBe(409);
    const bad = await put(OWNER_IT, { threshold: -5 }, before.etag);
    expect(bad.status).toBe(400);
    const res = await put(OWNER_IT, { threshold: 300_000 }, before.etag);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ objectId: akn.id, threshold: 300_000, own: true });
    expect((await aknNow()).orderApprovalThreshold).toBe(300_000);
  });

  it("the order flow weighs new orders against the object's threshold; orders under way keep theirs", async () => {
    const below = await need('Under objektets gräns');
    expect(below.approvalThreshold).toBe(300_000);
    expect((await assess(below.id, 250_000)).body.state).toBe('ordered');
    const above = await need('Över objektets gräns');
    expect((await assess(above.id, 350_000)).body.state).toBe('awaitingApproval');
    // Registered under 300 000; the model owner returns AKN to the default: the order keeps 300 000.
    const underWay = await need('Registrerad före ändringen');
    const reset = await put('Erik Sjöberg', { threshold: null }, (await aknNow()).etag);
    expect(reset.body).toMatchObject({ threshold: 100_000, own: false });
    expect((await aknNow()).orderApprovalThreshold).toBeUndefined();
    expect((await assess(underWay.id, 250_000)).body.state).toBe('ordered');
    const after = await need('Efter ändringen');
    expect(after.approvalThreshold).toBe(100_000);
    expect((await assess(after.id, 250_000)).body.state).toBe('awaitingApproval');
  });
});

describe("a project's budget against the outcome of its object plan (issue 16)", () => {
  it("the demo's e-commerce project carries the outcome of two delmål of AKN's plan 2025", async () => {
    const res = await t.call('GET', '/api/projects');
    const shop = res.body.find((p: any) => p.name === 'E-handel för hela kommunen');
    expect(shop.outcomeSource).toBe('plan');
    expect(shop.linkedOutcome.year).toBe(2025);
    expect(shop.linkedOutcome.through).toBe('2025-12');
    expect(shop.linkedOutcome.lines).toHaveLength(2);
    expect(shop.linkedOutcome.actual).toBeGreaterThan(0);
    expect(shop.actualOutcome).toBe(shop.linkedOutcome.actual);
    expect(shop.remainder).toBeCloseTo(shop.budget - shop.linkedOutcome.actual, 2);
    // The plan's own report agrees: the lines' outcome is part of it, never more.
    const plan = (await t.call('GET', `/api/plans/${shop.linkedOutcome.planId}/outcome`)).body;
    expect(shop.linkedOutcome.actual).toBeLessThanOrEqual(plan.totals.actual);
    const unlinked = res.body.find((p: any) => p.name === 'Gemensam integrationsplattform');
    expect([unlinked.outcomeSource, unlinked.actualOutcome]).toEqual(['manual', unlinked.outcome]);
  });

  it('is linked by the orderer function to a plan of one of its objects, and lines of that plan', async () => {
    const project = (await t.call('GET', '/api/projects')).body.find(
      (p: any) => p.name === 'Gemensam integrationsplattform',
    );
    const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as any[];
    const aknPlan = plans.find((p) => p.year === 2025);
    const notTheirs = await t.call('PATCH', `/api/projects/${project.id}`, {
      as: as(ORDERER_FUNCTION),
      ifMatch: project.etag,
      body: { planId: aknPlan.id },
    });
    // The platform project is FST's with KÖP, VSOA and SAM: AKN's plan is none of theirs.
    expect(notTheirs.status).toBe(400);
    expect(notTheirs.body.error.message).toMatch(/hör inte till något av projektets objekt/);
    const linesWithoutPlan = await t.call('PATCH', `/api/projects/${project.id}`, {
      as: as(ORDERER_FUNCTION),
      ifMatch: project.etag,
      body: { budgetLineIds: ['x'] },
    });
    expect(linesWithoutPlan.status).toBe(400);
    const created = await t.call('POST', '/api/projects', {
      as: as(ORDERER_FUNCTION),
      body: {
        name: 'Hela AKN 2025',
        objectId: akn.id,
        start: '2025-01-01',
        end: '2025-12-31',
        budget: 100,
        planId: aknPlan.id,
      },
    });
    expect(created.status).toBe(201);
    const listed = (await t.call('GET', '/api/projects')).body.find((p: any) => p.id === created.body.id);
    const report = (await t.call('GET', `/api/plans/${aknPlan.id}/outcome`)).body;
    // No lines named: the whole plan's outcome.
    expect(listed.linkedOutcome.actual).toBeCloseTo(report.totals.actual, 2);
    expect(listed.linkedOutcome.planned).toBe(report.totals.planned);
    await t.call('DELETE', `/api/projects/${created.body.id}`, {
      as: as(ORDERER_FUNCTION),
      ifMatch: created.body.etag,
    });
  });
});
