// People as shown by name (an approval card's approvers, an object's role holders), kept per server
// instance for NAME_CACHE_MS (ADR 0035). On SharePoint each person is a single-item read (1 resource unit),
// and a card or an overview names up to a dozen of them on every click or load while names change seldom.
// Only for showing: authorization reads the person and their roles afresh (services/context.ts). With two
// instances, a rename made through the other one shows here after at most NAME_CACHE_MS.
import type { Person } from '../../domain/model';
import type { Stored, StoreCollections } from '../ports/store';

export const NAME_CACHE_MS = 60_000;

export class PersonNameCache {
  private readonly kept = new Map<string, { at: number; person: Stored<Person> | undefined }>();

  constructor(
    private readonly store: Pick<StoreCollections, 'people'>,
    // Wall time, not the domain's clock (which tests and demos may stop): the cache ages in real time.
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A person just read for another reason (the clicker, loaded to authorize them): kept as if read here. */
  note(person: Stored<Person>): void {
    if (this.kept.size > 5_000) this.kept.clear();
    this.kept.set(person.id, { at: this.now(), person });
  }

  async get(id: string): Promise<Stored<Person> | undefined> {
    const now = this.now();
    const hit = this.kept.get(id);
    // A person not found is not kept: they may be created a moment later.
    if (hit && hit.person && now - hit.at >= 0 && now - hit.at < NAME_CACHE_MS) return hit.person;
    const person = await this.store.people.get(id);
    if (this.kept.size > 5_000) this.kept.clear(); // bounded: a large municipality has ~3,000 people
    this.kept.set(id, { at: now, person });
    return person;
  }
}
