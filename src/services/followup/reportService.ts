// The objektberättelse (issue 16 §3): after the year, a draft made from the plan and what happened — goals
// and their final status, budget against outcome with the big deviations, delivered and stopped
// initiatives, the year's decisions, meetings held against required, contracts ended — completed by the
// leaders, approved by the owners with the plan's approval rule, its "inför kommande år" points carried
// into next year's plan.
import { approverRolesOf, approverTerms, canFollowUp } from '../../domain/authorization/policy';
import { bigDeviations } from '../../domain/followup/outcome';
import type { PlanReport, ReportApproval } from '../../domain/followup/types';
import { approvalState, DEFAULT_APPROVAL_POLICY } from '../../domain/plan/lifecycle';
import { objectPlanState, type DeliverableState, type ObjectReportStates } from '../../domain/plan/yearWheel';
import type { ObjectRole, PlanSections } from '../../domain/model';
import { ensure, requireActor, todayIn, type RequestContext, type ServiceDeps } from '../context';
import { AppError, conflict } from '../errors';
import { checkEtag, data, mustGet } from '../records';
import { approvalAnswer, parseInput } from '../schemas';
import type { Stored } from '../ports/store';
import { followUpTargets } from './followUpService';
import { OutcomeService } from './outcomeService';
import * as F from './schemas';

export class ReportService implements ObjectReportStates {
  private readonly outcomes: OutcomeService;
  constructor(private readonly deps: ServiceDeps) {
    this.outcomes = new OutcomeService(deps);
  }

  private get store() {
    return this.deps.store;
  }

  /**
   * The objektberättelse of an object's plan year as a year-wheel deliverable (ADR 0023): missing, draft,
   * submitted to the owners (preliminary), approved — the same states as the object plan's.
   */
  async stateOf(objectId: string, year: number): Promise<DeliverableState> {
    const report = (await this.store.planReports.findAll({ objectId })).find((r) => r.year === year);
    return objectPlanState(report?.status ?? null);
  }

  private async stored(planId: string) {
    const [report] = await this.store.planReports.findAll({ planId });
    return report;
  }

  private async holders(objectId: string) {
    const holders: Partial<Record<ObjectRole, string[]>> = {};
    for (const a of await this.store.roleAssignments.findAll({ objectId }))
      (holders[a.role as ObjectRole] ??= []).push(a.personId);
    return holders;
  }

  /** What happened in the plan's year, from the data: the facts the report states. */
  async facts(planId: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    const year = plan.year;
    const inYear = (iso: string | null | undefined) => !!iso && iso.startsWith(`${year}-`);
    const [object, outcome, initiatives, decisions, forums, contracts] = await Promise.all([
      mustGet(this.store.objects, 'objekt', plan.objectId),
      this.outcomes.outcome(planId),
      this.store.initiatives.findAll({ objectId: plan.objectId }),
      this.store.decisions.findAll({ objectId: plan.objectId }),
      this.store.forums.findAll({ kind: 'osg', objectId: plan.objectId }),
      this.store.contracts.findAll({ objectId: plan.objectId }),
    ]);
    const osg = forums[0];
    const meetings = osg ? await this.store.meetings.findAll({ forumId: osg.id }) : [];
    const relevant = initiatives.filter((i) => !i.planId || i.planId === planId);
    return {
      plan: { id: plan.id, year, status: plan.status, hourlyRate: plan.hourlyRate },
      object: { id: object.id, code: object.code, name: object.name },
      outcome,
      bigDeviations: bigDeviations(outcome).map((r) => ({
        mainActivity: r.mainActivity,
        planned: r.planned,
        forecast: r.forecast,
        deviation: r.deviationForecast,
      })),
      initiatives: {
        delivered: relevant.filter((i) => i.status === 'done').map((i) => ({ id: i.id, title: i.title })),
        stopped: relevant
          .filter((i) => i.status === 'stopped' || i.status === 'rejected')
          .map((i) => ({ id: i.id, title: i.title, status: i.status })),
        open: relevant.filter((i) => ['proposed', 'prioritised', 'inProgress'].includes(i.status)).length,
      },
      decisions: decisions
        .filter((d) => inYear(d.decidedAt))
        .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt))
        .map((d) => ({ id: d.id, title: d.title, decidedAt: d.decidedAt.slice(0, 10), kind: d.kind })),
      meetings: {
        forum: osg?.name ?? null,
        held: meetings.filter((m) => m.status === 'held' && inYear(m.start)).length,
        required: osg?.minMeetingsPerYear ?? 0,
      },
      contractsEnded: contracts
        .filter((c) => inYear(c.endDate))
        .map((c) => ({ id: c.id, title: c.title, supplier: c.supplier, endDate: c.endDate })),
    };
  }

  /** The objektberättelse: the stored text (or null before a draft), the facts, and where approval stands. */
  async get(planId: string) {
    const [facts, report] = await Promise.all([this.facts(planId), this.stored(planId)]);
    const approval = report ? await this.approval(report) : null;
    return { ...facts, report: report ?? null, approval };
  }

  private async approval(report: Stored<PlanReport>) {
    const answers = report.approvals.filter((a) => a.round === report.approvalRound);
    const state = approvalState(DEFAULT_APPROVAL_POLICY, await this.holders(report.objectId), answers);
    return { round: report.approvalRound, pending: report.status === 'preliminary', ...state };
  }

  /** Drafts the report from the data: goals with their latest follow-up status, text to complete. */
  async create(ctx: RequestContext, planId: string) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    ensure(canFollowUp(actor, plan.objectId));
    // The year must have ended (or be in its last month, when the report is being prepared).
    if (todayIn(this.deps.clock) < `${plan.year}-12-01`)
      throw conflict('conflict.reportYearNotEnded', { year: plan.year });
    const [targets, followUps] = await Promise.all([
      followUpTargets(this.store, plan),
      this.store.interimFollowUps.findAll({ planId }),
    ]);
    const latest = followUps.sort((a, b) => (a.readyAt ?? '').localeCompare(b.readyAt ?? '')).at(-1);
    const goals = targets.map((t) => {
      const f = latest?.goals.find((g) => g.goalId === t.goalId);
      return { goalId: t.goalId, text: t.text, status: f?.status ?? 'onTrack', comment: f?.comment ?? '' };
    });
    return this.store.transaction(async (tx) => {
      const [existing] = await tx.planReports.findAll({ planId });
      if (existing) throw conflict('conflict.reportExists', { year: plan.year });
      return tx.planReports.create({
        planId,
        objectId: plan.objectId,
        year: plan.year,
        status: 'draft',
        goals,
        summary: '',
        budgetComment: latest?.budgetComment ?? '',
        lessons: '',
        nextYear: [],
        approvalRound: 0,
        approvals: [],
        carriedToPlanId: null,
      });
    });
  }

  async update(ctx: RequestContext, planId: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    ensure(canFollowUp(actor, plan.objectId));
    const body = parseInput(F.reportUpdate, input, ctx.locale);
    const current = await this.stored(planId);
    if (!current) throw conflict('conflict.reportMissing');
    const etag = checkEtag(current, ifMatch);
    if (current.status !== 'draft')
      throw conflict('conflict.reportNotEditable', { status: `term:${current.status}` });
    let goals = current.goals;
    if (body.goals) {
      const targets = new Map((await followUpTargets(this.store, plan)).map((t) => [t.goalId, t.text]));
      goals = body.goals.map((g) => {
        const text = targets.get(g.goalId);
        if (text === undefined) throw new AppError('validation', 'validation.unknownGoal', { id: g.goalId });
        return { ...g, text };
      });
    }
    const next: PlanReport = {
      ...data(current),
      goals,
      summary: body.summary ?? current.summary,
      budgetComment: body.budgetComment ?? current.budgetComment,
      lessons: body.lessons ?? current.lessons,
      nextYear: body.nextYear ?? current.nextYear,
    };
    return this.store.transaction((tx) => tx.planReports.update(current.id, next, etag));
  }

  /** Leaders submit the completed report to the OSG (a new round of approval). */
  async submit(ctx: RequestContext, planId: string) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    ensure(canFollowUp(actor, plan.objectId));
    const current = await this.stored(planId);
    if (!current) throw conflict('conflict.reportMissing');
    if (current.status !== 'draft')
      throw conflict('conflict.reportNotEditable', { status: `term:${current.status}` });
    return this.store.transaction((tx) =>
      tx.planReports.update(
        current.id,
        { ...data(current), status: 'preliminary', approvalRound: current.approvalRound + 1 },
        current.etag,
      ),
    );
  }

  /** An owner's answer; approved when the plan's approval rule is met, back to draft on a rejection. */
  async answer(ctx: RequestContext, planId: string, outcome: 'approved' | 'rejected', input: unknown) {
    const actor = requireActor(ctx);
    // The person first (one of the approvers of the plan's object), then the input, then the state.
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    const holders = await this.holders(plan.objectId);
    const roles = approverRolesOf(DEFAULT_APPROVAL_POLICY, holders, actor.personId);
    if (!roles.length)
      throw new AppError('forbidden', 'forbidden.notReportApprover', {
        approvers: approverTerms(DEFAULT_APPROVAL_POLICY),
      });
    const body = parseInput(approvalAnswer, input ?? {}, ctx.locale);
    const current = await this.stored(planId);
    if (!current) throw conflict('conflict.reportMissing');
    if (outcome === 'rejected' && !body.comment)
      throw new AppError('validation', 'validation.commentRequired');
    if (current.status !== 'preliminary') throw conflict('conflict.reportNotPending');
    const at = this.deps.clock.now().toISOString();
    const added: ReportApproval[] = roles.map((role) => ({
      round: current.approvalRound,
      personId: actor.personId,
      role,
      outcome,
      comment: body.comment,
      at,
    }));
    const approvals = [...current.approvals, ...added];
    const state = approvalState(
      DEFAULT_APPROVAL_POLICY,
      holders,
      approvals.filter((a) => a.round === current.approvalRound),
    );
    const status = state.rejected ? 'draft' : state.complete ? 'approved' : 'preliminary';
    const saved = await this.store.transaction((tx) =>
      tx.planReports.update(current.id, { ...data(current), approvals, status }, current.etag),
    );
    return { report: saved, approval: await this.approval(saved) };
  }

  /** Carries the "inför kommande år" points into next year's plan (a draft) as influencing factors. */
  async carry(ctx: RequestContext, planId: string) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    ensure(canFollowUp(actor, plan.objectId));
    const current = await this.stored(planId);
    if (!current) throw conflict('conflict.reportMissing');
    const year = plan.year + 1;
    if (current.carriedToPlanId) throw conflict('conflict.reportAlreadyCarried', { year });
    const [next] = await this.store.plans.findAll({ objectId: plan.objectId, year });
    if (!next) throw new AppError('validation', 'validation.nextYearPlanMissing', { year });
    if (next.status !== 'draft') throw conflict('conflict.nextYearPlanNotDraft', { year });
    const sections: PlanSections = {
      ...next.sections,
      influencingFactors: [
        ...next.sections.influencingFactors,
        ...current.nextYear.map((change) => ({ change, impact: 'medium' as const })),
      ],
    };
    return this.store.transaction(async (tx) => {
      const plan2 = await tx.plans.update(next.id, { ...data(next), sections }, next.etag);
      const report = await tx.planReports.update(
        current.id,
        { ...data(current), carriedToPlanId: next.id },
        current.etag,
      );
      return { report, plan: { id: plan2.id, year: plan2.year, carried: current.nextYear.length } };
    });
  }
}
