// The name cache (ADR 0035): a rename made elsewhere (another instance) shows once NAME_CACHE_MS has passed,
// not before; a person not found is not kept.
import { NAME_CACHE_MS, PersonNameCache } from '../../../src/services/people/nameCache';
import type { Person } from '../../../src/domain/model';
import type { Stored } from '../../../src/services/ports/store';

function fakePeople() {
  const records = new Map<string, Stored<Person>>();
  let reads = 0;
  const people = {
    get: async (id: string) => {
      reads++;
      return records.get(id);
    },
  };
  return { records, people, reads: () => reads };
}

const person = (id: string, displayName: string) =>
  ({
    id,
    displayName,
    email: '',
    title: '',
    etag: '1',
    createdAt: '',
    updatedAt: '',
  }) as unknown as Stored<Person>;

it('serves a name for NAME_CACHE_MS, then reads the person again', async () => {
  const f = fakePeople();
  let now = 1_000;
  const cache = new PersonNameCache({ people: f.people } as never, () => now);
  f.records.set('1', person('1', 'Ann'));
  expect((await cache.get('1'))?.displayName).toBe('Ann');
  f.records.set('1', person('1', 'Anna')); // renamed through another instance
  now += NAME_CACHE_MS - 1;
  expect((await cache.get('1'))?.displayName).toBe('Ann');
  expect(f.reads()).toBe(1);
  now += 1;
  expect((await cache.get('1'))?.displayName).toBe('Anna');
  expect(f.reads()).toBe(2);
});

it('does not keep a person that was not found', async () => {
  const f = fakePeople();
  const cache = new PersonNameCache({ people: f.people } as never, () => 0);
  expect(await cache.get('2')).toBeUndefined();
  f.records.set('2', person('2', 'Bo'));
  expect((await cache.get('2'))?.displayName).toBe('Bo');
});
