// Forum meetings: conveners schedule a year's series or a single extra meeting, move and cancel them.
// Attendees are never stored: they are derived from role assignments whenever asked, so a change of
// owner changes every future invitation.
import { randomUUID } from 'node:crypto';
import { canSchedule } from '../../domain/authorization/policy';
import { forumConveners, forumParticipants, FORUM_RULES } from '../../domain/forums/forums';
import { patternDates, patternRrule, utcToStockholm } from '../../domain/meetings/schedule';
import { threadIdOfJoinUrl } from '../../domain/meetings/teamsMeeting';
import { meetingDefaultsOf, minimumOf, seriesPatternOf } from '../../domain/forums/settings';
import type { Forum, Meeting } from '../../domain/model';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { AppError, conflict } from '../errors';
import { checkEtag, data, mustGet } from '../records';
import type { Stored } from '../ports/store';
import * as S from '../schemas';
import type { CalendarEventDetails } from '../ports/calendar';

const FORUM_TITLES = { psg: 'PSG', osg: 'OSG', olf: 'OLF' } as const;

export class MeetingService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  async forumOf(objectId: string): Promise<Stored<Forum>> {
    await mustGet(this.store.objects, 'objekt', objectId);
    const [forum] = await this.store.forums.findAll({ kind: 'osg', objectId });
    if (!forum) throw new AppError('notFound', 'error.notFound', { what: 'objektstyrgrupp', id: objectId });
    return forum;
  }

  async list(forumId: string, year?: number) {
    await mustGet(this.store.forums, 'forum', forumId);
    const meetings = await this.store.meetings.findAll({ forumId }, { field: 'start' });
    // The year as Stockholm counts it (a meeting just after midnight on 1 January is still next year's).
    return year ? meetings.filter((m) => utcToStockholm(m.start).date.startsWith(String(year))) : meetings;
  }

  /** The people invited: everyone the forum's rules bring, as the roles stand now. */
  async attendees(forum: Pick<Forum, 'kind' | 'objectId'>) {
    const assignments = await this.store.roleAssignments.findAll();
    const participants = forumParticipants(forum, assignments);
    const people = await Promise.all(participants.map((p) => this.store.people.get(p.personId)));
    return participants.flatMap((p, i) => {
      const person = people[i];
      return person ? [{ ...p, displayName: person.displayName, email: person.email }] : [];
    });
  }

  private async authorise(ctx: RequestContext, forum: Stored<Forum>) {
    const actor = requireActor(ctx);
    const assignments = await this.store.roleAssignments.findAll();
    ensure(canSchedule(actor, forumConveners(forum, assignments)));
    return actor;
  }

  /** What the convener's calendar needs to invite: the people the forum's rules bring, now. */
  private async invitation(
    forum: Stored<Forum>,
    title: string,
    actorPersonId: string,
  ): Promise<CalendarEventDetails> {
    const attendees = await this.attendees(forum);
    const place = meetingDefaultsOf(forum).place;
    return {
      actor: { personId: actorPersonId },
      subject: title,
      ...(place ? { location: place } : {}),
      body: `${forum.name}. Dagordningen kommer från Objektnav några dagar före mötet.`,
      attendees: attendees
        .filter((a) => a.personId !== actorPersonId)
        .map((a) => ({
          name: a.displayName,
          email: a.email,
          type: a.participation.some((p) => p === 'chair' || p === 'convener' || p === 'member')
            ? ('required' as const)
            : ('optional' as const),
        })),
    };
  }

  /**
   * A year of meetings by the forum's settings (its weekday, time, length and place, and as many months
   * as its minimum asks), moved off public holidays, in one transaction; refused if the year has a series.
   */
  async scheduleSeries(ctx: RequestContext, forumId: string, input: unknown): Promise<Stored<Meeting>[]> {
    const forum = await mustGet(this.store.forums, 'forum', forumId);
    const actor = await this.authorise(ctx, forum);
    const body = S.parseInput(S.meetingSeriesCreate, input, ctx.locale);
    const pattern = seriesPatternOf(forum);
    const proposed = patternDates(pattern, body.year);
    const place = meetingDefaultsOf(forum).place;
    const title = body.title || `${forum.name}`;
    const existing = await this.store.meetings.findAll({ forumId });
    if (
      existing.some((m) => m.seriesId && m.start.startsWith(String(body.year)) && m.status !== 'cancelled')
    ) {
      throw conflict('conflict.seriesExists', { year: body.year });
    }
    // The calendar first (it sends the invitations); if storing fails afterwards, the events are withdrawn.
    const booked = this.deps.calendar
      ? await this.deps.calendar.createSeries({
          ...(await this.invitation(forum, title, actor.personId)),
          occurrences: proposed.map((p) => ({ start: p.start, end: p.end })),
        })
      : null;
    try {
      return await this.store.transaction(async (tx) => {
        const existing = await tx.meetings.findAll({ forumId });
        if (
          existing.some(
            (m) => m.seriesId && m.start.startsWith(String(body.year)) && m.status !== 'cancelled',
          )
        ) {
          throw conflict('conflict.seriesExists', { year: body.year });
        }
        const seriesId = randomUUID();
        const rrule = patternRrule(pattern);
        const created: Stored<Meeting>[] = [];
        for (const [index, p] of proposed.entries()) {
          const event = booked?.occurrences[index];
          created.push(
            await tx.meetings.create({
              forumId,
              title,
              start: p.start,
              end: p.end,
              status: 'scheduled',
              ...(place ? { location: place } : {}),
              seriesId,
              rrule,
              // The pattern's date: a meeting moved off a holiday is an exception of the series.
              originalStart: p.originalStart,
              joinUrl: event?.joinUrl ?? booked?.joinUrl ?? null,
              // The Teams meeting's own key: the side panel finds this meeting by it (issue 19).
              teamsThreadId: threadIdOfJoinUrl(event?.joinUrl ?? booked?.joinUrl),
              calendarEventId: event?.eventId ?? null,
              calendarSeriesId: booked?.seriesMasterId ?? null,
              onlineMeetingMissing: event?.missing ?? booked?.missing ?? false,
              scheduledByPersonId: actor.personId,
            }),
          );
        }
        return created;
      });
    } catch (error) {
      if (booked)
        await this.withdraw(
          actor.personId,
          booked.occurrences.map((o) => o.eventId),
        );
      throw error;
    }
  }

  private async withdraw(personId: string, eventIds: string[]) {
    for (const eventId of eventIds) {
      await this.deps.calendar
        ?.cancelEvent({ actor: { personId }, eventId }, 'Mötet kunde inte sparas i Objektnav.')
        .catch(() => undefined);
    }
  }

  /** The calendar's handle on one meeting: its own event, or its occurrence in a Graph series. */
  private eventRef(meeting: Stored<Meeting>, personId: string) {
    if (meeting.calendarSeriesId) {
      return {
        actor: { personId },
        eventId: meeting.calendarSeriesId,
        occurrenceStart: meeting.originalStart ?? meeting.start,
      };
    }
    return meeting.calendarEventId ? { actor: { personId }, eventId: meeting.calendarEventId } : null;
  }

  /** A single extra meeting (e.g. an extra PSG when priorities cannot wait). */
  async scheduleSingle(ctx: RequestContext, forumId: string, input: unknown): Promise<Stored<Meeting>> {
    const forum = await mustGet(this.store.forums, 'forum', forumId);
    const actor = await this.authorise(ctx, forum);
    const body = S.parseInput(S.meetingCreate, input, ctx.locale);
    const start = new Date(body.start).toISOString();
    const end = new Date(body.end).toISOString();
    if (end <= start) throw new AppError('validation', 'validation.meetingTimes');
    const booked = this.deps.calendar
      ? await this.deps.calendar.createEvent({
          ...(await this.invitation(forum, body.title, actor.personId)),
          start,
          end,
        })
      : null;
    try {
      return await this.store.meetings.create({
        forumId,
        title: body.title,
        start,
        end,
        status: 'scheduled',
        ...(meetingDefaultsOf(forum).place ? { location: meetingDefaultsOf(forum).place } : {}),
        seriesId: null,
        rrule: null,
        originalStart: start,
        joinUrl: booked?.joinUrl ?? null,
        teamsThreadId: threadIdOfJoinUrl(booked?.joinUrl),
        calendarEventId: booked?.eventId ?? null,
        calendarSeriesId: null,
        onlineMeetingMissing: booked?.missing ?? false,
        scheduledByPersonId: actor.personId,
      });
    } catch (error) {
      if (booked) await this.withdraw(actor.personId, [booked.eventId]);
      throw error;
    }
  }

  async move(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const meeting = await mustGet(this.store.meetings, 'möte', id);
    const forum = await mustGet(this.store.forums, 'forum', meeting.forumId);
    await this.authorise(ctx, forum);
    const body = S.parseInput(S.meetingMove, input, ctx.locale);
    const start = new Date(body.start).toISOString();
    const end = new Date(body.end).toISOString();
    if (end <= start) throw new AppError('validation', 'validation.meetingTimes');
    if (meeting.status === 'cancelled') throw conflict('conflict.meetingCancelled');
    const etag = checkEtag(meeting, ifMatch);
    const ref = this.deps.calendar
      ? this.eventRef(meeting, meeting.scheduledByPersonId ?? requireActor(ctx).personId)
      : null;
    if (ref) await this.deps.calendar!.moveEvent(ref, { start, end });
    return this.store.meetings.update(
      id,
      { ...data(meeting), start, end, originalStart: meeting.originalStart ?? meeting.start },
      etag,
    );
  }

  async cancel(ctx: RequestContext, id: string) {
    const meeting = await mustGet(this.store.meetings, 'möte', id);
    const forum = await mustGet(this.store.forums, 'forum', meeting.forumId);
    await this.authorise(ctx, forum);
    if (meeting.status === 'cancelled') return meeting;
    if (meeting.status === 'held') throw conflict('conflict.meetingHeld');
    // The organizer's calendar sends the cancellation to everyone invited.
    const ref = this.deps.calendar
      ? this.eventRef(meeting, meeting.scheduledByPersonId ?? requireActor(ctx).personId)
      : null;
    if (ref) await this.deps.calendar!.cancelEvent(ref, `${forum.name}: mötet är inställt.`);
    return this.store.meetings.update(id, { ...data(meeting), status: 'cancelled' }, meeting.etag);
  }

  /** Everything a calendar feed needs: the forum, its meetings and the people invited. */
  async feed(forumId: string) {
    const forum = await mustGet(this.store.forums, 'forum', forumId);
    const [meetings, attendees] = await Promise.all([
      this.store.meetings.findAll({ forumId }, { field: 'start' }),
      this.attendees(forum),
    ]);
    const object = forum.objectId ? await this.store.objects.get(forum.objectId) : undefined;
    return {
      forum,
      object: object ?? null,
      meetings,
      attendees,
      kindTitle: FORUM_TITLES[forum.kind],
      rule: FORUM_RULES[forum.kind],
      /** The forum's own minimum a year (what it decided, never below the model's). */
      minimum: minimumOf(forum),
    };
  }
}
