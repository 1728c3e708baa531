// What a server instance keeps of the store between requests on SharePoint, and for how long (ADR 0036,
// docs/deploy.md §9): on SharePoint every read costs a Graph round trip and resource units, and the
// object tab's parallel requests each identified the person and read the same people again.
// - The acting person with their role assignments, ACTOR_CACHE_MS, for reads only: a write is always
//   authorized on a fresh read (which then renews what is kept), so a role taken away elsewhere is
//   refused on the next write at once and stops showing within the stated time. Which person an Entra
//   object id names (every signed-in request asks), for as long.
// - Everyone's records (the people directory: GET /api/people and the names an overview shows) and the
//   line organisations, NAME_CACHE_MS: for showing only, as ADR 0035's names.
// A write through this instance to what is kept drops it at once (see watchWrites); another instance's
// write is seen within the stated time. The embedded store keeps nothing here: its reads cost
// microseconds, and its behaviour stays what it was.
import type { LineOrganisation, Person } from '../../domain/model';
import { loadActor, personByEntraObjectId, type Actor, type ShownReads } from '../context';
import type { CollectionName, Store, Stored } from '../ports/store';
import { NAME_CACHE_MS } from '../people/nameCache';
import { Kept, KeptByKey } from './kept';

export const ACTOR_CACHE_MS = 30_000;

export interface ReadCacheTimes {
  actorMs: number;
  showMs: number;
}

/** Kept on SharePoint; nothing kept on the embedded store. */
export function readCacheTimes(store: Pick<Store, 'kind'>): ReadCacheTimes {
  return store.kind === 'sharepoint'
    ? { actorMs: ACTOR_CACHE_MS, showMs: NAME_CACHE_MS }
    : { actorMs: 0, showMs: 0 };
}

export class ReadCaches implements ShownReads {
  private readonly actors: KeptByKey<Actor | null>;
  private readonly signedIn: KeptByKey<string | undefined>;
  private readonly directory: Kept<Stored<Person>[]>;
  private readonly departments: Kept<Stored<LineOrganisation>[]>;

  constructor(
    store: Store,
    readonly times: ReadCacheTimes,
    now: () => number = () => performance.now(),
  ) {
    this.actors = new KeptByKey((id) => loadActor(store, id), times.actorMs, now);
    this.signedIn = new KeptByKey(
      // On a miss the person read is remembered for the rest of the request, so loadActor need not read it again.
      (oid) => personByEntraObjectId(store, oid),
      times.actorMs,
      now,
    );
    this.directory = new Kept(() => store.people.findAll(), times.showMs, now);
    this.departments = new Kept(() => store.lineOrganisations.findAll(), times.showMs, now);
  }

  /** True when people are kept: the overview then names role holders from the directory. */
  get keepsPeople(): boolean {
    return this.times.showMs > 0;
  }

  /** The acting person and their roles: kept for a read, read afresh for a write (`fresh`). */
  async actor(personId: string, fresh: boolean): Promise<Actor | null> {
    const actor = await (fresh ? this.actors.refresh(personId) : this.actors.get(personId));
    if (!actor) this.actors.forget(personId);
    return actor;
  }

  /**
   * Whose Entra object id (a token's `oid`, a Teams activity's aadObjectId) this is: kept as the actor is,
   * since every request in Entra mode asks it (a query, 2 resource units). Who is then acting is read as
   * `actor` says: afresh for a write, so a person removed meanwhile is refused.
   */
  async personIdByObjectId(oid: string): Promise<string | undefined> {
    const personId = await this.signedIn.get(oid);
    if (!personId) this.signedIn.forget(oid);
    return personId;
  }

  /** Everyone in Objektnav, for showing (unsorted, as the store gives them). */
  people(): Promise<Stored<Person>[]> {
    return this.directory.get();
  }

  lineOrganisations(): Promise<Stored<LineOrganisation>[]> {
    return this.departments.get();
  }

  /** A write through this instance to `collection` has happened (or failed half-way): drop what it touches. */
  written(collection: CollectionName): void {
    if (collection === 'people') {
      this.directory.invalidate();
      this.actors.invalidateAll();
      this.signedIn.invalidateAll();
    } else if (collection === 'roleAssignments') this.actors.invalidateAll();
    else if (collection === 'lineOrganisations') this.departments.invalidate();
  }
}
