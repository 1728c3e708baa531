// "Mitt arbete" as a use case over the embedded store with the demo data: minutes to adjust, and the
// number of store reads, which must not grow with the number of objects in the municipality.
import { openSqliteStore } from '../../src/adapters/sqlite/sqliteStore';
import { webLinks } from '../../src/adapters/bot/cardRenderer';
import { loadDemoData } from '../../src/demo/seed';
import { loadActor, type RequestContext } from '../../src/services/context';
import {
  channelTabDeepLink,
  paramsFromSubEntityId,
  subEntityIdOf,
  tabPath,
} from '../../src/services/mywork/links';
import { MyWorkService } from '../../src/services/mywork/myWorkService';
import type { Store } from '../../src/services/ports/store';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const clock = { now: () => NOW };

let store: Store;
let reads = 0;
let counted: Store;

/** The same store, counting every read (get, find, findAll) made through it. */
function counting(inner: Store): Store {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'object' || value === null || !('findAll' in value)) return value;
      return new Proxy(value as object, {
        get(c, method, r) {
          const fn = Reflect.get(c, method, r) as unknown;
          if (typeof fn !== 'function') return fn;
          return (...args: unknown[]) => {
            if (method === 'get' || method === 'find' || method === 'findAll') reads += 1;
            return (fn as (...a: unknown[]) => unknown).apply(c, args);
          };
        },
      });
    },
  });
}

async function personId(name: string) {
  return (await store.people.findAll()).find((p) => p.displayName === name)!.id;
}

async function workOf(name: string) {
  const actor = await loadActor(store, await personId(name));
  const ctx: RequestContext = { actor, locale: 'sv' };
  reads = 0;
  const work = await new MyWorkService({ store: counted, clock }).forMe(ctx);
  return { work, reads };
}

beforeAll(async () => {
  store = openSqliteStore({ path: ':memory:', now: clock.now });
  await loadDemoData(store);
  counted = counting(store);
});
afterAll(async () => {
  await store.close();
});

describe('MyWorkService', () => {
  it('lists minutes the person must adjust until they have signed', async () => {
    const petra = await personId('Petra Nyström');
    const akn = (await store.objects.findAll({ code: 'AKN' }))[0]!;
    const osg = (await store.forums.findAll({ kind: 'osg', objectId: akn.id }))[0]!;
    const meeting = await store.meetings.create({
      forumId: osg.id,
      title: 'OSG AKN extra',
      start: '2026-11-20T09:00:00.000Z',
      end: '2026-11-20T10:00:00.000Z',
      status: 'held',
    });
    const minutes = await store.minutes.create({
      meetingId: meeting.id,
      forumId: osg.id,
      version: 1,
      status: 'draft',
      place: 'Kommunhuset',
      chairPersonId: null,
      secretaryPersonId: null,
      adjusterPersonIds: [petra],
      adjustedBy: [],
      adjustedAt: null,
      attendance: [petra],
      paragraphs: [],
      actionItems: [],
      correction: null,
      writtenByPersonId: petra,
    });
    const before = (await workOf('Petra Nyström')).work.items.filter((i) => i.kind === 'adjustment');
    expect(before).toEqual([
      expect.objectContaining({
        title: 'OSG AKN extra',
        as: ['adjuster'],
        target: expect.objectContaining({
          objectId: akn.id,
          view: 'meetings',
          // The meeting's own year: the Möten view lists one year.
          params: { meeting: meeting.id, year: meeting.start.slice(0, 4) },
        }),
      }),
    ]);
    // Not for someone else at the same meeting.
    expect((await workOf('Oskar Lindell')).work.items.some((i) => i.kind === 'adjustment')).toBe(false);
    await store.minutes.update(
      minutes.id,
      { ...minutes, adjustedBy: [{ personId: petra, at: NOW.toISOString() }] },
      minutes.etag,
    );
    expect((await workOf('Petra Nyström')).work.items.some((i) => i.kind === 'adjustment')).toBe(false);
  });

  it('reads the store as many times with 26 objects as with 6', async () => {
    const people = ['Karin Westberg', 'Oskar Lindell', 'Anders Ekström', 'Helena Berggren', 'Camilla Strand'];
    const before = await Promise.all(people.map(async (p) => (await workOf(p)).reads));
    // Twenty more objects, each with an OSG, plans for both years, an owner and an open escalation.
    for (let n = 0; n < 20; n += 1) {
      const owner = await store.people.create({
        displayName: `Ägare ${n}`,
        email: `agare${n}@kommun.example`,
        title: 'Förvaltningschef',
      });
      const object = await store.objects.create({
        code: `X${n}`,
        name: `Objekt ${n}`,
        category: 'core',
        description: '',
        lineOrganisationIds: [],
        active: true,
      });
      await store.roleAssignments.create({ personId: owner.id, role: 'ownerBusiness', objectId: object.id });
      await store.forums.create({
        kind: 'osg',
        objectId: object.id,
        name: `OSG ${object.code}`,
        minMeetingsPerYear: 4,
        delegatePersonIds: [],
      });
      for (const year of [2026, 2027])
        await store.plans.create({
          objectId: object.id,
          year,
          status: year === 2027 ? 'preliminary' : 'approved',
          hourlyRate: 700,
          hoursPerFte: 1700,
          approvalRound: 1,
          sections: (await store.plans.findAll())[0]!.sections,
        });
    }
    const after = await Promise.all(people.map(async (p) => (await workOf(p)).reads));
    expect(after).toEqual(before);
    // And small: about ten indexed queries, plus two per forum the person sits in and one per plan
    // awaiting their answer.
    expect(Math.max(...after)).toBeLessThanOrEqual(24);
  });
});

describe('links to the right object and view', () => {
  const target = { objectId: 'o1', view: 'plan' as const, params: { year: '2027' } };

  it('in a browser: the tab URL; in Teams: the channel tab deep link with the sub-entity id', () => {
    expect(tabPath(target)).toBe('/tab/objects/o1?view=plan&year=2027');
    const link = channelTabDeepLink({
      appId: 'app-1',
      objectId: 'o1',
      channelId: '19:abc@thread.tacv2',
      target,
    })!;
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/entity/app-1/objektnav-o1');
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({
      subEntityId: 'view=plan&year=2027',
      channelId: '19:abc@thread.tacv2',
    });
    // Without the app id or the object's channel there is no deep link (the caller uses the tab URL).
    expect(channelTabDeepLink({ appId: undefined, objectId: 'o1', channelId: 'c', target })).toBeNull();
    expect(channelTabDeepLink({ appId: 'a', objectId: 'o1', channelId: null, target })).toBeNull();
  });

  it('the tab reads the sub-entity id back into its view state, ignoring what is not a plain name', () => {
    expect(paramsFromSubEntityId(subEntityIdOf(target))).toEqual({ view: 'plan', year: '2027' });
    expect(paramsFromSubEntityId('view=plan&__proto__=x&a-b=1')).toEqual({ view: 'plan' });
    expect(paramsFromSubEntityId(undefined)).toEqual({});
  });

  it('cards: "Öppna objektplanen" opens the channel tab when the app id and channel are known', () => {
    const links = webLinks(() => 'https://objektnav.example', 'app-1');
    expect(links.objectTab('o1', { view: 'plan', year: 2027 }, '19:c@thread.tacv2')).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/entity\/app-1\/objektnav-o1\?webUrl=https%3A%2F%2Fobjektnav\.example%2Ftab%2Fobjects%2Fo1%3Fview%3Dplan%26year%3D2027&context=/,
    );
    expect(links.objectTab('o1', { view: 'plan', year: 2027 }, null)).toBe(
      'https://objektnav.example/tab/objects/o1?view=plan&year=2027',
    );
    expect(webLinks(() => 'https://objektnav.example').objectTab('o1', { view: 'plan' }, 'c')).toBe(
      'https://objektnav.example/tab/objects/o1?view=plan',
    );
  });
});
