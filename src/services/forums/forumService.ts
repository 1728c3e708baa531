// Forums as the model defines them, with members derived from role assignments, and the decisions register.
import {
  FORUM_RULES,
  forumChairs,
  forumConveners,
  forumParticipants,
  meetingCompliance,
} from '../../domain/forums/forums';
import { canSchedule } from '../../domain/authorization/policy';
import { ensure, requireActor, todayIn, type RequestContext, type ServiceDeps } from '../context';
import * as S from '../schemas';
import { data, mustGet } from '../records';

export class ForumService {
  constructor(private readonly deps: ServiceDeps) {}

  async list() {
    const forums = await this.deps.store.forums.findAll();
    const order = { psg: 0, olf: 1, osg: 2 };
    return forums.sort((a, b) => order[a.kind] - order[b.kind] || a.name.localeCompare(b.name, 'sv'));
  }

  async get(id: string, year?: number) {
    const { store, clock } = this.deps;
    const forum = await mustGet(store.forums, 'forum', id);
    const [assignments, meetings] = await Promise.all([
      store.roleAssignments.findAll(),
      store.meetings.findAll({ forumId: id }),
    ]);
    const today = todayIn(clock);
    return {
      ...forum,
      rule: FORUM_RULES[forum.kind],
      chairs: forumChairs(forum, assignments),
      conveners: forumConveners(forum, assignments),
      participants: forumParticipants(forum, assignments),
      compliance: meetingCompliance(
        forum.minMeetingsPerYear,
        meetings,
        year ?? Number(today.slice(0, 4)),
        today,
      ),
    };
  }

  /** Where the forum's cards go; set by its convener or chair (e.g. the PSG channel). */
  async bindChannel(ctx: RequestContext, forumId: string, input: unknown) {
    const actor = requireActor(ctx);
    const forum = await mustGet(this.deps.store.forums, 'forum', forumId);
    const assignments = await this.deps.store.roleAssignments.findAll();
    ensure(canSchedule(actor, [...forumConveners(forum, assignments), ...forumChairs(forum, assignments)]));
    const channel = S.parseInput(S.forumChannel, input, ctx.locale);
    return this.deps.store.forums.update(forumId, { ...data(forum), channel }, forum.etag);
  }

  async decisions(filter: { objectId?: string; forumId?: string; planId?: string }) {
    const { store } = this.deps;
    const where = filter.planId
      ? { planId: filter.planId }
      : filter.forumId
        ? { forumId: filter.forumId }
        : filter.objectId
          ? { objectId: filter.objectId }
          : undefined;
    return store.decisions.findAll(where, { field: 'decidedAt', direction: 'desc' });
  }
}
