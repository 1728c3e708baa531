// PlanService without HTTP: a new plan takes the domain's defaults, a year is planned once, and the OSG's
// answer is recorded as a decision titled from the message catalogue, with the answers in one transaction.
import { DEFAULT_HOURLY_RATE, DEFAULT_HOURS_PER_FTE } from '../../src/domain/budget/budget';
import { AppError } from '../../src/services/errors';
import { objectByCode, servicesHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await servicesHarness();
});
afterAll(() => h.close());

it('a plan that copies none takes the default hourly rate and hours per FTE', async () => {
  const akn = await objectByCode(h.store, 'AKN');
  const leader = await h.as('Oskar Lindell');
  const plan = await h.acting(leader, () => h.services.plans.create(leader, akn.id, { year: 2031 }));
  expect(plan).toMatchObject({ year: 2031, status: 'draft', hourlyRate: DEFAULT_HOURLY_RATE });
  expect(plan.hoursPerFte).toBe(DEFAULT_HOURS_PER_FTE);
  expect(DEFAULT_HOURLY_RATE).toBe(655);
  const again = h.acting(leader, () => h.services.plans.create(leader, akn.id, { year: 2031 }));
  await expect(again).rejects.toMatchObject({ kind: 'conflict', key: 'conflict.planYearTaken' });
});

it('a specialist may not submit; nothing changes', async () => {
  const akn = await objectByCode(h.store, 'AKN');
  const plan = (await h.store.plans.findAll({ objectId: akn.id })).find((p) => p.year === 2031)!;
  const specialist = await h.as('Sara Engström');
  const refused = h.acting(specialist, () => h.services.plans.submit(specialist, plan.id));
  await expect(refused).rejects.toBeInstanceOf(AppError);
  await expect(refused).rejects.toMatchObject({ kind: 'forbidden' });
  expect(await h.store.plans.get(plan.id)).toEqual(plan);
});

it("both owners' approvals record the OSG's decision, titled from the catalogue", async () => {
  const akn = await objectByCode(h.store, 'AKN');
  const plan = (await h.store.plans.findAll({ objectId: akn.id })).find((p) => p.year === 2027)!;
  expect(plan.status).toBe('preliminary');
  for (const owner of ['Karin Westberg', 'Mikael Borg']) {
    const ctx = await h.as(owner);
    await h.acting(ctx, () => h.services.plans.answer(ctx, plan.id, 'approved', {}));
  }
  expect((await h.store.plans.get(plan.id))!.status).toBe('approved');
  const decision = (await h.store.decisions.findAll({ planId: plan.id })).at(-1)!;
  expect(decision.title).toBe('Objektplan AKN 2027 godkänns');
  expect(decision.text).toMatch(
    /^Objektstyrgruppen godkänner objektplanen för .+ 2027 \(version \d+, budget [\d  ]+ kr\)\. Godkänd av: /,
  );
  // The write is audited with who made it: the owner whose answer completed the approval.
  const owners = [
    (await h.as('Karin Westberg')).actor!.personId,
    (await h.as('Mikael Borg')).actor!.personId,
  ];
  expect(owners).toContain(decision.decidedByPersonId);
  const audit = await h.store.auditLog.findAll({ recordId: decision.id });
  expect(audit.map((a) => [a.action, a.actorId, a.via])).toEqual([
    ['create', decision.decidedByPersonId, 'api'],
  ]);
});
