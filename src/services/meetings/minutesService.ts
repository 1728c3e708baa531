// Minutes of a forum meeting: who attended, what was decided (each decision checked against the forum's
// mandate — only PSG decides priorities across objects), and action items with owner and due date.
// Written in one transaction; every decision is announced as a decision card.
import { canSchedule, checkMandate, forumForDecision } from '../../domain/authorization/policy';
import { FORUM_RULES, forumConveners } from '../../domain/forums/forums';
import type { Forum } from '../../domain/model';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { AppError, conflict } from '../errors';
import { data, mustGet } from '../records';
import type { Stored } from '../ports/store';
import { NotificationService } from '../notifications/notificationService';
import * as S from '../schemas';

const FORUM_NAMES = { psg: 'PSG', osg: 'objektstyrgruppen', olf: 'OLF' } as const;

export class MinutesService {
  private readonly notifications: NotificationService;

  constructor(private readonly deps: ServiceDeps) {
    this.notifications = new NotificationService(deps);
  }

  private get store() {
    return this.deps.store;
  }

  /** The convener records the minutes; at PSG the head of digitalisation, who keeps them, may too. */
  private async mayRecord(ctx: RequestContext, forum: Stored<Forum>) {
    const actor = requireActor(ctx);
    const assignments = await this.store.roleAssignments.findAll();
    const keepers = assignments
      .filter((a) => {
        const by = FORUM_RULES[forum.kind].minutesBy;
        return (
          by !== null &&
          a.role === by.role &&
          (by.scope === 'organisation' ? a.objectId === null : a.objectId === forum.objectId)
        );
      })
      .map((a) => a.personId);
    ensure(canSchedule(actor, [...forumConveners(forum, assignments), ...keepers]));
    return actor;
  }

  async record(ctx: RequestContext, meetingId: string, input: unknown) {
    const meeting = await mustGet(this.store.meetings, 'möte', meetingId);
    const forum = await mustGet(this.store.forums, 'forum', meeting.forumId);
    const actor = await this.mayRecord(ctx, forum);
    const body = S.parseInput(S.minutesCreate, input, ctx.locale);
    for (const d of body.decisions) {
      if (!checkMandate(forum.kind, d.kind).allowed) {
        throw new AppError('forbidden', 'forbidden.decisionOutsideMandate', {
          title: d.title,
          kind: d.kind,
          forum: FORUM_NAMES[forum.kind],
          holder: FORUM_NAMES[forumForDecision(d.kind)].replace(/^./, (c) => c.toUpperCase()),
        });
      }
    }
    const people = new Set([...body.attendance, ...body.actionItems.map((a) => a.ownerPersonId)]);
    for (const personId of people) await mustGet(this.store.people, 'person', personId);
    if (meeting.status === 'held' && meeting.attendance) throw conflict('conflict.minutesRecorded');
    if (meeting.status === 'cancelled') throw conflict('conflict.meetingCancelled');
    const at = this.deps.clock.now().toISOString();
    return this.store.transaction(async (tx) => {
      const held = await tx.meetings.update(
        meetingId,
        { ...data(meeting), status: 'held', attendance: body.attendance },
        meeting.etag,
      );
      const decisions = [];
      for (const d of body.decisions) {
        const decision = await tx.decisions.create({
          forumId: forum.id,
          meetingId,
          objectId: d.objectId ?? forum.objectId,
          planId: null,
          initiativeId: d.initiativeId,
          kind: d.kind,
          title: d.title,
          text: d.text,
          decidedByPersonId: actor.personId,
          decidedAt: at,
          comment: '',
        });
        decisions.push(decision);
        await this.notifications.decisionRecorded(tx, decision);
      }
      const actionItems = [];
      for (const a of body.actionItems) {
        actionItems.push(
          await tx.actionItems.create({
            forumId: forum.id,
            meetingId,
            title: a.title,
            ownerPersonId: a.ownerPersonId,
            dueDate: a.dueDate,
            status: 'open',
            remindedAt: null,
          }),
        );
      }
      return { meeting: held, decisions, actionItems };
    });
  }

  async minutes(meetingId: string) {
    const meeting = await mustGet(this.store.meetings, 'möte', meetingId);
    const forum = await mustGet(this.store.forums, 'forum', meeting.forumId);
    const [decisions, actionItems] = await Promise.all([
      this.store.decisions.findAll({ forumId: forum.id }),
      this.store.actionItems.findAll({ meetingId }),
    ]);
    const ids = new Set([...(meeting.attendance ?? []), ...actionItems.map((a) => a.ownerPersonId)]);
    const people = new Map(
      (await Promise.all([...ids].map((id) => this.store.people.get(id))))
        .filter((p) => p)
        .map((p) => [p!.id, p!]),
    );
    return {
      meeting,
      forum,
      attendance: (meeting.attendance ?? []).map((id) => ({
        personId: id,
        displayName: people.get(id)?.displayName ?? '',
      })),
      decisions: decisions.filter((d) => d.meetingId === meetingId),
      actionItems: actionItems.map((a) => ({
        ...a,
        ownerName: people.get(a.ownerPersonId)?.displayName ?? '',
      })),
    };
  }
}
