// "Mitt arbete": what waits for the signed-in person across every object — approvals to answer,
// escalations at their rung, their action items, year-wheel deadlines of their objects, meetings they
// convene or attend, minutes they must adjust. The same policy functions as the writes decide what counts
// as "mine", so the list never offers what the service would refuse.
//
// Reads: the number of store reads does not grow with the number of objects in the municipality. Every
// collection is read once through an indexed query (plans by status and year, initiatives by rung, open
// action items, forums, bindings), plus per forum the person takes part in (meetings, minutes — by the
// indexed forumId) and per plan awaiting their answer (that round's answers). Those grow with the
// person's own roles only.
import { approverRolesOf, canDecidePriority, decidingLevelsOf } from '../../domain/authorization/policy';
import { forumParticipants } from '../../domain/forums/forums';
import { isEscalationOpen, rankInitiatives } from '../../domain/initiatives/prioritisation';
import { utcToStockholm } from '../../domain/meetings/schedule';
import type { EscalationLevel, ObjectRole, PlanApproval } from '../../domain/model';
import { approvalState, DEFAULT_APPROVAL_POLICY, planDeadlines } from '../../domain/plan/lifecycle';
import { requireActor, todayIn, type RequestContext, type ServiceDeps } from '../context';
import { tabPath, subEntityIdOf, type TabTarget } from './links';

export const WORK_KINDS = [
  'approval',
  'escalation',
  'actionItem',
  'adjustment',
  'deadline',
  'meeting',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export interface WorkItem {
  kind: WorkKind;
  /** Unique within the answer (kind and record). */
  key: string;
  title: string;
  object: { id: string; code: string; name: string } | null;
  forum: { id: string; kind: string; name: string } | null;
  /** ISO date or instant the item is due or happens. */
  due: string | null;
  late: boolean;
  /** What the person is to do it as (role, rung, participation). */
  as: string[];
  target: TabTarget & { path: string; subEntityId: string; channelId: string | null };
}

/** Upcoming meetings and year-wheel deadlines are shown this many days ahead. */
const HORIZON_DAYS = 120;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export class MyWorkService {
  constructor(private readonly deps: ServiceDeps) {}

  async forMe(ctx: RequestContext) {
    const actor = requireActor(ctx);
    const { store, clock } = this.deps;
    const today = todayIn(clock);
    const horizon = addDays(today, HORIZON_DAYS);
    const year = Number(today.slice(0, 4));
    const me = actor.personId;
    const myObjects = new Set(actor.assignments.flatMap((a) => (a.objectId ? [a.objectId] : [])));
    // The rungs this person can decide at: leaders (an object's leaders), owners, PSG (its chair).
    const levels: EscalationLevel[] = decidingLevelsOf(actor);

    // One batch of indexed reads, none per object.
    const [objects, forums, bindings, preliminary, plansNow, plansNext, openActions, ...atRungs] =
      await Promise.all([
        store.objects.findAll(),
        store.forums.findAll(),
        store.channelBindings.findAll(),
        store.plans.findAll({ status: 'preliminary' }),
        myObjects.size ? store.plans.findAll({ year }) : Promise.resolve([]),
        myObjects.size ? store.plans.findAll({ year: year + 1 }) : Promise.resolve([]),
        store.actionItems.findAll({ status: 'open' }),
        ...levels.map((level) => store.initiatives.findAll({ escalationLevel: level })),
      ]);
    const objectById = new Map(objects.map((o) => [o.id, o]));
    const forumById = new Map(forums.map((f) => [f.id, f]));
    const channelOf = new Map<string, string>();
    for (const b of [...bindings].sort((a, b) => a.boundAt.localeCompare(b.boundAt)))
      channelOf.set(b.objectId, b.channelId);
    const objectRef = (id: string | null) => {
      const o = id ? objectById.get(id) : undefined;
      return o ? { id: o.id, code: o.code, name: o.name } : null;
    };
    const forumRef = (id: string | null) => {
      const f = id ? forumById.get(id) : undefined;
      return f ? { id: f.id, kind: f.kind, name: f.name } : null;
    };
    const target = (
      objectId: string | null,
      view: TabTarget['view'],
      params: Record<string, string> = {},
    ) => {
      const t: TabTarget = { objectId, view, params };
      return {
        ...t,
        path: tabPath(t),
        subEntityId: subEntityIdOf(t),
        channelId: objectId ? (channelOf.get(objectId) ?? null) : null,
      };
    };
    const myRolesIn = (objectId: string) =>
      actor.assignments.filter((a) => a.objectId === objectId).map((a) => a.role);

    // The forums the person takes part in (from their own roles) or convenes/chairs by delegation.
    const myForums = forums
      .map((forum) => {
        const participation = forumParticipants(
          forum,
          actor.assignments.map((a) => ({ ...a, personId: me })),
        );
        const roles = new Set(participation.flatMap((p) => p.participation) as string[]);
        if (forum.delegatePersonIds.includes(me)) roles.add('convener');
        if (forum.chairDelegatePersonIds?.includes(me)) roles.add('chair');
        return { forum, roles: [...roles] };
      })
      .filter((f) => f.roles.length > 0);
    const psg = myForums.some((f) => f.forum.kind === 'psg');

    // Plans waiting for this person's answer: only where they hold a required role, so one read per such plan.
    const mine = preliminary.filter(
      (p) => objectById.get(p.objectId)?.active !== false && myObjects.has(p.objectId),
    );
    const [answersPerPlan, perForum] = await Promise.all([
      Promise.all(mine.map((p) => store.planApprovals.findAll({ planId: p.id, round: p.approvalRound }))),
      Promise.all(
        myForums.map(({ forum }) =>
          Promise.all([
            store.meetings.findAll({ forumId: forum.id }),
            store.minutes.findAll({ forumId: forum.id }),
          ]),
        ),
      ),
    ]);

    // The Möten view lists one year's meetings, so a link to a meeting names the meeting's own year. An
    // action item's meeting is usually among the forums' meetings read above; the others are read one by
    // one (they grow with the person's own open action items only).
    const meetingYear = new Map<string, string>();
    for (const [meetings] of perForum)
      for (const m of meetings) meetingYear.set(m.id, utcToStockholm(m.start).date.slice(0, 4));
    const myActions = openActions.filter((a) => a.ownerPersonId === me);
    const elsewhere = [...new Set(myActions.map((a) => a.meetingId).filter((id) => !meetingYear.has(id)))];
    for (const m of await Promise.all(elsewhere.map((id) => store.meetings.get(id))))
      if (m) meetingYear.set(m.id, utcToStockholm(m.start).date.slice(0, 4));
    const atMeeting = (meetingId: string): Record<string, string> => {
      const y = meetingYear.get(meetingId);
      return y ? { meeting: meetingId, year: y } : { meeting: meetingId };
    };

    const items: WorkItem[] = [];

    mine.forEach((plan, i) => {
      const holders: Partial<Record<ObjectRole, string[]>> = {};
      for (const role of myRolesIn(plan.objectId)) (holders[role as ObjectRole] ??= []).push(me);
      const state = approvalState(DEFAULT_APPROVAL_POLICY, holders, answersPerPlan[i] as PlanApproval[]);
      const toAnswer = approverRolesOf(DEFAULT_APPROVAL_POLICY, holders, me).filter(
        (role) => state.approvers.find((a) => a.role === role)?.outcome === null,
      );
      if (!toAnswer.length) return;
      items.push({
        kind: 'approval',
        key: `approval:${plan.id}`,
        title: String(plan.year),
        object: objectRef(plan.objectId),
        forum: null,
        due: null,
        late: false,
        as: toAnswer,
        target: target(plan.objectId, 'plan', { year: String(plan.year), planId: plan.id }),
      });
    });

    for (const initiative of rankInitiatives(atRungs.flat().filter(isEscalationOpen))) {
      if (!canDecidePriority(actor, initiative).allowed) continue;
      const involved = [initiative.objectId, ...initiative.affectedObjectIds];
      const objectId = involved.find((o) => myObjects.has(o)) ?? initiative.objectId;
      items.push({
        kind: 'escalation',
        key: `escalation:${initiative.id}`,
        title: initiative.title,
        object: objectRef(objectId),
        forum: null,
        due: initiative.escalations.at(-1)?.at.slice(0, 10) ?? null,
        late: false,
        as: [initiative.escalationLevel],
        target: target(objectId, 'initiatives', { initiative: initiative.id }),
      });
    }

    for (const item of myActions) {
      const forum = forumById.get(item.forumId);
      const objectId = forum?.objectId ?? null;
      items.push({
        kind: 'actionItem',
        key: `actionItem:${item.id}`,
        title: item.title,
        object: objectRef(objectId),
        forum: forumRef(item.forumId),
        due: item.dueDate,
        late: item.dueDate < today,
        as: ['owner'],
        target: target(objectId, 'meetings', atMeeting(item.meetingId)),
      });
    }

    myForums.forEach(({ forum, roles }, i) => {
      const [meetings, minutes] = perForum[i]!;
      const meetingById = new Map(meetings.map((m) => [m.id, m]));
      for (const m of minutes) {
        if (m.status !== 'draft' || !m.adjusterPersonIds.includes(me)) continue;
        if (m.adjustedBy.some((s) => s.personId === me)) continue;
        const meeting = meetingById.get(m.meetingId);
        items.push({
          kind: 'adjustment',
          key: `adjustment:${m.id}`,
          title: meeting?.title ?? forum.name,
          object: objectRef(forum.objectId),
          forum: forumRef(forum.id),
          due: meeting?.start ?? null,
          late: false,
          as: ['adjuster'],
          target: target(forum.objectId, 'meetings', atMeeting(m.meetingId)),
        });
      }
      for (const m of meetings) {
        const day = m.start.slice(0, 10);
        if (m.status !== 'scheduled' || day < today || day > horizon) continue;
        items.push({
          kind: 'meeting',
          key: `meeting:${m.id}`,
          title: m.title,
          object: objectRef(forum.objectId),
          forum: forumRef(forum.id),
          due: m.start,
          late: false,
          as: roles,
          target: target(forum.objectId, 'meetings', atMeeting(m.id)),
        });
      }
    });

    // Minutes adjusted by others may still name this person among adjusters from a forum they are not a
    // member of (a guest adjuster): those need an index on adjusters and are not found here.

    const planFor = new Map<string, (typeof plansNow)[number]>();
    for (const p of [...plansNow, ...plansNext]) planFor.set(`${p.objectId}:${p.year}`, p);
    for (const objectId of myObjects) {
      const object = objectById.get(objectId);
      if (!object?.active) continue;
      for (const planYear of [year, year + 1]) {
        const plan = planFor.get(`${objectId}:${planYear}`);
        for (const d of planDeadlines(plan ?? { year: planYear, status: 'draft' }, today)) {
          if (d.met || d.due > horizon) continue;
          items.push({
            kind: 'deadline',
            key: `deadline:${objectId}:${planYear}:${d.deliverable}`,
            title: d.deliverable,
            object: objectRef(objectId),
            forum: null,
            due: d.due,
            late: d.late,
            as: myRolesIn(objectId),
            target: target(objectId, 'plan', { year: String(planYear) }),
          });
        }
      }
    }

    // Late first, then by date; undated (approvals) lead their kind.
    items.sort((a, b) => Number(b.late) - Number(a.late) || (a.due ?? '').localeCompare(b.due ?? ''));
    const counts = Object.fromEntries(
      WORK_KINDS.map((k) => [k, items.filter((i) => i.kind === k).length]),
    ) as Record<WorkKind, number>;
    return {
      today,
      person: { id: me, displayName: actor.person.displayName },
      /** PSG members, its chair, convener and adjuncts see the portfolio as a section. */
      psg,
      forums: myForums.map(({ forum, roles }) => ({
        id: forum.id,
        kind: forum.kind,
        name: forum.name,
        objectId: forum.objectId,
        roles,
      })),
      counts,
      items,
    };
  }
}
