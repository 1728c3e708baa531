// Plans and budget: the routes of this capability (./index.ts joins the whole table).
import { z } from 'zod';
import * as S from '../../../services/schemas';
import { renderPlanDocx } from '../documents/planDocx';
import type { Services } from '../../../services';
import { R, V } from '../../../services/responses';
import { FileResult, DOCX, idOf, type RouteDef } from './types';

export function plansRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/objects/{id}/plans',
      operationId: 'listObjectPlans',
      response: V.objectPlans,
      summary: "The object's plans, newest year first",
      tag: 'Plans',
      handle: async (i) => s.plans.listForObject(id(i)),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/plans',
      operationId: 'createPlan',
      response: V.planCreated,
      summary: 'Start the object plan for a year (optionally copying another year)',
      tag: 'Plans',
      body: S.planCreate,
      status: 201,
      handle: async (i) => s.plans.create(i.ctx, id(i), i.body),
    },
    {
      method: 'get',
      path: '/api/plans/{id}',
      operationId: 'getPlan',
      response: V.planDetail,
      summary: 'A plan with deadlines and approval state',
      tag: 'Plans',
      handle: async (i) => s.plans.get(id(i)),
    },
    {
      method: 'patch',
      path: '/api/plans/{id}',
      operationId: 'updatePlan',
      response: R.objectPlan,
      summary: "Update a plan's sections or settings",
      tag: 'Plans',
      body: S.planUpdate,
      ifMatch: 'required',
      handle: async (i) => s.plans.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/plans/{id}',
      operationId: 'deletePlan',
      summary: 'Delete a draft plan',
      tag: 'Plans',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.plans.delete(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'get',
      path: '/api/plans/{id}/budget',
      operationId: 'getPlanBudget',
      response: V.budget,
      summary: 'Budget tables: main activity × side × bucket in SEK, hours and FTE',
      tag: 'Plans',
      handle: async (i) => s.plans.budget(id(i)),
    },
    {
      method: 'get',
      path: '/api/plans/{id}/document.docx',
      operationId: 'getPlanDocument',
      files: [DOCX],
      summary:
        'The object plan as a Word document, with the chapters and tables of seed 004 (version=approved: as last approved)',
      tag: 'Plans',
      query: z.strictObject({ version: z.enum(['current', 'approved']).optional() }),
      handle: async (i) => {
        const model = await s.plans.document(
          id(i),
          (i.query['version'] as 'current' | 'approved' | undefined) ?? 'current',
        );
        return new FileResult(
          await renderPlanDocx(model),
          DOCX,
          `Objektplan ${model.object.code} ${model.plan.year}.docx`,
        );
      },
    },
    {
      method: 'get',
      path: '/api/plans/{id}/approved',
      operationId: 'getApprovedPlanVersion',
      response: R.planVersion,
      summary: 'The content of the plan as it was last approved: settings, chapters, lines, total, approvers',
      tag: 'Plans',
      handle: async (i) => s.plans.approvedVersion(id(i)),
    },
    {
      method: 'get',
      path: '/api/plans/{id}/budget-lines',
      operationId: 'listBudgetLines',
      response: V.budgetLines,
      summary: 'Budget lines with computed costs',
      tag: 'Plans',
      handle: async (i) => s.plans.lines(id(i)),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/budget-lines',
      operationId: 'createBudgetLine',
      response: V.budgetLineWithCost,
      summary: 'Add a budget line (delmål)',
      tag: 'Plans',
      body: S.budgetLineCreate,
      status: 201,
      handle: async (i) => s.plans.createLine(i.ctx, id(i), i.body),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/budget-lines/order',
      operationId: 'reorderBudgetLines',
      response: V.budgetLines,
      summary: "Put the plan's budget lines in a new order (every line once)",
      tag: 'Plans',
      body: S.budgetLineOrder,
      handle: async (i) => s.plans.reorderLines(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/budget-lines/{id}',
      operationId: 'updateBudgetLine',
      response: V.budgetLineWithCost,
      summary: 'Update a budget line',
      tag: 'Plans',
      body: S.budgetLineUpdate,
      ifMatch: 'required',
      handle: async (i) => s.plans.updateLine(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/budget-lines/{id}',
      operationId: 'deleteBudgetLine',
      summary: 'Delete a budget line',
      tag: 'Plans',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.plans.deleteLine(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/submit',
      operationId: 'submitPlan',
      response: V.planRecord,
      summary: 'Submit the plan to its OSG for approval (draft → preliminary)',
      tag: 'Plans',
      handle: async (i) => s.plans.submit(i.ctx, id(i)),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/withdraw',
      operationId: 'withdrawPlan',
      response: V.planRecord,
      summary:
        'Withdraw the plan from approval to change it (preliminary → draft; leaders and owners); a resubmission starts a new round',
      tag: 'Plans',
      handle: async (i) => s.plans.withdraw(i.ctx, id(i)),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/approve',
      operationId: 'approvePlan',
      response: V.approvalAnswered,
      summary: "Approve the plan as one of its approvers (the owners); approved when the OSG's policy is met",
      tag: 'Plans',
      body: S.approvalAnswer,
      handle: async (i) => answered(await s.plans.answer(i.ctx, id(i), 'approved', i.body ?? {})),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/reject',
      operationId: 'rejectPlan',
      response: V.approvalAnswered,
      summary: 'Reject the plan with a comment (back to draft)',
      tag: 'Plans',
      body: S.approvalAnswer,
      handle: async (i) => answered(await s.plans.answer(i.ctx, id(i), 'rejected', i.body ?? {})),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/reopen',
      operationId: 'reopenPlan',
      response: V.planRecord,
      summary: 'Reopen an approved plan for replanning (owners)',
      tag: 'Plans',
      handle: async (i) => s.plans.reopenOrClose(i.ctx, id(i), 'reopen'),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/close',
      operationId: 'closePlan',
      response: V.planRecord,
      summary: 'Close an approved plan after its year (owners)',
      tag: 'Plans',
      handle: async (i) => s.plans.reopenOrClose(i.ctx, id(i), 'close'),
    },
  ];
}

/** The answer without what its transaction read (kept for the bot's card, not for the API's answer). */
function answered<T extends { read: unknown }>({ read: _read, ...answer }: T): Omit<T, 'read'> {
  return answer;
}
