// The interim follow-up's periods (issue 16 §2): August always, the tertials only where the municipality
// uses them (FOLLOW_UP_PERIODS); the roll-up shows each object's latest follow-up in the order of the year.
import { FollowUpService } from '../../src/services/followup/followUpService';
import { AppError } from '../../src/services/errors';
import { NOW, objectByCode, servicesHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await servicesHarness();
});
afterAll(() => h.close());

async function aknPlan(year: number) {
  const akn = await objectByCode(h.store, 'AKN');
  const plan = (await h.store.plans.findAll({ objectId: akn.id })).find((p) => p.year === year)!;
  return { akn, plan };
}

it('by default only August is followed up: a tertial is refused with the rule, in Swedish', async () => {
  const { plan } = await aknPlan(2026);
  expect((await h.services.followUps.list(plan.id)).periods).toEqual(['august']);
  const leader = await h.as('Oskar Lindell');
  const refused = h.acting(leader, () =>
    h.services.followUps.write(leader, plan.id, 'tertial1', undefined, {}),
  );
  await expect(refused).rejects.toBeInstanceOf(AppError);
  await expect(refused).rejects.toMatchObject({ key: 'validation.followUpPeriodNotUsed' });
});

it('a municipality that uses tertials writes them, and PSG sees the latest of the year', async () => {
  const { akn, plan } = await aknPlan(2026);
  const byTertial = new FollowUpService({
    store: h.store,
    clock: { now: () => NOW },
    followUpPeriods: ['august', 'tertial2', 'tertial1'],
  });
  expect((await byTertial.list(plan.id)).periods).toEqual(['tertial1', 'august', 'tertial2']);
  const leader = await h.as('Oskar Lindell');
  const goalId = (await byTertial.list(plan.id)).targets[0]!.goalId;
  const write = (period: string) =>
    h.acting(leader, () =>
      byTertial.write(leader, plan.id, period, undefined, {
        goals: [{ goalId, status: period === 'tertial1' ? 'atRisk' : 'onTrack', comment: period }],
      }),
    );
  await write('tertial1');
  const rolled = async () => (await byTertial.rollUp(2026)).objects.find((o) => o.objectId === akn.id)!;
  expect((await rolled()).followUp?.period).toBe('tertial1');
  expect((await rolled()).goals.atRisk).toBe(1);
  await write('august');
  expect((await rolled()).followUp?.period).toBe('august');
  const periods = (await byTertial.list(plan.id)).followUps.map((f) => f.period).sort();
  expect(periods).toEqual(['august', 'tertial1']);
});
