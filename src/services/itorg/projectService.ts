// The IT project portfolio (seed 002: ändringsansvarig answers for it): initiatives and orders that became
// projects, with phases, start and end, a monthly status report, budget against outcome, and the systems
// each depends on — one timeline across objects for PSG.
import { canEditPortfolio, canReportProject } from '../../domain/authorization/policy';
import type { Project } from '../../domain/itorg/model';
import { latestReport, linkedOutcome, withReport } from '../../domain/itorg/projects';
import { AppError } from '../errors';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, mustGet, patched } from '../records';
import type { Stored, StoreCollections } from '../ports/store';
import { parseInput } from '../schemas';
import * as S from './itorgSchemas';

export class ProjectService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  /**
   * The project's budget against the outcome of its linked plan (issue 16's follow-up), or null when it
   * is not linked (or the plan is gone).
   */
  private async linked(p: Stored<Project>) {
    if (!p.planId) return null;
    const plan = await this.store.plans.get(p.planId);
    if (!plan) return null;
    const [lines, entries] = await Promise.all([
      this.store.budgetLines.findAll({ planId: plan.id }),
      this.store.outcomeEntries.findAll({ planId: plan.id }),
    ]);
    return linkedOutcome(plan, lines, entries, p.budgetLineIds ?? []);
  }

  /**
   * Every project on one timeline (by start), with names, the latest report, and the budget against
   * outcome: the linked plan's outcome where the project is linked, else the outcome entered by hand.
   */
  async list() {
    const [projects, objects, components, people] = await Promise.all([
      this.store.projects.findAll(),
      this.store.objects.findAll(),
      this.store.components.findAll({ kind: 'it' }),
      this.store.people.findAll(),
    ]);
    const linked = new Map(
      await Promise.all(projects.map(async (p) => [p.id, await this.linked(p)] as const)),
    );
    const object = new Map(objects.map((o) => [o.id, o]));
    const component = new Map(components.map((c) => [c.id, c]));
    const person = new Map(people.map((p) => [p.id, p.displayName]));
    return projects
      .sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name, 'sv'))
      .map((p) => {
        const outcome = linked.get(p.id) ?? null;
        const actual = outcome ? outcome.actual : p.outcome;
        return {
          ...p,
          planId: p.planId ?? null,
          budgetLineIds: p.budgetLineIds ?? [],
          objects: [p.objectId, ...p.objectIds.filter((o) => o !== p.objectId)].flatMap((id) => {
            const o = object.get(id);
            return o ? [{ id, code: o.code, name: o.name }] : [];
          }),
          systems: p.componentIds.map((id) => {
            const c = component.get(id);
            return { id, name: c?.name ?? id, lifecycle: c?.lifecycle ?? null };
          }),
          managerName: p.managerPersonId ? (person.get(p.managerPersonId) ?? null) : null,
          latest: latestReport(p),
          linkedOutcome: outcome,
          /** The outcome the portfolio weighs the budget against, and where it comes from. */
          actualOutcome: actual,
          outcomeSource: outcome ? ('plan' as const) : ('manual' as const),
          remainder: p.budget - actual,
        };
      });
  }

  /** The plan must be one of the project's objects', the lines the plan's; lines need a plan. */
  private async checkPlan(
    tx: StoreCollections,
    p: Pick<Project, 'objectId' | 'objectIds' | 'planId' | 'budgetLineIds'>,
  ) {
    const lineIds = p.budgetLineIds ?? [];
    if (!p.planId) {
      if (lineIds.length) throw new AppError('validation', 'validation.linksNeedPlan');
      return;
    }
    const plan = await tx.plans.get(p.planId);
    if (!plan)
      throw new AppError('validation', 'validation.unknownReference', { what: 'objektplan', id: p.planId });
    if (plan.objectId !== p.objectId && !p.objectIds.includes(plan.objectId))
      throw new AppError('validation', 'validation.projectPlanObject', { id: p.planId });
    const lines = new Set((await tx.budgetLines.findAll({ planId: plan.id })).map((l) => l.id));
    const unknown = lineIds.find((l) => !lines.has(l));
    if (unknown) throw new AppError('validation', 'validation.lineNotInPlan', { id: unknown });
  }

  private async checkRefs(
    tx: StoreCollections,
    p: Partial<Pick<Project, 'objectIds' | 'componentIds' | 'managerPersonId' | 'start' | 'end'>>,
  ) {
    for (const id of p.objectIds ?? []) await mustGet(tx.objects, 'objekt', id);
    for (const id of p.componentIds ?? []) {
      const c = await tx.components.get(id);
      if (!c || c.kind !== 'it') throw new AppError('validation', 'validation.componentOfObject', { id });
    }
    if (p.managerPersonId) await mustGet(tx.people, 'person', p.managerPersonId);
    if (p.start && p.end && p.end < p.start) throw new AppError('validation', 'validation.projectDates');
  }

  async create(ctx: RequestContext, input: unknown): Promise<Stored<Project>> {
    ensure(canEditPortfolio(requireActor(ctx)));
    const body = parseInput(S.projectCreate, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      await mustGet(tx.objects, 'objekt', body.objectId);
      await this.checkRefs(tx, body);
      if (body.origin?.kind === 'initiative') await mustGet(tx.initiatives, 'initiativ', body.origin.id);
      if (body.origin?.kind === 'order') await mustGet(tx.orders, 'beställning', body.origin.id);
      await this.checkPlan(tx, body);
      return tx.projects.create({ ...body, reports: [] });
    });
  }

  async update(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    ensure(canEditPortfolio(requireActor(ctx)));
    const patch = parseInput(S.projectUpdate, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.projects, 'projekt', id);
      const etag = checkEtag(current, ifMatch);
      const next = patched(data(current), patch);
      // A new plan without new lines drops the old plan's lines.
      if (patch.planId !== undefined && patch.planId !== current.planId && patch.budgetLineIds === undefined)
        next.budgetLineIds = [];
      await this.checkRefs(tx, { ...patch, start: next.start, end: next.end });
      if (patch.origin?.kind === 'initiative') await mustGet(tx.initiatives, 'initiativ', patch.origin.id);
      if (patch.origin?.kind === 'order') await mustGet(tx.orders, 'beställning', patch.origin.id);
      await this.checkPlan(tx, next);
      return tx.projects.update(id, next, etag);
    });
  }

  async delete(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    ensure(canEditPortfolio(requireActor(ctx)));
    const current = await mustGet(this.store.projects, 'projekt', id);
    await this.store.projects.delete(id, checkEtag(current, ifMatch));
  }

  /** The month's status: green, amber or red with a comment; a second report for a month replaces the first. */
  async report(ctx: RequestContext, id: string, input: unknown) {
    const actor = requireActor(ctx);
    const first = await mustGet(this.store.projects, 'projekt', id);
    ensure(canReportProject(actor, first));
    const body = parseInput(S.statusReport, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.projects, 'projekt', id);
      const report = { ...body, byPersonId: actor.personId, at: this.deps.clock.now().toISOString() };
      return tx.projects.update(
        id,
        { ...data(current), reports: withReport(current.reports, report) },
        current.etag,
      );
    });
  }
}
