// Minutes of a forum meeting as a registrar keeps them: a draft the convener or secretary edits (place,
// chair, secretary, adjusters, attendance, numbered paragraphs with decisions, action items); the named
// adjusters (justerare) each sign, and when all have the minutes are adjusted and locked; a correction
// after that is a new version that says what changed and why, and the earlier versions are kept.
//
// When decisions and action items take effect: when the minutes are adjusted. An adjusted protocol is the
// record a decision can be cited and appealed from (kommunallagen's practice); until then the draft can
// change freely without leaving decision records, decision cards or action-item reminders behind that no
// longer match it. A correction updates the records it touches in the same transaction.
import {
  canAdjustMinutes,
  canWriteMinutes,
  checkMandate,
  forumForDecision,
} from '../../domain/authorization/policy';
import { FORUM_RULES, forumConveners } from '../../domain/forums/forums';
import {
  adjusterProblems,
  decisionObject,
  describeChanges,
  hasBegun,
  isFullyAdjusted,
  missingForAdjustment,
  numbered,
  quorum,
} from '../../domain/forums/minutes';
import { utcToStockholm } from '../../domain/meetings/schedule';
import type {
  ActionItem,
  Decision,
  Forum,
  Meeting,
  Minutes,
  MinutesActionItem,
  MinutesParagraph,
  RoleAssignment,
} from '../../domain/model';
import { translate, type MessageKey } from '../../i18n/messages';
import { ensure, requireActor, todayIn, type Actor, type RequestContext, type ServiceDeps } from '../context';
import { AppError, conflict } from '../errors';
import { checkEtag, data, mustGet } from '../records';
import type { Stored, StoreCollections } from '../ports/store';
import { NotificationService } from '../notifications/notificationService';
import { AgendaService } from './agendaService';
import { minutesCorrection, minutesDraft, type MinutesDraftInput } from './minutesSchemas';
import * as S from '../schemas';

type Content = Pick<
  Minutes,
  | 'place'
  | 'chairPersonId'
  | 'secretaryPersonId'
  | 'adjusterPersonIds'
  | 'attendance'
  | 'paragraphs'
  | 'actionItems'
>;

interface Loaded {
  meeting: Stored<Meeting>;
  forum: Stored<Forum>;
  assignments: Stored<RoleAssignment>[];
  versions: Stored<Minutes>[];
  current: Stored<Minutes> | undefined;
}

type Named = { personId: string; displayName: string };

/** The minutes of a meeting as the API, the tab and the Word document show them. */
export interface MinutesView {
  meeting: Stored<Meeting>;
  forum: Stored<Forum>;
  /** The version in force, or the draft; null when no minutes are written (or kept before versions). */
  minutes: Stored<Minutes> | null;
  versions: Stored<Minutes>[];
  status: Minutes['status'] | null;
  place: string;
  chair: Named | null;
  secretary: Named | null;
  adjusters: (Named & { adjustedAt: string | null })[];
  attendance: Named[];
  paragraphs: MinutesParagraph[];
  /** Each decision of the minutes; effective (with its record) once the minutes are adjusted. */
  decisions: (Pick<Decision, 'forumId' | 'objectId' | 'initiativeId' | 'kind' | 'title' | 'text'> & {
    meetingId: string;
    paragraph: number;
    decisionId: string | null;
    effective: boolean;
  })[];
  actionItems: (Pick<ActionItem, 'title' | 'ownerPersonId' | 'dueDate' | 'status'> & {
    ownerName: string;
    actionItemId: string | null;
    effective: boolean;
  })[];
}

export class MinutesService {
  private readonly notifications: NotificationService;
  private readonly agenda: AgendaService;

  constructor(private readonly deps: ServiceDeps) {
    this.notifications = new NotificationService(deps);
    this.agenda = new AgendaService(deps);
  }

  private get store() {
    return this.deps.store;
  }

  private async load(meetingId: string): Promise<Loaded> {
    const meeting = await mustGet(this.store.meetings, 'möte', meetingId);
    const [forum, assignments, versions] = await Promise.all([
      mustGet(this.store.forums, 'forum', meeting.forumId),
      this.store.roleAssignments.findAll(),
      this.store.minutes.findAll({ meetingId }),
    ]);
    versions.sort((a, b) => a.version - b.version);
    return { meeting, forum, assignments, versions, current: versions.at(-1) };
  }

  /**
   * Who writes the minutes (policy: canWriteMinutes): the convener and their delegates, the role that
   * keeps the forum's minutes (PSG: the head of digitalisation), and the secretary the minutes name.
   */
  private mayWrite(ctx: RequestContext, l: Loaded): Actor {
    const actor = requireActor(ctx);
    const by = FORUM_RULES[l.forum.kind].minutesBy;
    const keepers = l.assignments
      .filter(
        (a) =>
          by !== null &&
          a.role === by.role &&
          (by.scope === 'organisation' ? a.objectId === null : a.objectId === l.forum.objectId),
      )
      .map((a) => a.personId);
    const secretary = l.current?.secretaryPersonId ? [l.current.secretaryPersonId] : [];
    ensure(canWriteMinutes(actor, [...forumConveners(l.forum, l.assignments), ...keepers, ...secretary]));
    return actor;
  }

  private ensureBegun(l: Loaded) {
    if (l.meeting.status === 'cancelled') throw conflict('conflict.minutesOfCancelled');
    if (!hasBegun(l.meeting, this.deps.clock.now().toISOString())) {
      const when = utcToStockholm(l.meeting.start);
      throw conflict('conflict.meetingNotBegun', { date: when.date, time: when.time });
    }
  }

  private forumName(ctx: RequestContext, forum: Forum) {
    return forum.kind === 'osg' ? forum.name : translate(ctx.locale, `forumName.${forum.kind}` as MessageKey);
  }

  private async names(ids: Iterable<string>): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    const people = await Promise.all(unique.map((id) => this.store.people.get(id)));
    return new Map(people.filter((p) => p).map((p) => [p!.id, p!.displayName]));
  }

  /**
   * The minutes' content from the input, checked against the model: people exist, adjusters are one or
   * two attendees, every decision is within the forum's mandate and about what it steers, and a forum
   * that decides anything was quorate.
   */
  private async content(
    ctx: RequestContext,
    l: Loaded,
    actor: Actor,
    body: MinutesDraftInput,
  ): Promise<Content> {
    const paragraphs: MinutesParagraph[] = numbered([
      ...body.paragraphs.map((p) => ({ title: p.title, text: p.text, decision: p.decision })),
      ...body.decisions.map((d) => ({
        title: d.title,
        text: d.text,
        decision: { kind: d.kind, objectId: d.objectId, initiativeId: d.initiativeId },
      })),
    ]);
    const attendance = [...new Set(body.attendance)];
    const chairPersonId =
      body.chairPersonId !== undefined
        ? body.chairPersonId
        : (quorum(l.forum, l.assignments, attendance).chairs.find((c) => attendance.includes(c)) ?? null);
    const secretaryPersonId = body.secretaryPersonId !== undefined ? body.secretaryPersonId : actor.personId;
    const people = new Set([
      ...attendance,
      ...body.adjusterPersonIds,
      ...body.actionItems.map((a) => a.ownerPersonId),
      ...(chairPersonId ? [chairPersonId] : []),
      ...(secretaryPersonId ? [secretaryPersonId] : []),
    ]);
    const known = await this.names(people);
    for (const personId of people)
      if (!known.has(personId))
        throw new AppError('validation', 'validation.unknownReference', { what: 'person', id: personId });
    if (body.adjusterPersonIds.length > 0 && adjusterProblems(body.adjusterPersonIds, attendance).length > 0)
      throw new AppError('validation', 'validation.adjusters', {}, [
        { path: 'adjusterPersonIds', message: translate(ctx.locale, 'validation.adjusters') },
      ]);
    if (chairPersonId && !attendance.includes(chairPersonId))
      throw new AppError('validation', 'validation.chairNotAttendee', {}, [
        { path: 'chairPersonId', message: translate(ctx.locale, 'validation.chairNotAttendee') },
      ]);

    const forumName = this.forumName(ctx, l.forum);
    const decided: MinutesParagraph[] = [];
    for (const p of paragraphs) {
      if (!p.decision) {
        decided.push(p);
        continue;
      }
      const d = p.decision;
      if (!checkMandate(l.forum.kind, d.kind).allowed) {
        const holder = translate(ctx.locale, `forumName.${forumForDecision(d.kind)}` as MessageKey);
        throw new AppError('forbidden', 'forbidden.decisionOutsideMandate', {
          title: p.title,
          kind: translate(ctx.locale, `decisionKind.${d.kind}` as MessageKey),
          forum: translate(ctx.locale, `forumName.${l.forum.kind}` as MessageKey),
          holder: holder.replace(/^./, (c) => c.toUpperCase()),
        });
      }
      if (d.objectId && !(await this.store.objects.get(d.objectId)))
        throw new AppError('validation', 'validation.unknownReference', { what: 'objekt', id: d.objectId });
      let initiativeObjects: string[] | null = null;
      if (d.initiativeId) {
        const initiative = await this.store.initiatives.get(d.initiativeId);
        if (!initiative)
          throw new AppError('validation', 'validation.unknownReference', {
            what: 'initiativ',
            id: d.initiativeId,
          });
        initiativeObjects = [initiative.objectId, ...initiative.affectedObjectIds];
      }
      const scope = decisionObject(l.forum, d, initiativeObjects);
      if ('denied' in scope) {
        const own = l.forum.objectId ? await this.store.objects.get(l.forum.objectId) : undefined;
        throw new AppError('forbidden', 'forbidden.decisionOtherObject', {
          title: p.title,
          forum: translate(ctx.locale, `forumName.${l.forum.kind}` as MessageKey),
          own: own?.code ?? '',
        });
      }
      decided.push({ ...p, decision: { ...d, objectId: scope.objectId } });
    }

    if (decided.some((p) => p.decision)) {
      const q = quorum(l.forum, l.assignments, attendance);
      if (!q.quorate) {
        const names = await this.names([...q.chairs, ...q.missingMembers]);
        const list = (ids: string[]) => ids.map((id) => names.get(id) ?? id).join(', ');
        const counts = { present: q.presentMembers.length, total: q.members.length, required: q.required };
        if (!q.chairPresent)
          throw conflict('conflict.chairAbsent', { forum: forumName, chairs: list(q.chairs), ...counts });
        throw conflict('conflict.tooFewMembers', {
          forum: forumName,
          missing: list(q.missingMembers),
          ...counts,
        });
      }
    }
    return {
      place: body.place,
      chairPersonId,
      secretaryPersonId,
      adjusterPersonIds: body.adjusterPersonIds,
      attendance,
      paragraphs: decided,
      actionItems: body.actionItems.map((a) => ({ ...a })),
    };
  }

  /** The meeting as held: its status, who attended, and its agenda as it stood (kept, never recomputed). */
  private async heldMeeting(
    tx: StoreCollections,
    l: Loaded,
    attendance: string[],
    heldAgenda: NonNullable<Meeting['heldAgenda']>,
  ) {
    await tx.meetings.update(
      l.meeting.id,
      { ...data(l.meeting), status: 'held', attendance, heldAgenda },
      l.meeting.etag,
    );
  }

  /** Creates or replaces the draft. The first draft needs no If-Match; later saves send the draft's eTag. */
  async saveDraft(ctx: RequestContext, meetingId: string, ifMatch: string | undefined, input: unknown) {
    return this.write(ctx, meetingId, ifMatch, input, false);
  }

  /** The first API: records the minutes in one go (as a draft for the adjusters); a second time is a 409. */
  async record(ctx: RequestContext, meetingId: string, input: unknown) {
    return this.write(ctx, meetingId, undefined, input, true);
  }

  private async write(
    ctx: RequestContext,
    meetingId: string,
    ifMatch: string | undefined,
    input: unknown,
    createOnly: boolean,
  ) {
    requireActor(ctx);
    const l = await this.load(meetingId);
    const actor = this.mayWrite(ctx, l);
    const body = S.parseInput(minutesDraft, input, ctx.locale);
    this.ensureBegun(l);
    // Minutes recorded before versions existed (attendance on the meeting, no version): locked as they are.
    if (!l.current && l.meeting.attendance) throw conflict('conflict.minutesRecorded');
    if (l.current && createOnly) throw conflict('conflict.minutesRecorded');
    if (l.current && l.current.status !== 'draft') throw conflict('conflict.minutesAdjusted');
    const etag = l.current ? checkEtag(l.current, ifMatch) : undefined;
    const content = await this.content(ctx, l, actor, body);
    // The agenda as it stands when the minutes are first written is the one the meeting keeps.
    const heldAgenda = l.meeting.heldAgenda ?? (await this.agenda.freeze(l.meeting, l.forum));
    await this.store.transaction(async (tx) => {
      if (l.current) {
        // A new text invalidates signatures given to the old one.
        await tx.minutes.update(
          l.current.id,
          { ...data(l.current), ...content, adjustedBy: [], writtenByPersonId: actor.personId },
          etag!,
        );
      } else {
        await tx.minutes.create({
          meetingId,
          forumId: l.forum.id,
          version: 1,
          status: 'draft',
          ...content,
          adjustedBy: [],
          adjustedAt: null,
          correction: null,
          writtenByPersonId: actor.personId,
        });
      }
      await this.heldMeeting(tx, l, content.attendance, heldAgenda);
    });
    return this.minutes(meetingId);
  }

  /** An adjuster signs; when every adjuster has, the minutes are adjusted, locked, and take effect. */
  async adjust(ctx: RequestContext, meetingId: string) {
    const actor = requireActor(ctx);
    const l = await this.load(meetingId);
    const adjusters = l.current?.adjusterPersonIds ?? [];
    if (!canAdjustMinutes(actor, adjusters).allowed) {
      const names = await this.names(adjusters);
      ensure(canAdjustMinutes(actor, adjusters), {
        adjusters: adjusters.length
          ? adjusters.map((a) => names.get(a) ?? a).join(', ')
          : translate(ctx.locale, 'minutes.none'),
      });
    }
    const current = l.current!;
    if (current.status !== 'draft') throw conflict('conflict.minutesAdjusted');
    if (current.adjustedBy.some((s) => s.personId === actor.personId))
      throw conflict('conflict.alreadyAdjustedBy');
    const missing = missingForAdjustment(current);
    if (missing.length)
      throw conflict('conflict.minutesIncomplete', {
        missing: missing.map((m) => translate(ctx.locale, `minutes.missing.${m}` as MessageKey)).join(', '),
      });
    const at = this.deps.clock.now().toISOString();
    const signed = {
      ...data(current),
      adjustedBy: [...current.adjustedBy, { personId: actor.personId, at }],
    };
    await this.store.transaction(async (tx) => {
      if (!isFullyAdjusted(signed)) {
        await tx.minutes.update(current.id, signed, current.etag);
        return;
      }
      const effects = await this.takeEffect(tx, l, null, signed, actor);
      await tx.minutes.update(
        current.id,
        { ...signed, ...effects, status: 'adjusted', adjustedAt: at },
        current.etag,
      );
    });
    return this.minutes(meetingId);
  }

  /**
   * A correction of adjusted minutes: a new version, in effect at once, that names who corrected, why
   * and what changed; the version it corrects is kept, superseded. Decision records and action items follow.
   */
  async correct(ctx: RequestContext, meetingId: string, ifMatch: string | undefined, input: unknown) {
    requireActor(ctx);
    const l = await this.load(meetingId);
    const actor = this.mayWrite(ctx, l);
    const body = S.parseInput(minutesCorrection, input, ctx.locale);
    const current = l.current;
    if (!current) throw conflict('conflict.noMinutes');
    if (current.status !== 'adjusted') throw conflict('conflict.minutesNotAdjusted');
    const etag = checkEtag(current, ifMatch);
    const content = await this.content(ctx, l, actor, body);
    if (content.adjusterPersonIds.length === 0) content.adjusterPersonIds = current.adjusterPersonIds;
    const names = await this.names([
      ...current.attendance,
      ...content.attendance,
      ...content.actionItems.map((a) => a.ownerPersonId),
      ...[
        current.chairPersonId,
        current.secretaryPersonId,
        content.chairPersonId,
        content.secretaryPersonId,
      ].filter((x): x is string => !!x),
    ]);
    const changes = describeChanges(current, content, (id) => names.get(id) ?? id);
    if (changes.length === 0) throw conflict('conflict.correctionWithoutChange');
    const at = this.deps.clock.now().toISOString();
    await this.store.transaction(async (tx) => {
      await tx.minutes.update(current.id, { ...data(current), status: 'superseded' }, etag);
      const effects = await this.takeEffect(tx, l, current, content, actor);
      await tx.minutes.create({
        meetingId,
        forumId: l.forum.id,
        version: current.version + 1,
        status: 'adjusted',
        ...content,
        ...effects,
        adjustedBy: current.adjustedBy,
        adjustedAt: current.adjustedAt,
        correction: { reason: body.reason, changes, byPersonId: actor.personId, at },
        writtenByPersonId: actor.personId,
      });
      const meeting = (await tx.meetings.get(meetingId))!;
      await tx.meetings.update(meetingId, { ...data(meeting), attendance: content.attendance }, meeting.etag);
    });
    return this.minutes(meetingId);
  }

  /**
   * Brings the decision records and action items in line with the minutes: paragraph by paragraph
   * (a decision keeps its record when its paragraph is corrected; a new one gets a record and a card;
   * a removed one loses its record), and action item by action item the same way.
   */
  private async takeEffect(
    tx: StoreCollections,
    l: Loaded,
    previous: Minutes | null,
    next: Content,
    actor: Actor,
  ): Promise<Pick<Minutes, 'paragraphs' | 'actionItems'>> {
    const kept = new Set<string>();
    const paragraphs: MinutesParagraph[] = [];
    for (const p of next.paragraphs) {
      if (!p.decision) {
        paragraphs.push({ ...p, decisionId: null });
        continue;
      }
      const fields = {
        forumId: l.forum.id,
        meetingId: l.meeting.id,
        objectId: p.decision.objectId,
        planId: null,
        initiativeId: p.decision.initiativeId,
        kind: p.decision.kind,
        title: p.title,
        text: p.text,
        decidedByPersonId: next.chairPersonId ?? actor.personId,
        decidedAt: l.meeting.end,
        comment: '',
      };
      const previousId = previous?.paragraphs[p.number - 1]?.decisionId;
      const existing = previousId ? await tx.decisions.get(previousId) : undefined;
      if (existing) {
        if (JSON.stringify({ ...data(existing), ...fields }) !== JSON.stringify(data(existing)))
          await tx.decisions.update(existing.id, { ...data(existing), ...fields }, existing.etag);
        kept.add(existing.id);
        paragraphs.push({ ...p, decisionId: existing.id });
      } else {
        const decision = await tx.decisions.create(fields);
        await this.notifications.decisionRecorded(tx, decision);
        paragraphs.push({ ...p, decisionId: decision.id });
      }
    }
    for (const p of previous?.paragraphs ?? [])
      if (p.decisionId && !kept.has(p.decisionId) && (await tx.decisions.get(p.decisionId)))
        await tx.decisions.delete(p.decisionId);

    const keptItems = new Set<string>();
    const actionItems: MinutesActionItem[] = [];
    for (const [i, a] of next.actionItems.entries()) {
      const previousId = previous?.actionItems[i]?.actionItemId;
      const existing = previousId ? await tx.actionItems.get(previousId) : undefined;
      if (existing) {
        const changed =
          existing.title !== a.title ||
          existing.ownerPersonId !== a.ownerPersonId ||
          existing.dueDate !== a.dueDate;
        if (changed)
          await tx.actionItems.update(
            existing.id,
            {
              ...data(existing),
              title: a.title,
              ownerPersonId: a.ownerPersonId,
              dueDate: a.dueDate,
              // A new due date (or owner) deserves its own reminder.
              remindedAt:
                existing.dueDate === a.dueDate && existing.ownerPersonId === a.ownerPersonId
                  ? existing.remindedAt
                  : null,
            },
            existing.etag,
          );
        keptItems.add(existing.id);
        actionItems.push({ ...a, actionItemId: existing.id });
      } else {
        const created = await tx.actionItems.create({
          forumId: l.forum.id,
          meetingId: l.meeting.id,
          title: a.title,
          ownerPersonId: a.ownerPersonId,
          dueDate: a.dueDate,
          status: 'open',
          remindedAt: null,
        });
        actionItems.push({ ...a, actionItemId: created.id });
      }
    }
    for (const a of previous?.actionItems ?? [])
      if (a.actionItemId && !keptItems.has(a.actionItemId) && (await tx.actionItems.get(a.actionItemId)))
        await tx.actionItems.delete(a.actionItemId);
    return { paragraphs, actionItems };
  }

  /** Today in Stockholm: the date a printed copy of the minutes carries. */
  today(): string {
    return todayIn(this.deps.clock);
  }

  /** The minutes of a meeting: the version in force (or the draft), every version, and the names to show. */
  async minutes(meetingId: string): Promise<MinutesView> {
    const l = await this.load(meetingId);
    const { meeting, forum, current, versions } = l;
    const records = await this.store.actionItems.findAll({ meetingId });
    const byId = new Map(records.map((a) => [a.id, a]));
    const ids = new Set<string>([
      ...(current?.attendance ?? meeting.attendance ?? []),
      ...(current?.adjusterPersonIds ?? []),
      ...(current?.actionItems.map((a) => a.ownerPersonId) ?? []),
      ...records.map((a) => a.ownerPersonId),
      ...[current?.chairPersonId, current?.secretaryPersonId, current?.correction?.byPersonId].filter(
        (x): x is string => !!x,
      ),
    ]);
    const names = await this.names(ids);
    const person = (id: string | null | undefined) =>
      id ? { personId: id, displayName: names.get(id) ?? '' } : null;

    if (!current) {
      // Minutes recorded before versions existed: attendance on the meeting, decisions and items as records.
      const decisions = (await this.store.decisions.findAll({ forumId: forum.id })).filter(
        (d) => d.meetingId === meetingId,
      );
      return {
        meeting,
        forum,
        minutes: null,
        versions: [],
        status: meeting.attendance ? ('adjusted' as const) : null,
        place: '',
        chair: null,
        secretary: null,
        adjusters: [],
        attendance: (meeting.attendance ?? []).map((id) => person(id)!),
        paragraphs: decisions.map((d, i) => ({
          number: i + 1,
          title: d.title,
          text: d.text,
          decision: { kind: d.kind, objectId: d.objectId, initiativeId: d.initiativeId },
          decisionId: d.id,
        })),
        decisions: decisions.map((d, i) => ({
          ...d,
          meetingId,
          paragraph: i + 1,
          decisionId: d.id,
          effective: true,
        })),
        actionItems: records.map((a) => ({
          ...a,
          ownerName: names.get(a.ownerPersonId) ?? '',
          actionItemId: a.id,
          effective: true,
        })),
      };
    }
    return {
      meeting,
      forum,
      minutes: current,
      versions,
      status: current.status,
      place: current.place,
      chair: person(current.chairPersonId),
      secretary: person(current.secretaryPersonId),
      adjusters: current.adjusterPersonIds.map((id) => ({
        ...person(id)!,
        adjustedAt: current.adjustedBy.find((s) => s.personId === id)?.at ?? null,
      })),
      attendance: current.attendance.map((id) => person(id)!),
      paragraphs: current.paragraphs,
      decisions: current.paragraphs
        .filter((p) => p.decision)
        .map((p) => ({
          paragraph: p.number,
          forumId: forum.id,
          meetingId,
          objectId: p.decision!.objectId,
          initiativeId: p.decision!.initiativeId,
          kind: p.decision!.kind,
          title: p.title,
          text: p.text,
          decisionId: p.decisionId ?? null,
          effective: !!p.decisionId,
        })),
      actionItems: current.actionItems.map((a) => {
        const record = a.actionItemId ? byId.get(a.actionItemId) : undefined;
        return {
          title: a.title,
          ownerPersonId: a.ownerPersonId,
          ownerName: names.get(a.ownerPersonId) ?? '',
          dueDate: a.dueDate,
          status: record?.status ?? 'open',
          actionItemId: record?.id ?? null,
          effective: !!record,
        };
      }),
    };
  }
}
