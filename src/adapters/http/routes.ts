// The REST API: every route in one table, so the server and /api/openapi.json cannot disagree.
// Routes stay thin: pick the inputs out of the request and call a use case.
import { z } from 'zod';
import { yearWheel } from '../../domain/plan/yearWheel';
import type { RequestContext } from '../../services/context';
import type { Services } from '../../services';
import * as S from '../../services/schemas';
import { renderPlanDocx } from '../export/planDocx';
import { auditQuery } from '../../services/audit/auditService';
import { auditCsv } from './auditCsv';
import { renderMinutesDocx } from '../export/minutesDocx';

/** A route's answer that is a file to download rather than JSON. */
export class FileResult {
  constructor(
    readonly body: Buffer,
    readonly contentType: string,
    readonly filename: string,
  ) {}
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export type Method = 'get' | 'post' | 'patch' | 'delete';

export interface RouteInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  ctx: RequestContext;
  ifMatch: string | undefined;
}

export interface RouteDef {
  method: Method;
  /** OpenAPI-style path: /api/objects/{id} */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** Success status: 200 by default, 201 for creations, 204 when nothing is returned. */
  status?: 200 | 201 | 204;
  /** Sends If-Match (required on PATCH, optional on DELETE). */
  ifMatch?: 'required' | 'optional';
  /** Answers without asking who is calling (liveness probes carry no token). */
  anonymous?: boolean;
  handle(input: RouteInput): Promise<unknown>;
}

const objectFilter = z.strictObject({
  objectId: z.string().max(100).optional(),
  personId: z.string().max(100).optional(),
  forumId: z.string().max(100).optional(),
  planId: z.string().max(100).optional(),
});

export function apiRoutes(s: Services, info: { storeKind: string; authMode: string }): RouteDef[] {
  const id = (i: RouteInput) => i.params['id']!;
  return [
    // --- Meta --------------------------------------------------------------------------------------
    {
      method: 'get',
      path: '/api/health',
      summary: 'Liveness and which store is in use',
      tag: 'Meta',
      anonymous: true,
      handle: async () => ({ status: 'ok', store: info.storeKind }),
    },
    {
      method: 'get',
      path: '/api/me',
      summary: 'The acting person and their roles (null when nobody is chosen)',
      tag: 'Meta',
      handle: async ({ ctx }) => ({
        authMode: info.authMode,
        person: ctx.actor?.person ?? null,
        roleAssignments: ctx.actor?.assignments ?? [],
      }),
    },
    {
      method: 'get',
      path: '/api/audit',
      summary: 'The audit log: every write, by whom, before and after (administrators; JSON or CSV)',
      tag: 'Meta',
      query: auditQuery,
      handle: async (i) => {
        const { query, entries } = await s.audit.export(i.ctx, i.query);
        if (query.format === 'csv')
          return new FileResult(
            Buffer.from(auditCsv(entries), 'utf8'),
            'text/csv; charset=utf-8',
            'objektnav-granskningslogg.csv',
          );
        return entries;
      },
    },
    {
      method: 'get',
      path: '/api/year-wheel',
      summary: 'Year-wheel deadlines for a plan year',
      tag: 'Meta',
      query: S.yearQuery,
      handle: async ({ query }) =>
        yearWheel((query['year'] as number | undefined) ?? new Date().getFullYear() + 1),
    },
    {
      method: 'get',
      path: '/api/line-organisations',
      summary: 'Departments (förvaltningar) objects support',
      tag: 'Objects',
      handle: async () => s.objects.lineOrganisations(),
    },

    // --- Objects -----------------------------------------------------------------------------------
    {
      method: 'get',
      path: '/api/objects',
      summary: 'All objects',
      tag: 'Objects',
      handle: async () => s.objects.list(),
    },
    {
      method: 'post',
      path: '/api/objects',
      summary: 'Create an object (a PSG decision on the structure)',
      tag: 'Objects',
      body: S.objectCreate,
      status: 201,
      handle: async ({ ctx, body }) => s.objects.create(ctx, body),
    },
    {
      method: 'get',
      path: '/api/objects/{id}',
      summary: 'An object with products, components, role assignments, related objects, contracts',
      tag: 'Objects',
      handle: async (i) => s.objects.detail(id(i)),
    },
    {
      method: 'patch',
      path: '/api/objects/{id}',
      summary: 'Update an object',
      tag: 'Objects',
      body: S.objectUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/objects/{id}',
      summary: 'Delete an object that has no plans or initiatives',
      tag: 'Objects',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.objects.delete(i.ctx, id(i), i.ifMatch),
    },

    // --- Products and components --------------------------------------------------------------------
    {
      method: 'post',
      path: '/api/objects/{id}/products',
      summary: 'Add a product to an object',
      tag: 'Products',
      body: S.productCreate,
      status: 201,
      handle: async (i) => s.objects.createProduct(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/products/{id}',
      summary: 'Update a product',
      tag: 'Products',
      body: S.productUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.updateProduct(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/products/{id}',
      summary: 'Delete a product and its component links',
      tag: 'Products',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.objects.deleteProduct(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/products/{id}/components',
      summary: 'Link a component (possibly of another object) to a product',
      tag: 'Products',
      body: S.productComponentLink,
      status: 201,
      handle: async (i) => s.objects.linkComponent(i.ctx, id(i), i.body),
    },
    {
      method: 'delete',
      path: '/api/products/{id}/components/{componentId}',
      summary: 'Unlink a component from a product',
      tag: 'Products',
      status: 204,
      handle: async (i) => s.objects.unlinkComponent(i.ctx, id(i), i.params['componentId']!),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/components',
      summary: 'Add a business or IT component owned by the object',
      tag: 'Components',
      body: S.componentCreate,
      status: 201,
      handle: async (i) => s.objects.createComponent(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/components/{id}',
      summary: 'Update a component',
      tag: 'Components',
      body: S.componentUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.updateComponent(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/components/{id}',
      summary: 'Delete a component no other object uses and without contracts',
      tag: 'Components',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.objects.deleteComponent(i.ctx, id(i), i.ifMatch),
    },

    // --- Related objects and contracts --------------------------------------------------------------
    {
      method: 'post',
      path: '/api/objects/{id}/related-objects',
      summary: 'Add a related object (dependency)',
      tag: 'Objects',
      body: S.relatedObjectCreate,
      status: 201,
      handle: async (i) => s.objects.createRelated(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/related-objects/{id}',
      summary: 'Update a related object',
      tag: 'Objects',
      body: S.relatedObjectUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.updateRelated(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/related-objects/{id}',
      summary: 'Remove a related object',
      tag: 'Objects',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.objects.deleteRelated(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'get',
      path: '/api/objects/{id}/contracts',
      summary: "Contracts on the object's IT components, by end date, with notice state",
      tag: 'Contracts',
      handle: async (i) => s.objects.contracts(id(i)),
    },
    {
      method: 'post',
      path: '/api/contracts',
      summary: 'Add a contract to an IT component',
      tag: 'Contracts',
      body: S.contractCreate,
      status: 201,
      handle: async (i) => s.objects.createContract(i.ctx, i.body),
    },
    {
      method: 'patch',
      path: '/api/contracts/{id}',
      summary: 'Update a contract',
      tag: 'Contracts',
      body: S.contractUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.updateContract(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/contracts/{id}',
      summary: 'Delete a contract',
      tag: 'Contracts',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.objects.deleteContract(i.ctx, id(i), i.ifMatch),
    },

    // --- People and roles ------------------------------------------------------------------------------
    {
      method: 'get',
      path: '/api/people',
      summary: 'People',
      tag: 'People',
      handle: async () => s.people.list(),
    },
    {
      method: 'post',
      path: '/api/people',
      summary: 'Add a person',
      tag: 'People',
      body: S.personCreate,
      status: 201,
      handle: async (i) => s.people.create(i.ctx, i.body),
    },
    {
      method: 'get',
      path: '/api/people/{id}',
      summary: 'A person with role assignments',
      tag: 'People',
      handle: async (i) => s.people.get(id(i)),
    },
    {
      method: 'patch',
      path: '/api/people/{id}',
      summary: 'Update a person',
      tag: 'People',
      body: S.personUpdate,
      ifMatch: 'required',
      handle: async (i) => s.people.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/people/{id}',
      summary: 'Delete a person without roles',
      tag: 'People',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.people.delete(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'get',
      path: '/api/role-assignments',
      summary: 'Role assignments, by object or person',
      tag: 'People',
      query: objectFilter.pick({ objectId: true, personId: true }),
      handle: async ({ query }) =>
        s.people.assignments({
          objectId: query['objectId'] as string | undefined,
          personId: query['personId'] as string | undefined,
        }),
    },
    {
      method: 'post',
      path: '/api/role-assignments',
      summary: 'Appoint a person to a role (by whoever appoints that role)',
      tag: 'People',
      body: S.roleAssignmentCreate,
      status: 201,
      handle: async (i) => s.people.assign(i.ctx, i.body),
    },
    {
      method: 'delete',
      path: '/api/role-assignments/{id}',
      summary: 'Remove a role assignment',
      tag: 'People',
      status: 204,
      handle: async (i) => s.people.unassign(i.ctx, id(i)),
    },

    // --- Plans and budget ---------------------------------------------------------------------------------
    {
      method: 'get',
      path: '/api/objects/{id}/plans',
      summary: "The object's plans, newest year first",
      tag: 'Plans',
      handle: async (i) => s.plans.listForObject(id(i)),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/plans',
      summary: 'Start the object plan for a year (optionally copying another year)',
      tag: 'Plans',
      body: S.planCreate,
      status: 201,
      handle: async (i) => s.plans.create(i.ctx, id(i), i.body),
    },
    {
      method: 'get',
      path: '/api/plans/{id}',
      summary: 'A plan with deadlines and approval state',
      tag: 'Plans',
      handle: async (i) => s.plans.get(id(i)),
    },
    {
      method: 'patch',
      path: '/api/plans/{id}',
      summary: "Update a plan's sections or settings",
      tag: 'Plans',
      body: S.planUpdate,
      ifMatch: 'required',
      handle: async (i) => s.plans.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/plans/{id}',
      summary: 'Delete a draft plan',
      tag: 'Plans',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.plans.delete(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'get',
      path: '/api/plans/{id}/budget',
      summary: 'Budget tables: main activity × side × bucket in SEK, hours and FTE',
      tag: 'Plans',
      handle: async (i) => s.plans.budget(id(i)),
    },
    {
      method: 'get',
      path: '/api/plans/{id}/document.docx',
      summary: 'The object plan as a Word document, with the chapters and tables of seed 004',
      tag: 'Plans',
      handle: async (i) => {
        const model = await s.plans.document(id(i));
        return new FileResult(
          await renderPlanDocx(model),
          DOCX,
          `Objektplan ${model.object.code} ${model.plan.year}.docx`,
        );
      },
    },
    {
      method: 'get',
      path: '/api/plans/{id}/budget-lines',
      summary: 'Budget lines with computed costs',
      tag: 'Plans',
      handle: async (i) => s.plans.lines(id(i)),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/budget-lines',
      summary: 'Add a budget line (delmål)',
      tag: 'Plans',
      body: S.budgetLineCreate,
      status: 201,
      handle: async (i) => s.plans.createLine(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/budget-lines/{id}',
      summary: 'Update a budget line',
      tag: 'Plans',
      body: S.budgetLineUpdate,
      ifMatch: 'required',
      handle: async (i) => s.plans.updateLine(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/budget-lines/{id}',
      summary: 'Delete a budget line',
      tag: 'Plans',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.plans.deleteLine(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/submit',
      summary: 'Submit the plan to its OSG for approval (draft → preliminary)',
      tag: 'Plans',
      handle: async (i) => s.plans.submit(i.ctx, id(i)),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/approve',
      summary: "Approve the plan as one of its approvers (the owners); approved when the OSG's policy is met",
      tag: 'Plans',
      body: S.approvalAnswer,
      handle: async (i) => s.plans.answer(i.ctx, id(i), 'approved', i.body ?? {}),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/reject',
      summary: 'Reject the plan with a comment (back to draft)',
      tag: 'Plans',
      body: S.approvalAnswer,
      handle: async (i) => s.plans.answer(i.ctx, id(i), 'rejected', i.body ?? {}),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/reopen',
      summary: 'Reopen an approved plan for replanning (owners)',
      tag: 'Plans',
      handle: async (i) => s.plans.reopenOrClose(i.ctx, id(i), 'reopen'),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/close',
      summary: 'Close an approved plan after its year (owners)',
      tag: 'Plans',
      handle: async (i) => s.plans.reopenOrClose(i.ctx, id(i), 'close'),
    },

    // --- Initiatives ----------------------------------------------------------------------------------------
    {
      method: 'get',
      path: '/api/objects/{id}/initiatives',
      summary: "The object's needs and initiatives, ranked by priority score",
      tag: 'Initiatives',
      handle: async (i) => s.initiatives.listForObject(id(i)),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/initiatives',
      summary: 'Propose a need or initiative',
      tag: 'Initiatives',
      body: S.initiativeCreate,
      status: 201,
      handle: async (i) => s.initiatives.create(i.ctx, id(i), i.body),
    },
    {
      method: 'get',
      path: '/api/initiatives/{id}',
      summary: 'An initiative',
      tag: 'Initiatives',
      handle: async (i) => s.initiatives.get(id(i)),
    },
    {
      method: 'patch',
      path: '/api/initiatives/{id}',
      summary: 'Update an initiative (priority inputs, status)',
      tag: 'Initiatives',
      body: S.initiativeUpdate,
      ifMatch: 'required',
      handle: async (i) => s.initiatives.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/initiatives/{id}',
      summary: 'Delete an initiative',
      tag: 'Initiatives',
      ifMatch: 'optional',
      status: 204,
      handle: async (i) => s.initiatives.delete(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/initiatives/{id}/escalate',
      summary: 'Lift the question one rung (objektledare → objektägare → PSG)',
      tag: 'Initiatives',
      body: S.escalation,
      handle: async (i) => s.initiatives.escalate(i.ctx, id(i), i.body),
    },
    {
      method: 'post',
      path: '/api/initiatives/{id}/decide',
      summary: 'Decide the priority question at its current rung',
      tag: 'Initiatives',
      body: S.priorityDecision,
      status: 201,
      handle: async (i) => s.initiatives.decide(i.ctx, id(i), i.body),
    },

    // --- Forum meetings --------------------------------------------------------------------------------------
    {
      method: 'get',
      path: '/api/forums/{id}/meetings',
      summary: "A forum's meetings (optionally one year's), by start",
      tag: 'Meetings',
      query: S.yearQuery,
      handle: async (i) => s.meetings.list(id(i), i.query['year'] as number | undefined),
    },
    {
      method: 'get',
      path: '/api/objects/{id}/meetings',
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
      summary: "Schedule a year's meetings by the forum's rule (its convener only)",
      tag: 'Meetings',
      body: S.meetingSeriesCreate,
      status: 201,
      handle: async (i) => s.meetings.scheduleSeries(i.ctx, id(i), i.body),
    },
    {
      method: 'post',
      path: '/api/forums/{id}/meetings',
      summary: 'Schedule a single extra meeting (its convener only)',
      tag: 'Meetings',
      body: S.meetingCreate,
      status: 201,
      handle: async (i) => s.meetings.scheduleSingle(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/meetings/{id}',
      summary: 'Move a meeting',
      tag: 'Meetings',
      body: S.meetingMove,
      ifMatch: 'required',
      handle: async (i) => s.meetings.move(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/cancel',
      summary: 'Cancel a meeting',
      tag: 'Meetings',
      handle: async (i) => s.meetings.cancel(i.ctx, id(i)),
    },

    {
      method: 'post',
      path: '/api/forums/{id}/channel',
      summary: "Set the Teams channel of a forum's agendas and decisions (its convener or chair)",
      tag: 'Meetings',
      body: S.forumChannel,
      handle: async (i) => s.forums.bindChannel(i.ctx, id(i), i.body),
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/agenda',
      summary: "A meeting's agenda: the convener's items and suggestions from live data",
      tag: 'Meetings',
      handle: async (i) => s.agenda.agenda(id(i)),
    },
    {
      method: 'patch',
      path: '/api/meetings/{id}/agenda',
      summary: "Set the convener's own agenda items",
      tag: 'Meetings',
      body: S.agendaUpdate,
      ifMatch: 'required',
      handle: async (i) => s.agenda.setItems(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/minutes',
      summary: "A meeting's minutes: attendance, decisions, action items",
      tag: 'Meetings',
      handle: async (i) => s.minutes.minutes(id(i)),
    },
    {
      method: 'get',
      path: '/api/meetings/{id}/minutes.docx',
      summary: "A meeting's minutes as a Word document (for the registry)",
      tag: 'Meetings',
      handle: async (i) => {
        const minutes = await s.minutes.minutes(id(i));
        const date = minutes.meeting.start.slice(0, 10);
        return new FileResult(
          await renderMinutesDocx(minutes),
          DOCX,
          `Protokoll ${minutes.forum.name} ${date}.docx`,
        );
      },
    },
    {
      method: 'post',
      path: '/api/meetings/{id}/minutes',
      summary: "Record a meeting's minutes (decisions are checked against the forum's mandate)",
      tag: 'Meetings',
      body: S.minutesCreate,
      status: 201,
      handle: async (i) => s.minutes.record(i.ctx, id(i), i.body),
    },

    // --- Channel tabs ------------------------------------------------------------------------------------------
    {
      method: 'post',
      path: '/api/channel-bindings',
      summary: 'Bind a Teams channel to an object (channel tab configuration)',
      tag: 'Teams',
      body: S.channelBinding,
      handle: async (i) => s.channels.bind(i.ctx, i.body),
    },
    {
      method: 'get',
      path: '/api/channel-bindings',
      summary: 'The object a channel is bound to',
      tag: 'Teams',
      query: z.strictObject({ channelId: z.string().min(1).max(300) }),
      handle: async ({ query }) => s.channels.forChannel(query['channelId'] as string),
    },

    // --- Portfolio, forums, decisions ------------------------------------------------------------------------
    {
      method: 'get',
      path: '/api/portfolio',
      summary: 'Portfolio summary for a year: plan status, budgets, escalations',
      tag: 'Portfolio',
      query: S.yearQuery,
      handle: async ({ query }) => s.portfolio.summary(query['year'] as number | undefined),
    },
    {
      method: 'get',
      path: '/api/forums',
      summary: 'PSG, OLF and every OSG',
      tag: 'Forums',
      handle: async () => s.forums.list(),
    },
    {
      method: 'get',
      path: '/api/forums/{id}',
      summary: 'A forum with chair, conveners, participants from roles, and meeting compliance',
      tag: 'Forums',
      query: S.yearQuery,
      handle: async (i) => s.forums.get(id(i), i.query['year'] as number | undefined),
    },
    {
      method: 'get',
      path: '/api/decisions',
      summary: 'The decisions register, newest first',
      tag: 'Forums',
      query: objectFilter.pick({ objectId: true, forumId: true, planId: true }),
      handle: async ({ query }) =>
        s.forums.decisions({
          objectId: query['objectId'] as string | undefined,
          forumId: query['forumId'] as string | undefined,
          planId: query['planId'] as string | undefined,
        }),
    },
  ];
}
