// Looking things up in the register from outside the tab: the message extension's search and link
// unfurling in a chat, and the read-only questions Microsoft 365 Copilot asks through the API plugin
// ("vilka avtal måste sägas upp detta kvartal?", "vilka planer är sena?", "vad beslutade PSG i
// september?", "vem är objektägare för AKN?"). Every answer is for the person asking, by the policy.
import { canReadRegister } from '../../domain/authorization/policy';
import { contractNotice, type ContractState } from '../../domain/contracts/notice';
import {
  matchScore,
  monthPeriod,
  normalise,
  planReference,
  quarterOf,
  within,
  type Period,
} from '../../domain/lookup/lookup';
import { utcToStockholm } from '../../domain/meetings/schedule';
import type {
  Decision,
  Forum,
  GovernanceObject,
  LifecycleState,
  ObjectCategory,
  PlanStatus,
  Role,
} from '../../domain/model';
import { OBJECT_ROLES, ORGANISATION_ROLES } from '../../domain/model';
import { planDeadlines } from '../../domain/plan/lifecycle';
import { LEADER_ROLES, OWNER_ROLES } from '../../domain/roles/roles';
import { capitalise, term, translate, type MessageKey } from '../../i18n/messages';
import { ensure, todayIn, type RequestContext, type ServiceDeps } from '../context';
import { notFound } from '../errors';
import type { Stored } from '../ports/store';

export type LookupHit =
  | {
      kind: 'object';
      id: string;
      code: string;
      name: string;
      category: ObjectCategory;
      active: boolean;
      owners: string[];
      leaders: string[];
    }
  | {
      kind: 'plan';
      id: string;
      objectId: string;
      objectCode: string;
      objectName: string;
      year: number;
      status: PlanStatus;
    }
  | {
      kind: 'system';
      id: string;
      name: string;
      objectId: string;
      objectCode: string;
      supplier: string;
      lifecycle: LifecycleState;
    }
  | {
      kind: 'decision';
      id: string;
      title: string;
      text: string;
      objectId: string | null;
      objectCode: string | null;
      forumName: string | null;
      date: string;
      decidedBy: string;
    };

/** What a link into the tab names: an object (at a view, a plan's year) or a system. */
export type LookupRef =
  | { kind: 'object'; objectId: string; view?: string | null; year?: number | null }
  | { kind: 'system'; id: string };

const KIND_ORDER = { object: 0, plan: 1, system: 2, decision: 3 } as const;
/** Hits a chat shows at most; Teams lists 25, a person reads the first few. */
export const MAX_HITS = 10;

export class LookupService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  /** Objects, plans, systems and decisions by name or code, best first; empty: the asker's own objects. */
  async search(ctx: RequestContext, query: string, limit = MAX_HITS): Promise<LookupHit[]> {
    ensure(canReadRegister(ctx.actor));
    const q = normalise(query).slice(0, 100);
    const s = this.store;
    const objects = await s.objects.findAll();
    const byId = new Map(objects.map((o) => [o.id, o]));
    if (!q) {
      const mine = new Set(ctx.actor!.assignments.map((a) => a.objectId).filter(Boolean));
      const chosen = objects
        .filter((o) => o.active && (mine.size === 0 || mine.has(o.id)))
        .sort((a, b) => a.code.localeCompare(b.code, 'sv'))
        .slice(0, limit);
      return this.objectHits(chosen);
    }
    const [plans, systems, decisions, forums] = await Promise.all([
      s.plans.findAll(),
      s.components.findAll({ kind: 'it' }),
      s.decisions.findAll(undefined, { field: 'decidedAt', direction: 'desc' }),
      s.forums.findAll(),
    ]);
    const scored: { score: number; kind: keyof typeof KIND_ORDER; title: string; id: string }[] = [];
    const add = (score: number, kind: keyof typeof KIND_ORDER, id: string, title: string) => {
      if (score > 0) scored.push({ score, kind, id, title });
    };
    for (const o of objects) add(matchScore(q, o), 'object', o.id, o.name);
    const ref = planReference(q);
    for (const p of plans) {
      const o = byId.get(p.objectId);
      if (!o) continue;
      const code = normalise(o.code);
      // "AKN 2027" is that plan; "AKN" lists the object first, then its plans, newest first.
      const score =
        ref && normalise(ref.code) === code && ref.year === p.year
          ? 100
          : code === q
            ? 60 + (p.year % 100) / 100
            : 0;
      add(score, 'plan', p.id, `${o.code} ${p.year}`);
    }
    for (const c of systems) add(matchScore(q, c), 'system', c.id, c.name);
    const forumById = new Map(forums.map((f) => [f.id, f]));
    for (const d of decisions) {
      const forum = d.forumId ? forumById.get(d.forumId) : undefined;
      const byForum = forum ? matchScore(q, { name: forum.name }) - 25 : 0;
      add(Math.max(matchScore(q, { name: d.title }), byForum), 'decision', d.id, d.title);
    }
    scored.sort(
      (a, b) =>
        b.score - a.score || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.title.localeCompare(b.title, 'sv'),
    );
    const top = scored.slice(0, limit);
    const ids = (kind: string) => new Set(top.filter((t) => t.kind === kind).map((t) => t.id));
    const objectHits = await this.objectHits(objects.filter((o) => ids('object').has(o.id)));
    const planIds = ids('plan');
    const systemIds = ids('system');
    const decisionIds = ids('decision');
    const hits = new Map<string, LookupHit>([
      ...objectHits.map((h) => [h.id, h] as const),
      ...plans
        .filter((p) => planIds.has(p.id))
        .map((p) => [p.id, planHit(p, byId.get(p.objectId)!)] as const),
      ...systems
        .filter((c) => systemIds.has(c.id))
        .map((c) => [c.id, systemHit(c, byId.get(c.ownerObjectId))] as const),
    ]);
    if (decisionIds.size) {
      const people = await this.displayNames(
        decisions.filter((d) => decisionIds.has(d.id)).map((d) => d.decidedByPersonId),
      );
      for (const d of decisions)
        if (decisionIds.has(d.id)) hits.set(d.id, decisionHit(d, byId, forumById, people));
    }
    return top.map((t) => hits.get(t.id)!).filter(Boolean);
  }

  /** The record a link into the tab names, as the same hit the search gives (for unfurling). */
  async resolve(ctx: RequestContext, ref: LookupRef): Promise<LookupHit> {
    ensure(canReadRegister(ctx.actor));
    if (ref.kind === 'system') {
      const c = await this.store.components.get(ref.id);
      if (!c || c.kind !== 'it') throw notFound('system', ref.id);
      return systemHit(c, (await this.store.objects.get(c.ownerObjectId)) ?? undefined);
    }
    const object = await this.store.objects.get(ref.objectId);
    if (!object) throw notFound('object', ref.objectId);
    if (ref.view === 'plan' && ref.year) {
      const [plan] = await this.store.plans.findAll({ objectId: object.id, year: ref.year });
      if (plan) return planHit(plan, object);
    }
    return (await this.objectHits([object]))[0]!;
  }

  /**
   * Contracts whose last day of notice falls in the period (default: this quarter), soonest first — what
   * must be terminated (or consciously kept) now.
   */
  async contractsDueForNotice(ctx: RequestContext, period?: Partial<Period>) {
    ensure(canReadRegister(ctx.actor));
    const today = todayIn(this.deps.clock);
    const quarter = quarterOf(today);
    const range: Period = { from: period?.from ?? quarter.from, to: period?.to ?? quarter.to };
    const [contracts, objects] = await Promise.all([
      this.store.contracts.findAll(),
      this.store.objects.findAll(),
    ]);
    const byId = new Map(objects.map((o) => [o.id, o]));
    const due = contracts
      .map((c) => ({ c, notice: contractNotice(c, today, this.deps.contractNoticeLeadDays) }))
      .filter(({ notice }) => within(range, notice.noticeDate))
      .sort((a, b) => a.notice.noticeDate.localeCompare(b.notice.noticeDate))
      .map(({ c, notice }) => ({
        id: c.id,
        title: c.title,
        supplier: c.supplier,
        objectId: c.objectId,
        objectCode: byId.get(c.objectId)?.code ?? '',
        objectName: byId.get(c.objectId)?.name ?? '',
        endDate: c.endDate,
        noticePeriodMonths: c.noticePeriodMonths,
        noticeDate: notice.noticeDate,
        state: notice.state as ContractState,
        noticeState: translate(
          ctx.locale,
          notice.state === 'noticePassed' ? 'lookup.noticePassed' : 'lookup.noticeOpen',
        ),
      }));
    return { today, from: range.from, to: range.to, contracts: due };
  }

  /**
   * Object plans behind the year wheel: each active object's plan of last year, this year and next (the
   * ones whose deliverables fall due around now), with the deadlines that have passed unmet. A plan that
   * does not exist yet is late too once its first deadline has passed.
   */
  async latePlans(ctx: RequestContext) {
    ensure(canReadRegister(ctx.actor));
    const today = todayIn(this.deps.clock);
    const year = Number(today.slice(0, 4));
    const years = [year - 1, year, year + 1];
    const [objects, ...plansByYear] = await Promise.all([
      this.store.objects.findAll(),
      ...years.map((y) => this.store.plans.findAll({ year: y })),
    ]);
    const plans = plansByYear.flat();
    const rows = objects
      .filter((o) => o.active)
      .sort((a, b) => a.code.localeCompare(b.code, 'sv'))
      .flatMap((o) =>
        years.flatMap((y) => {
          const plan = plans.find((p) => p.objectId === o.id && p.year === y);
          // Last year's plan is asked only for its report; a plan never made then is history, not late.
          if (!plan && y < year) return [];
          const late = planDeadlines(plan ?? { year: y, status: 'draft' }, today).filter((d) => d.late);
          if (!late.length) return [];
          return [
            {
              objectId: o.id,
              objectCode: o.code,
              objectName: o.name,
              planId: plan?.id ?? null,
              year: y,
              status: plan?.status ?? ('missing' as const),
              statusName: plan ? term(ctx.locale, plan.status) : translate(ctx.locale, 'lookup.missingPlan'),
              late: late.map((d) => ({
                deliverable: d.deliverable,
                deliverableName: translate(ctx.locale, `bot.deliverable.${d.deliverable}` as MessageKey),
                due: d.due,
              })),
            },
          ];
        }),
      );
    return { today, plans: rows };
  }

  /**
   * A forum's decisions, newest first: PSG, OLF, or an object's OSG by the object's code; in a month
   * ("2026-09") or between two dates (Stockholm dates).
   */
  async forumDecisions(
    ctx: RequestContext,
    query: { forum: string; month?: string | undefined; from?: string | undefined; to?: string | undefined },
  ) {
    ensure(canReadRegister(ctx.actor));
    const forum = await this.forumNamed(query.forum);
    const period: Partial<Period> = query.month
      ? monthPeriod(query.month)
      : { from: query.from, to: query.to };
    const decisions = (
      await this.store.decisions.findAll({ forumId: forum.id }, { field: 'decidedAt', direction: 'desc' })
    ).filter((d) => {
      const day = utcToStockholm(d.decidedAt).date;
      return (!period.from || day >= period.from) && (!period.to || day <= period.to);
    });
    const [objects, people] = await Promise.all([
      this.store.objects.findAll(),
      this.displayNames(decisions.map((d) => d.decidedByPersonId)),
    ]);
    const byId = new Map(objects.map((o) => [o.id, o]));
    return {
      forum: { id: forum.id, kind: forum.kind, name: forum.name },
      from: period.from ?? null,
      to: period.to ?? null,
      decisions: decisions.map((d) => {
        const hit = decisionHit(d, byId, new Map([[forum.id, forum]]), people);
        return { ...hit, kind: d.kind, decidedAt: d.decidedAt, meetingId: d.meetingId ?? null };
      }),
    };
  }

  /** Who holds which role in an object (by its code), optionally one role: "vem är objektägare för AKN?". */
  async objectRoles(ctx: RequestContext, code: string, role?: Role) {
    ensure(canReadRegister(ctx.actor));
    const [object] = (await this.store.objects.findAll()).filter(
      (o) => normalise(o.code) === normalise(code),
    );
    if (!object) throw notFound('object', code);
    const assignments = await this.store.roleAssignments.findAll({ objectId: object.id });
    const people = new Map(
      (
        await Promise.all(
          [...new Set(assignments.map((a) => a.personId))].map((id) => this.store.people.get(id)),
        )
      )
        .filter((p) => p !== undefined)
        .map((p) => [p.id, p]),
    );
    const roles = [...OBJECT_ROLES, ...ORGANISATION_ROLES]
      .filter((r) => !role || r === role)
      .map((r) => ({
        // Each role says whose it is, so that an answer card of one role can link to the object.
        objectId: object.id,
        objectCode: object.code,
        role: r,
        roleName: capitalise(term(ctx.locale, r)),
        people: assignments
          .filter((a) => a.role === r)
          .map((a) => people.get(a.personId))
          .filter((p) => p !== undefined)
          .map((p) => ({ id: p.id, displayName: p.displayName, email: p.email, title: p.title })),
      }))
      .filter((r) => r.people.length > 0);
    return {
      object: { id: object.id, code: object.code, name: object.name, category: object.category },
      roles,
    };
  }

  private async forumNamed(name: string): Promise<Stored<Forum>> {
    const n = normalise(name).replace(/^(forum|osg)\s+/, '');
    const forums = await this.store.forums.findAll();
    const byKind = forums.find((f) => f.kind !== 'osg' && f.kind === n);
    if (byKind) return byKind;
    const objects = await this.store.objects.findAll();
    const object = objects.find((o) => normalise(o.code) === n);
    const osg = object && forums.find((f) => f.kind === 'osg' && f.objectId === object.id);
    if (osg) return osg;
    const byName = forums.find((f) => normalise(f.name) === normalise(name));
    if (byName) return byName;
    throw notFound('forum', name);
  }

  private async objectHits(objects: Stored<GovernanceObject>[]): Promise<LookupHit[]> {
    const assignments = await Promise.all(
      objects.map((o) => this.store.roleAssignments.findAll({ objectId: o.id })),
    );
    const names = await this.displayNames(assignments.flat().map((a) => a.personId));
    const holders = (list: (typeof assignments)[number], roles: readonly Role[]) =>
      list.filter((a) => roles.includes(a.role)).map((a) => names.get(a.personId) ?? a.personId);
    return objects.map((o, i) => ({
      kind: 'object' as const,
      id: o.id,
      code: o.code,
      name: o.name,
      category: o.category,
      active: o.active,
      owners: holders(assignments[i]!, OWNER_ROLES),
      leaders: holders(assignments[i]!, LEADER_ROLES),
    }));
  }

  private async displayNames(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const people = await Promise.all(unique.map((id) => this.store.people.get(id)));
    return new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p.displayName]));
  }
}

function planHit(
  p: { id: string; year: number; status: PlanStatus },
  o: GovernanceObject & { id: string },
): LookupHit {
  return {
    kind: 'plan',
    id: p.id,
    objectId: o.id,
    objectCode: o.code,
    objectName: o.name,
    year: p.year,
    status: p.status,
  };
}

function systemHit(
  c: { id: string; name: string; ownerObjectId: string; supplier?: string; lifecycle: LifecycleState },
  o: GovernanceObject | undefined,
): LookupHit {
  return {
    kind: 'system',
    id: c.id,
    name: c.name,
    objectId: c.ownerObjectId,
    objectCode: o?.code ?? '',
    supplier: c.supplier ?? '',
    lifecycle: c.lifecycle,
  };
}

function decisionHit(
  d: Stored<Decision>,
  objects: Map<string, GovernanceObject>,
  forums: Map<string, Forum>,
  people: Map<string, string>,
) {
  return {
    kind: 'decision' as const,
    id: d.id,
    title: d.title,
    text: d.text,
    objectId: d.objectId,
    objectCode: d.objectId ? (objects.get(d.objectId)?.code ?? null) : null,
    forumName: d.forumId ? (forums.get(d.forumId)?.name ?? null) : null,
    date: utcToStockholm(d.decidedAt).date,
    decidedBy: people.get(d.decidedByPersonId) ?? '',
  };
}
