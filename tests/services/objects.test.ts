// ObjectService without HTTP: a new object gets its own OSG, set up today with the model's minimum;
// only those who may change the structure create objects, and a refused or invalid request stores nothing.
import { FORUM_RULES } from '../../src/domain/forums/forums';
import { NOW, servicesHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await servicesHarness();
});
afterAll(() => h.close());

it('an administrator creates an object; its OSG comes with it, audited in the same transaction', async () => {
  const admin = await h.as('Lena Holm');
  const object = await h.acting(admin, () =>
    h.services.objects.create(admin, { code: 'TST', name: 'Testobjekt', category: 'support' }),
  );
  const [osg, ...more] = await h.store.forums.findAll({ kind: 'osg', objectId: object.id });
  expect(more).toEqual([]);
  expect(osg).toMatchObject({
    name: 'Objektstyrgrupp TST',
    minMeetingsPerYear: FORUM_RULES.osg.defaultMinMeetingsPerYear,
    establishedOn: NOW.toISOString().slice(0, 10),
  });
  const audited = [
    ...(await h.store.auditLog.findAll({ recordId: object.id })),
    ...(await h.store.auditLog.findAll({ recordId: osg!.id })),
  ];
  expect(audited.map((a) => [a.collection, a.action, a.actorId])).toEqual([
    ['objects', 'create', admin.actor!.personId],
    ['forums', 'create', admin.actor!.personId],
  ]);
});

it('a specialist is refused before the input is read; nothing is stored', async () => {
  const specialist = await h.as('Sara Engström');
  const before = (await h.store.objects.findAll()).length;
  await expect(
    h.acting(specialist, () => h.services.objects.create(specialist, { nonsense: true })),
  ).rejects.toMatchObject({ kind: 'forbidden' });
  expect((await h.store.objects.findAll()).length).toBe(before);
});

it('a code in lower case is a validation error in Swedish; nothing is stored', async () => {
  const admin = await h.as('Lena Holm');
  const before = (await h.store.objects.findAll()).length;
  const refused = h.acting(admin, () =>
    h.services.objects.create(admin, { code: 'tst2', name: 'X', category: 'support' }),
  );
  await expect(refused).rejects.toMatchObject({
    kind: 'validation',
    fields: [expect.objectContaining({ path: 'code', message: expect.stringMatching(/versaler/) })],
  });
  expect((await h.store.objects.findAll()).length).toBe(before);
});
