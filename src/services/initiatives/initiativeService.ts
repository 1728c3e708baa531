// Needs and initiatives: proposed in an object, prioritised, and escalated up the ladder
// (objektledare → objektägare → PSG) when the affected objects cannot agree (000 §2.3.4).
import {
  canDecidePriority,
  canEditInitiative,
  canEscalate,
  canProposeInitiative,
} from '../../domain/authorization/policy';
import {
  closedReason,
  isEscalationOpen,
  nextEscalationLevel,
  priorityScore,
  rankInitiatives,
} from '../../domain/initiatives/prioritisation';
import type { Initiative } from '../../domain/model';
import { utcToStockholm } from '../../domain/meetings/schedule';
import type { StoreCollections } from '../ports/store';
import { planGoals } from '../../domain/plan/goals';
import { AppError, conflict } from '../errors';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, mustGet, patched } from '../records';
import type { Stored } from '../ports/store';
import * as S from '../schemas';
import { NotificationService } from '../notifications/notificationService';

export class InitiativeService {
  private readonly notifications: NotificationService;

  constructor(private readonly deps: ServiceDeps) {
    this.notifications = new NotificationService(deps);
  }

  private get store() {
    return this.deps.store;
  }

  async listForObject(objectId: string) {
    await mustGet(this.store.objects, 'objekt', objectId);
    return rankInitiatives(await this.store.initiatives.findAll({ objectId }));
  }

  /** Open questions that have reached PSG, for the portfolio view and PSG's agenda. */
  async escalatedToPsg() {
    const all = await this.store.initiatives.findAll({ escalationLevel: 'psg' });
    return rankInitiatives(all.filter(isEscalationOpen));
  }

  async get(id: string) {
    const initiative = await mustGet(this.store.initiatives, 'initiativ', id);
    return { ...initiative, score: priorityScore(initiative) };
  }

  private async checkObjects(ids: readonly string[], own: string) {
    for (const id of ids) {
      if (id === own) throw new AppError('validation', 'validation.sameObject');
      await mustGet(this.store.objects, 'objekt', id);
    }
  }

  async create(ctx: RequestContext, objectId: string, input: unknown): Promise<Stored<Initiative>> {
    const actor = requireActor(ctx);
    await mustGet(this.store.objects, 'objekt', objectId);
    ensure(canProposeInitiative(actor, objectId));
    const body = S.parseInput(S.initiativeCreate, input, ctx.locale);
    await this.checkObjects(body.affectedObjectIds, objectId);
    return this.store.initiatives.create({
      ...body,
      objectId,
      status: 'proposed',
      escalationLevel: 'leaders',
      escalations: [],
    });
  }

  async update(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.initiatives, 'initiativ', id);
    ensure(canEditInitiative(actor, current.objectId));
    const patch = S.parseInput(S.initiativeUpdate, input, ctx.locale);
    if (patch.affectedObjectIds) await this.checkObjects(patch.affectedObjectIds, current.objectId);
    const etag = checkEtag(current, ifMatch);
    const links =
      patch.planId !== undefined || patch.goalIds || patch.budgetLineIds
        ? await this.checkedLinks(current, patch)
        : {};
    return this.store.initiatives.update(id, patched(data(current), { ...patch, ...links }), etag);
  }

  /**
   * The plan, goals and budget lines an initiative serves, after a change: the plan must be the
   * initiative's object's, the goals and lines that plan's. Moving to another plan drops the old links.
   */
  private async checkedLinks(
    current: Initiative,
    patch: { planId?: string | null; goalIds?: string[]; budgetLineIds?: string[] },
  ): Promise<Pick<Initiative, 'planId' | 'goalIds' | 'budgetLineIds'>> {
    const planId = patch.planId !== undefined ? patch.planId : (current.planId ?? null);
    const samePlan = planId === (current.planId ?? null);
    const goalIds = [...new Set(patch.goalIds ?? (samePlan ? (current.goalIds ?? []) : []))];
    const budgetLineIds = [
      ...new Set(patch.budgetLineIds ?? (samePlan ? (current.budgetLineIds ?? []) : [])),
    ];
    if (planId === null) {
      if (goalIds.length || budgetLineIds.length)
        throw new AppError('validation', 'validation.linksNeedPlan');
      return { planId: null, goalIds: [], budgetLineIds: [] };
    }
    const plan = await this.store.plans.get(planId);
    if (!plan)
      throw new AppError('validation', 'validation.unknownReference', { what: 'objektplan', id: planId });
    if (plan.objectId !== current.objectId) throw new AppError('validation', 'validation.planOfOtherObject');
    const goals = new Set(planGoals(plan.sections).map((g) => g.id));
    const unknownGoal = goalIds.find((g) => !goals.has(g));
    if (unknownGoal) throw new AppError('validation', 'validation.goalNotInPlan', { id: unknownGoal });
    if (budgetLineIds.length) {
      const lines = new Set((await this.store.budgetLines.findAll({ planId })).map((l) => l.id));
      const unknownLine = budgetLineIds.find((l) => !lines.has(l));
      if (unknownLine) throw new AppError('validation', 'validation.lineNotInPlan', { id: unknownLine });
    }
    return { planId, goalIds, budgetLineIds };
  }

  async delete(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.initiatives, 'initiativ', id);
    ensure(canEditInitiative(actor, current.objectId));
    await this.store.initiatives.delete(id, checkEtag(current, ifMatch));
  }

  /** One rung up the ladder, with the reason recorded. */
  async escalate(ctx: RequestContext, id: string, input: unknown) {
    const actor = requireActor(ctx);
    const body = S.parseInput(S.escalation, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.initiatives, 'initiativ', id);
      await this.ensureOpen(tx, current);
      const next = nextEscalationLevel(current.escalationLevel);
      if (!next) throw conflict('conflict.topOfLadder');
      ensure(canEscalate(actor, current));
      const step = {
        level: next,
        at: this.deps.clock.now().toISOString(),
        byPersonId: actor.personId,
        reason: body.reason,
      };
      const updated = await tx.initiatives.update(
        id,
        { ...data(current), escalationLevel: next, escalations: [...current.escalations, step] },
        current.etag,
      );
      await this.notifications.initiativeEscalated(tx, updated);
      return updated;
    });
  }

  /** A decided or finished question is refused with what closed it, in words (no status codes). */
  private async ensureOpen(tx: StoreCollections, current: Stored<Initiative>): Promise<void> {
    const reason = closedReason(current);
    if (!reason) return;
    if (reason !== 'decided') {
      const key = {
        done: 'conflict.initiativeDone',
        stopped: 'conflict.initiativeStopped',
        rejected: 'conflict.initiativeRejected',
      } as const;
      throw conflict(key[reason]);
    }
    const decided = current.priorityDecision!;
    const person = await tx.people.get(decided.byPersonId);
    throw conflict('conflict.escalationDecided', {
      name: person?.displayName ?? decided.byPersonId,
      date: utcToStockholm(decided.at).date,
    });
  }

  /**
   * The decision at the initiative's current rung: prioritised, rejected or stopped. At PSG the deputy
   * municipal director decides, and the decision is PSG's (a priority across objects).
   */
  async decide(ctx: RequestContext, id: string, input: unknown) {
    const actor = requireActor(ctx);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.initiatives, 'initiativ', id);
      await this.ensureOpen(tx, current);
      const permission = canDecidePriority(actor, current);
      ensure(permission, { level: `term:${current.escalationLevel}` });
      // Authorised before the body is validated: someone who may not decide is told so, whatever they sent.
      const body = S.parseInput(S.priorityDecision, input, ctx.locale);
      const at = this.deps.clock.now().toISOString();
      const object = await mustGet(tx.objects, 'objekt', current.objectId);
      // Closed first, on the eTag read: of two decisions at once one wins and the other is a conflict,
      // before any decision is written.
      const updated = await tx.initiatives.update(
        id,
        {
          ...data(current),
          status: body.outcome,
          priorityDecision: {
            level: current.escalationLevel,
            outcome: body.outcome,
            byPersonId: actor.personId,
            at,
          },
        },
        current.etag,
      );
      const forum =
        current.escalationLevel === 'psg'
          ? (await tx.forums.findAll({ kind: 'psg' }))[0]
          : current.escalationLevel === 'owners'
            ? (await tx.forums.findAll({ kind: 'osg', objectId: current.objectId }))[0]
            : undefined;
      const verdict = { prioritised: 'prioriteras', rejected: 'avslås', stopped: 'stoppas' }[body.outcome];
      const decision = await tx.decisions.create({
        forumId: forum?.id ?? null,
        objectId: current.objectId,
        planId: null,
        initiativeId: id,
        kind: current.escalationLevel === 'psg' ? 'crossObjectPriority' : 'prioritiseWithinObject',
        title: `${current.title} ${verdict}`,
        text: `Initiativet "${current.title}" (${object.code}) ${verdict}.`,
        decidedByPersonId: actor.personId,
        decidedAt: at,
        comment: body.comment,
      });
      await this.notifications.decisionRecorded(tx, decision);
      await this.notifications.initiativeChanged(tx, updated);
      return { initiative: updated, decision };
    });
  }
}
