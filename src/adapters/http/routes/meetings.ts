// Forum meetings: the routes of this capability (./index.ts joins the whole table).
import { z } from 'zod';
import * as S from '../../../services/schemas';
import { renderMinutesDocx } from '../documents/minutesDocx';
import { minutesCorrection, minutesDraft } from '../../../services/meetings/minutesSchemas';
import { teamsMeetingLink, teamsMeetingQuery } from '../../../services/meetings/teamsMeetingService';
import type { Services } from '../../../services';
import { R, V } from '../../../services/responses';
import { FileResult, DOCX, idOf, type RouteDef } from './types';

export function meetingsRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/teams-meetings',
      operationId: 'resolveTeamsMeeting',
      response: z.object({
        meeting: R.meeting.nullable(),
        forum: R.forum.nullable(),
        source: z.enum(['calendar', 'link']).nullable(),
        attendees: V.objectMeetings.shape.attendees,
      }),
      summary:
        "The forum meeting a Teams meeting is (by its chat thread): booked by Objektnav with CALENDAR=graph, or linked by the forum's convener; null when neither",
      tag: 'Meetings',
      query: teamsMeetingQuery,
      handle: async (i) => {
        const found = await s.teamsMeetings.resolve(i.query['threadId'] as string);
        // Everyone the forum's roles invite: the side panel ticks attendance from them.
        return { ...found, attendees: found.forum ? await s.meetings.attendees(found.forum) : [] };
      },
    },
    {
      method: 'put',
      path: '/api/meetings/{id}/teams-meeting',
      operationId: 'linkTeamsMeeting',
      response: R.meeting,
      summary:
        "Link a Teams meeting (its chat thread) to this forum meeting, from inside the meeting (the forum's convener or a delegate)",
      tag: 'Meetings',
      body: teamsMeetingLink,
      ifMatch: 'required',
      handle: async (i) => s.teamsMeetings.link(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'get',
      path: '/api/forums/{id}/meetings',
      operationId: 'listForumMeetings',
      response: z.array(R.meeting),
      summary: "A forum's meetings (optionally one year's), by start",
      tag: 'Meetings',
      query: S.yearQuery,
      handle: async (i) => s.meetings.list(id(i), i.query['year'] as number | undefined),
    },
    {
      method: 'get',
      path: '/api/objects/{id}/meetings',
      operationId: 'listObjectMeetings',
      response: V.objectMeetings,
      summary: "The meetings of the object's OSG, with the people invited",
      tag: 'Meetings',
      query: S.yearQuery,
      handle: async (i) => {
        const forum = await s.meetings.forumOf(id(i));
        const [meetings, attendees] = await Promise.all([
          s.meetings.list(forum.id, i.query['year'] as number | undefined),
          s.meetings.attendees(forum),
        ]);
        return { forum, meetings, attendees };
      },
    },
    {
      method: 'post',
      path: '/api/forums/{id}/meeting-series',
      operationId: 'scheduleMeetingSeries',
      response: z.array(R.meeting),
      summary: "Schedule a year's meetings by the forum's rule (its convener only)",
      tag: 'Meetings',
      body: S.meetingSeriesCreate,
      status: 201,
      handle: async (i) => s.meetings.scheduleSeries(i.ctx, id(i), i.body),
    },
    {
      method: 'post',
      path: '/api/forums/{id}/meetings',
      operationId: 'scheduleMeeting',
      response: R.meeting,
      summary: 'Schedule a single extra meeting (its convener only)',
      tag: 'Meetings',
      body: S.meetingCreate,
      status: 201,
      handle: async (i) => s.meetings.scheduleSingle(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/meetings/{id}',
      operationId: 'moveMeeting',
      response: R.meeting,
      summary: 'Move a meeting',
      tag: 'Meetings',
      body: S.meetingMove,
      ifMatch: 'required',
      handle: async (i) => s.meetings.move(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/cancel',
      operationId: 'cancelMeeting',
      response: R.meeting,
      summary: 'Cancel a meeting',
      tag: 'Meetings',
      handle: async (i) => s.meetings.cancel(i.ctx, id(i)),
    },

    {
      method: 'post',
      path: '/api/forums/{id}/channel',
      operationId: 'setForumChannel',
      response: R.forum,
      summary: "Set the Teams channel of a forum's agendas and decisions (its convener or chair)",
      tag: 'Meetings',
      body: S.forumChannel,
      handle: async (i) => s.forums.bindChannel(i.ctx, id(i), i.body),
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/agenda',
      operationId: 'getAgenda',
      response: V.agenda,
      summary: "A meeting's agenda: the convener's items and suggestions from live data",
      tag: 'Meetings',
      handle: async (i) => s.agenda.agenda(id(i)),
    },
    {
      method: 'patch',
      path: '/api/meetings/{id}/agenda',
      operationId: 'updateAgenda',
      response: R.meeting,
      summary: "Set the convener's own agenda items",
      tag: 'Meetings',
      body: S.agendaUpdate,
      ifMatch: 'required',
      handle: async (i) => s.agenda.setItems(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/minutes',
      operationId: 'getMinutes',
      response: V.minutesView,
      summary:
        "A meeting's minutes: place, chair, secretary, adjusters, attendance, numbered paragraphs with decisions, action items, and every version",
      tag: 'Meetings',
      handle: async (i) => s.minutes.minutes(id(i)),
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/minutes.docx',
      operationId: 'getMinutesDocument',
      files: [DOCX],
      summary: "A meeting's minutes as a Word document (for the registry)",
      tag: 'Meetings',
      handle: async (i) => {
        const minutes = await s.minutes.minutes(id(i));
        const date = minutes.meeting.start.slice(0, 10);
        return new FileResult(
          await renderMinutesDocx(minutes, s.minutes.today()),
          DOCX,
          `Protokoll ${minutes.forum.name} ${date}.docx`,
        );
      },
    },
    {
      method: 'put',
      path: '/api/meetings/{id}/minutes',
      operationId: 'saveMinutesDraft',
      response: V.minutesView,
      summary:
        "Write the draft minutes of a meeting that has begun (its convener or secretary); If-Match with the draft's eTag once it exists",
      tag: 'Meetings',
      body: minutesDraft,
      ifMatch: 'optional',
      handle: async (i) => s.minutes.saveDraft(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/minutes',
      operationId: 'recordMinutes',
      response: V.minutesView,
      summary:
        "Record a meeting's minutes in one go, as a draft for the adjusters (decisions are checked against the forum's mandate and quorum)",
      tag: 'Meetings',
      body: minutesDraft,
      status: 201,
      handle: async (i) => s.minutes.record(i.ctx, id(i), i.body),
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/minutes/adjust',
      operationId: 'adjustMinutes',
      response: V.minutesView,
      summary: 'Adjust (justera) the minutes: each named adjuster signs; adjusted and locked when all have',
      tag: 'Meetings',
      handle: async (i) => s.minutes.adjust(i.ctx, id(i)),
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/minutes/corrections',
      operationId: 'correctMinutes',
      response: V.minutesView,
      summary:
        "Correct adjusted minutes: a new version with the reason and what changed (If-Match with the adjusted version's eTag)",
      tag: 'Meetings',
      body: minutesCorrection,
      ifMatch: 'required',
      status: 201,
      handle: async (i) => s.minutes.correct(i.ctx, id(i), i.ifMatch, i.body),
    },
  ];
}
