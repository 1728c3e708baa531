// What the bot's plan cards and commands read about a plan, and an approver's answer from a card: the
// same use case as the API's (PlanService.answer), with the clicker's Teams user id learnt alongside.
import { budgetTable } from '../../domain/budget/budget';
import { planDeadlines, type DeadlineStatus } from '../../domain/plan/lifecycle';
import type { BudgetLine, ChannelBinding, ObjectPlan, Person, GovernanceObject } from '../../domain/model';
import { todayIn, type Actor, type ServiceDeps } from '../context';
import { mustGet } from '../records';
import type { Stored } from '../ports/store';
import { NotificationService, type CardTarget } from '../notifications/notificationService';
import { learnTeamsUserId } from '../people/teamsUser';
import { PersonNameCache } from '../people/nameCache';
import type { PendingActorContext, PlanService } from './planService';

export type ApprovalCardState = Awaited<ReturnType<PlanCardService['approvalStateOf']>>;

export class PlanCardService {
  private readonly notifications: NotificationService;
  private readonly names: PersonNameCache;

  constructor(
    private readonly deps: ServiceDeps,
    private readonly plans: PlanService,
  ) {
    this.notifications = new NotificationService(deps);
    this.names = new PersonNameCache(deps.store);
  }

  private get store() {
    return this.deps.store;
  }

  /** The plan people mean by "the plan": one awaiting approval, else this year's, else the newest. */
  async currentPlan(objectId: string) {
    const plans = await this.store.plans.findAll({ objectId }, { field: 'year', direction: 'desc' });
    const year = Number(todayIn(this.deps.clock).slice(0, 4));
    return (
      plans.find((p) => p.status === 'preliminary') ?? plans.find((p) => p.year === year) ?? plans[0] ?? null
    );
  }

  async summary(planId: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    const lines = await this.store.budgetLines.findAll({ planId });
    const table = budgetTable(lines, plan);
    const deadlines: DeadlineStatus[] = planDeadlines(plan, todayIn(this.deps.clock));
    return { plan, table, deadlines };
  }

  /** An object's state at a glance: the current plan, late deliverables, next OSG meeting, open approvals. */
  async objectStatus(objectId: string) {
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
  async approvalStateOf(
    plan: Stored<ObjectPlan>,
    approval: Awaited<ReturnType<PlanService['approval']>>,
    // What the answer's transaction already read (the object, the lines, the channel bindings) and worked
    // out (the lines' total, which its answers record): not read or summed again.
    read?: {
      object: Stored<GovernanceObject> | undefined;
      lines: Stored<BudgetLine>[];
      bindings: Stored<ChannelBinding>[];
      total?: number;
    },
  ) {
    const ids = [...new Set(Object.values(approval.holders).flatMap((h) => h ?? []))];
    // Read together (on SharePoint: one $batch); the names from the instance's name cache.
    const [object, lines, found, bindings] = await Promise.all([
      read?.object ?? mustGet(this.store.objects, 'objekt', plan.objectId),
      read ? read.lines : this.store.budgetLines.findAll({ planId: plan.id }),
      Promise.all(ids.map((id) => this.names.get(id))),
      // The object's channel tab, for the card's deep link ("Öppna objektplanen" opens it inside Teams).
      read ? read.bindings : this.store.channelBindings.findAll({ objectId: plan.objectId }),
    ]);
    const people = new Map<string, Stored<Person>>();
    for (const person of found) if (person) people.set(person.id, person);
    return {
      plan,
      object,
      budgetTotal: read?.total ?? budgetTable(lines, plan).totals.total,
      approval,
      // A draft whose latest round holds a rejection was sent back by the OSG.
      rejected: plan.status === 'draft' && approval.rejected,
      people,
      channelId: [...bindings].sort((a, b) => b.boundAt.localeCompare(a.boundAt))[0]?.channelId ?? null,
    };
  }

  /** Posts the plan's approval card in this conversation unless it is already there. */
  async ensureApprovalCard(target: CardTarget, planId: string): Promise<boolean> {
    return this.store.transaction(
      async (tx) => (await this.notifications.post(tx, { type: 'planApproval', planId }, target)) !== null,
    );
  }

  /**
   * An approver's answer from a card: the clicker's Teams user id (if new) and the answer are written in
   * one transaction (one commit for the click instead of two), through the same use case as the API. The
   * clicker may still be being identified: the answer reads the plan meanwhile (PendingActorContext), and
   * refuses someone unknown as unauthenticated.
   */
  async answer(
    ctx: { identify: () => Promise<Actor | null>; locale: PendingActorContext['locale'] },
    teamsUserId: string | undefined,
    planId: string,
    outcome: 'approved' | 'rejected',
    input: unknown,
  ) {
    const [me, answered] = await this.store.transaction(async (tx) => {
      // Identified inside the transaction: on the embedded store its reads then use the writer's
      // connection, whose page cache is warm (the reader's is emptied by every commit of another click).
      const actor = ctx.identify();
      // Learnt as soon as the clicker is known, beside the answer's reads (a write only on first contact).
      const learnt = actor.then((a) => (a ? learnTeamsUserId(tx, a.person, teamsUserId) : undefined));
      try {
        const answer = await this.plans.answer({ actor, locale: ctx.locale }, planId, outcome, input);
        return [await learnt, answer] as const;
      } finally {
        await Promise.allSettled([learnt]); // nothing of the transaction left running after it
      }
    });
    // The clicker is named on the card that answers: read (or written) a moment ago, their name needs no
    // read of its own.
    if (me) this.names.note(me);
    return answered;
  }
}
