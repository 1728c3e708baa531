// The agenda of a meeting: the convener's own items plus suggestions from live data for the forum —
// plans awaiting its approval, escalations at its level, contracts within their notice period, late
// year-wheel deliverables and open action items from earlier meetings. A held meeting keeps the agenda
// it had: suggestions are computed only for meetings still to come.
import { followUpAgendaItems } from '../followup/followUpService';
import { canSchedule } from '../../domain/authorization/policy';
import { contractNotice } from '../../domain/contracts/notice';
import { forumConveners } from '../../domain/forums/forums';
import { isEscalationOpen } from '../../domain/initiatives/prioritisation';
import { planDeadlines } from '../../domain/plan/lifecycle';
import { term } from '../../i18n/messages';
import type { AgendaItem, EscalationLevel, Forum, Meeting } from '../../domain/model';
import { ensure, requireActor, todayIn, type RequestContext, type ServiceDeps } from '../context';
import { conflict } from '../errors';
import { checkEtag, data, mustGet } from '../records';
import type { Stored } from '../ports/store';
import * as S from '../schemas';

const LEVEL_OF_FORUM: Record<Forum['kind'], EscalationLevel> = { psg: 'psg', osg: 'owners', olf: 'leaders' };

export class AgendaService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  /** Suggestions for a forum's meeting from the state of the model now. */
  async suggestions(forum: Stored<Forum>): Promise<AgendaItem[]> {
    const today = todayIn(this.deps.clock);
    const objects = await this.store.objects.findAll();
    const inScope =
      forum.kind === 'osg' ? objects.filter((o) => o.id === forum.objectId) : objects.filter((o) => o.active);
    const code = new Map(objects.map((o) => [o.id, o.code]));
    const items: AgendaItem[] = [];

    if (forum.kind === 'osg' && forum.objectId) {
      for (const plan of await this.store.plans.findAll({
        objectId: forum.objectId,
        status: 'preliminary',
      })) {
        items.push({
          title: `Godkännande av objektplan ${code.get(plan.objectId)} ${plan.year}`,
          source: 'plan',
        });
      }
      // Interim follow-ups to note and objektberättelser to approve (issue 16).
      items.push(...(await followUpAgendaItems(this.store, forum.objectId)));
    }
    const level = LEVEL_OF_FORUM[forum.kind];
    for (const i of await this.store.initiatives.findAll({ escalationLevel: level })) {
      const involved = [i.objectId, ...i.affectedObjectIds];
      if (!isEscalationOpen(i) || (forum.kind === 'osg' && !involved.includes(forum.objectId!))) continue;
      items.push({
        title: `Prioritering: ${i.title} (${involved.map((o) => code.get(o)).join(', ')})`,
        source: 'escalation',
      });
    }
    if (forum.kind !== 'olf') {
      for (const object of inScope) {
        for (const c of await this.store.contracts.findAll({ objectId: object.id })) {
          // From the start of the lead time before the last notice day until that day (issue 14).
          const notice = contractNotice(c, today, this.deps.contractNoticeLeadDays);
          if (notice.state === 'withinNotice') {
            items.push({
              title: `Avtal att säga upp eller förlänga: ${c.title} (${c.supplier}), uppsägning senast ${notice.noticeDate}`,
              source: 'contract',
            });
          }
        }
      }
    }
    const year = Number(today.slice(0, 4)) + (today.slice(5) >= '07-01' ? 1 : 0);
    for (const object of inScope) {
      const [plan] = await this.store.plans.findAll({ objectId: object.id, year });
      for (const d of planDeadlines(plan ?? { year, status: 'draft' }, today).filter((x) => x.late)) {
        items.push({
          title: `Försenat i årshjulet: ${object.code} ${term('sv', `deliverable.${d.deliverable}`)} (${d.due})`,
          source: 'deadline',
        });
      }
    }
    for (const a of await this.store.actionItems.findAll({ forumId: forum.id, status: 'open' })) {
      items.push({ title: `Uppföljning: ${a.title} (klart senast ${a.dueDate})`, source: 'actionItem' });
    }
    return items;
  }

  /** The agenda as it stands now, to be kept with a meeting when it is held. */
  async freeze(meeting: Meeting, forum: Stored<Forum>): Promise<NonNullable<Meeting['heldAgenda']>> {
    return {
      frozenAt: this.deps.clock.now().toISOString(),
      items: [...(meeting.agendaItems ?? []), ...(await this.suggestions(forum))],
    };
  }

  /**
   * The whole agenda: the convener's items first, then the suggestions. A held meeting keeps the agenda
   * it had (frozen when its minutes were first written, which is why minutes are written of meetings
   * that have begun); one held before agendas were kept shows the convener's items only — never
   * suggestions computed from later data.
   */
  async agenda(meetingId: string) {
    const meeting = await mustGet(this.store.meetings, 'möte', meetingId);
    const forum = await mustGet(this.store.forums, 'forum', meeting.forumId);
    if (meeting.heldAgenda)
      return {
        meeting,
        forum,
        frozen: true,
        frozenAt: meeting.heldAgenda.frozenAt,
        items: meeting.heldAgenda.items,
      };
    if (meeting.status === 'held')
      return { meeting, forum, frozen: true, frozenAt: null, items: meeting.agendaItems ?? [] };
    const suggested = await this.suggestions(forum);
    return {
      meeting,
      forum,
      frozen: false,
      frozenAt: null,
      items: [...(meeting.agendaItems ?? []), ...suggested],
    };
  }

  async setItems(ctx: RequestContext, meetingId: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const meeting = await mustGet(this.store.meetings, 'möte', meetingId);
    const forum = await mustGet(this.store.forums, 'forum', meeting.forumId);
    ensure(canSchedule(actor, forumConveners(forum, await this.store.roleAssignments.findAll())));
    const body = S.parseInput(S.agendaUpdate, input, ctx.locale);
    if (meeting.heldAgenda || meeting.status === 'held') throw conflict('conflict.agendaFrozen');
    const items: AgendaItem[] = body.items.map((i) => ({ ...i, source: 'convener' }));
    return this.store.meetings.update(
      meetingId,
      { ...data(meeting), agendaItems: items },
      checkEtag(meeting, ifMatch),
    );
  }
}
