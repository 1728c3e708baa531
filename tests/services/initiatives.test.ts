// InitiativeService without HTTP: a need is proposed at the leaders' rung and escalated one rung at a
// time by those who hold it; someone off the rung is refused and the initiative stays where it was.
import { objectByCode, servicesHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await servicesHarness();
});
afterAll(() => h.close());

it('proposed at the leaders, escalated by a leader to the owners, by an owner further', async () => {
  const akn = await objectByCode(h.store, 'AKN');
  const leader = await h.as('Oskar Lindell');
  const created = await h.acting(leader, () =>
    h.services.initiatives.create(leader, akn.id, { title: 'Bättre sök i ärendearkivet' }),
  );
  expect(created).toMatchObject({ status: 'proposed', escalationLevel: 'leaders', escalations: [] });

  const up = await h.acting(leader, () =>
    h.services.initiatives.escalate(leader, created.id, { reason: 'Kräver beslut om resurser' }),
  );
  expect(up.escalationLevel).toBe('owners');
  expect(up.escalations).toEqual([
    expect.objectContaining({
      level: 'owners',
      byPersonId: leader.actor!.personId,
      reason: 'Kräver beslut om resurser',
    }),
  ]);

  // The leaders' rung is passed: a leader may no longer lift it; nothing changes.
  const stored = await h.store.initiatives.get(created.id);
  await expect(
    h.acting(leader, () => h.services.initiatives.escalate(leader, created.id, { reason: 'Igen' })),
  ).rejects.toMatchObject({ kind: 'forbidden' });
  expect(await h.store.initiatives.get(created.id)).toEqual(stored);

  const owner = await h.as('Karin Westberg');
  const psg = await h.acting(owner, () =>
    h.services.initiatives.escalate(owner, created.id, { reason: 'Berör flera objekt' }),
  );
  expect(psg.escalationLevel).toBe('psg');
});

it('an empty title is refused in Swedish and nothing is stored', async () => {
  const akn = await objectByCode(h.store, 'AKN');
  const leader = await h.as('Oskar Lindell');
  const before = (await h.store.initiatives.findAll({ objectId: akn.id })).length;
  await expect(
    h.acting(leader, () => h.services.initiatives.create(leader, akn.id, { title: '' })),
  ).rejects.toMatchObject({ kind: 'validation', fields: [expect.objectContaining({ path: 'title' })] });
  expect((await h.store.initiatives.findAll({ objectId: akn.id })).length).toBe(before);
});
