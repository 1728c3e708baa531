// The forum meeting inside its Teams meeting (issue 19): which Objektnav meeting a Teams meeting is, and
// the link a convener makes once from inside the meeting when Objektnav did not book it. The key is the
// Teams meeting's chat thread (domain/meetings/teamsMeeting.ts); a meeting booked with CALENDAR=graph
// carries it from its join link, so it needs no link.
import { z } from 'zod';
import { canSchedule } from '../../domain/authorization/policy';
import { forumConveners } from '../../domain/forums/forums';
import { utcToStockholm } from '../../domain/meetings/schedule';
import { occurrenceAt, teamsThreadId, threadIdOfJoinUrl } from '../../domain/meetings/teamsMeeting';
import { translate } from '../../i18n/messages';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { AppError, conflict } from '../errors';
import { checkEtag, data, mustGet } from '../records';
import { parseInput } from '../schemas';

export const teamsMeetingLink = z.strictObject({
  /** The Teams meeting's chat thread (the tab reads it from its context: the chat's id). */
  threadId: z.string().trim().min(1).max(300),
});

export const teamsMeetingQuery = z.strictObject({ threadId: z.string().trim().min(1).max(300) });

export class TeamsMeetingService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  /**
   * The Objektnav meeting of a Teams meeting, with its forum: of a series booked as one Teams meeting, the
   * occurrence around now (else the next, else the last held). `source` says how it is known.
   */
  async resolve(threadIdInput: string) {
    const threadId = teamsThreadId(threadIdInput);
    if (!threadId) return { meeting: null, forum: null, source: null };
    const meetings = await this.store.meetings.findAll({ teamsThreadId: threadId });
    const meeting = occurrenceAt(meetings, this.deps.clock.now());
    if (!meeting) return { meeting: null, forum: null, source: null };
    const forum = await mustGet(this.store.forums, 'forum', meeting.forumId);
    const source = threadIdOfJoinUrl(meeting.joinUrl) === threadId ? 'calendar' : 'link';
    return { meeting, forum, source } as const;
  }

  /** The forum's convener (or a delegate) links the Teams meeting to this meeting, once. */
  async link(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const meeting = await mustGet(this.store.meetings, 'möte', id);
    const forum = await mustGet(this.store.forums, 'forum', meeting.forumId);
    const actor = requireActor(ctx);
    const assignments = await this.store.roleAssignments.findAll();
    ensure(canSchedule(actor, forumConveners(forum, assignments)));
    const body = parseInput(teamsMeetingLink, input, ctx.locale);
    const threadId = teamsThreadId(body.threadId);
    if (!threadId)
      throw new AppError('validation', 'validation.teamsThread', {}, [
        { path: 'threadId', message: translate(ctx.locale, 'validation.teamsThread') },
      ]);
    const etag = checkEtag(meeting, ifMatch);
    if (meeting.status === 'cancelled') throw conflict('conflict.meetingCancelled');
    // A series shares its Teams meeting; another forum's meeting never does.
    const taken = (await this.store.meetings.findAll({ teamsThreadId: threadId })).find(
      (m) => m.id !== id && m.forumId !== meeting.forumId && m.status !== 'cancelled',
    );
    if (taken) {
      const other = await this.store.forums.get(taken.forumId);
      const when = utcToStockholm(taken.start);
      throw conflict('conflict.teamsThreadTaken', {
        forum: other?.name ?? taken.forumId,
        when: `${when.date} ${when.time}`,
      });
    }
    return this.store.meetings.update(id, { ...data(meeting), teamsThreadId: threadId }, etag);
  }
}
