// What the bot's meeting cards show: an agenda, an action item, a recorded decision.
import type { ServiceDeps } from '../context';
import { mustGet } from '../records';
import type { AgendaService } from './agendaService';

export class MeetingCardService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly agendas: AgendaService,
  ) {}

  private get store() {
    return this.deps.store;
  }

  /** A meeting's agenda for its card: the convener's items and the suggestions from live data. */
  async agendaState(meetingId: string) {
    const agenda = await this.agendas.agenda(meetingId);
    const object = agenda.forum.objectId ? await this.store.objects.get(agenda.forum.objectId) : undefined;
    return { ...agenda, object: object ?? null };
  }

  async actionItemState(actionItemId: string) {
    const item = await mustGet(this.store.actionItems, 'åtgärd', actionItemId);
    const [owner, forum] = await Promise.all([
      this.store.people.get(item.ownerPersonId),
      this.store.forums.get(item.forumId),
    ]);
    return { item, owner: owner ?? null, forum: forum ?? null };
  }

  async decision(decisionId: string) {
    const decision = await mustGet(this.store.decisions, 'beslut', decisionId);
    const [forum, person, object, plan, initiative, approvers] = await Promise.all([
      decision.forumId ? this.store.forums.get(decision.forumId) : undefined,
      this.store.people.get(decision.decidedByPersonId),
      decision.objectId ? this.store.objects.get(decision.objectId) : undefined,
      decision.planId ? this.store.plans.get(decision.planId) : undefined,
      decision.initiativeId ? this.store.initiatives.get(decision.initiativeId) : undefined,
      // A plan's approval is decided by every approver's answer: each is named, not only the last.
      Promise.all(
        (decision.approvers ?? []).map(async (a) => ({
          ...a,
          displayName: (await this.store.people.get(a.personId))?.displayName ?? '',
        })),
      ),
    ]);
    return { decision, forum, person, object, plan, initiative, approvers };
  }
}
