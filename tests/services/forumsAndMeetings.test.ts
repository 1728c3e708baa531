// ForumService and MeetingService without HTTP: the OSG's own minimum, once its chair has decided it, is
// what a new series plans and what the calendar feed states — read from the stored forum, not the model's
// default; below the model's minimum is refused, and so is anyone but the chair, convener or admins.
import { FORUM_RULES } from '../../src/domain/forums/forums';
import { objectByCode, servicesHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await servicesHarness();
});
afterAll(() => h.close());

async function aknOsg() {
  const akn = await objectByCode(h.store, 'AKN');
  return (await h.store.forums.findAll({ kind: 'osg', objectId: akn.id }))[0]!;
}

it('a leader may not change the forum; below the model’s minimum is a validation error', async () => {
  const osg = await aknOsg();
  const leader = await h.as('Oskar Lindell');
  await expect(
    h.acting(leader, () =>
      h.services.forums.updateSettings(leader, osg.id, osg.etag, { minMeetingsPerYear: 6 }),
    ),
  ).rejects.toMatchObject({ kind: 'forbidden' });
  const chair = await h.as('Karin Westberg');
  await expect(
    h.acting(chair, () =>
      h.services.forums.updateSettings(chair, osg.id, osg.etag, { minMeetingsPerYear: 2 }),
    ),
  ).rejects.toMatchObject({ kind: 'validation' });
  expect(await h.store.forums.get(osg.id)).toEqual(osg);
});

it('the minimum the chair decided is what the series plans and the feed states', async () => {
  const before = await aknOsg();
  expect(FORUM_RULES.osg.defaultMinMeetingsPerYear).toBe(4);
  const chair = await h.as('Karin Westberg');
  await h.acting(chair, () =>
    h.services.forums.updateSettings(chair, before.id, before.etag, { minMeetingsPerYear: 6 }),
  );
  expect((await h.store.forums.get(before.id))!.minMeetingsPerYear).toBe(6);

  const series = await h.acting(chair, () =>
    h.services.meetings.scheduleSeries(chair, before.id, { year: 2029 }),
  );
  expect(series).toHaveLength(6);
  expect(new Set(series.map((m) => m.seriesId)).size).toBe(1);
  expect((await h.services.meetings.feed(before.id)).minimum).toBe(6);

  // A stale eTag changes nothing.
  await expect(
    h.acting(chair, () =>
      h.services.forums.updateSettings(chair, before.id, before.etag, { minMeetingsPerYear: 8 }),
    ),
  ).rejects.toMatchObject({ kind: 'conflict' });
  expect((await h.store.forums.get(before.id))!.minMeetingsPerYear).toBe(6);
});

it('a second series for the same year is a conflict', async () => {
  const osg = await aknOsg();
  const chair = await h.as('Karin Westberg');
  await expect(
    h.acting(chair, () => h.services.meetings.scheduleSeries(chair, osg.id, { year: 2029 })),
  ).rejects.toMatchObject({ kind: 'conflict', key: 'conflict.seriesExists' });
});
