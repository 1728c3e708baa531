// A person's Teams user id: learnt from the activities they send, it names them in cards' refresh.userIds.
import type { Person } from '../../domain/model';
import { data } from '../records';
import type { StoreCollections, Stored } from '../ports/store';

/**
 * Remembers a person's Teams user id when it is new; a failure is harmless (the next activity tries again).
 * Resolves with the person as stored now.
 */
export async function learnTeamsUserId(
  store: StoreCollections,
  person: Stored<Person>,
  teamsUserId: string | undefined,
): Promise<Stored<Person>> {
  if (!teamsUserId || person.teamsUserId === teamsUserId) return person;
  return store.people.update(person.id, { ...data(person), teamsUserId }, person.etag).catch(() => person);
}
