// Forums as the model defines them, with members derived from role assignments, and the decisions register.
import {
  FORUM_RULES,
  forumChairs,
  forumConveners,
  forumParticipants,
  meetingCompliance,
} from '../../domain/forums/forums';
import { canBindForumChannel, canConfigureForum } from '../../domain/authorization/policy';
import {
  MAX_SERIES_MEETINGS_PER_YEAR,
  meetingDefaultsOf,
  minimumOf,
  modelMinimum,
  requiredMeetings,
} from '../../domain/forums/settings';
import type { Forum } from '../../domain/model';
import { ensure, requireActor, todayIn, type RequestContext, type ServiceDeps } from '../context';
import { AppError } from '../errors';
import * as S from '../schemas';
import { checkEtag, data, mustGet } from '../records';
import type { Stored } from '../ports/store';
import { forumSettingsUpdate } from './forumSchemas';

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
    const inYear = year ?? Number(today.slice(0, 4));
    return {
      ...forum,
      rule: FORUM_RULES[forum.kind],
      // What the forum decided, or its kind's defaults: the values its series are planned with.
      settings: {
        minMeetingsPerYear: minimumOf(forum),
        modelMinimum: modelMinimum(forum.kind),
        meeting: meetingDefaultsOf(forum),
      },
      chairs: forumChairs(forum, assignments),
      conveners: forumConveners(forum, assignments),
      participants: forumParticipants(forum, assignments),
      // The forum's own minimum, prorated in the year it was set up.
      compliance: meetingCompliance(requiredMeetings(forum, inYear), meetings, inYear, today),
    };
  }

  /**
   * The forum's settings: the convener's delegates, the minimum meetings a year (never below the
   * model's), and the weekday, week, time, length and place its series are planned with.
   */
  async updateSettings(ctx: RequestContext, forumId: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const { store } = this.deps;
    const [forum, assignments] = await Promise.all([
      mustGet(store.forums, 'forum', forumId),
      store.roleAssignments.findAll(),
    ]);
    ensure(
      canConfigureForum(actor, {
        chairs: forumChairs(forum, assignments),
        // The convener role's holders, not their delegates.
        conveners: forumConveners({ ...forum, delegatePersonIds: [] }, assignments),
      }),
    );
    const patch = S.parseInput(forumSettingsUpdate, input, ctx.locale);
    const etag = checkEtag(forum, ifMatch);
    const next = this.applySettings(forum, patch);
    const delegates = patch.delegatePersonIds ?? [];
    const people = await Promise.all(delegates.map((id) => store.people.get(id)));
    const missing = delegates.find((_, i) => !people[i]);
    if (missing !== undefined)
      throw new AppError('validation', 'validation.unknownDelegate', { id: missing }, [
        { path: 'delegatePersonIds', message: `Okänd person: ${missing}` },
      ]);
    await store.transaction((tx) => tx.forums.update(forumId, next, etag));
    return this.get(forumId);
  }

  private applySettings(forum: Stored<Forum>, patch: ReturnType<typeof forumSettingsUpdate.parse>): Forum {
    const min = modelMinimum(forum.kind);
    if (patch.minMeetingsPerYear !== undefined && patch.minMeetingsPerYear < min) {
      const params = { forum: forum.name, min, max: MAX_SERIES_MEETINGS_PER_YEAR };
      throw new AppError('validation', 'validation.forumMinimum', params, [
        { path: 'minMeetingsPerYear', message: `Minst ${min}.` },
      ]);
    }
    const meeting = { ...meetingDefaultsOf(forum), ...patch.meeting };
    const [hours, minutes] = meeting.startTime.split(':').map(Number) as [number, number];
    if (hours * 60 + minutes + meeting.durationMinutes > 24 * 60)
      throw new AppError('validation', 'validation.meetingSameDay', {}, [
        { path: 'meeting.durationMinutes', message: 'Mötet slutar efter midnatt.' },
      ]);
    return {
      ...data(forum),
      ...(patch.delegatePersonIds ? { delegatePersonIds: [...new Set(patch.delegatePersonIds)] } : {}),
      ...(patch.minMeetingsPerYear !== undefined ? { minMeetingsPerYear: patch.minMeetingsPerYear } : {}),
      ...(patch.meeting ? { meeting } : {}),
    };
  }

  /** Where the forum's cards go; set by its convener or chair (e.g. the PSG channel). */
  async bindChannel(ctx: RequestContext, forumId: string, input: unknown) {
    const actor = requireActor(ctx);
    const forum = await mustGet(this.deps.store.forums, 'forum', forumId);
    const assignments = await this.deps.store.roleAssignments.findAll();
    ensure(
      canBindForumChannel(actor, {
        chairs: forumChairs(forum, assignments),
        conveners: forumConveners(forum, assignments),
      }),
    );
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
