// The goal chain and the strategic object plan (issue 16 points 4–5): the municipality's steering
// documents kept by the model owner, the objects' strategic plans (≥ 3 years, approved by the owners with
// the object plan's approval rules), the links from object goals and initiatives to the strategic goals,
// the chain PSG reads, and the year wheel of the three deliverables per object.
import {
  canEditStrategicPlan,
  approverTerms,
  canLinkGoals,
  canManageApprovedPlan,
  canMaintainSteeringDocuments,
  approverRolesOf,
} from '../../domain/authorization/policy';
import { DEFAULT_APPROVAL_POLICY, approvalState } from '../../domain/plan/lifecycle';
import { planGoals } from '../../domain/plan/goals';
import {
  NO_OBJECT_REPORTS,
  objectDeliverables,
  objectPlanState,
  type DeliverableState,
  type ObjectReportStates,
} from '../../domain/plan/yearWheel';
import type { ObjectRole, RoleAssignment } from '../../domain/model';
import { goalChain, type ContributionIn } from '../../domain/strategy/goalChain';
import type {
  GoalRef,
  PlannedLifecycleChange,
  SteeringDocument,
  StrategicObjectGoal,
  StrategicYear,
  StrategicObjectPlan,
  StrategicPlanStatus,
} from '../../domain/strategy/model';
import {
  investmentsPerYear,
  isStrategicPlanEditable,
  nextId,
  strategicPlanProblems,
  strategicTransition,
  type StrategicTransition,
} from '../../domain/strategy/strategicPlan';
import { translate, type MessageKey } from '../../i18n/messages';
import { ensure, requireActor, todayIn, type RequestContext, type ServiceDeps } from '../context';
import { AppError, conflict } from '../errors';
import type { Stored } from '../ports/store';
import { checkEtag, data, mustGet, patched } from '../records';
import { parseInput } from '../schemas';
import * as S from './schemas';

/** Renders the Word document of a strategic object plan (an export adapter, handed in by the composition root). */
export type StrategicPlanRenderer = (model: StrategicPlanDocumentModel) => Promise<Buffer>;
export type StrategicPlanDocumentModel = Awaited<ReturnType<StrategyService['document']>>;

/** Gives every goal, focus area, area and principle written without an id the next free one. */
function withIds(input: Pick<SteeringDocument, 'areas' | 'goals'> | { areas: unknown[]; goals: unknown[] }) {
  type In = { id?: string | undefined };
  const goalsIn = input.goals as (In & { focusAreas: In[] })[];
  const areasIn = input.areas as (In & { principles: In[] })[];
  const goalIds = goalsIn.map((g) => g.id).filter((x): x is string => !!x);
  const goals = goalsIn.map((g) => {
    const gid = g.id ?? nextId('m', goalIds);
    if (!g.id) goalIds.push(gid);
    const faIds = g.focusAreas.map((f) => f.id).filter((x): x is string => !!x);
    const focusAreas = g.focusAreas.map((f) => {
      const fid = f.id ?? nextId(`${gid}-f`, faIds);
      if (!f.id) faIds.push(fid);
      return { ...f, id: fid };
    });
    return { ...g, id: gid, focusAreas };
  });
  const areaIds = areasIn.map((a) => a.id).filter((x): x is string => !!x);
  const principleIds = areasIn.flatMap((a) => a.principles.map((p) => p.id)).filter((x): x is string => !!x);
  const areas = areasIn.map((a) => {
    const aid = a.id ?? nextId('o', areaIds);
    if (!a.id) areaIds.push(aid);
    const principles = a.principles.map((p) => {
      const pid = p.id ?? nextId('p', principleIds);
      if (!p.id) principleIds.push(pid);
      return { ...p, id: pid };
    });
    return { ...a, id: aid, principles };
  });
  return { goals, areas } as Pick<SteeringDocument, 'areas' | 'goals'>;
}

function holdersOf(assignments: readonly Pick<RoleAssignment, 'role' | 'personId'>[]) {
  const holders: Partial<Record<ObjectRole, string[]>> = {};
  for (const a of assignments) (holders[a.role as ObjectRole] ??= []).push(a.personId);
  return holders;
}

export class StrategyService {
  constructor(
    private readonly deps: ServiceDeps,
    /** The objektberättelse's states: filled by the follow-up capability ('missing' until then). */
    private readonly reports: ObjectReportStates = NO_OBJECT_REPORTS,
  ) {}

  private renderer: StrategicPlanRenderer | null = null;

  private get store() {
    return this.deps.store;
  }

  useDocumentRenderer(renderer: StrategicPlanRenderer): void {
    this.renderer = renderer;
  }

  /** The Word document and its file name. */
  async documentFile(id: string): Promise<{ body: Buffer; filename: string }> {
    if (!this.renderer) throw new Error('No renderer of strategic object plans was given');
    const model = await this.document(id);
    return {
      body: await this.renderer(model),
      filename: `Strategisk objektplan ${model.object.code} ${model.plan.fromYear}-${model.plan.toYear}.docx`,
    };
  }

  private today() {
    return todayIn(this.deps.clock);
  }

  // ── Steering documents ────────────────────────────────────────────────────────────────────────────

  async listSteeringDocuments() {
    const docs = await this.store.steeringDocuments.findAll();
    return docs.sort((a, b) => a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title, 'sv'));
  }

  async getSteeringDocument(id: string) {
    return mustGet(this.store.steeringDocuments, 'styrdokument', id);
  }

  async createSteeringDocument(ctx: RequestContext, input: unknown) {
    const actor = requireActor(ctx);
    ensure(canMaintainSteeringDocuments(actor));
    const body = parseInput(S.steeringDocumentCreate, input, ctx.locale);
    return this.store.steeringDocuments.create({ ...body, ...withIds(body) });
  }

  async updateSteeringDocument(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    ensure(canMaintainSteeringDocuments(actor));
    const current = await this.getSteeringDocument(id);
    const patch = parseInput(S.steeringDocumentUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    const next = patched(data(current), patch as Partial<SteeringDocument>);
    return this.store.steeringDocuments.update(id, { ...next, ...withIds(next) }, etag);
  }

  async deleteSteeringDocument(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    ensure(canMaintainSteeringDocuments(actor));
    const current = await this.getSteeringDocument(id);
    const etag = checkEtag(current, ifMatch);
    await this.store.transaction(async (tx) => {
      const links = await tx.goalLinks.findAll({ documentId: id });
      if (links.length) throw conflict('conflict.steeringDocumentInUse', { count: links.length });
      await tx.steeringDocuments.delete(id, etag);
    });
  }

  // ── Links to strategic goals ───────────────────────────────────────────────────────────────────────

  async objectGoalLinks(objectId: string) {
    await mustGet(this.store.objects, 'objekt', objectId);
    return this.store.goalLinks.findAll({ objectId });
  }

  private async checkRefs(refs: readonly GoalRef[]) {
    if (!refs.length) return;
    const docs = await this.store.steeringDocuments.findAll();
    for (const ref of refs) {
      const goal = docs.find((d) => d.id === ref.documentId)?.goals.find((g) => g.id === ref.goalId);
      const ok = goal && (ref.focusAreaId === null || goal.focusAreas.some((f) => f.id === ref.focusAreaId));
      if (!ok)
        throw new AppError('validation', 'validation.unknownStrategicGoal', {
          goalId: ref.focusAreaId ?? ref.goalId,
        });
    }
  }

  async createGoalLink(ctx: RequestContext, input: unknown) {
    const actor = requireActor(ctx);
    // The object is only known from the source: find it before deciding, then decide before validating
    // anything else about the body (a person without a role gets 403, not 400).
    const raw = (input ?? {}) as { sourceKind?: unknown; sourceId?: unknown };
    const objectId = await this.objectOfSource(raw.sourceKind, raw.sourceId);
    if (objectId) ensure(canLinkGoals(actor, objectId));
    else if (!canMaintainSteeringDocuments(actor).allowed) ensure(canLinkGoals(actor, ''));
    const body = parseInput(S.goalLinkCreate, input, ctx.locale);
    const sourceObject = await this.objectOfSource(body.sourceKind, body.sourceId);
    if (!sourceObject)
      throw new AppError('validation', 'validation.unknownReference', {
        what: body.sourceKind === 'initiative' ? 'initiativ' : 'objektplan',
        id: body.sourceId,
      });
    if (body.sourceKind === 'objectPlanGoal') {
      const plan = (await this.store.plans.get(body.sourceId))!;
      if (!body.sourceGoalId || !planGoals(plan.sections).some((g) => g.id === body.sourceGoalId))
        throw new AppError('validation', 'validation.unknownPlanGoal', { id: body.sourceGoalId ?? '' });
    }
    const ref = { documentId: body.documentId, goalId: body.goalId, focusAreaId: body.focusAreaId };
    await this.checkRefs([ref]);
    const sourceGoalId = body.sourceKind === 'initiative' ? null : body.sourceGoalId;
    return this.store.transaction(async (tx) => {
      const existing = await tx.goalLinks.findAll({ sourceId: body.sourceId });
      if (
        existing.some(
          (l) =>
            l.sourceGoalId === sourceGoalId &&
            l.documentId === ref.documentId &&
            l.goalId === ref.goalId &&
            l.focusAreaId === ref.focusAreaId,
        )
      )
        throw conflict('conflict.goalLinkExists');
      return tx.goalLinks.create({
        ...ref,
        sourceKind: body.sourceKind,
        sourceId: body.sourceId,
        sourceGoalId,
        objectId: sourceObject,
      });
    });
  }

  private async objectOfSource(kind: unknown, sourceId: unknown): Promise<string | null> {
    if (typeof sourceId !== 'string' || sourceId === '' || sourceId.length > 100) return null;
    if (kind === 'initiative') return (await this.store.initiatives.get(sourceId))?.objectId ?? null;
    if (kind === 'objectPlanGoal') return (await this.store.plans.get(sourceId))?.objectId ?? null;
    return null;
  }

  async deleteGoalLink(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const link = await mustGet(this.store.goalLinks, 'koppling', id);
    ensure(canLinkGoals(actor, link.objectId));
    const etag = checkEtag(link, ifMatch);
    await this.store.goalLinks.delete(id, etag);
  }

  // ── The goal chain ─────────────────────────────────────────────────────────────────────────────────

  async goalChain() {
    const [docs, links, strategicPlans, objects] = await Promise.all([
      this.listSteeringDocuments(),
      this.store.goalLinks.findAll(),
      this.store.strategicPlans.findAll(),
      this.store.objects.findAll(),
    ]);
    const objectById = new Map(objects.map((o) => [o.id, o]));
    const contributions: ContributionIn[] = [];
    const about = (objectId: string) => {
      const o = objectById.get(objectId);
      return { objectId, objectCode: o?.code ?? '?', objectName: o?.name ?? objectId };
    };
    const planIds = [
      ...new Set(links.filter((l) => l.sourceKind === 'objectPlanGoal').map((l) => l.sourceId)),
    ];
    const initiativeIds = [
      ...new Set(links.filter((l) => l.sourceKind === 'initiative').map((l) => l.sourceId)),
    ];
    const [plans, initiatives] = await Promise.all([
      Promise.all(planIds.map((id) => this.store.plans.get(id))),
      Promise.all(initiativeIds.map((id) => this.store.initiatives.get(id))),
    ]);
    const planById = new Map(plans.filter((p) => !!p).map((p) => [p.id, p]));
    const initiativeById = new Map(initiatives.filter((i) => !!i).map((i) => [i.id, i]));
    for (const l of links) {
      const ref = { documentId: l.documentId, goalId: l.goalId, focusAreaId: l.focusAreaId };
      if (l.sourceKind === 'objectPlanGoal') {
        const plan = planById.get(l.sourceId);
        const goal = plan && planGoals(plan.sections).find((g) => g.id === l.sourceGoalId);
        // A link whose plan or goal has gone serves nothing any more.
        if (!plan || !goal) continue;
        contributions.push({
          ref,
          kind: 'objectPlanGoal',
          ...about(l.objectId),
          sourceId: plan.id,
          title: goal.text,
          status: plan.status,
          year: plan.year,
          linkId: l.id,
        });
      } else {
        const initiative = initiativeById.get(l.sourceId);
        if (!initiative) continue;
        contributions.push({
          ref,
          kind: 'initiative',
          ...about(l.objectId),
          sourceId: initiative.id,
          title: initiative.title,
          status: initiative.status,
          year: null,
          linkId: l.id,
        });
      }
    }
    for (const sp of strategicPlans)
      for (const y of sp.years)
        for (const g of y.goals)
          for (const ref of g.refs)
            contributions.push({
              ref,
              kind: 'strategicPlanGoal',
              ...about(sp.objectId),
              sourceId: sp.id,
              title: g.text,
              status: sp.status,
              year: y.year,
            });
    return goalChain(docs, contributions);
  }

  // ── Strategic object plans ─────────────────────────────────────────────────────────────────────────

  private async withApproval(plan: Stored<StrategicObjectPlan>) {
    const assignments = await this.store.roleAssignments.findAll({ objectId: plan.objectId });
    const state = approvalState(
      DEFAULT_APPROVAL_POLICY,
      holdersOf(assignments),
      plan.approvals.filter((a) => a.round === plan.approvalRound),
    );
    return {
      ...plan,
      approval: {
        approvers: state.approvers.map(({ version: _v, total: _t, ...a }) => a),
        complete: state.complete,
        rejected: state.rejected,
      },
      investmentsPerYear: investmentsPerYear(plan),
    };
  }

  async listStrategicPlans(objectId: string) {
    await mustGet(this.store.objects, 'objekt', objectId);
    const plans = await this.store.strategicPlans.findAll({ objectId });
    plans.sort((a, b) => b.fromYear - a.fromYear || (a.version === 'final' ? -1 : 1));
    return Promise.all(plans.map((p) => this.withApproval(p)));
  }

  async getStrategicPlan(id: string) {
    return this.withApproval(await mustGet(this.store.strategicPlans, 'strategisk objektplan', id));
  }

  /** Content as written: ids for new goals and lifecycle changes, years in order; refused if it breaks a rule. */
  private async checkedContent(
    content: Pick<StrategicObjectPlan, 'fromYear' | 'toYear' | 'investments' | 'steeringRefs'> & {
      years: (Omit<StrategicYear, 'goals'> & {
        goals: (Omit<StrategicObjectGoal, 'id'> & { id?: string })[];
      })[];
      lifecycleChanges: (Omit<PlannedLifecycleChange, 'id'> & { id?: string })[];
    },
  ) {
    const goalIds = content.years
      .flatMap((y) => y.goals.map((g) => (g as { id?: string }).id))
      .filter(Boolean) as string[];
    const years = [...content.years]
      .sort((a, b) => a.year - b.year)
      .map((y) => ({
        ...y,
        goals: y.goals.map((g) => {
          const gid = (g as { id?: string }).id ?? nextId('s', goalIds);
          if (!(g as { id?: string }).id) goalIds.push(gid);
          return { ...g, id: gid };
        }),
      }));
    const changeIds = content.lifecycleChanges
      .map((c) => (c as { id?: string }).id)
      .filter(Boolean) as string[];
    const lifecycleChanges = content.lifecycleChanges.map((c) => {
      const cid = (c as { id?: string }).id ?? nextId('c', changeIds);
      if (!(c as { id?: string }).id) changeIds.push(cid);
      return { ...c, id: cid };
    });
    const docs = await this.store.steeringDocuments.findAll();
    const problems = strategicPlanProblems({ ...content, years, lifecycleChanges }, docs);
    const first = problems[0];
    if (first?.rule === 'tooShort')
      throw new AppError('validation', 'validation.strategicPlanTooShort', { years: first.years });
    if (first?.rule === 'yearsOutsideSpan')
      throw new AppError('validation', 'validation.strategicYearOutsideSpan', { year: first.year });
    if (first?.rule === 'duplicateYear')
      throw new AppError('validation', 'validation.strategicDuplicateYear', { year: first.year });
    if (first?.rule === 'unknownGoalRef')
      throw new AppError('validation', 'validation.unknownStrategicGoal', { goalId: first.goalId });
    for (const r of content.steeringRefs)
      if (r.documentId && !docs.some((d) => d.id === r.documentId))
        throw new AppError('validation', 'validation.unknownReference', {
          what: 'styrdokument',
          id: r.documentId,
        });
    return { years, lifecycleChanges };
  }

  async createStrategicPlan(ctx: RequestContext, objectId: string, input: unknown) {
    const actor = requireActor(ctx);
    await mustGet(this.store.objects, 'objekt', objectId);
    ensure(canEditStrategicPlan(actor, objectId));
    const body = parseInput(S.strategicPlanCreate, input, ctx.locale);
    const { copyFromId, ...given } = body;
    let content = given as Omit<typeof given, never>;
    if (copyFromId) {
      const source = await mustGet(this.store.strategicPlans, 'strategisk objektplan', copyFromId);
      if (source.objectId !== objectId)
        throw new AppError('validation', 'validation.planOfOtherObject', { id: copyFromId });
      const { assumptions, years, steeringRefs, lifecycleChanges, investments } = source;
      content = { ...given, assumptions, years, steeringRefs, lifecycleChanges, investments };
    }
    const checked = await this.checkedContent(content);
    return this.store.transaction(async (tx) => {
      const same = await tx.strategicPlans.findAll({ objectId, fromYear: body.fromYear });
      const twin = same.find((p) => p.version === body.version && p.toYear === body.toYear);
      if (twin)
        throw conflict('conflict.strategicPlanExists', {
          version: translate(ctx.locale, `strategy.version.${body.version}`),
          fromYear: body.fromYear,
          toYear: body.toYear,
        });
      return tx.strategicPlans.create({
        objectId,
        fromYear: content.fromYear,
        toYear: content.toYear,
        version: content.version,
        status: 'draft',
        approvalRound: 0,
        assumptions: content.assumptions,
        steeringRefs: content.steeringRefs,
        investments: content.investments,
        ...checked,
        approvals: [],
      });
    });
  }

  private statusWord(ctx: RequestContext, status: StrategicPlanStatus) {
    return translate(ctx.locale, `strategy.status.${status}` as MessageKey);
  }

  async updateStrategicPlan(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.strategicPlans, 'strategisk objektplan', id);
    ensure(canEditStrategicPlan(actor, current.objectId));
    const patch = parseInput(S.strategicPlanUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    if (!isStrategicPlanEditable(current.status))
      throw conflict('conflict.strategicPlanNotDraft', { status: this.statusWord(ctx, current.status) });
    const next = patched(data(current), patch as Partial<StrategicObjectPlan>);
    const checked = await this.checkedContent(next);
    return this.withApproval(await this.store.strategicPlans.update(id, { ...next, ...checked }, etag));
  }

  async deleteStrategicPlan(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.strategicPlans, 'strategisk objektplan', id);
    ensure(canEditStrategicPlan(actor, current.objectId));
    const etag = checkEtag(current, ifMatch);
    if (!isStrategicPlanEditable(current.status))
      throw conflict('conflict.strategicPlanNotDraft', { status: this.statusWord(ctx, current.status) });
    await this.store.strategicPlans.delete(id, etag);
  }

  /** Submit or withdraw: the object's leaders and owners, who write the plan; reopen: its owners. */
  async transition(
    ctx: RequestContext,
    id: string,
    transition: Extract<StrategicTransition, 'submit' | 'withdraw' | 'reopen'>,
  ) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.strategicPlans, 'strategisk objektplan', id);
    // Reopening an approved plan is the owners' (it was approved in their name), as for the object plan.
    ensure(
      transition === 'reopen'
        ? canManageApprovedPlan(actor, current.objectId)
        : canEditStrategicPlan(actor, current.objectId),
    );
    return this.store
      .transaction(async (tx) => {
        const plan = await mustGet(tx.strategicPlans, 'strategisk objektplan', id);
        const step = strategicTransition(plan.status, transition);
        if (!step.ok)
          throw conflict('conflict.strategicPlanWrongStatus', {
            status: this.statusWord(ctx, plan.status),
            action: translate(ctx.locale, `strategy.action.${transition}` as MessageKey),
          });
        const round = transition === 'submit' ? plan.approvalRound + 1 : plan.approvalRound;
        return tx.strategicPlans.update(
          id,
          { ...data(plan), status: step.to, approvalRound: round },
          plan.etag,
        );
      })
      .then((p) => this.withApproval(p));
  }

  /** An owner's answer on the submitted version; approved when both owners have approved (as the object plan). */
  async answer(ctx: RequestContext, id: string, outcome: 'approved' | 'rejected', input: unknown) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.strategicPlans, 'strategisk objektplan', id);
    const assignments = await this.store.roleAssignments.findAll({ objectId: current.objectId });
    const holders = holdersOf(assignments);
    const roles = approverRolesOf(DEFAULT_APPROVAL_POLICY, holders, actor.personId);
    if (roles.length === 0)
      throw new AppError('forbidden', 'forbidden.notStrategicApprover', {
        approvers: approverTerms(DEFAULT_APPROVAL_POLICY),
      });
    const body = parseInput(S.approvalComment, input ?? {}, ctx.locale);
    return this.store
      .transaction(async (tx) => {
        const plan = await mustGet(tx.strategicPlans, 'strategisk objektplan', id);
        const action = outcome === 'approved' ? 'approve' : 'reject';
        if (!strategicTransition(plan.status, action).ok)
          throw conflict('conflict.strategicPlanWrongStatus', {
            status: this.statusWord(ctx, plan.status),
            action: translate(ctx.locale, `strategy.action.${action}` as MessageKey),
          });
        const at = this.deps.clock.now().toISOString();
        const approvals = [
          ...plan.approvals,
          ...roles.map((role) => ({
            round: plan.approvalRound,
            personId: actor.personId,
            role,
            outcome,
            comment: body.comment,
            at,
          })),
        ];
        const state = approvalState(
          DEFAULT_APPROVAL_POLICY,
          holders,
          approvals.filter((a) => a.round === plan.approvalRound),
        );
        const status: StrategicPlanStatus = state.rejected
          ? 'draft'
          : state.complete
            ? 'approved'
            : plan.status;
        return tx.strategicPlans.update(id, { ...data(plan), approvals, status }, plan.etag);
      })
      .then((p) => this.withApproval(p));
  }

  /** What the Word export shows: the plan, its object, the steering documents it names, approvers' names. */
  async document(id: string) {
    const plan = await this.getStrategicPlan(id);
    const [object, docs, people] = await Promise.all([
      mustGet(this.store.objects, 'objekt', plan.objectId),
      this.store.steeringDocuments.findAll(),
      Promise.all(
        plan.approval.approvers.map((a) => (a.byPersonId ? this.store.people.get(a.byPersonId) : undefined)),
      ),
    ]);
    const goalTitle = (ref: GoalRef) => {
      const doc = docs.find((d) => d.id === ref.documentId);
      const goal = doc?.goals.find((g) => g.id === ref.goalId);
      const fa = goal?.focusAreas.find((f) => f.id === ref.focusAreaId);
      return goal ? (fa ? `${goal.title}: ${fa.title}` : goal.title) : ref.goalId;
    };
    return {
      plan,
      object: { code: object.code, name: object.name },
      goalTitle,
      approvers: plan.approval.approvers.map((a, i) => ({
        ...a,
        displayName: people[i]?.displayName ?? null,
      })),
      generatedOn: this.today(),
    };
  }

  // ── The year wheel of the three deliverables ───────────────────────────────────────────────────────

  async yearWheel(year: number | undefined) {
    const today = this.today();
    const y = year ?? Number(today.slice(0, 4)) + (Number(today.slice(5, 7)) >= 7 ? 1 : 0);
    const [objects, plans, strategic] = await Promise.all([
      this.store.objects.findAll(),
      this.store.plans.findAll({ year: y }),
      this.store.strategicPlans.findAll(),
    ]);
    const rows = await Promise.all(
      objects
        .filter((o) => o.active)
        .sort((a, b) => a.code.localeCompare(b.code, 'sv'))
        .map(async (o) => {
          const plan = plans.find((p) => p.objectId === o.id);
          const covering = strategic
            .filter((s) => s.objectId === o.id && s.fromYear <= y && s.toYear >= y)
            // The most advanced: a final before a preliminary, an approved before a draft.
            .sort((a, b) => rank(b) - rank(a));
          const sp = covering[0];
          const deliverables = objectDeliverables(
            y,
            {
              strategicPlan: sp
                ? { state: sp.status as DeliverableState, version: sp.version }
                : { state: 'missing', version: null },
              objectPlan: objectPlanState(plan?.status ?? null),
              objectReport: await this.reports.stateOf(o.id, y),
            },
            today,
          );
          return { objectId: o.id, code: o.code, name: o.name, deliverables };
        }),
    );
    return { year: y, today, objects: rows };
  }
}

const STATUS_RANK: Record<StrategicPlanStatus, number> = { draft: 0, submitted: 1, approved: 2 };
function rank(p: StrategicObjectPlan): number {
  return (p.version === 'final' ? 10 : 0) + STATUS_RANK[p.status];
}
