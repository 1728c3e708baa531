// What the bot needs from the model: who is talking (by Entra object id, never by card data), which
// object a conversation belongs to, and where an object's plan and approval stand.
import { currentAuditScope } from '../audit/auditScope';
import { budgetTable } from '../../domain/budget/budget';
import { isEscalationOpen, priorityScore } from '../../domain/initiatives/prioritisation';
import { planDeadlines, type DeadlineStatus } from '../../domain/plan/lifecycle';
import type { ConversationType, ObjectPlan, ObjectRole, Person } from '../../domain/model';
import { todayIn, type Actor, type RequestContext, type ServiceDeps } from '../context';
import { AppError } from '../errors';
import { data, mustGet } from '../records';
import type { StoreCollections, Stored } from '../ports/store';
import { NotificationService, type CardTarget } from '../notifications/notificationService';
import type { PlanService } from '../plans/planService';
import type { ChannelService } from '../channels/channelService';
import { AgendaService } from '../meetings/agendaService';

export interface IncomingConversation {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  teamId: string | null;
  channelId: string | null;
  conversationType: ConversationType;
}

export class BotService {
  private readonly notifications: NotificationService;
  private readonly knownConversations = new Set<string>();

  constructor(
    private readonly deps: ServiceDeps,
    private readonly plans: PlanService,
    private readonly channels: ChannelService,
  ) {
    this.notifications = new NotificationService(deps);
  }

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
  async rememberConversation(
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
    return 'stored';
  }

  async forgetConversation(conversationId: string): Promise<void> {
    for (const key of this.knownConversations)
      if (key.startsWith(`${conversationId}|`)) this.knownConversations.delete(key);
    for (const ref of await this.store.conversations.findAll({ conversationId })) {
      await this.store.conversations.update(ref.id, { ...data(ref), active: false }, ref.etag);
    }
  }

  /**
   * The acting person from the Entra object id Teams vouches for; learns their Teams user id for per-user
   * card views — at once, or with `learn: 'with-answer'` in the transaction of the answer that follows
   * (answerApproval): one commit for the click instead of two.
   */
  async actorFor(
    aadObjectId: string | undefined,
    teamsUserId: string | undefined,
    learn: 'now' | 'with-answer' = 'now',
  ): Promise<Actor | null> {
    if (!aadObjectId) return null;
    const [person] = await this.store.people.findAll({ entraObjectId: aadObjectId });
    if (!person) return null;
    // The audit log names the clicker; it would otherwise look the same person up again on the first write.
    const scope = currentAuditScope();
    if (scope && scope.personId === undefined && scope.entraObjectId === aadObjectId)
      scope.personId = person.id;
    const [assignments] = await Promise.all([
      this.store.roleAssignments.findAll({ personId: person.id }),
      learn === 'now' ? this.learnTeamsUserId(this.store, person, teamsUserId) : undefined,
    ]);
    return { personId: person.id, person, assignments };
  }

  /** Remembers a person's Teams user id (it names them in cards' refresh.userIds); a failure is harmless. */
  private async learnTeamsUserId(
    store: StoreCollections,
    person: Stored<Person>,
    teamsUserId: string | undefined,
  ): Promise<void> {
    if (!teamsUserId || person.teamsUserId === teamsUserId) return;
    await store.people
      .update(person.id, { ...data(person), teamsUserId }, person.etag)
      .catch(() => undefined);
  }

  /**
   * An approver's answer from a card: the clicker's Teams user id (if new) and the answer are written in
   * one transaction, through the same use case as the API.
   */
  async answerApproval(
    ctx: RequestContext & { actor: Actor },
    teamsUserId: string | undefined,
    planId: string,
    outcome: 'approved' | 'rejected',
    input: unknown,
  ) {
    return this.store.transaction(async (tx) => {
      await this.learnTeamsUserId(tx, ctx.actor.person, teamsUserId);
      return this.plans.answer(ctx, planId, outcome, input);
    });
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

  async objectForConversation(channelOrConversationId: string) {
    const [binding] = await this.store.channelBindings.findAll({ channelId: channelOrConversationId });
    if (!binding) return null;
    return (await this.store.objects.get(binding.objectId)) ?? null;
  }

  async objectByCode(code: string) {
    const [object] = await this.store.objects.findAll({ code: code.trim().toUpperCase() });
    return object ?? null;
  }

  /** Binds a conversation to an object, with the same rule as the tab's configuration page. */
  async bind(actor: Actor | null, c: IncomingConversation, objectId: string, locale: 'sv' | 'en') {
    return this.channels.bind(
      { actor, locale },
      { channelId: c.channelId ?? c.conversationId, teamId: c.teamId, tenantId: c.tenantId, objectId },
    );
  }

  /** The plan people mean by "the plan": one awaiting approval, else this year's, else the newest. */
  async currentPlan(objectId: string) {
    const plans = await this.store.plans.findAll({ objectId }, { field: 'year', direction: 'desc' });
    const year = Number(todayIn(this.deps.clock).slice(0, 4));
    return (
      plans.find((p) => p.status === 'preliminary') ?? plans.find((p) => p.year === year) ?? plans[0] ?? null
    );
  }

  async planSummary(planId: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    const lines = await this.store.budgetLines.findAll({ planId });
    const table = budgetTable(lines, plan);
    const deadlines: DeadlineStatus[] = planDeadlines(plan, todayIn(this.deps.clock));
    return { plan, table, deadlines };
  }

  async status(objectId: string) {
    const object = await mustGet(this.store.objects, 'objekt', objectId);
    const plan = await this.currentPlan(objectId);
    const forums = await this.store.forums.findAll({ kind: 'osg', objectId });
    const now = this.deps.clock.now().toISOString();
    const meetings = forums[0]
      ? await this.store.meetings.findAll({ forumId: forums[0].id }, { field: 'start' })
      : [];
    const next = meetings.find((m) => m.start >= now && m.status === 'scheduled') ?? null;
    const pending = (await this.store.plans.findAll({ objectId, status: 'preliminary' })).map(
      (p) => `${object.code} ${p.year}`,
    );
    return {
      object,
      plan: plan
        ? {
            year: plan.year,
            status: plan.status,
            late: planDeadlines(plan, todayIn(this.deps.clock))
              .filter((d) => d.late)
              .map((d) => d.deliverable),
          }
        : null,
      nextMeeting: next ? { title: next.title, start: next.start } : null,
      openApprovals: pending,
    };
  }

  /** Everything an approval card shows about a plan. */
  async approvalState(planId: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    return this.approvalStateOf(plan, await this.plans.approval(plan));
  }

  /** The card's state around a plan and its approval already in hand (e.g. as an answer returned them). */
  async approvalStateOf(plan: Stored<ObjectPlan>, approval: Awaited<ReturnType<PlanService['approval']>>) {
    const ids = [...new Set(Object.values(approval.holders).flatMap((h) => h ?? []))];
    // Read together (on SharePoint: one $batch).
    const [object, lines, found, bindings] = await Promise.all([
      mustGet(this.store.objects, 'objekt', plan.objectId),
      this.store.budgetLines.findAll({ planId: plan.id }),
      Promise.all(ids.map((id) => this.store.people.get(id))),
      // The object's channel tab, for the card's deep link ("Öppna objektplanen" opens it inside Teams).
      this.store.channelBindings.findAll({ objectId: plan.objectId }),
    ]);
    const people = new Map<string, Stored<Person>>();
    for (const person of found) if (person) people.set(person.id, person);
    return {
      plan,
      object,
      budgetTotal: budgetTable(lines, plan).totals.total,
      approval,
      // A draft whose latest round holds a rejection was sent back by the OSG.
      rejected: plan.status === 'draft' && approval.rejected,
      people,
      channelId: [...bindings].sort((a, b) => b.boundAt.localeCompare(a.boundAt))[0]?.channelId ?? null,
    };
  }

  /** Roles this person answers for on the plan (empty: not an approver). */
  async approverRoles(planId: string, personId: string): Promise<ObjectRole[]> {
    const { approval } = await this.approvalState(planId);
    return approval.approvers.filter((a) => a.personIds.includes(personId)).map((a) => a.role);
  }

  /** Posts the plan's approval card in this conversation unless it is already there. */
  async ensureApprovalCard(target: CardTarget, planId: string): Promise<boolean> {
    return this.store.transaction(
      async (tx) => (await this.notifications.post(tx, { type: 'planApproval', planId }, target)) !== null,
    );
  }

  /** A priority question with the people who decide it at its current rung of the ladder. */
  async escalationState(initiativeId: string) {
    const initiative = await mustGet(this.store.initiatives, 'initiativ', initiativeId);
    const involved = [initiative.objectId, ...initiative.affectedObjectIds];
    const objects = (await Promise.all(involved.map((id) => this.store.objects.get(id)))).filter(
      (o) => o !== undefined,
    );
    const roles: readonly string[] =
      initiative.escalationLevel === 'leaders'
        ? ['leaderBusiness', 'leaderIt']
        : ['ownerBusiness', 'ownerIt'];
    const assignments =
      initiative.escalationLevel === 'psg'
        ? (await this.store.roleAssignments.findAll({ role: 'deputyMunicipalDirector' })).filter(
            (a) => a.objectId === null,
          )
        : (await Promise.all(involved.map((objectId) => this.store.roleAssignments.findAll({ objectId }))))
            .flat()
            .filter((a) => roles.includes(a.role));
    const deciderIds = [...new Set(assignments.map((a) => a.personId))];
    const deciders = (await Promise.all(deciderIds.map((id) => this.store.people.get(id)))).filter(
      (p) => p !== undefined,
    );
    // Awaiting a decision at this rung: the domain's rule (a decided question is closed).
    const open = isEscalationOpen(initiative);
    return { initiative, objects, deciders, score: priorityScore(initiative), open };
  }

  /** A meeting's agenda for its card: the convener's items and the suggestions from live data. */
  async agendaState(meetingId: string) {
    const agenda = await new AgendaService(this.deps).agenda(meetingId);
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

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
