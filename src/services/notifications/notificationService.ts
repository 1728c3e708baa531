// Cards the bot should post or update, written to the outbox inside the same transaction as the change
// they announce. The outbox keeps the intent (which subject, which conversation); the card itself is
// rendered from the current state when it is sent, so a late send never shows stale figures.
import type { CardSubject, Decision, Forum, Initiative, ObjectPlan, OutboxMessage } from '../../domain/model';
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
            : subject.actionItemId;
  return `${subject.type}:${id}@${conversationId}`;
}

export class NotificationService {
  constructor(private readonly deps: ServiceDeps) {}

  /**
   * An object's cards go to the channel bound to it, through the conversation the bot was installed in
   * (a team install covers the team's channels). No binding or no installation: nothing to post.
   */
  async targetFor(tx: StoreCollections, objectId: string): Promise<CardTarget | null> {
    const bindings = await tx.channelBindings.findAll({ objectId });
    for (const binding of bindings) {
      const direct = await tx.conversations.findAll({ conversationId: binding.channelId });
      const viaTeam = binding.teamId ? await tx.conversations.findAll({ teamId: binding.teamId }) : [];
      const ref = [...direct, ...viaTeam].find((r) => r.active);
      if (ref) return { conversationId: binding.channelId, serviceUrl: ref.serviceUrl };
    }
    return null;
  }

  /** A plan went to its OSG: post an approval card in the object's channel. */
  async planSubmitted(tx: StoreCollections, plan: Stored<ObjectPlan>): Promise<void> {
    const target = await this.targetFor(tx, plan.objectId);
    if (target) await this.post(tx, { type: 'planApproval', planId: plan.id }, target);
  }

  /** The plan's approval changed: every approval card of the plan is updated in place. */
  async planChanged(tx: StoreCollections, plan: Stored<ObjectPlan>): Promise<void> {
    await this.updateAll(tx, { type: 'planApproval', planId: plan.id }, plan.objectId);
  }

  /** A priority question went up the ladder: a card where those who now decide can decide. */
  async initiativeEscalated(tx: StoreCollections, initiative: Stored<Initiative>): Promise<void> {
    const target = await this.targetFor(tx, initiative.objectId);
    if (!target) return;
    const subject: CardSubject = { type: 'escalation', initiativeId: initiative.id };
    // The question's card follows it up the ladder: updated where it was posted, else posted now.
    const existing = await tx.outbox.findAll({ subjectKey: subjectKey(subject, target.conversationId) });
    if (existing.some((m) => m.action === 'post' && m.status !== 'failed'))
      await this.updateAll(tx, subject, initiative.objectId);
    else await this.post(tx, subject, target);
  }

  /** The question was decided (or changed): its cards are updated in place. */
  async initiativeChanged(tx: StoreCollections, initiative: Stored<Initiative>): Promise<void> {
    await this.updateAll(tx, { type: 'escalation', initiativeId: initiative.id }, initiative.objectId);
  }

  /** Where a forum's cards go: an OSG's to its object's channel; PSG and OLF need a channel of their own. */
  async targetForForum(tx: StoreCollections, forum: Stored<Forum>): Promise<CardTarget | null> {
    if (forum.channel) {
      const direct = await tx.conversations.findAll({ conversationId: forum.channel.channelId });
      const viaTeam = forum.channel.teamId
        ? await tx.conversations.findAll({ teamId: forum.channel.teamId })
        : [];
      const ref = [...direct, ...viaTeam].find((r) => r.active);
      if (ref) return { conversationId: forum.channel.channelId, serviceUrl: ref.serviceUrl };
    }
    return forum.objectId ? this.targetFor(tx, forum.objectId) : null;
  }

  async decisionRecorded(tx: StoreCollections, decision: Stored<Decision>): Promise<void> {
    // A forum's decision goes to the forum's channel (PSG, OLF); an object's to the object's.
    const forum = decision.forumId ? await tx.forums.get(decision.forumId) : undefined;
    const target = forum?.channel
      ? await this.targetForForum(tx, forum)
      : decision.objectId
        ? await this.targetFor(tx, decision.objectId)
        : null;
    if (target) await this.post(tx, { type: 'decision', decisionId: decision.id }, target);
  }

  /** Posts a card for a subject in a conversation unless one is already posted or on its way. */
  async post(
    tx: StoreCollections,
    subject: CardSubject,
    target: CardTarget,
  ): Promise<Stored<OutboxMessage> | null> {
    const key = subjectKey(subject, target.conversationId);
    const existing = await tx.outbox.findAll({ subjectKey: key });
    if (existing.some((m) => m.action === 'post' && m.status !== 'failed')) return null;
    return tx.outbox.create(this.message('post', subject, key, target, null));
  }

  /** Updates the subject's card in every channel of the object where it has been posted. */
  private async updateAll(tx: StoreCollections, subject: CardSubject, objectId: string): Promise<void> {
    for (const binding of await tx.channelBindings.findAll({ objectId })) {
      const messages = await tx.outbox.findAll({ subjectKey: subjectKey(subject, binding.channelId) });
      const post = messages.find((m) => m.action === 'post' && m.status === 'sent' && m.activityId);
      // Not posted yet: the post renders the latest state when it is sent. A pending update does the same.
      if (
        !post ||
        messages.some((m) => m.action === 'update' && (m.status === 'pending' || m.status === 'sending'))
      )
        continue;
      await tx.outbox.create(
        this.message(
          'update',
          subject,
          post.subjectKey,
          { conversationId: post.conversationId, serviceUrl: post.serviceUrl },
          post.activityId,
        ),
      );
    }
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
