// The conversations the bot is part of: where it may post, which object a channel belongs to, and (demo
// only) which demo person a chat user acts as.
import type { ConversationType, Person } from '../../domain/model';
import type { ServiceDeps } from '../context';
import { data } from '../records';
import type { Stored } from '../ports/store';
import { learnTeamsUserId } from '../people/teamsUser';

export interface IncomingConversation {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  teamId: string | null;
  channelId: string | null;
  conversationType: ConversationType;
}

export class ConversationService {
  private readonly knownConversations = new Set<string>();

  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  /**
   * Remembers where the bot can post; called on installation and whenever a conversation is first seen.
   * A conversation already known under another tenant or serviceUrl is left as it is and the answer says
   * so: whoever sends an activity must not be able to redirect the cards of a bound channel. Only when
   * the bot was removed there (inactive) may a new installation with `verified` (signed) activities
   * replace the address.
   */
  async remember(
    c: IncomingConversation,
    options: { verified: boolean } = { verified: false },
  ): Promise<'stored' | 'unchanged' | 'otherTenant' | 'otherServiceUrl'> {
    // Known conversations are skipped without a read; the store stays the record (a restart reads it again).
    const known = `${c.conversationId}|${c.serviceUrl}|${c.tenantId ?? ''}`;
    if (this.knownConversations.has(known)) return 'unchanged';
    const [existing] = await this.store.conversations.findAll({ conversationId: c.conversationId });
    if (existing && (existing.tenantId ?? null) !== (c.tenantId ?? null)) return 'otherTenant';
    if (existing && existing.serviceUrl !== c.serviceUrl && (existing.active || !options.verified))
      return 'otherServiceUrl';
    if (existing && existing.active) {
      this.knownConversations.add(known);
      return 'unchanged';
    }
    const record = {
      ...c,
      installedAt: existing?.installedAt ?? this.deps.clock.now().toISOString(),
      active: true,
    };
    if (existing) await this.store.conversations.update(existing.id, record, existing.etag);
    else await this.store.conversations.create(record);
    // Now stored as active with this address: the next activity from it needs no read either (it paid
    // one, a round trip on SharePoint, on every conversation's second activity).
    this.knownConversations.add(known);
    return 'stored';
  }

  async forget(conversationId: string): Promise<void> {
    for (const key of this.knownConversations)
      if (key.startsWith(`${conversationId}|`)) this.knownConversations.delete(key);
    for (const ref of await this.store.conversations.findAll({ conversationId })) {
      await this.store.conversations.update(ref.id, { ...data(ref), active: false }, ref.etag);
    }
  }

  /**
   * Demo mode only: lets a chat user act as a demo person by linking their Entra object id to that person
   * (and unlinking it from anyone else). Callers check the mode.
   */
  async actAs(
    aadObjectId: string,
    teamsUserId: string | undefined,
    name: string,
  ): Promise<Stored<Person> | null> {
    const people = await this.store.people.findAll();
    const wanted = name.trim().toLocaleLowerCase('sv');
    const person = people.find((p) => p.displayName.toLocaleLowerCase('sv') === wanted);
    if (!person) return null;
    await this.store.transaction(async (tx) => {
      for (const other of await tx.people.findAll({ entraObjectId: aadObjectId })) {
        if (other.id !== person.id) {
          const { entraObjectId: _drop, ...rest } = data(other);
          await tx.people.update(other.id, rest, other.etag);
        }
      }
      const current = (await tx.people.get(person.id))!;
      await tx.people.update(
        person.id,
        { ...data(current), entraObjectId: aadObjectId, ...(teamsUserId ? { teamsUserId } : {}) },
        current.etag,
      );
    });
    return person;
  }

  /** Remembers a chat user's Teams user id (it names them in cards' refresh.userIds). */
  async learnTeamsUser(person: Stored<Person>, teamsUserId: string | undefined): Promise<void> {
    await learnTeamsUserId(this.store, person, teamsUserId);
  }

  /** The object a channel (or chat) is bound to. */
  async objectOf(channelOrConversationId: string) {
    const [binding] = await this.store.channelBindings.findAll({ channelId: channelOrConversationId });
    if (!binding) return null;
    return (await this.store.objects.get(binding.objectId)) ?? null;
  }

  async objectByCode(code: string) {
    const [object] = await this.store.objects.findAll({ code: code.trim().toUpperCase() });
    return object ?? null;
  }
}
