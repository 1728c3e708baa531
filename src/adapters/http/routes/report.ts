// The objektberättelse (issue 16 §3): the routes of this capability.
import { z } from 'zod';
import type { Services } from '../../../services';
import * as F from '../../../services/followup/schemas';
import { approvalAnswer } from '../../../services/schemas';
import { DOCX, FileResult, idOf, type RouteDef, type RouteInfo } from './types';

const record = z.looseObject({ id: z.string(), etag: z.string() });
const reportResponse = z.looseObject({
  plan: z.looseObject({ id: z.string(), year: z.number() }),
  outcome: z.looseObject({ totals: z.looseObject({ planned: z.number(), actual: z.number() }) }),
  report: record.nullable(),
});

export function reportRoutes(s: Services, info: RouteInfo): RouteDef[] {
  const today = info.today ?? (() => new Date().toISOString().slice(0, 10));
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/plans/{id}/report',
      operationId: 'getPlansByIdReport',
      summary:
        'The objektberättelse: the text as written (null before a draft), the facts of the year and where approval stands',
      tag: 'Follow-up',
      response: reportResponse,
      handle: async (i) => s.reports.get(id(i)),
    },
    {
      method: 'get',
      path: '/api/plans/{id}/report.docx',
      operationId: 'getPlansByIdReportDocument',
      files: [DOCX],
      summary: 'The objektberättelse as a Word document in the style of the plan',
      tag: 'Follow-up',
      handle: async (i) => {
        const model = await s.reports.get(id(i));
        if (!info.documents) throw new Error('No Word renderer was given to the HTTP adapter');
        return new FileResult(
          await info.documents.report(model, today()),
          DOCX,
          `Objektberättelse ${model.object.code} ${model.plan.year}.docx`,
        );
      },
    },
    {
      method: 'post',
      path: '/api/plans/{id}/report',
      operationId: 'postPlansByIdReport',
      summary: 'Draft the objektberättelse from the plan and the year (leaders and owners, after the year)',
      tag: 'Follow-up',
      status: 201,
      response: record,
      handle: async (i) => s.reports.create(i.ctx, id(i)),
    },
    {
      method: 'patch',
      path: '/api/plans/{id}/report',
      operationId: 'patchPlansByIdReport',
      summary: 'Complete the draft: goal statuses, comments, lessons, points for the coming year',
      tag: 'Follow-up',
      body: F.reportUpdate,
      ifMatch: 'required',
      response: record,
      handle: async (i) => s.reports.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/report/submit',
      operationId: 'postPlansByIdReportSubmit',
      summary: 'Submit the objektberättelse to the OSG for approval',
      tag: 'Follow-up',
      response: record,
      handle: async (i) => s.reports.submit(i.ctx, id(i)),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/report/approve',
      operationId: 'postPlansByIdReportApprove',
      summary: 'Approve the objektberättelse (the owners, as for the plan)',
      tag: 'Follow-up',
      body: approvalAnswer,
      response: z.looseObject({ report: record }),
      handle: async (i) => s.reports.answer(i.ctx, id(i), 'approved', i.body ?? {}),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/report/reject',
      operationId: 'postPlansByIdReportReject',
      summary: 'Reject the objektberättelse with a comment (back to draft)',
      tag: 'Follow-up',
      body: approvalAnswer,
      response: z.looseObject({ report: record }),
      handle: async (i) => s.reports.answer(i.ctx, id(i), 'rejected', i.body ?? {}),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/report/carry',
      operationId: 'postPlansByIdReportCarry',
      summary: "Carry the points for the coming year into next year's plan (a draft) as influencing factors",
      tag: 'Follow-up',
      response: z.looseObject({ report: record }),
      handle: async (i) => s.reports.carry(i.ctx, id(i)),
    },
  ];
}
