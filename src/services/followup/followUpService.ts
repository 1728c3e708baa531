// The interim follow-up (delårsuppföljning, issue 16 §2): per goal and delmål a status with a comment, the
// budget forecast from the outcome, the initiatives' state. Prepared by the leaders, marked ready, noted by
// the OSG (an agenda suggestion appears for its next meeting), rolled up for PSG across objects.
import { canFollowUp, canNoteFollowUp } from '../../domain/authorization/policy';
import { planGoals } from '../../domain/plan/goals';
import {
  FOLLOW_UP_PERIODS,
  type FollowUpPeriod,
  type GoalFollowUp,
  type InterimFollowUp,
} from '../../domain/followup/types';
import type { AgendaItem, ObjectPlan } from '../../domain/model';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { AppError, conflict } from '../errors';
import { checkEtag, data, mustGet } from '../records';
import { parseInput } from '../schemas';
import type { Store, Stored } from '../ports/store';
import { OutcomeService } from './outcomeService';
import * as F from './schemas';

/** The follow-ups in the order of the year. */
const YEAR_ORDER: Record<FollowUpPeriod, number> = { tertial1: 0, august: 1, tertial2: 2 };

/** The goals a follow-up reports on: the plan's förvaltningsmål, then its delmål (budget lines). */
export async function followUpTargets(store: Store, plan: Stored<ObjectPlan>) {
  const lines = await store.budgetLines.findAll({ planId: plan.id }, { field: 'sortOrder' });
  return [
    ...planGoals(plan.sections).map((g) => ({ goalId: g.id, text: g.text, kind: 'goal' as const })),
    ...lines.map((l) => ({ goalId: `line:${l.id}`, text: l.name, kind: 'delmal' as const })),
  ];
}

/** Goals as written, each one of the plan's, the text taken from the plan. */
function checkedGoals(
  written: readonly { goalId: string; status: GoalFollowUp['status']; comment: string }[],
  targets: readonly { goalId: string; text: string }[],
): GoalFollowUp[] {
  const byId = new Map(targets.map((t) => [t.goalId, t]));
  return written.map((g) => {
    const t = byId.get(g.goalId);
    if (!t) throw new AppError('validation', 'validation.unknownGoal', { id: g.goalId });
    return { ...g, text: t.text };
  });
}

export class FollowUpService {
  private readonly outcome: OutcomeService;
  constructor(private readonly deps: ServiceDeps) {
    this.outcome = new OutcomeService(deps);
  }

  private get store() {
    return this.deps.store;
  }

  /** The periods the municipality follows up, in the order of the year (tertial 1, August, tertial 2). */
  private get periods(): FollowUpPeriod[] {
    const used = this.deps.followUpPeriods ?? ['august'];
    return [...FOLLOW_UP_PERIODS]
      .filter((p) => used.includes(p))
      .sort((a, b) => YEAR_ORDER[a] - YEAR_ORDER[b]);
  }

  /** The plan's follow-ups, with the goals to report on and the initiatives' state now. */
  async list(planId: string) {
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    const [followUps, targets, initiatives, outcome] = await Promise.all([
      this.store.interimFollowUps.findAll({ planId }),
      followUpTargets(this.store, plan),
      this.store.initiatives.findAll({ objectId: plan.objectId }),
      this.outcome.outcome(planId),
    ]);
    const counts: Record<string, number> = {};
    for (const i of initiatives.filter((x) => x.planId === planId || !x.planId))
      counts[i.status] = (counts[i.status] ?? 0) + 1;
    return {
      planId,
      year: plan.year,
      /** The periods the municipality writes (FOLLOW_UP_PERIODS): the tab offers these. */
      periods: this.periods,
      targets,
      followUps,
      forecast: { through: outcome.through, ...outcome.totals },
      initiatives: counts,
    };
  }

  /** Writes the leaders' follow-up of a period (created on first write; If-Match once it exists). */
  async write(
    ctx: RequestContext,
    planId: string,
    periodRaw: string,
    ifMatch: string | undefined,
    input: unknown,
  ) {
    const actor = requireActor(ctx);
    const plan = await mustGet(this.store.plans, 'objektplan', planId);
    ensure(canFollowUp(actor, plan.objectId));
    const period = parseInput(F.followUpPeriod, periodRaw, ctx.locale);
    if (!this.periods.includes(period))
      throw new AppError('validation', 'validation.followUpPeriodNotUsed', {
        period,
        used: this.periods.join(', '),
      });
    const body = parseInput(F.followUpWrite, input ?? {}, ctx.locale);
    const targets = await followUpTargets(this.store, plan);
    const goals = body.goals ? checkedGoals(body.goals, targets) : undefined;
    return this.store.transaction(async (tx) => {
      const [current] = (await tx.interimFollowUps.findAll({ planId })).filter((f) => f.period === period);
      if (!current) {
        const created: InterimFollowUp = {
          planId,
          objectId: plan.objectId,
          year: plan.year,
          period,
          goals: goals ?? [],
          budgetComment: body.budgetComment ?? '',
          forecastSek: null,
          initiativesComment: body.initiativesComment ?? '',
          status: 'draft',
          preparedByPersonId: actor.personId,
          readyAt: null,
          notedAt: null,
        };
        return tx.interimFollowUps.create(created);
      }
      const etag = checkEtag(current, ifMatch);
      if (current.status === 'noted') throw conflict('conflict.followUpNotEditable');
      return tx.interimFollowUps.update(
        current.id,
        {
          ...data(current),
          ...(goals ? { goals } : {}),
          ...(body.budgetComment !== undefined ? { budgetComment: body.budgetComment } : {}),
          ...(body.initiativesComment !== undefined ? { initiativesComment: body.initiativesComment } : {}),
          status: 'draft',
          readyAt: null,
        },
        etag,
      );
    });
  }

  /** Leaders mark it ready for the OSG; the forecast of the day is kept with it. */
  async ready(ctx: RequestContext, id: string) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.interimFollowUps, 'uppföljning', id);
    ensure(canFollowUp(actor, current.objectId));
    if (current.status === 'noted') throw conflict('conflict.followUpNotEditable');
    const outcome = await this.outcome.outcome(current.planId);
    return this.store.transaction((tx) =>
      tx.interimFollowUps.update(
        id,
        {
          ...data(current),
          status: 'ready',
          readyAt: this.deps.clock.now().toISOString(),
          forecastSek: outcome.totals.forecast,
        },
        current.etag,
      ),
    );
  }

  /** The OSG has noted it at its meeting (recorded by an owner). */
  async note(ctx: RequestContext, id: string) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.interimFollowUps, 'uppföljning', id);
    ensure(canNoteFollowUp(actor, current.objectId));
    if (current.status === 'noted') return current;
    if (current.status !== 'ready') throw conflict('conflict.followUpNotReady');
    return this.store.transaction((tx) =>
      tx.interimFollowUps.update(
        id,
        { ...data(current), status: 'noted', notedAt: this.deps.clock.now().toISOString() },
        current.etag,
      ),
    );
  }

  /** PSG's view across objects: per object, the latest follow-up of the year and its goals by status. */
  async rollUp(year: number) {
    const [objects, followUps] = await Promise.all([
      this.store.objects.findAll(),
      this.store.interimFollowUps.findAll({ year }),
    ]);
    const order = YEAR_ORDER;
    return {
      year,
      objects: objects
        .filter((o) => o.active)
        .map((o) => {
          const mine = followUps
            .filter((f) => f.objectId === o.id)
            .sort((a, b) => order[a.period] - order[b.period]);
          const latest = mine.at(-1);
          const count = (s: GoalFollowUp['status']) =>
            latest?.goals.filter((g) => g.status === s).length ?? 0;
          return {
            objectId: o.id,
            code: o.code,
            name: o.name,
            followUp: latest
              ? {
                  id: latest.id,
                  planId: latest.planId,
                  period: latest.period,
                  status: latest.status,
                  forecastSek: latest.forecastSek,
                }
              : null,
            goals: { onTrack: count('onTrack'), atRisk: count('atRisk'), deviating: count('deviating') },
          };
        }),
    };
  }
}

/** Agenda suggestions for an object's OSG: follow-ups ready to note, objektberättelser to approve. */
export async function followUpAgendaItems(store: Store, objectId: string): Promise<AgendaItem[]> {
  const [ready, reports, object] = await Promise.all([
    store.interimFollowUps.findAll({ status: 'ready' }),
    store.planReports.findAll({ objectId, status: 'preliminary' }),
    store.objects.get(objectId),
  ]);
  const PERIOD = { august: 'augusti', tertial1: 'tertial 1', tertial2: 'tertial 2' } as const;
  return [
    ...ready
      .filter((f) => f.objectId === objectId)
      .map((f) => ({
        title: `Delårsuppföljning ${PERIOD[f.period]} ${object?.code ?? ''} ${f.year} att notera`,
        source: 'plan' as const,
      })),
    ...reports.map((r) => ({
      title: `Godkännande av objektberättelse ${object?.code ?? ''} ${r.year}`,
      source: 'plan' as const,
    })),
  ];
}
