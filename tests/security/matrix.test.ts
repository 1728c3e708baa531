// Role × action: who may make each write. Every write route of the route table is refused to nobody
// (401) and to a person without roles (403, with the reason in words), and the store does not move;
// for the writes below, each role's outcome is spelled out — allowed (2xx) or refused (403).
import { apiRoutes } from '../../src/adapters/http/routes';
import { COMPONENT_KINDS, LIFECYCLE_STATES } from '../../src/domain/model';
import { COLLECTIONS, type CollectionName } from '../../src/services/ports/store';
import { APPROVAL_VERBS } from '../../src/adapters/bot/cards/approvalCard';
import { ESCALATION_VERBS } from '../../src/adapters/bot/cards/escalationCard';
import { ORDER_VERBS } from '../../src/adapters/bot/cards/orderCard';
import { cardAction, type ChannelContext, type Speaker } from '../support/activities';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let roleless: string;

async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    if (name === 'auditLog') continue;
    out[name] = (await t.app.store[name].findAll()).map((r) => `${r.id}:${r.etag}`).sort();
  }
  return JSON.stringify(out);
}

/** A real id for each kind of path parameter, so refusals are about the person, not a missing record. */
async function fill(path: string): Promise<string> {
  const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const firstOf = async (c: CollectionName) => (await t.app.store[c].findAll())[0]?.id ?? 'finns-inte';
  const bySegment: Record<string, () => Promise<string>> = {
    objects: async () => akn.id,
    products: async () => (await t.app.store.products.findAll({ objectId: akn.id }))[0]!.id,
    components: async () => (await t.app.store.components.findAll({ ownerObjectId: akn.id }))[0]!.id,
    'related-objects': async () =>
      (await t.app.store.relatedObjects.findAll({ objectId: akn.id }))[0]?.id ??
      (await firstOf('relatedObjects')),
    contracts: async () => (await t.app.store.contracts.findAll({ objectId: akn.id }))[0]!.id,
    people: () => firstOf('people'),
    'role-assignments': () => firstOf('roleAssignments'),
    plans: async () =>
      (await t.app.store.plans.findAll({ objectId: akn.id })).find((p) => p.year === 2027)!.id,
    'budget-lines': async () => {
      const plan = (await t.app.store.plans.findAll({ objectId: akn.id })).find((p) => p.year === 2027)!;
      return (await t.app.store.budgetLines.findAll({ planId: plan.id }))[0]!.id;
    },
    // One that can still be lifted, so that escalating it is a question of who asks.
    initiatives: async () => {
      const all = await t.app.store.initiatives.findAll({ objectId: akn.id });
      return (all.find((i) => i.escalationLevel === 'leaders' && i.status === 'proposed') ?? all[0]!).id;
    },
    forums: () => firstOf('forums'),
    meetings: () => firstOf('meetings'),
    'steering-documents': () => firstOf('steeringDocuments'),
    'goal-links': async () => (await t.app.store.goalLinks.findAll({ objectId: akn.id }))[0]!.id,
    // AKN's approved strategic object plan 2026–2028.
    'strategic-plans': async () =>
      (await t.app.store.strategicPlans.findAll({ objectId: akn.id })).find((p) => p.status === 'approved')!
        .id,
    // Issue 17: AKN's order waiting for the owners (performer: the AKN IT specialist), AKN's project
    // (manager: the AKN IT leader).
    services: () => firstOf('itServices'),
    'huki-roles': () => firstOf('hukiRoles'),
    'huki-activities': () => firstOf('hukiActivities'),
    orders: async () =>
      (await t.app.store.orders.findAll({ objectId: akn.id })).find((o) => o.state === 'awaitingApproval')!
        .id,
    projects: async () => (await t.app.store.projects.findAll({ objectId: akn.id }))[0]!.id,
    // The register (issue 17): an AKN system, and an integration from one to another object's (KÖP's).
    systems: async () => (await t.app.store.components.findAll({ ownerObjectId: akn.id, kind: 'it' }))[0]!.id,
    integrations: async () => {
      const aknSystems = new Set(
        (await t.app.store.components.findAll({ ownerObjectId: akn.id, kind: 'it' })).map((c) => c.id),
      );
      return (await t.app.store.integrations.findAll()).find((i) => aknSystems.has(i.fromSystemId))!.id;
    },
    // The demo's follow-up of AKN 2025 (issue 16): its outcome rows and its (noted) August follow-up.
    'outcome-entries': () => firstOf('outcomeEntries'),
    'follow-ups': () => firstOf('interimFollowUps'),
  };
  let out = path;
  if (out.includes('{id}')) out = out.replace('{id}', await bySegment[out.split('/')[2]!]!());
  if (out.includes('{period}')) out = out.replace('{period}', 'august');
  if (out.includes('{componentId}'))
    out = out.replace('{componentId}', (await t.app.store.productComponents.findAll())[0]!.componentId);
  return out;
}

async function etagOf(path: string): Promise<string | undefined> {
  const [, , segment, id] = path.split('/');
  const collection = {
    objects: 'objects',
    products: 'products',
    components: 'components',
    'related-objects': 'relatedObjects',
    contracts: 'contracts',
    people: 'people',
    'role-assignments': 'roleAssignments',
    plans: 'plans',
    'budget-lines': 'budgetLines',
    initiatives: 'initiatives',
    meetings: 'meetings',
    forums: 'forums',
    'steering-documents': 'steeringDocuments',
    'goal-links': 'goalLinks',
    'strategic-plans': 'strategicPlans',
    services: 'itServices',
    'huki-roles': 'hukiRoles',
    'huki-activities': 'hukiActivities',
    orders: 'orders',
    projects: 'projects',
    systems: 'components',
    integrations: 'integrations',
    'outcome-entries': 'outcomeEntries',
  }[segment!] as CollectionName | undefined;
  if (!collection || !id) return undefined;
  return (await t.app.store[collection].get(id))?.etag;
}

async function validBodies(): Promise<Record<string, unknown>> {
  const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const component = (await t.app.store.components.findAll({ ownerObjectId: akn.id, kind: 'it' }))[0]!;
  return {
    'POST /api/contracts': {
      componentId: component.id,
      supplier: 'Leverantör AB',
      title: 'Avtal',
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      noticePeriodMonths: 6,
    },
    'POST /api/role-assignments': { personId: roleless, role: 'specialistIt', objectId: akn.id },
    'POST /api/plans/{id}/reject': { comment: 'Inte så här.' },
    'POST /api/initiatives/{id}/escalate': { reason: 'Behöver beslut.' },
    'POST /api/initiatives/{id}/decide': { outcome: 'prioritised' },
    'POST /api/channel-bindings': { channelId: '19:kanal@thread.tacv2', objectId: akn.id },
    'POST /api/goal-links': await goalLinkBody('m1-f99'),
    'POST /api/integrations': {
      fromSystemId: component.id,
      toSystemId: (await t.app.store.components.findAll({ kind: 'it' })).find((c) => c.id !== component.id)!
        .id,
      information: 'Uppgifter',
      method: 'file',
      frequency: 'daily',
    },
  };
}

/** A link of AKN's latest plan's first goal to a focus area of the demo strategic plan (m1-f99: none such). */
async function goalLinkBody(focusAreaId: string) {
  const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const plan = (await t.app.store.plans.findAll({ objectId: akn.id })).sort((a, b) => b.year - a.year)[0]!;
  const doc = (await t.app.store.steeringDocuments.findAll({ kind: 'strategicPlan' }))[0]!;
  return {
    documentId: doc.id,
    goalId: 'm1',
    focusAreaId,
    sourceKind: 'objectPlanGoal',
    sourceId: plan.id,
    sourceGoalId: (plan.sections.goals ?? [{ id: 'g1' }])[0]!.id,
  };
}

beforeAll(async () => {
  t = await startTestApp({
    env: { RATE_LIMIT_WRITES_PER_MINUTE: '0', BOT_SERVICE_URLS: 'http://127.0.0.1:9' },
    bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000, baseDelayMs: 1000 } },
  });
  roleless = (
    await t.app.store.people.create({ displayName: 'Utan Roll', email: 'utan.roll@example.se', title: '' })
  ).id;
});
afterAll(async () => {
  await t.stop();
});

const writeRoutes = apiRoutes({} as never, { storeKind: 'sqlite', authMode: 'demo' }).filter(
  (r) => r.method !== 'get',
);

/** Every route that has a per-role case below ("METHOD /path"), filled as the suites are collected. */
const PER_ROLE = new Set<string>();
const covers = (names: string[]) => names.forEach((n) => PER_ROLE.add(n.split(' ').slice(0, 2).join(' ')));

it('every write route of the route table has a per-role case', () => {
  const missing = writeRoutes
    .map((r) => `${r.method.toUpperCase()} ${r.path}`)
    .filter((n) => !PER_ROLE.has(n));
  expect(missing).toEqual([]);
});

describe('every write: nobody → 401, a person without roles → 403, nothing changes', () => {
  it.each(writeRoutes.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r.method, r.path] as const))(
    '%s',
    async (_name, method, pathTemplate) => {
      const path = await fill(pathTemplate);
      const ifMatch = await etagOf(path);
      const before = await snapshot();
      const route = writeRoutes.find((r) => r.path === pathTemplate && r.method === method)!;
      // Where the permission depends on what the body names (which object, which role), a valid body;
      // elsewhere {} — refused for the person before it is validated.
      const body =
        (await validBodies())[`${method.toUpperCase()} ${pathTemplate}`] ?? (route.body ? {} : undefined);
      const anonymous = await t.call(method.toUpperCase(), path, { body, ...(ifMatch ? { ifMatch } : {}) });
      expect([anonymous.status, anonymous.body?.error?.code]).toEqual([401, 'unauthenticated']);
      const refused = await t.call(method.toUpperCase(), path, {
        as: roleless,
        body,
        ...(ifMatch ? { ifMatch } : {}),
      });
      expect([refused.status, refused.body?.error?.code]).toEqual([403, 'forbidden']);
      expect(refused.body.error.message).toMatch(/\S/);
      expect(await snapshot()).toBe(before);
    },
  );
});

// Each role's outcome per write. "allow" means the request gets past authorization: with a body the
// route refuses (probe 'body') that is a 400, with a stale eTag (probe 'etag'; PATCHes send an empty,
// valid change) a 409 — so the matrix runs without changing anything; "deny" is a 403 with the reason.
type Role = 'specialist' | 'leader' | 'owner' | 'otherOwner' | 'modelOwner' | 'admin';
const PEOPLE: Record<Role, string> = {
  specialist: 'Sara Engström', // AKN specialistIt
  leader: 'Oskar Lindell', // AKN leaderIt
  owner: 'Karin Westberg', // AKN ownerBusiness, an approver of AKN's plan
  otherOwner: 'Annika Forsberg', // owner of another object
  modelOwner: 'Erik Sjöberg',
  admin: 'Lena Holm',
};
const ROLES = Object.keys(PEOPLE) as Role[];
const STRUCTURE: Role[] = ['modelOwner', 'admin'];
const CONTENT: Role[] = ['owner', 'leader', 'admin'];
const PLAN: Role[] = ['owner', 'leader'];

const MATRIX: [route: string, probe: 'body' | 'etag', allowed: Role[]][] = [
  ['POST /api/objects', 'body', STRUCTURE],
  ['PATCH /api/objects/{id}', 'etag', ['owner', 'modelOwner', 'admin']],
  ['DELETE /api/objects/{id}', 'etag', STRUCTURE],
  ['POST /api/objects/{id}/products', 'body', CONTENT],
  ['PATCH /api/products/{id}', 'etag', CONTENT],
  ['DELETE /api/products/{id}', 'etag', CONTENT],
  ['POST /api/objects/{id}/components', 'body', CONTENT],
  ['PATCH /api/components/{id}', 'etag', CONTENT],
  ['PATCH /api/contracts/{id}', 'etag', CONTENT],
  ['DELETE /api/contracts/{id}', 'etag', CONTENT],
  ['POST /api/objects/{id}/related-objects', 'body', CONTENT],
  ['PATCH /api/related-objects/{id}', 'etag', CONTENT],
  ['DELETE /api/related-objects/{id}', 'etag', CONTENT],
  ['DELETE /api/components/{id}', 'etag', CONTENT],
  ['POST /api/products/{id}/components', 'body', CONTENT],
  ['POST /api/people', 'body', ['admin']],
  ['PATCH /api/people/{id}', 'etag', ['admin']],
  ['DELETE /api/people/{id}', 'etag', ['admin']],
  ['POST /api/objects/{id}/plans', 'body', PLAN],
  ['PATCH /api/plans/{id}', 'etag', PLAN],
  ['POST /api/plans/{id}/budget-lines', 'body', PLAN],
  ['PATCH /api/budget-lines/{id}', 'etag', PLAN],
  ['DELETE /api/budget-lines/{id}', 'etag', PLAN],
  ['POST /api/plans/{id}/budget-lines/order', 'body', PLAN],
  ['DELETE /api/plans/{id}', 'etag', ['owner']],
  ['POST /api/objects/{id}/initiatives', 'body', ['specialist', 'leader', 'owner', 'admin']],
  ['PATCH /api/initiatives/{id}', 'etag', PLAN],
  ['DELETE /api/initiatives/{id}', 'etag', PLAN],
  // The goal chain (issue 16): the model owner keeps the steering documents; the object's leaders and
  // owners write its strategic plan; links are the object's leaders' and owners', and the model owner's.
  ['POST /api/steering-documents', 'body', STRUCTURE],
  ['PATCH /api/steering-documents/{id}', 'etag', STRUCTURE],
  ['DELETE /api/steering-documents/{id}', 'etag', STRUCTURE],
  ['DELETE /api/goal-links/{id}', 'etag', ['leader', 'owner', 'modelOwner']],
  ['POST /api/objects/{id}/strategic-plans', 'body', PLAN],
  ['PATCH /api/strategic-plans/{id}', 'etag', PLAN],
  ['DELETE /api/strategic-plans/{id}', 'etag', PLAN],
  // The system register (issue 17): the systemägare (here the object's business owner, as pm3 maps it),
  // the object's owners and the model owner; an import and a new integration are open to anyone who keeps
  // some part of the register (any object's owner) until the body says which systems.
  ['PATCH /api/systems/{id}', 'etag', ['owner', 'modelOwner']],
  ['POST /api/systems/import', 'body', ['owner', 'otherOwner', 'modelOwner']],
  ['POST /api/integrations', 'body', ['owner', 'otherOwner', 'modelOwner']],
  ['PATCH /api/integrations/{id}', 'etag', ['owner', 'modelOwner']],
  ['DELETE /api/integrations/{id}', 'etag', ['owner', 'modelOwner']],
];

covers(MATRIX.map(([n]) => n));

describe('role × action', () => {
  let ids: Record<Role, string>;
  beforeAll(() => {
    ids = Object.fromEntries(ROLES.map((r) => [r, t.person(PEOPLE[r])])) as Record<Role, string>;
  });

  it.each(MATRIX)('%s (%s): allowed to %j', async (name, probe, allowed) => {
    const [method, pathTemplate] = name.split(' ') as [string, string];
    const path = await fill(pathTemplate);
    const before = await snapshot();
    const outcomes: Record<string, number> = {};
    for (const role of ROLES) {
      const res = await t.call(method, path, {
        as: ids[role],
        // A PATCH is validated before it is authorized: an empty (valid) change with a stale eTag.
        ...(probe === 'body' ? { body: { intePåRiktigt: true } } : { ifMatch: '"stale"' }),
        ...(method === 'PATCH' ? { body: {} } : {}),
      });
      outcomes[role] = res.status >= 200 && res.status < 300 ? 200 : res.status;
      if (res.status === 403) expect(res.body.error.message).toMatch(/\S/);
    }
    const expected = Object.fromEntries(
      ROLES.map((r) => [r, allowed.includes(r) ? (probe === 'body' ? 400 : 409) : 403]),
    );
    expect(outcomes).toEqual(expected);
    expect(await snapshot()).toBe(before);
  });
});

describe('role × card action (the clicker is from.aadObjectId)', () => {
  const ch: ChannelContext = {
    serviceUrl: 'http://127.0.0.1:9',
    teamId: '19:team-matrix@thread.tacv2',
    channelId: '19:kanal-matrix@thread.tacv2',
    tenantId: 'tenant-1',
  };
  let speakers: Record<Role | 'stranger', Speaker>;

  async function click(who: Role | 'stranger', verb: string, data: Record<string, unknown>) {
    const res = await fetch(`${t.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(cardAction(ch, speakers[who], verb, data)),
    });
    expect(res.status).toBe(200);
    return JSON.stringify(((await res.json()) as { value?: { body?: unknown } }).value?.body ?? []);
  }

  async function submittedPlan(year: number) {
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const leader = t.person(PEOPLE.leader);
    const plan = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: leader,
      body: { year, copyFromYear: 2027 },
    });
    const submitted = await t.call('POST', `/api/plans/${plan.body.id}/submit`, { as: leader });
    expect(submitted.status).toBe(200);
    return { planId: plan.body.id as string, round: submitted.body.approvalRound as number };
  }

  beforeAll(async () => {
    const people = await t.app.store.people.findAll();
    const speaker = (name: string, key: string): Speaker => ({
      aadObjectId: people.find((p) => p.displayName === name)!.entraObjectId!,
      teamsUserId: `29:${key}`,
      name,
    });
    speakers = {
      ...(Object.fromEntries(ROLES.map((r) => [r, speaker(PEOPLE[r], r)])) as Record<Role, Speaker>),
      stranger: { aadObjectId: '0f0f0f0f-0000-4000-8000-00000000000f', teamsUserId: '29:x', name: 'Okänd' },
    };
    // Each clicker's first activity is remembered (conversation, Teams user id): before any snapshot.
    const { planId, round } = await submittedPlan(2030);
    for (const who of [...ROLES, 'stranger'] as const)
      await click(who, APPROVAL_VERBS.refresh, { planId, round });
  });

  const CASES: [verb: string, allowed: Role][] = [
    [APPROVAL_VERBS.approve, 'owner'],
    [APPROVAL_VERBS.reject, 'owner'],
    [ESCALATION_VERBS.decide, 'leader'],
    // Issue 17: an order above the threshold, answered on its card by the object's owners only.
    [ORDER_VERBS.approve, 'owner'],
    [ORDER_VERBS.reject, 'owner'],
  ];

  covers(CASES.map(([n]) => n));

  /** A fresh AKN order assessed above the threshold: waiting for both owners. */
  async function awaitingApproval(): Promise<string> {
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const created = await t.call('POST', `/api/objects/${akn.id}/orders`, {
      as: t.person('Petra Nyström'),
      body: { title: 'Kortbeställning' },
    });
    const assessed = await t.call('POST', `/api/orders/${created.body.id}/assess`, {
      as: t.person('Camilla Strand'),
      body: { size: 'large', cost: 500_000, risk: 'high', performerPersonId: t.person(PEOPLE.specialist) },
    });
    expect(assessed.body.state).toBe('awaitingApproval');
    return created.body.id;
  }

  it.each(CASES)('%s: only %s changes anything', async (verb, allowed) => {
    let data: Record<string, unknown>;
    if (verb === ESCALATION_VERBS.decide) {
      const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
      const open = (await t.app.store.initiatives.findAll({ objectId: akn.id })).find(
        (i) => i.escalationLevel === 'leaders' && i.status === 'proposed',
      )!;
      data = { initiativeId: open.id, level: 'leaders', outcome: 'prioritised' };
    } else if (verb === ORDER_VERBS.approve || verb === ORDER_VERBS.reject) {
      data = { orderId: await awaitingApproval(), state: 'awaitingApproval', comment: 'Motiverat.' };
    } else {
      const { planId, round } = await submittedPlan(verb === APPROVAL_VERBS.approve ? 2031 : 2032);
      data = { planId, round, comment: 'Motiverat.' };
    }
    const before = await snapshot();
    for (const who of [...ROLES, 'stranger'] as const) {
      if (who === allowed) continue;
      await click(who, verb, data);
      expect(await snapshot()).toBe(before);
    }
    const logged = (await t.app.store.auditLog.findAll()).length;
    await click(allowed, verb, data);
    expect(await snapshot()).not.toBe(before);
    // The audit log says who clicked, through the bot.
    const entries = (await t.app.store.auditLog.findAll()).slice(logged);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.via === 'bot' && e.actorId === t.person(PEOPLE[allowed]))).toBe(true);
    if (verb === ESCALATION_VERBS.decide)
      expect((await t.app.store.initiatives.get(data['initiativeId'] as string))!.status).not.toBe(
        'proposed',
      );
    if (verb === ORDER_VERBS.approve || verb === ORDER_VERBS.reject) {
      const order = (await t.app.store.orders.get(data['orderId'] as string))!;
      expect(order.approvals.map((a) => [a.role, a.outcome])).toEqual([
        ['ownerBusiness', verb === ORDER_VERBS.approve ? 'approved' : 'rejected'],
      ]);
    }
  });
});

// Issue 17 (ADR 0025): the orderer–performer organisation. Its own people, because it adds roles the
// table above does not have: the department's orderer and the orderer function (the head of
// digitalisation acts as it). Probes as in "role × action": allowed is a 400 (body) or 409 (stale eTag).
describe('role × action of the orderer–performer organisation', () => {
  type ItRole =
    | 'specialist'
    | 'leader'
    | 'owner'
    | 'requester'
    | 'ordererFunction'
    | 'otherOwner'
    | 'modelOwner'
    | 'admin';
  const IT_PEOPLE: Record<ItRole, string> = {
    specialist: 'Sara Engström', // AKN specialistIt: the performer of AKN's order awaiting approval
    leader: 'Oskar Lindell', // AKN leaderIt: stands in for the performer; manages AKN's project
    owner: 'Karin Westberg', // AKN ownerBusiness
    requester: 'Petra Nyström', // AKN leaderBusiness: the department's orderer of AKN's orders
    ordererFunction: 'Camilla Strand', // head of digitalisation
    otherOwner: 'Annika Forsberg',
    modelOwner: 'Erik Sjöberg',
    admin: 'Lena Holm',
  };
  const IT_ROLES = Object.keys(IT_PEOPLE) as ItRole[];
  const KEEPER: ItRole[] = ['ordererFunction', 'admin'];
  const HUKI: ItRole[] = ['modelOwner', 'admin'];
  const IT_MATRIX: [route: string, probe: 'body' | 'etag', allowed: ItRole[]][] = [
    ['POST /api/services', 'body', KEEPER],
    ['PATCH /api/services/{id}', 'etag', KEEPER],
    ['DELETE /api/services/{id}', 'etag', KEEPER],
    ['POST /api/objects/{id}/service-orders', 'body', ['leader', 'owner', 'requester', 'admin']],
    ['POST /api/huki-roles', 'body', HUKI],
    ['PATCH /api/huki-roles/{id}', 'etag', HUKI],
    ['DELETE /api/huki-roles/{id}', 'etag', HUKI],
    ['POST /api/huki-activities', 'body', HUKI],
    ['PATCH /api/huki-activities/{id}', 'etag', HUKI],
    ['DELETE /api/huki-activities/{id}', 'etag', HUKI],
    [
      'POST /api/objects/{id}/orders',
      'body',
      ['specialist', 'leader', 'owner', 'requester', 'ordererFunction', 'admin'],
    ],
    // The object's threshold for the owners' approval (ADR 0029): its owners, or the model owner.
    ['PUT /api/objects/{id}/order-threshold', 'body', ['owner', 'modelOwner']],
    ['POST /api/orders/{id}/assess', 'body', ['ordererFunction']],
    ['POST /api/orders/{id}/approve', 'body', ['owner']],
    ['POST /api/orders/{id}/reject', 'body', ['owner']],
    ['POST /api/orders/{id}/estimate', 'body', ['specialist', 'leader']],
    ['POST /api/orders/{id}/deliver', 'body', ['specialist', 'leader']],
    ['POST /api/orders/{id}/accept', 'body', ['owner', 'requester']],
    ['POST /api/orders/{id}/cancel', 'body', ['ordererFunction']],
    ['POST /api/projects', 'body', KEEPER],
    ['PATCH /api/projects/{id}', 'etag', KEEPER],
    ['DELETE /api/projects/{id}', 'etag', KEEPER],
    ['POST /api/projects/{id}/reports', 'body', ['leader', 'ordererFunction']],
  ];

  covers(IT_MATRIX.map(([n]) => n));

  it.each(IT_MATRIX)('%s (%s): allowed to %j', async (name, probe, allowed) => {
    const [method, pathTemplate] = name.split(' ') as [string, string];
    const path = await fill(pathTemplate);
    const before = await snapshot();
    const outcomes: Record<string, number> = {};
    for (const role of IT_ROLES) {
      const res = await t.call(method, path, {
        as: t.person(IT_PEOPLE[role]),
        ...(probe === 'body' ? { body: { intePåRiktigt: true } } : { ifMatch: '"stale"' }),
        ...(method === 'PATCH' ? { body: {} } : {}),
      });
      outcomes[role] = res.status >= 200 && res.status < 300 ? 200 : res.status;
      if (res.status === 403) expect(res.body.error.message).toMatch(/\S/);
    }
    expect(outcomes).toEqual(
      Object.fromEntries(
        IT_ROLES.map((r) => [r, allowed.includes(r) ? (probe === 'body' ? 400 : 409) : 403]),
      ),
    );
    expect(await snapshot()).toBe(before);
  });
});

// Writes whose outcome for an allowed person depends on the record's state or on what the body names:
// "allowed" is then any refusal that is not a 403 (the state refuses, not the person) — or, for an
// appointment, a 201 that is undone at once — and nothing stays changed. The 2027 plan of AKN is
// preliminary (submitted, being approved).
describe('role × action where state or references decide after the person', () => {
  const CASES: [route: string, body: () => Promise<unknown>, allowed: Role[]][] = [
    ['POST /api/plans/{id}/submit', async () => undefined, PLAN],
    ['POST /api/plans/{id}/reopen', async () => undefined, ['owner']],
    ['POST /api/plans/{id}/close', async () => undefined, ['owner']],
    // AKN's strategic plan 2026–2028 is approved: the allowed are refused by its state (409), the rest 403;
    // a link to a focus area that does not exist is refused (400) to those who may link.
    ['POST /api/goal-links', () => goalLinkBody('m1-f99'), ['leader', 'owner', 'modelOwner']],
    ['POST /api/strategic-plans/{id}/submit', async () => undefined, PLAN],
    ['POST /api/strategic-plans/{id}/withdraw', async () => undefined, PLAN],
    ['POST /api/strategic-plans/{id}/approve', async () => ({}), ['owner']],
    ['POST /api/strategic-plans/{id}/reject', async () => ({ comment: 'Nej.' }), ['owner']],
    ...(['specialistIt', 'leaderBusiness', 'osgMember'] as const).map(
      (role) =>
        [
          `POST /api/role-assignments ${role}`,
          async () => ({
            personId: roleless,
            role,
            objectId: (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!.id,
          }),
          // Specialists are recorded by the object's leaders; the business owner appoints the business
          // leader and the OSG (roles.ts APPOINTED_BY, 000 §3.5); administrators always may.
          role === 'specialistIt' ? ['leader', 'admin'] : ['owner', 'admin'],
        ] as [string, () => Promise<unknown>, Role[]],
    ),
  ];

  covers(CASES.map(([n]) => n));

  it.each(CASES)('%s', async (name, body, allowed) => {
    const [method, pathTemplate] = name.split(' ') as [string, string];
    const path = await fill(pathTemplate);
    const before = await snapshot();
    const outcomes: Record<string, string> = {};
    for (const role of ROLES) {
      const payload = await body();
      const res = await t.call(method, path, {
        as: t.person(PEOPLE[role]),
        ...(payload === undefined ? {} : { body: payload }),
      });
      if (res.status === 201 && pathTemplate === '/api/role-assignments') {
        // An appointment that was allowed is undone, so the next role starts from the same store.
        await t.app.store.roleAssignments.delete(res.body.id);
      } else expect(res.status).not.toBeLessThan(400);
      outcomes[role] = res.status === 403 ? 'deny' : 'allow';
    }
    expect(outcomes).toEqual(
      Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? 'allow' : 'deny'])),
    );
    expect(await snapshot()).toBe(before);
  });
});

// Replacing a holder is decided by the appointment being replaced (who appoints that role): AKN's IT
// specialist is recorded by the object's leaders (and administrators). An allowed person with a stale
// eTag gets 409, the others 403 with the reason; the store does not move.
describe('role × replacing a holder', () => {
  covers(['POST /api/role-assignments/{id}/replace']);

  it('POST /api/role-assignments/{id}/replace (specialistIt): allowed to the leader and the administrator', async () => {
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const held = (await t.app.store.roleAssignments.findAll({ objectId: akn.id })).find(
      (a) => a.role === 'specialistIt',
    )!;
    const before = await snapshot();
    const outcomes: Record<string, number> = {};
    for (const role of ROLES) {
      const res = await t.call('POST', `/api/role-assignments/${held.id}/replace`, {
        as: t.person(PEOPLE[role]),
        ifMatch: '"stale"',
        body: { personId: roleless },
      });
      outcomes[role] = res.status;
      if (res.status === 403) expect(res.body.error.message).toMatch(/\S/);
    }
    const allowed: Role[] = ['leader', 'admin'];
    expect(outcomes).toEqual(Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? 409 : 403])));
    expect(await snapshot()).toBe(before);
  });
});

// Writes that change something when allowed: each role gets a fresh record of its own, so the allowed
// ones succeed (2xx) and the refused ones leave their record exactly as it was.
describe('role × action on fresh records', () => {
  let year = 2040;
  async function akn() {
    return (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
  }
  async function submitted(): Promise<string> {
    const leader = t.person(PEOPLE.leader);
    const plan = await t.call('POST', `/api/objects/${(await akn()).id}/plans`, {
      as: leader,
      body: { year: year++, copyFromYear: 2027 },
    });
    expect((await t.call('POST', `/api/plans/${plan.body.id}/submit`, { as: leader })).status).toBe(200);
    return plan.body.id;
  }
  async function proposed(): Promise<string> {
    const res = await t.call('POST', `/api/objects/${(await akn()).id}/initiatives`, {
      as: t.person(PEOPLE.specialist),
      body: { title: `Behov ${year++}` },
    });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  const CASES: [
    route: string,
    fresh: () => Promise<string>,
    body: unknown,
    allowed: Role[],
    changed: (id: string) => Promise<unknown>,
  ][] = [
    [
      'POST /api/plans/{id}/approve',
      submitted,
      {},
      ['owner'],
      async (id) => (await t.app.store.planApprovals.findAll({ planId: id })).map((a) => a.etag),
    ],
    [
      'POST /api/plans/{id}/reject',
      submitted,
      { comment: 'Inte så här.' },
      ['owner'],
      async (id) => (await t.app.store.plans.get(id))!.etag,
    ],
    [
      // Taking a plan back from its OSG is for those who submit it: the object's leaders and owners.
      'POST /api/plans/{id}/withdraw',
      submitted,
      undefined,
      PLAN,
      async (id) => (await t.app.store.plans.get(id))!.status,
    ],
    [
      'POST /api/initiatives/{id}/escalate',
      proposed,
      { reason: 'Behöver beslut.' },
      // At the leaders' rung the object's leaders lift the question, and its owners may pull it up.
      ['leader', 'owner'],
      async (id) => (await t.app.store.initiatives.get(id))!.etag,
    ],
    [
      'POST /api/initiatives/{id}/decide',
      proposed,
      { outcome: 'prioritised' },
      ['leader'],
      async (id) => (await t.app.store.initiatives.get(id))!.etag,
    ],
    [
      // Reopening an approved strategic object plan is the owners'.
      'POST /api/strategic-plans/{id}/reopen',
      async () => {
        const approved = (await t.app.store.strategicPlans.findAll({ objectId: (await akn()).id })).find(
          (p) => p.status === 'approved',
        )!;
        const { id: _id, etag: _e, createdAt: _c, updatedAt: _u, ...rest } = approved;
        const fromYear = year++;
        return (await t.app.store.strategicPlans.create({ ...rest, fromYear, toYear: fromYear + 2 })).id;
      },
      undefined,
      ['owner'],
      async (id) => (await t.app.store.strategicPlans.get(id))!.status,
    ],
    [
      'POST /api/contracts',
      // Contracts belong to IT components.
      async () =>
        (await t.app.store.components.findAll({ ownerObjectId: (await akn()).id, kind: 'it' }))[0]!.id,
      undefined,
      CONTENT,
      async (componentId) => (await t.app.store.contracts.findAll({ componentId })).length,
    ],
    [
      'POST /api/channel-bindings',
      async () => `19:kanal-${year++}@thread.tacv2`,
      undefined,
      // A channel is bound by someone who works in the object, or an administrator.
      ['specialist', 'leader', 'owner', 'admin'],
      async (channelId) => (await t.app.store.channelBindings.findAll({ channelId })).length,
    ],
    [
      'DELETE /api/role-assignments/{id}',
      async () =>
        (
          await t.app.store.roleAssignments.create({
            personId: roleless,
            role: 'specialistIt',
            objectId: (await akn()).id,
          })
        ).id,
      undefined,
      // Removing is appointing's other half: the leaders record specialists; administrators always may.
      ['leader', 'admin'],
      async (id) => (await t.app.store.roleAssignments.get(id)) !== undefined,
    ],
    [
      'POST /api/meetings/{id}/cancel',
      async () => {
        const forum = (await t.app.store.forums.findAll({ kind: 'osg', objectId: (await akn()).id }))[0]!;
        const day = 10 + (year++ % 15);
        const res = await t.call('POST', `/api/forums/${forum.id}/meetings`, {
          as: t.person(PEOPLE.owner),
          body: {
            title: 'Extra OSG',
            start: `2027-03-${day}T09:00:00.000Z`,
            end: `2027-03-${day}T10:00:00.000Z`,
          },
        });
        expect(res.status).toBe(201);
        return res.body.id;
      },
      undefined,
      ['owner'],
      async (id) => (await t.app.store.meetings.get(id))!.etag,
    ],
    [
      'DELETE /api/products/{id}/components/{componentId}',
      async () => {
        const objectId = (await akn()).id;
        const product = (await t.app.store.products.findAll({ objectId }))[0]!;
        const component = (
          await t.app.store.components.create({
            ownerObjectId: objectId,
            kind: COMPONENT_KINDS[0],
            name: `Komponent ${year++}`,
            description: '',
            lifecycle: LIFECYCLE_STATES[0],
          })
        ).id;
        await t.app.store.productComponents.create({
          objectId,
          productId: product.id,
          componentId: component,
        });
        return `${product.id}|${component}`;
      },
      undefined,
      CONTENT,
      async (ids) => {
        const [productId, componentId] = ids.split('|');
        return (await t.app.store.productComponents.findAll({ productId, componentId })).length;
      },
    ],
  ];

  covers(CASES.map(([n]) => n));

  /** Bodies that name the fresh record (the routes above without {id}). */
  async function bodyFor(template: string, id: string, body: unknown): Promise<unknown> {
    if (template === '/api/contracts')
      return {
        componentId: id,
        supplier: 'Leverantör AB',
        title: 'Avtal',
        startDate: '2026-01-01',
        endDate: '2028-12-31',
        noticePeriodMonths: 6,
      };
    if (template === '/api/channel-bindings') return { channelId: id, objectId: (await akn()).id };
    return body;
  }

  it.each(CASES)('%s', async (name, fresh, body, allowed, changed) => {
    const [method, template] = name.split(' ') as [string, string];
    const outcomes: Record<string, number> = {};
    for (const role of ROLES) {
      const id = await fresh();
      const before = await changed(id);
      const [first, second] = id.split('|');
      const path = template.replace('{id}', first!).replace('{componentId}', second ?? '');
      const res = await t.call(method, path, {
        as: t.person(PEOPLE[role]),
        body: await bodyFor(template, id, body),
        // A delete names the version it removes, as an update does.
        ...(method === 'DELETE' ? { ifMatch: await etagOf(path) } : {}),
      });
      outcomes[role] = res.status >= 200 && res.status < 300 ? 200 : res.status;
      if (res.status === 403) expect(await changed(id)).toEqual(before);
      else expect(await changed(id)).not.toEqual(before);
    }
    expect(outcomes).toEqual(Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? 200 : 403])));
  });
});

// The forum writes of AKN's OSG, whose convener (and chair) is the business owner. Invalid bodies and
// stale eTags: the convener gets past authorization (a 4xx that is not 403), everyone else a 403.
describe('role × forum action (AKN OSG)', () => {
  async function osg() {
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    return (await t.app.store.forums.findAll({ kind: 'osg', objectId: akn.id }))[0]!;
  }
  async function meeting() {
    const forum = await osg();
    const all = await t.app.store.meetings.findAll({ forumId: forum.id });
    return all.find((m) => m.status === 'scheduled') ?? all[0]!;
  }
  // Every row has all four values: jest would take a missing fourth as a done callback.
  const CASES: [route: string, target: () => Promise<string>, body: unknown, ifMatch: string | undefined][] =
    [
      ['POST /api/forums/{id}/meetings', async () => (await osg()).id, { intePåRiktigt: true }, undefined],
      [
        'POST /api/forums/{id}/meeting-series',
        async () => (await osg()).id,
        { intePåRiktigt: true },
        undefined,
      ],
      ['POST /api/forums/{id}/channel', async () => (await osg()).id, { intePåRiktigt: true }, undefined],
      ['PATCH /api/meetings/{id}', async () => (await meeting()).id, {}, '"stale"'],
      [
        'PATCH /api/meetings/{id}/agenda',
        async () => (await meeting()).id,
        { intePåRiktigt: true },
        undefined,
      ],
      [
        'POST /api/meetings/{id}/minutes',
        async () => (await meeting()).id,
        { intePåRiktigt: true },
        undefined,
      ],
      // Issue 19: linking the Teams meeting is the convener's, like scheduling.
      [
        'PUT /api/meetings/{id}/teams-meeting',
        async () => (await meeting()).id,
        { intePåRiktigt: true },
        '"stale"',
      ],
    ];
  covers(CASES.map(([n]) => n));

  it.each(CASES)('%s: only the convener gets past authorization', async (name, target, body, ifMatch) => {
    const [method, template] = name.split(' ') as [string, string];
    const path = template.replace('{id}', await target());
    const before = await snapshot();
    const outcomes: Record<string, string> = {};
    for (const role of ROLES) {
      const res = await t.call(method, path, {
        as: t.person(PEOPLE[role]),
        body,
        ...(ifMatch ? { ifMatch } : {}),
      });
      expect(res.status).toBeGreaterThanOrEqual(400);
      outcomes[role] = res.status === 403 ? 'deny' : 'allow';
    }
    expect(outcomes).toEqual(Object.fromEntries(ROLES.map((r) => [r, r === 'owner' ? 'allow' : 'deny'])));
    expect(await snapshot()).toBe(before);
  });
});

// Minutes of AKN's OSG: the convener (the business owner) writes and corrects them; only the adjuster the
// minutes name (here the IT leader) adjusts them. Each role gets a fresh set of minutes; a refusal is a 403
// with the reason and leaves the store as it was.
describe('role × minutes action (AKN OSG)', () => {
  let n = 0;
  async function minutesOfMeeting(adjusted: boolean): Promise<string> {
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const forum = (await t.app.store.forums.findAll({ kind: 'osg', objectId: akn.id }))[0]!;
    const slot = n++;
    const day = String(1 + (slot % 28)).padStart(2, '0');
    const hour = String(6 + Math.floor(slot / 28)).padStart(2, '0');
    const owner = t.person(PEOPLE.owner);
    const meeting = await t.call('POST', `/api/forums/${forum.id}/meetings`, {
      as: owner,
      body: {
        title: 'Extra OSG',
        start: `2026-10-${day}T${hour}:00:00.000Z`,
        end: `2026-10-${day}T${hour}:30:00.000Z`,
      },
    });
    expect(meeting.status).toBe(201);
    const draft = await t.call('PUT', `/api/meetings/${meeting.body.id}/minutes`, {
      as: owner,
      body: {
        place: 'Kansliet',
        attendance: [owner, t.person('Mikael Borg'), t.person('Göran Mattsson'), t.person(PEOPLE.leader)],
        adjusterPersonIds: [t.person(PEOPLE.leader)],
      },
    });
    expect(draft.status).toBe(200);
    if (adjusted) {
      const adjust = await t.call('POST', `/api/meetings/${meeting.body.id}/minutes/adjust`, {
        as: t.person(PEOPLE.leader),
      });
      expect(adjust.status).toBe(200);
    }
    return meeting.body.id as string;
  }

  // Allowed: a stale eTag answers 409 (past authorization, nothing written); adjusting answers 200.
  const CASES: [
    route: string,
    adjusted: boolean,
    body: unknown,
    ifMatch: string | undefined,
    allowed: Role[],
    ok: number,
  ][] = [
    ['PUT /api/meetings/{id}/minutes', false, { attendance: [] }, '"stale"', ['owner'], 409],
    ['POST /api/meetings/{id}/minutes/adjust', false, undefined, undefined, ['leader'], 200],
    [
      'POST /api/meetings/{id}/minutes/corrections',
      true,
      { reason: 'Rättelse.', attendance: [] },
      '"stale"',
      ['owner'],
      409,
    ],
  ];
  covers(CASES.map(([n]) => n));

  it.each(CASES)('%s', async (name, adjusted, body, ifMatch, allowed, ok) => {
    const [method, template] = name.split(' ') as [string, string];
    const outcomes: Record<string, number> = {};
    for (const role of ROLES) {
      const id = await minutesOfMeeting(adjusted);
      const before = await snapshot();
      const res = await t.call(method, template.replace('{id}', id), {
        as: t.person(PEOPLE[role]),
        ...(body !== undefined ? { body } : {}),
        ...(ifMatch ? { ifMatch } : {}),
      });
      outcomes[role] = res.status;
      if (res.status !== 200) expect(await snapshot()).toBe(before);
      if (res.status === 403) expect(res.body.error.message).toMatch(/\S/);
    }
    expect(outcomes).toEqual(Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? ok : 403])));
  });
});

// The caller's own calendar-feed link (issue 12): anyone holding a role may make and revoke theirs, and
// only theirs — the route names no person. (A person without a role is refused above.)
describe('role × own calendar-feed link', () => {
  const CASES = ['POST /api/me/feed-token', 'POST /api/me/feed-token/revoke'];
  covers(CASES);

  it.each(CASES)('%s: allowed to every role, for the caller alone', async (name) => {
    const [method, path] = name.split(' ') as [string, string];
    for (const role of ROLES) {
      const id = t.person(PEOPLE[role]);
      const others = JSON.stringify(
        (await t.app.store.feedTokens.findAll()).filter((f) => f.personId !== id).map((f) => f.etag),
      );
      const res = await t.call(method, path, { as: id });
      expect(res.status).toBe(path.endsWith('/revoke') ? 204 : 201);
      const active = (await t.app.store.feedTokens.findAll({ personId: id })).filter((f) => !f.revokedAt);
      expect(active).toHaveLength(path.endsWith('/revoke') ? 0 : 1);
      expect(
        JSON.stringify(
          (await t.app.store.feedTokens.findAll()).filter((f) => f.personId !== id).map((f) => f.etag),
        ),
      ).toBe(others);
    }
  });
});

// A forum's settings (delegates, minimum meetings, weekday, time, length, place): its chair or convener
// (for AKN's OSG the business owner), the model owner and an administrator; not the leaders, not another
// object's owner. A stale eTag lets the allowed through authorization (409) without changing anything.
describe('role × forum settings (PATCH /api/forums/{id})', () => {
  covers(['PATCH /api/forums/{id}']);

  it.each([
    ['AKN OSG', 'osg', ['owner', 'modelOwner', 'admin']],
    // PSG's chair and convener are organisation roles none of these people hold.
    ['PSG', 'psg', ['modelOwner', 'admin']],
  ] as const)('%s (%s): allowed to %j', async (_name, kind, allowed) => {
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const forum = (await t.app.store.forums.findAll({ kind })).find(
      (f) => kind !== 'osg' || f.objectId === akn.id,
    )!;
    const before = await snapshot();
    const outcomes: Record<string, number> = {};
    for (const role of ROLES) {
      const res = await t.call('PATCH', `/api/forums/${forum.id}`, {
        as: t.person(PEOPLE[role]),
        ifMatch: '"stale"',
        body: { minMeetingsPerYear: 6 },
      });
      outcomes[role] = res.status;
      if (res.status === 403) expect(res.body.error.message).toMatch(/ordförande eller sammankallande/);
    }
    expect(outcomes).toEqual(
      Object.fromEntries(ROLES.map((r) => [r, (allowed as readonly Role[]).includes(r) ? 409 : 403])),
    );
    expect(await snapshot()).toBe(before);
  });

  it('allowed, the business owner changes AKN OSG’s settings (and only those)', async () => {
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const forum = (await t.app.store.forums.findAll({ kind: 'osg', objectId: akn.id }))[0]!;
    const res = await t.call('PATCH', `/api/forums/${forum.id}`, {
      as: t.person(PEOPLE.owner),
      ifMatch: forum.etag,
      body: { minMeetingsPerYear: forum.minMeetingsPerYear },
    });
    expect(res.status).toBe(200);
    expect(res.body.etag).not.toBe(forum.etag);
  });
});

// The follow-up of the year (issue 16): each write is the object's leaders' and owners' (noting a
// follow-up and answering on an objektberättelse, the owners'). Probes that fail after the person is
// known: an invalid body (400), a stale eTag or a state that refuses (409) — so nothing changes.
describe('role × follow-up action (issue 16)', () => {
  const CASES: [route: string, body: unknown, ifMatch: string | undefined, allowed: Role[]][] = [
    ['POST /api/plans/{id}/outcome/entries', { intePåRiktigt: true }, undefined, PLAN],
    ['DELETE /api/outcome-entries/{id}', undefined, '"stale"', PLAN],
    ['POST /api/plans/{id}/outcome/imports', { intePåRiktigt: true }, undefined, PLAN],
    ['PUT /api/objects/{id}/outcome-mapping', { intePåRiktigt: true }, undefined, PLAN],
    ['PUT /api/plans/{id}/follow-ups/{period}', { intePåRiktigt: true }, undefined, PLAN],
    // The demo's August follow-up is noted: marking it ready again is refused by its state.
    ['POST /api/follow-ups/{id}/ready', undefined, undefined, PLAN],
    ['POST /api/follow-ups/{id}/note', undefined, undefined, ['owner']],
    // On AKN's 2027 plan: its year has not ended and it has no objektberättelse.
    ['POST /api/plans/{id}/report', undefined, undefined, PLAN],
    ['PATCH /api/plans/{id}/report', {}, '"stale"', PLAN],
    ['POST /api/plans/{id}/report/submit', undefined, undefined, PLAN],
    ['POST /api/plans/{id}/report/approve', {}, undefined, ['owner']],
    ['POST /api/plans/{id}/report/reject', { comment: 'Nej.' }, undefined, ['owner']],
    ['POST /api/plans/{id}/report/carry', undefined, undefined, PLAN],
  ];

  covers(CASES.map(([n]) => n));

  it.each(CASES)('%s', async (name, body, ifMatch, allowed) => {
    const [method, pathTemplate] = name.split(' ') as [string, string];
    const path = await fill(pathTemplate);
    const before = await snapshot();
    const outcomes: Record<string, string> = {};
    for (const role of ROLES) {
      const res = await t.call(method, path, {
        as: t.person(PEOPLE[role]),
        ...(body === undefined ? {} : { body }),
        ...(ifMatch ? { ifMatch } : {}),
      });
      expect(res.status).toBeLessThan(500);
      outcomes[role] = res.status === 403 ? 'deny' : 'allow';
    }
    expect(outcomes).toEqual(
      Object.fromEntries(ROLES.map((r) => [r, allowed.includes(r) ? 'allow' : 'deny'])),
    );
    expect(await snapshot()).toBe(before);
  });
});

// Linking a plan goal to the strategic goals it serves (issue 16 point 4) goes through the plan's PATCH:
// the object's leaders and owners may; the probe names another object's strategic plan, so an allowed
// person is refused by the rule (400) and nothing changes.
describe('role × linking a plan goal to a strategic goal (PATCH /api/plans/{id})', () => {
  it('allowed to the object’s owners and leaders only', async () => {
    const path = await fill('/api/plans/{id}');
    const plan = (await t.call('GET', path)).body;
    const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
    const fst = objects.find((o) => o.code === 'FST')!;
    const other = (await t.call('GET', `/api/objects/${fst.id}/strategic-plans`)).body[0];
    const body = {
      sections: {
        goals: [{ id: 'g1', text: 'Mål', strategicRefs: [{ strategicPlanId: other.id, goalId: 's1' }] }],
      },
    };
    const before = await snapshot();
    const outcomes: Record<string, string> = {};
    for (const role of ROLES) {
      const res = await t.call('PATCH', path, { as: t.person(PEOPLE[role]), ifMatch: plan.etag, body });
      expect(res.status).toBeLessThan(500);
      outcomes[role] = res.status === 403 ? 'deny' : 'allow';
    }
    expect(outcomes).toEqual(Object.fromEntries(ROLES.map((r) => [r, PLAN.includes(r) ? 'allow' : 'deny'])));
    expect(await snapshot()).toBe(before);
  });
});
