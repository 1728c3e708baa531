// Cards the bot should post or update, written to the outbox inside the same transaction as the change
// they announce. The outbox keeps the intent (which subject, which conversation); the card itself is
// rendered from the current state when it is sent, so a late send never shows stale figures.
import type {
  CardSubject,
  ChannelBinding,
  Decision,
  Forum,
  Initiative,
  ObjectPlan,
  OutboxMessage,
} from '../../domain/model';
import type { ServiceDeps } from '../context';
import type { StoreCollections, Stored } from '../ports/store';

export interface CardTarget {
  conversationId: string;
  serviceUrl: string;
}

export function subjectKey(subject: CardSubject, conversationId: string): string {
  const id =
    subject.type === 'planApproval'
      ? subject.planId
      : subject.type === 'decision'
        ? subject.decisionId
        : subject.type === 'escalation'
          ? subject.initiativeId
          : subject.type === 'agenda'
            ? subject.meetingId
            : subject.type === 'order'
              ? // One card per step an order waits at: each new wait is a new post, so it reaches people.
                `${subject.orderId}:${subject.state}`
              : subject.actionItemId;
  return `${subject.type}:${id}@${conversationId}`;
}

/**
 * Where an object's (and a forum's) cards can go, and what the outbox already holds for some subjects:
 * read in one round (after the channel bindings), so that a use case can read it beside its writes and
 * then queue its cards with no further reads.
 */
export class CardRoutes {
  constructor(
    readonly bindings: readonly Stored<ChannelBinding>[],
    /** The forum read along, if any (its own channel may be among the targets). */
    readonly forum: Stored<Forum> | undefined,
    /** Channel id → the service URL of an active installation reaching it (none: the bot is not there). */
    private readonly reachable: ReadonlyMap<string, string>,
    /** Outbox messages by subject key, for the subjects asked for. */
    private readonly messages: ReadonlyMap<string, Stored<OutboxMessage>[]>,
  ) {}

  /** The object's first bound channel the bot can reach. */
  objectTarget(): CardTarget | null {
    for (const binding of this.bindings) {
      const serviceUrl = this.reachable.get(binding.channelId);
      if (serviceUrl) return { conversationId: binding.channelId, serviceUrl };
    }
    return null;
  }

  /** For each of these objects, its first bound channel the bot can reach (objects without one: none). */
  objectTargets(objectIds: readonly string[]): CardTarget[] {
    const targets: CardTarget[] = [];
    for (const objectId of objectIds) {
      for (const binding of this.bindings.filter((b) => b.objectId === objectId)) {
        const serviceUrl = this.reachable.get(binding.channelId);
        if (!serviceUrl) continue;
        if (!targets.some((t) => t.conversationId === binding.channelId))
          targets.push({ conversationId: binding.channelId, serviceUrl });
        break;
      }
    }
    return targets;
  }

  /** Every channel read: the bindings' and the forum's own. */
  channels(): string[] {
    const own = this.forum?.channel?.channelId;
    return [...this.bindings.map((b) => b.channelId), ...(own ? [own] : [])];
  }

  /** A forum's own channel if the bot can reach it, else its object's. */
  forumTarget(forum: Stored<Forum>): CardTarget | null {
    const serviceUrl = forum.channel ? this.reachable.get(forum.channel.channelId) : undefined;
    if (forum.channel && serviceUrl) return { conversationId: forum.channel.channelId, serviceUrl };
    return forum.objectId ? this.objectTarget() : null;
  }

  /** What the outbox held for this key when read; undefined when the key was not read ahead. */
  messagesFor(key: string): Stored<OutboxMessage>[] | undefined {
    return this.messages.get(key);
  }
}

export interface RoutesRequest {
  /** The object whose channels are wanted (its bindings are read first unless given). */
  objectId?: string | null;
  bindings?: readonly Stored<ChannelBinding>[];
  forum?: Stored<Forum>;
  /** Subjects whose existing messages in those channels are read along. */
  subjects?: readonly CardSubject[];
}

export class NotificationService {
  constructor(private readonly deps: ServiceDeps) {}

  /** The channels an object is bound to: a use case reads them with its own first reads. */
  bindingsOf(tx: StoreCollections, objectId: string): Promise<Stored<ChannelBinding>[]> {
    return tx.channelBindings.findAll({ objectId });
  }

  /**
   * The routes for an object's (and a forum's) cards: installations reaching each channel and the outbox
   * messages of the given subjects there, all read together (on SharePoint one $batch, which travels
   * with the writes a use case issues in the same tick).
   */
  async routes(tx: StoreCollections, request: RoutesRequest): Promise<CardRoutes> {
    const bindings =
      request.bindings ?? (request.objectId ? await this.bindingsOf(tx, request.objectId) : []);
    const channels = new Map<string, string | null>(); // channel id → team id
    for (const b of bindings) channels.set(b.channelId, b.teamId || null);
    const own = request.forum?.channel;
    if (own) channels.set(own.channelId, own.teamId || null);
    const teams = [...new Set([...channels.values()].filter((t): t is string => !!t))];
    const keys = [...channels.keys()].flatMap((c) => (request.subjects ?? []).map((s) => subjectKey(s, c)));
    const [direct, viaTeam, messages] = await Promise.all([
      Promise.all([...channels.keys()].map((c) => tx.conversations.findAll({ conversationId: c }))),
      Promise.all(teams.map((teamId) => tx.conversations.findAll({ teamId }))),
      Promise.all(keys.map((key) => tx.outbox.findAll({ subjectKey: key }))),
    ]);
    const reachable = new Map<string, string>();
    [...channels.entries()].forEach(([channelId, teamId], i) => {
      const team = teamId ? (viaTeam[teams.indexOf(teamId)] ?? []) : [];
      const ref = [...(direct[i] ?? []), ...team].find((r) => r.active);
      if (ref) reachable.set(channelId, ref.serviceUrl);
    });
    return new CardRoutes(
      bindings,
      request.forum,
      reachable,
      new Map(keys.map((key, i) => [key, messages[i] ?? []])),
    );
  }

  /**
   * An object's cards go to the channel bound to it, through the conversation the bot was installed in
   * (a team install covers the team's channels). No binding or no installation: nothing to post.
   */
  async targetFor(tx: StoreCollections, objectId: string): Promise<CardTarget | null> {
    return (await this.routes(tx, { objectId })).objectTarget();
  }

  /** Where a forum's cards go: an OSG's to its object's channel; PSG and OLF need a channel of their own. */
  async targetForForum(tx: StoreCollections, forum: Stored<Forum>): Promise<CardTarget | null> {
    const routes = await this.routes(tx, forum.channel ? { forum } : { forum, objectId: forum.objectId });
    const target = routes.forumTarget(forum);
    // The forum's own channel is out of reach: fall back to its object's channel.
    if (!target && forum.channel && forum.objectId) return this.targetFor(tx, forum.objectId);
    return target;
  }

  /** A plan went to its OSG: post an approval card in the object's channel. */
  async planSubmitted(tx: StoreCollections, plan: Stored<ObjectPlan>): Promise<void> {
    const subject: CardSubject = { type: 'planApproval', planId: plan.id };
    const routes = await this.routes(tx, { objectId: plan.objectId, subjects: [subject] });
    const target = routes.objectTarget();
    if (target) await this.post(tx, subject, target, routes);
  }

  /** The plan's approval changed: every approval card of the plan is updated in place. */
  async planChanged(tx: StoreCollections, plan: Stored<ObjectPlan>, routes?: CardRoutes): Promise<void> {
    await this.updateAll(tx, { type: 'planApproval', planId: plan.id }, plan.objectId, routes);
  }

  /**
   * An order waits for someone (the orderer function, the owners, the performer, the orderer): a card in
   * the object's channel; the card of the step it leaves is updated to show where it went.
   */
  async orderMoved(
    tx: StoreCollections,
    order: { id: string; objectId: string; state: string },
    previousState: string | null,
    waits: boolean,
  ): Promise<void> {
    if (previousState)
      await this.updateAll(tx, { type: 'order', orderId: order.id, state: previousState }, order.objectId);
    if (!waits) return;
    const subject: CardSubject = { type: 'order', orderId: order.id, state: order.state };
    const routes = await this.routes(tx, { objectId: order.objectId, subjects: [subject] });
    const target = routes.objectTarget();
    if (target) await this.post(tx, subject, target, routes);
  }

  /** An owner answered: the approval card is updated in place. */
  async orderApprovalChanged(tx: StoreCollections, order: { id: string; objectId: string }) {
    await this.updateAll(tx, { type: 'order', orderId: order.id, state: 'awaitingApproval' }, order.objectId);
  }

  /**
   * Where a priority question's card belongs: the channel of every object it concerns (their leaders or
   * owners decide together) and, once it is at PSG, PSG's own channel — read in one round.
   */
  private async escalationRoutes(tx: StoreCollections, initiative: Stored<Initiative>) {
    const subject: CardSubject = { type: 'escalation', initiativeId: initiative.id };
    const involved = [...new Set([initiative.objectId, ...initiative.affectedObjectIds])];
    const [bindings, psg] = await Promise.all([
      Promise.all(involved.map((objectId) => this.bindingsOf(tx, objectId))),
      initiative.escalationLevel === 'psg' ? tx.forums.findAll({ kind: 'psg' }) : Promise.resolve([]),
    ]);
    const forum = psg[0];
    const routes = await this.routes(tx, { bindings: bindings.flat(), forum, subjects: [subject] });
    const targets = routes.objectTargets(involved);
    const own = forum?.channel ? routes.forumTarget(forum) : null;
    if (own && !targets.some((t) => t.conversationId === own.conversationId)) targets.unshift(own);
    return { subject, routes, targets };
  }

  /**
   * A priority question went up the ladder: a card where those who now decide can decide, in every
   * channel it belongs to. Where the card was posted before, it follows the question up (updated in
   * place); where it was not, it is posted now.
   */
  async initiativeEscalated(tx: StoreCollections, initiative: Stored<Initiative>): Promise<void> {
    const { subject, routes, targets } = await this.escalationRoutes(tx, initiative);
    const fresh: CardTarget[] = [];
    for (const target of targets) {
      const existing = routes.messagesFor(subjectKey(subject, target.conversationId)) ?? [];
      if (!existing.some((m) => m.action === 'post' && m.status !== 'failed')) fresh.push(target);
    }
    await this.updateIn(tx, subject, routes, routes.channels());
    for (const target of fresh) await this.post(tx, subject, target, routes);
  }

  /** The question was decided (or changed): its cards are updated in place, wherever they were posted. */
  async initiativeChanged(tx: StoreCollections, initiative: Stored<Initiative>, ahead?: CardRoutes) {
    const subject: CardSubject = { type: 'escalation', initiativeId: initiative.id };
    const routes = ahead ?? (await this.escalationRoutes(tx, initiative)).routes;
    await this.updateIn(tx, subject, routes, routes.channels());
  }

  /**
   * A decision was just recorded: its card is posted. A decision is recorded once, so there is no earlier
   * card of it to look for. `routes`, if read ahead, must cover the decision's object (and forum).
   */
  async decisionRecorded(
    tx: StoreCollections,
    decision: Stored<Decision>,
    routes?: CardRoutes,
  ): Promise<void> {
    // A forum's decision goes to the forum's channel (PSG, OLF); an object's to the object's.
    const forum = !decision.forumId
      ? undefined
      : routes?.forum?.id === decision.forumId
        ? routes.forum
        : await tx.forums.get(decision.forumId);
    let target: CardTarget | null = null;
    if (forum?.channel) {
      target =
        routes?.forum?.id === forum.id ? routes.forumTarget(forum) : await this.targetForForum(tx, forum);
    } else if (decision.objectId) {
      target = routes ? routes.objectTarget() : await this.targetFor(tx, decision.objectId);
    }
    if (target) {
      const subject: CardSubject = { type: 'decision', decisionId: decision.id };
      const key = subjectKey(subject, target.conversationId);
      await tx.outbox.create(this.message('post', subject, key, target, null));
    }
  }

  /** Posts a card for a subject in a conversation unless one is already posted or on its way. */
  async post(
    tx: StoreCollections,
    subject: CardSubject,
    target: CardTarget,
    routes?: CardRoutes,
  ): Promise<Stored<OutboxMessage> | null> {
    const key = subjectKey(subject, target.conversationId);
    const existing = routes?.messagesFor(key) ?? (await tx.outbox.findAll({ subjectKey: key }));
    if (existing.some((m) => m.action === 'post' && m.status !== 'failed')) return null;
    return tx.outbox.create(this.message('post', subject, key, target, null));
  }

  /** Updates the subject's card in every channel of the object where it has been posted. */
  private async updateAll(
    tx: StoreCollections,
    subject: CardSubject,
    objectId: string,
    ahead?: CardRoutes,
  ): Promise<void> {
    const routes = ahead ?? (await this.routes(tx, { objectId, subjects: [subject] }));
    await this.updateIn(
      tx,
      subject,
      routes,
      routes.bindings.map((b) => b.channelId),
    );
  }

  /** Updates the subject's card in each of these channels where it has been posted. */
  private async updateIn(
    tx: StoreCollections,
    subject: CardSubject,
    routes: CardRoutes,
    channelIds: readonly string[],
  ): Promise<void> {
    const updates: OutboxMessage[] = [];
    for (const channelId of new Set(channelIds)) {
      const key = subjectKey(subject, channelId);
      const messages = routes.messagesFor(key) ?? (await tx.outbox.findAll({ subjectKey: key }));
      const post = messages.find((m) => m.action === 'post' && m.status === 'sent' && m.activityId);
      // Not posted yet: the post renders the latest state when it is sent. A pending update does the same.
      if (
        !post ||
        messages.some((m) => m.action === 'update' && (m.status === 'pending' || m.status === 'sending'))
      )
        continue;
      updates.push(
        this.message(
          'update',
          subject,
          post.subjectKey,
          { conversationId: post.conversationId, serviceUrl: post.serviceUrl },
          post.activityId,
        ),
      );
    }
    // Queued together: on SharePoint one round trip however many channels show the card.
    await Promise.all(updates.map((m) => tx.outbox.create(m)));
  }

  private message(
    action: 'post' | 'update',
    subject: CardSubject,
    key: string,
    target: CardTarget,
    activityId: string | null,
  ): OutboxMessage {
    return {
      action,
      subject,
      subjectKey: key,
      conversationId: target.conversationId,
      serviceUrl: target.serviceUrl,
      locale: 'sv',
      status: 'pending',
      attempts: 0,
      nextAttemptAt: this.deps.clock.now().toISOString(),
      lastError: '',
      activityId,
    };
  }
}
