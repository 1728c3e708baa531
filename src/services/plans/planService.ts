// Use cases of the object plan: writing it, its budget, and its way through the year wheel to approval.
import { budgetTable, lineCost } from '../../domain/budget/budget';
import { utcToStockholm } from '../../domain/meetings/schedule';
import {
  canDeletePlan,
  canEditPlan,
  canManageApprovedPlan,
  canWithdrawPlan,
  approverRolesOf,
  canAnswerApproval,
  canLinkStrategicGoals,
  strategicLinkers,
} from '../../domain/authorization/policy';
import { answerVerdict, roundOutcome } from '../../domain/plan/approvalAnswer';
import { missingPlanParts } from '../../domain/plan/completeness';
import {
  approvalState,
  contentChange,
  DEFAULT_APPROVAL_POLICY,
  isPlanEditable,
  planDeadlines,
  planTransition,
  type PlanTransition,
} from '../../domain/plan/lifecycle';
import type {
  BudgetLine,
  CardSubject,
  PlanGoal,
  DecisionApprover,
  ObjectPlan,
  ObjectRole,
  PlanApproval,
  PlanSections,
  RoleAssignment,
  Side,
} from '../../domain/model';
import { translate, term } from '../../i18n/messages';
import { AppError, conflict, notFound } from '../errors';
import { ensure, requireActor, todayIn, type Actor, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, keepOldest, mustGet, patched } from '../records';
import type { StoreCollections, Stored } from '../ports/store';
import * as S from '../schemas';
import { NotificationService } from '../notifications/notificationService';
import { planDocumentModel } from './planDocument';
import { goalsFromTexts, planGoals, withGoalIds, withoutLine } from '../../domain/plan/goals';
import { strategicLinkProblem } from '../../domain/strategy/planGoalLinks';
import { planTotal, planVersionOf, storedPlanDigests } from './planVersion';
import { emptyTotals, totalsOf } from '../../domain/budget/planTotals';
import { putTotals, readForTotals, writeTotals } from './planTotals';

export const EMPTY_SECTIONS: PlanSections = {
  purpose: '',
  background: '',
  scope: '',
  governingDocuments: [],
  regulations: '',
  problems: [],
  influencingFactors: [],
  longTermGoals: '',
  periodGoals: [],
  organisation: '',
  forums: '',
  roleDeviations: '',
};

export class PlanService {
  private readonly notifications: NotificationService;
  /** The plan digests of this store's records, by their versions (see `storedPlanDigests`). */
  private readonly digestOf = storedPlanDigests();

  constructor(private readonly deps: ServiceDeps) {
    this.notifications = new NotificationService(deps);
  }

  private get store() {
    return this.deps.store;
  }

  private today() {
    return todayIn(this.deps.clock);
  }

  async listForObject(objectId: string) {
    await mustGet(this.store.objects, 'objekt', objectId);
    const plans = await this.store.plans.findAll({ objectId }, { field: 'year', direction: 'desc' });
    const today = this.today();
    return plans.map((p) => ({
      ...p,
      deadlines: planDeadlines(p, today),
      editable: isPlanEditable(p.status),
    }));
  }

  async get(id: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', id);
    const [approval, approved] = await Promise.all([this.approval(plan), this.latestVersion(id)]);
    return {
      ...plan,
      deadlines: planDeadlines(plan, this.today()),
      editable: isPlanEditable(plan.status),
      approval,
      /** The last approved version, kept whatever changed since (its content: GET …/approved). */
      approvedVersion: approved
        ? { version: approved.round, approvedAt: approved.approvedAt, total: approved.total }
        : null,
    };
  }

  /** Where the current round of approval stands: who must approve, who has, and which version. */
  async approval(plan: Stored<ObjectPlan>, tx: StoreCollections = this.store) {
    const { holders, answers, digest } = await this.approvalInputs(plan, tx);
    return this.approvalOf(plan, holders, answers, digest);
  }

  /** Who holds the object's roles, the answers of the plan's current round and (awaiting approval) its version. */
  private async approvalInputs(plan: Stored<ObjectPlan>, tx: StoreCollections) {
    const pending = plan.status === 'preliminary';
    const [assignments, answers, lines] = await Promise.all([
      tx.roleAssignments.findAll({ objectId: plan.objectId }),
      tx.planApprovals.findAll({ planId: plan.id, round: plan.approvalRound }),
      pending ? tx.budgetLines.findAll({ planId: plan.id }) : Promise.resolve([]),
    ]);
    return {
      holders: holdersOf(assignments),
      answers: answers as PlanApproval[],
      digest: pending ? this.digestOf(plan, lines) : undefined,
    };
  }

  /**
   * The round as people should see it. Awaiting approval, only answers to the content now in the plan
   * count (`digest`). In a draft, a rejected round's answers are shown (they say why it came back); a
   * withdrawn or reopened round's are not — they approved a version that is no longer the one at hand.
   */
  private approvalOf(
    plan: Stored<ObjectPlan>,
    holders: Partial<Record<ObjectRole, string[]>>,
    answers: readonly PlanApproval[],
    digest?: string,
  ) {
    const shown = plan.status === 'draft' && !answers.some((a) => a.outcome === 'rejected') ? [] : answers;
    const state = approvalState(DEFAULT_APPROVAL_POLICY, holders, shown, digest);
    return {
      round: plan.approvalRound,
      pending: plan.status === 'preliminary',
      version: plan.approvalRound,
      ...state,
      holders,
    };
  }

  async create(ctx: RequestContext, objectId: string, input: unknown) {
    const actor = requireActor(ctx);
    const object = await mustGet(this.store.objects, 'objekt', objectId);
    ensure(canEditPlan(actor, object.id));
    const body = S.parseInput(S.planCreate, input, ctx.locale);
    // A retired object is being wound down (000 §3.1.4): its open items are finished, no new year planned.
    if (!object.active) throw conflict('conflict.objectRetired', { code: object.code });
    return this.store.transaction(async (tx) => {
      const existing = await tx.plans.findAll({ objectId, year: body.year });
      if (existing.length) throw conflict('conflict.planYearTaken', { year: body.year });
      const source = body.copyFromYear
        ? (await tx.plans.findAll({ objectId, year: body.copyFromYear }))[0]
        : undefined;
      if (body.copyFromYear && !source) {
        throw new AppError('validation', 'validation.unknownReference', {
          what: 'objektplan',
          id: String(body.copyFromYear),
        });
      }
      const written = body.sections;
      if (written.goals?.some((g) => g.lineIds.length > 0))
        throw new AppError('validation', 'validation.newPlanGoalLinks');
      const sections = { ...EMPTY_SECTIONS, ...(source?.sections ?? {}), ...written } as PlanSections;
      if (written.goals) {
        sections.goals = withGoalIds(written.goals);
        sections.periodGoals = sections.goals.map((g) => g.text);
        await this.checkStrategicRefs(actor, { objectId, year: body.year }, sections.goals);
      } else if (written.periodGoals) delete sections.goals;
      else if (sections.goals?.some((g) => g.strategicRefs?.length))
        sections.goals = await this.servableRefs({ objectId, year: body.year }, sections.goals);
      // A copy keeps the source's settings unless others are given: the rate is part of what the lines
      // cost, so taking the default instead would silently change the budget (issue 14, defect 6).
      const plan = await tx.plans.create({
        objectId,
        year: body.year,
        status: 'draft',
        hourlyRate: body.hourlyRate ?? source?.hourlyRate ?? S.PLAN_DEFAULTS.hourlyRate,
        hoursPerFte: body.hoursPerFte ?? source?.hoursPerFte ?? S.PLAN_DEFAULTS.hoursPerFte,
        approvalRound: 0,
        sections,
      });
      // Another instance may have started the same year meanwhile: one plan a year stands.
      await keepOldest(tx.plans, { objectId, year: body.year }, plan.id, () =>
        conflict('conflict.planYearTaken', { year: body.year }),
      );
      if (!source) {
        // A new plan's (empty) totals are kept from the start, so list views never miss one (ADR 0030).
        await putTotals(tx, plan, undefined, emptyTotals(plan.hourlyRate));
        return plan;
      }
      // The copies get new ids: the copied goals' links follow them to the new lines.
      const lines = await tx.budgetLines.findAll({ planId: source.id }, { field: 'sortOrder' });
      const copied = new Map<string, string>();
      const totals = putTotals(tx, plan, undefined, totalsOf(lines, plan.hourlyRate));
      for (const line of lines) {
        copied.set(line.id, (await tx.budgetLines.create({ ...data(line), planId: plan.id })).id);
      }
      await totals;
      const linked = sections.goals?.some((g) => g.lineIds.length > 0)
        ? await tx.plans.update(
            plan.id,
            {
              ...data(plan),
              sections: {
                ...sections,
                goals: sections.goals.map((g) => ({
                  ...g,
                  lineIds: g.lineIds.map((l) => copied.get(l)).filter((l): l is string => !!l),
                })),
              },
            },
            plan.etag,
          )
        : plan;
      const given = body.hourlyRate !== undefined || body.hoursPerFte !== undefined;
      const params = {
        year: plan.year,
        fromYear: source.year,
        lines: lines.length,
        hourlyRate: plan.hourlyRate,
        hoursPerFte: plan.hoursPerFte,
        sourceRate: source.hourlyRate,
        sourceHours: source.hoursPerFte,
      };
      return {
        ...linked,
        copiedFrom: {
          planId: source.id,
          year: source.year,
          lines: lines.length,
          hourlyRate: source.hourlyRate,
          hoursPerFte: source.hoursPerFte,
          settingsFromSource: !given,
        },
        message: translate(ctx.locale, 'plan.copied', {
          ...params,
          source: translate(
            ctx.locale,
            given ? 'plan.copiedSettingsGiven' : 'plan.copiedSettingsFromSource',
            params,
          ),
        }),
      };
    });
  }

  async update(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.plans, 'objektplan', id);
    ensure(canEditPlan(actor, current.objectId));
    const patch = S.parseInput(S.planUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    this.ensureEditable(current);
    const written = patch.sections ?? {};
    const sections: PlanSections = { ...current.sections, ...written } as PlanSections;
    if (written.goals) {
      sections.goals = await this.checkedGoals(actor, current, written.goals);
      sections.periodGoals = sections.goals.map((g) => g.text);
    } else if (written.periodGoals && current.sections.goals) {
      // An older client wrote only the texts: goals keep their ids and links by position.
      sections.goals = goalsFromTexts(current.sections.goals, written.periodGoals);
    }
    const next: ObjectPlan = {
      ...data(current),
      hourlyRate: patch.hourlyRate ?? current.hourlyRate,
      hoursPerFte: patch.hoursPerFte ?? current.hoursPerFte,
      sections,
    };
    if (next.hourlyRate === current.hourlyRate) return this.store.plans.update(id, next, etag);
    // Every line costs differently at another rate: the kept totals are recomputed with it (ADR 0030).
    return this.store.transaction(async (tx) => {
      const [lines, [kept]] = await Promise.all([
        tx.budgetLines.findAll({ planId: id }),
        tx.planTotals.findAll({ planId: id }),
      ]);
      const [updated] = await Promise.all([
        tx.plans.update(id, next, etag),
        putTotals(tx, current, kept, totalsOf(lines, next.hourlyRate)),
      ]);
      return updated;
    });
  }

  /** Goals as written, with ids for new ones; each id once, and links only to this plan's lines. */
  private async checkedGoals(
    actor: Actor,
    plan: Stored<ObjectPlan>,
    written: readonly (Omit<PlanGoal, 'id'> & { id?: string | undefined })[],
  ): Promise<PlanGoal[]> {
    const seen = new Set<string>();
    for (const g of written) {
      if (!g.id) continue;
      if (seen.has(g.id)) throw new AppError('validation', 'validation.duplicateGoalId', { id: g.id });
      seen.add(g.id);
    }
    const goals = withGoalIds(written);
    await this.checkStrategicRefs(actor, plan, goals);
    const linked = goals.flatMap((g) => g.lineIds);
    if (linked.length) {
      const lines = new Set((await this.store.budgetLines.findAll({ planId: plan.id })).map((l) => l.id));
      const unknown = linked.find((l) => !lines.has(l));
      if (unknown) throw new AppError('validation', 'validation.lineNotInPlan', { id: unknown });
    }
    return goals;
  }

  /** A copy keeps only the links its own year may have (the source's strategic plan may end before). */
  private async servableRefs(
    plan: Pick<ObjectPlan, 'objectId' | 'year'>,
    goals: readonly PlanGoal[],
  ): Promise<PlanGoal[]> {
    const kept = await this.store.strategicPlans.findAll({ objectId: plan.objectId });
    return goals.map(({ strategicRefs, ...g }) => {
      const refs = (strategicRefs ?? []).filter((r) => !strategicLinkProblem(plan, r, kept));
      return refs.length ? { ...g, strategicRefs: refs } : g;
    });
  }

  /**
   * Links to strategic goals: made by those the policy names, and only into the object's own strategic
   * plan covering the plan's year. A refusal names the rule broken and who may link.
   */
  private async checkStrategicRefs(
    actor: Actor,
    plan: Pick<ObjectPlan, 'objectId' | 'year'>,
    goals: readonly PlanGoal[],
  ): Promise<void> {
    const refs = goals.flatMap((g) => g.strategicRefs ?? []);
    if (!refs.length) return;
    const linkers = strategicLinkers();
    ensure(canLinkStrategicGoals(actor, plan.objectId), { linkers });
    const strategicPlans = await Promise.all(
      [...new Set(refs.map((r) => r.strategicPlanId))].map((sid) => this.store.strategicPlans.get(sid)),
    );
    const kept = strategicPlans.filter((s) => s !== null && s !== undefined);
    for (const ref of refs) {
      const problem = strategicLinkProblem(plan, ref, kept);
      if (problem) {
        const { rule, ...params } = problem;
        throw new AppError('validation', `validation.${rule}`, { ...params, linkers });
      }
    }
  }

  async delete(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.plans, 'objektplan', id);
    ensure(canDeletePlan(actor, current.objectId));
    if (current.status !== 'draft') throw conflict('conflict.planNotDeletable');
    const etag = checkEtag(current, ifMatch);
    await this.store.transaction(async (tx) => {
      for (const line of await tx.budgetLines.findAll({ planId: id })) await tx.budgetLines.delete(line.id);
      for (const kept of await tx.planTotals.findAll({ planId: id })) await tx.planTotals.delete(kept.id);
      for (const answer of await tx.planApprovals.findAll({ planId: id }))
        await tx.planApprovals.delete(answer.id);
      await tx.plans.delete(id, etag);
    });
  }

  /** Only a draft's content changes: awaiting approval it is frozen (withdraw it), decided it is reopened. */
  private ensureEditable(plan: Stored<ObjectPlan>) {
    const change = contentChange(plan.status);
    if (change.ok) return;
    if (change.reason === 'awaitingApproval') throw conflict('conflict.planAwaitingApproval');
    throw conflict('conflict.planNotEditable', { status: `term:${plan.status}` });
  }

  /**
   * Everything the plan's Word document shows. `version: 'approved'` gives the content as it was last
   * approved, whatever changed since; an approved (or closed) plan shows its approved content anyway.
   */
  async document(id: string, version: 'current' | 'approved' = 'current') {
    const plan = await mustGet(this.store.plans, 'objektplan', id);
    const approved =
      version === 'approved' || plan.status === 'approved' || plan.status === 'closed'
        ? await this.latestVersion(id)
        : undefined;
    if (version === 'approved' && !approved) throw conflict('conflict.noApprovedVersion');
    const people = approved
      ? await Promise.all(approved.approvers.map((a) => this.store.people.get(a.personId)))
      : [];
    return planDocumentModel(
      this.store,
      id,
      this.today(),
      approved
        ? {
            ...approved,
            approvers: approved.approvers.map((a, i) => ({
              ...a,
              displayName: people[i]?.displayName ?? a.personId,
            })),
          }
        : undefined,
    );
  }

  private async latestVersion(planId: string) {
    const versions = await this.store.planVersions.findAll({ planId }, { field: 'round', direction: 'desc' });
    return versions[0];
  }

  /** The content as it was last approved (404 when never approved). */
  async approvedVersion(id: string) {
    await mustGet(this.store.plans, 'objektplan', id);
    const version = await this.latestVersion(id);
    if (!version) throw new AppError('notFound', 'conflict.noApprovedVersion');
    return version;
  }

  // --- Budget ---------------------------------------------------------------------------------------

  async budget(planId: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    const lines = await this.store.budgetLines.findAll({ planId });
    return budgetTable(lines, plan);
  }

  /** The lines in the order of the plan, each with its computed cost (the grid of 004 §4.2.3). */
  async lines(planId: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    const lines = await this.store.budgetLines.findAll({ planId }, { field: 'sortOrder' });
    return lines.map((l) => ({ ...l, cost: lineCost(l, plan.hourlyRate) }));
  }

  /** The person first, then (in the callers) the input, then the plan's state. */
  private async planFor(ctx: RequestContext, planId: string) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    ensure(canEditPlan(actor, plan.objectId));
    return plan;
  }

  /** The person may edit the plan, and the plan's content may change now (a draft). */
  private async editablePlanFor(ctx: RequestContext, planId: string) {
    const plan = await this.planFor(ctx, planId);
    this.ensureEditable(plan);
    return plan;
  }

  async createLine(ctx: RequestContext, planId: string, input: unknown) {
    const plan = await this.planFor(ctx, planId);
    const body = S.parseInput(S.budgetLineCreate, input, ctx.locale);
    this.ensureEditable(plan);
    return this.store.transaction(async (tx) => {
      const [sortOrder, read] = await Promise.all([
        body.sortOrder ?? this.nextSortOrder(tx, planId),
        readForTotals(tx, plan),
      ]);
      const created = { ...body, planId, sortOrder };
      // The line and the plan's totals travel together (one $batch chain on SharePoint).
      const [line] = await Promise.all([
        tx.budgetLines.create(created),
        writeTotals(tx, read, [{ after: created }]),
      ]);
      return { ...line, cost: lineCost(line, plan.hourlyRate) };
    });
  }

  private async nextSortOrder(tx: StoreCollections, planId: string): Promise<number> {
    const last = await tx.budgetLines.find({
      where: { planId },
      orderBy: { field: 'sortOrder', direction: 'desc' },
      limit: 1,
    });
    return (last.items[0]?.sortOrder ?? 0) + 10;
  }

  async updateLine(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const current = await mustGet(this.store.budgetLines, 'budgetrad', id);
    const plan = await this.planFor(ctx, current.planId);
    const patch = S.parseInput(S.budgetLineUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    this.ensureEditable(plan);
    const side = (s: Side) => ({ ...current[s], ...(patch[s] ?? {}) });
    const next: BudgetLine = {
      ...patched(data(current), { ...patch, business: undefined, it: undefined }),
      business: side('business'),
      it: side('it'),
    };
    return this.store.transaction(async (tx) => {
      // The line again in the transaction (SharePoint's undo needs it read there), beside the totals.
      const [before, read] = await Promise.all([
        mustGet(tx.budgetLines, 'budgetrad', id),
        readForTotals(tx, plan),
      ]);
      const [line] = await Promise.all([
        tx.budgetLines.update(id, next, etag),
        writeTotals(tx, read, [{ before, after: next }]),
      ]);
      return { ...line, cost: lineCost(line, plan.hourlyRate) };
    });
  }

  async deleteLine(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const current = await mustGet(this.store.budgetLines, 'budgetrad', id);
    const owner = await this.editablePlanFor(ctx, current.planId);
    const etag = checkEtag(current, ifMatch);
    await this.store.transaction(async (tx) => {
      const read = await readForTotals(tx, owner);
      await Promise.all([tx.budgetLines.delete(id, etag), writeTotals(tx, read, [{ before: current }])]);
      // A goal must not keep a link to a line that is gone (the Word export names the linked lines).
      const plan = await mustGet(tx.plans, 'objektplan', current.planId);
      const goals = withoutLine(planGoals(plan.sections), id);
      if (goals)
        await tx.plans.update(plan.id, { ...data(plan), sections: { ...plan.sections, goals } }, plan.etag);
    });
  }

  /**
   * Puts the plan's lines in the order given (the tab's move up / move down), in one transaction. The
   * list names every line of the plan once; if lines were added or removed meanwhile, nothing moves.
   */
  async reorderLines(ctx: RequestContext, planId: string, input: unknown) {
    const plan = await this.planFor(ctx, planId);
    const body = S.parseInput(S.budgetLineOrder, input, ctx.locale);
    this.ensureEditable(plan);
    return this.store.transaction(async (tx) => {
      const lines = await tx.budgetLines.findAll({ planId });
      const byId = new Map(lines.map((l) => [l.id, l]));
      const wanted = new Set(body.lineIds);
      if (
        wanted.size !== body.lineIds.length ||
        wanted.size !== lines.length ||
        lines.some((l) => !wanted.has(l.id))
      )
        throw conflict('conflict.linesChanged');
      const out = [];
      for (const [i, lineId] of body.lineIds.entries()) {
        const line = byId.get(lineId)!;
        const sortOrder = (i + 1) * 10;
        const saved =
          line.sortOrder === sortOrder
            ? line
            : await tx.budgetLines.update(line.id, { ...data(line), sortOrder }, line.etag);
        out.push({ ...saved, cost: lineCost(saved, plan.hourlyRate) });
      }
      return out;
    });
  }

  // --- Lifecycle ---------------------------------------------------------------------------------------

  private transitionOrThrow(plan: Stored<ObjectPlan>, transition: PlanTransition) {
    const result = planTransition(plan.status, transition, plan.year, this.today());
    if (result.ok) return result.to;
    if (result.reason === 'yearNotEnded') throw conflict('conflict.planYearNotEnded', { year: plan.year });
    throw conflict('conflict.planTransition', {
      status: `term:${plan.status}`,
      transition: `term:${transition}`,
    });
  }

  /**
   * Draft → preliminary: the plan goes to its OSG for approval, opening a new round. Only a complete plan
   * goes (000 §3.4.2): the refusal names every part still missing.
   */
  async submit(ctx: RequestContext, id: string) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', id);
    ensure(canEditPlan(actor, plan.objectId));
    const to = this.transitionOrThrow(plan, 'submit');
    const lines = await this.store.budgetLines.findAll({ planId: id });
    const missing = missingPlanParts(plan.sections, planTotal(plan, lines));
    if (missing.length) {
      throw new AppError(
        'conflict',
        'conflict.planIncomplete',
        { missing: `allTerms:${missing.map((m) => `missing.${m}`).join(',')}` },
        missing.map((m) => ({
          path: m === 'budget' ? 'budget' : `sections.${m}`,
          message: term(ctx.locale, `missing.${m}`),
        })),
      );
    }
    return this.store.transaction(async (tx) => {
      const updated = await tx.plans.update(
        id,
        { ...data(plan), status: to, approvalRound: plan.approvalRound + 1 },
        plan.etag,
      );
      await this.notifications.planSubmitted(tx, updated);
      return updated;
    });
  }

  /**
   * Preliminary → draft: taken back from the OSG to be changed. The round ends: its answers no longer
   * count or show, and a resubmission opens a new round that every approver answers afresh.
   */
  async withdraw(ctx: RequestContext, id: string) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', id);
    ensure(canWithdrawPlan(actor, plan.objectId));
    const to = this.transitionOrThrow(plan, 'withdraw');
    return this.store.transaction(async (tx) => {
      const updated = await tx.plans.update(id, { ...data(plan), status: to }, plan.etag);
      await this.notifications.planChanged(tx, updated);
      return updated;
    });
  }

  /**
   * What an answer needs, read in one round (on SharePoint: one $batch): the plan, its approvals, and its
   * object's role holders, record, OSG and channel bindings. The object is only known from the plan, so
   * these are read for the objects where the approver holds a role the policy asks for — the plan's
   * object is among them whenever the approver may answer at all. Otherwise (someone else, or roles
   * granted since the approver was identified) the object's part is read after the plan.
   *
   * A card click's approver is still being identified when the answer starts (`who` a promise): the plan's
   * reads then go beside the identification's, and the object's part beside the approver's roles — two
   * rounds for identifying and reading instead of three (issue 18).
   */
  private async answerInputs(tx: StoreCollections, who: Actor | Promise<Actor | null>, id: string) {
    const required: readonly string[] = DEFAULT_APPROVAL_POLICY.requiredRoles;
    const known = who instanceof Promise ? null : who;
    const owned = known
      ? [
          ...new Set(known.assignments.filter((a) => required.includes(a.role)).map((a) => a.objectId)),
        ].filter((o): o is string => !!o)
      : [];
    const objectPart = (objectId: string) =>
      Promise.all([
        tx.roleAssignments.findAll({ objectId }),
        tx.objects.get(objectId),
        tx.forums.findAll({ kind: 'osg', objectId }),
        this.notifications.bindingsOf(tx, objectId),
      ]);
    // At most four objects ahead keeps the round within one $batch of 20. Each read is marked handled
    // at once: one may fail while the plan is still being read (awaited below, or settled in `finally`).
    const ahead = new Map(
      owned.slice(0, 4).map((o) => {
        const part = objectPart(o);
        part.catch(() => undefined);
        return [o, part] as const;
      }),
    );
    const identified = known ? Promise.resolve(known) : (who as Promise<Actor | null>);
    const planRead = mustGet(tx.plans, 'objektplan', id);
    // With the approver still being identified, the object's part follows the plan at once: it goes
    // beside the approver's roles, which follow the identification.
    const partRead = known ? undefined : planRead.then((plan) => objectPart(plan.objectId));
    partRead?.catch(() => undefined);
    let read: [Actor | null, Stored<ObjectPlan>, Stored<PlanApproval>[], Stored<BudgetLine>[]];
    try {
      read = await Promise.all([
        identified,
        planRead,
        tx.planApprovals.findAll({ planId: id }),
        // The lines are the plan's content too: the answer is to this version of them.
        tx.budgetLines.findAll({ planId: id }),
      ]);
    } finally {
      // None left running when the transaction goes on or ends.
      await Promise.allSettled([identified, partRead, ...ahead.values()]);
    }
    const [actor, plan, allAnswers, lines] = read;
    if (!actor) throw new AppError('unauthenticated', 'error.unauthenticated');
    const [assignments, object, forums, bindings] = await (partRead ??
      ahead.get(plan.objectId) ??
      objectPart(plan.objectId));
    const answers = allAnswers.filter((a) => a.round === plan.approvalRound);
    const version = { digest: this.digestOf(plan, lines), total: planTotal(plan, lines) };
    return {
      actor,
      plan,
      lines,
      version,
      inputs: { holders: holdersOf(assignments), answers },
      object,
      forums,
      bindings,
    };
  }

  /**
   * One approver's answer. The plan is approved when the policy is met (default: both owners) and goes
   * back to draft on a rejection; either outcome is recorded as an OSG decision. Answering twice the
   * same way changes nothing, so a double click or a replay is harmless.
   */
  async answer(
    ctx: RequestContext | PendingActorContext,
    id: string,
    outcome: 'approved' | 'rejected',
    input: unknown,
  ) {
    const clicker = ctx.actor instanceof Promise ? ctx.actor : requireActor(ctx as RequestContext);
    return this.store.transaction(async (tx) => {
      const { actor, plan, lines, version, inputs, object, forums, bindings } = await this.answerInputs(
        tx,
        clicker,
        id,
      );
      const digest = plan.status === 'preliminary' ? version.digest : undefined;
      const before = this.approvalOf(plan, inputs.holders, inputs.answers, digest);
      // Authorize before validating the body: someone who is not an approver is told so, whatever they sent.
      ensure(canAnswerApproval(actor, before));
      const body = S.parseInput(S.approvalAnswer, input, ctx.locale);
      if (outcome === 'rejected' && !body.comment)
        throw new AppError('validation', 'validation.commentRequired');
      // Who may answer, which round, a repeated click: the domain's rule (domain/plan/approvalAnswer).
      const verdict = answerVerdict({
        status: plan.status,
        currentRound: plan.approvalRound,
        requestedRound: body.round,
        roles: approverRolesOf(DEFAULT_APPROVAL_POLICY, before.holders, actor.personId),
        approvers: before.approvers,
        outcome,
      });
      if (verdict.kind === 'notApprover') throw new AppError('forbidden', 'forbidden.notApprover');
      if (verdict.kind === 'staleRound')
        throw conflict('conflict.staleRound', { round: body.round ?? 0, current: plan.approvalRound });
      if (verdict.kind === 'unchanged')
        return {
          plan,
          approval: before,
          changed: false,
          read: { object, lines, bindings, total: version.total },
        };
      if (verdict.kind === 'conflict') throw conflict(verdict.key);
      const at = this.deps.clock.now().toISOString();
      const answers: PlanApproval[] = verdict.roles.map((role) => ({
        planId: id,
        round: plan.approvalRound,
        personId: actor.personId,
        role,
        outcome,
        comment: body.comment,
        at,
        // What the answer is to: this exact content, and what it costs.
        digest: version.digest,
        total: version.total,
      }));
      // The round with these answers, as reading it back after writing them would show it.
      const after = this.approvalOf(plan, inputs.holders, [...inputs.answers, ...answers], digest);
      const subjects: CardSubject[] = [{ type: 'planApproval', planId: plan.id }];
      const result = roundOutcome(after);
      if (result === 'open') {
        // The card routes are read beside the writes (on SharePoint: in the same $batch).
        const [routes] = await Promise.all([
          this.notifications.routes(tx, { bindings, subjects }),
          ...answers.map((a) => tx.planApprovals.create(a)),
        ]);
        await this.notifications.planChanged(tx, plan, routes);
        return {
          plan,
          approval: after,
          changed: true,
          read: { object, lines, bindings, total: version.total },
        };
      }
      const status = this.transitionOrThrow(plan, result === 'rejected' ? 'reject' : 'approve');
      if (!object) throw notFound('objekt', plan.objectId);
      const forum = forums[0];
      const comments = after.approvers.filter((a) => a.comment).map((a) => a.comment);
      // Every answer that made the decision, in the policy's order, with its time and comment.
      const approvers: DecisionApprover[] = after.approvers
        .filter((a) => a.outcome !== null && a.byPersonId)
        .map((a) => ({ personId: a.byPersonId!, role: a.role, at: a.at ?? at, comment: a.comment }));
      // Roles and times, not names: reading the people would cost the approval another round trip on
      // SharePoint; the decision's `approvers` name them, and the card and the document show the names.
      const who = approvers
        .map((a) => {
          const said = a.comment ? ` ("${a.comment}")` : '';
          return `${term('sv', a.role)} ${stockholmTime(a.at)}${said}`;
        })
        .join('; ');
      // The record is Swedish, like the minutes it belongs to.
      const versionText = translate('sv', 'decision.planVersion', {
        round: plan.approvalRound,
        total: groupDigits(version.total),
      });
      const said = { code: object.code, object: object.name, year: plan.year, version: versionText, who };
      // Issued in this order, and on SharePoint applied in this order (each only if the one before
      // succeeded): the answers, the approved content, the decision, and last the plan's status, which
      // makes the outcome visible.
      const written = Promise.all(answers.map((a) => tx.planApprovals.create(a)));
      const kept = after.rejected
        ? Promise.resolve(undefined)
        : tx.planVersions.create(planVersionOf(plan, lines, at, approvers, version));
      const decided = tx.decisions.create({
        forumId: forum?.id ?? null,
        objectId: plan.objectId,
        planId: plan.id,
        initiativeId: null,
        kind: 'approvePlan',
        title: translate(
          'sv',
          after.rejected ? 'decision.planRejected.title' : 'decision.planApproved.title',
          said,
        ),
        text: translate(
          'sv',
          after.rejected ? 'decision.planRejected.text' : 'decision.planApproved.text',
          said,
        ),
        decidedByPersonId: actor.personId,
        decidedAt: at,
        comment: comments.join('\n'),
        approvers,
      });
      const changed = tx.plans.update(id, { ...data(plan), status }, plan.etag);
      const routed = this.notifications.routes(tx, { bindings, forum, subjects });
      const [, , decision, updated, routes] = await Promise.all([written, kept, decided, changed, routed]);
      await Promise.all([
        this.notifications.decisionRecorded(tx, decision, routes),
        this.notifications.planChanged(tx, updated, routes),
      ]);
      return {
        plan: updated,
        approval: after,
        changed: true,
        read: { object, lines, bindings, total: version.total },
      };
    });
  }

  /** Approved → draft, to replan; approved → closed once the year is over. Both are the owners'. */
  async reopenOrClose(ctx: RequestContext, id: string, transition: 'reopen' | 'close') {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', id);
    ensure(canManageApprovedPlan(actor, plan.objectId));
    const to = this.transitionOrThrow(plan, transition);
    return this.store.plans.update(id, { ...data(plan), status: to }, plan.etag);
  }
}

/**
 * A request whose acting person is still being identified (a card click): the answer reads the plan
 * beside the identification. Null: nobody known, refused as unauthenticated once the reads are done.
 */
export interface PendingActorContext {
  actor: Promise<Actor | null>;
  locale: RequestContext['locale'];
}

/** Whole kronor grouped in threes, as a decision's text writes them ("18 988 100"). */
function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** "2026-11-23 11:00" in Stockholm time, as a decision's text states when each answer was given. */
function stockholmTime(iso: string): string {
  const t = utcToStockholm(iso);
  return `${t.date} ${t.time.slice(0, 5)}`;
}

/** Who holds each of an object's roles, from its role assignments. */
function holdersOf(assignments: readonly Pick<RoleAssignment, 'role' | 'personId'>[]) {
  const holders: Partial<Record<ObjectRole, string[]>> = {};
  for (const a of assignments) (holders[a.role as ObjectRole] ??= []).push(a.personId);
  return holders;
}
