// The goal chain and the strategic object plan (issue 16 points 4–5): the routes of this capability.
import { z } from 'zod';
import type { Services } from '../../../services';
import * as S from '../../../services/strategy/schemas';
import { DOCX, FileResult, idOf, type RouteDef } from './types';

const TAG = 'Strategy';

export function strategyRoutes(s: Services): RouteDef[] {
  const id = idOf;
  const st = s.strategy;
  return [
    {
      method: 'get',
      path: '/api/steering-documents',
      operationId: 'getSteeringDocuments',
      summary: "The municipality's steering documents: policies with principles, strategic plans with goals",
      tag: TAG,
      response: z.array(S.steeringDocumentOut),
      handle: async () => st.listSteeringDocuments(),
    },
    {
      method: 'post',
      path: '/api/steering-documents',
      operationId: 'postSteeringDocuments',
      summary: 'Enter a steering document (model owner)',
      tag: TAG,
      body: S.steeringDocumentCreate,
      status: 201,
      response: S.steeringDocumentOut,
      handle: async (i) => st.createSteeringDocument(i.ctx, i.body),
    },
    {
      method: 'get',
      path: '/api/steering-documents/{id}',
      operationId: 'getSteeringDocumentsById',
      summary: 'A steering document',
      tag: TAG,
      response: S.steeringDocumentOut,
      handle: async (i) => st.getSteeringDocument(id(i)),
    },
    {
      method: 'patch',
      path: '/api/steering-documents/{id}',
      operationId: 'patchSteeringDocumentsById',
      summary: 'Change a steering document: its goals, focus areas, principles (model owner)',
      tag: TAG,
      body: S.steeringDocumentUpdate,
      ifMatch: 'required',
      response: S.steeringDocumentOut,
      handle: async (i) => st.updateSteeringDocument(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/steering-documents/{id}',
      operationId: 'deleteSteeringDocumentsById',
      summary: 'Remove a steering document no goal is linked to (model owner)',
      tag: TAG,
      ifMatch: 'required',
      status: 204,
      handle: async (i) => st.deleteSteeringDocument(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'get',
      path: '/api/goal-chain',
      operationId: 'getGoalChain',
      summary:
        'The steering documents with their goals and focus areas, each with the contributing object goals and initiatives, and the goals no one serves',
      tag: TAG,
      response: S.goalChainOut,
      handle: async () => st.goalChain(),
    },
    {
      method: 'post',
      path: '/api/goal-links',
      operationId: 'postGoalLinks',
      summary: "Link an object plan's goal or an initiative to a strategic goal or focus area",
      tag: TAG,
      body: S.goalLinkCreate,
      status: 201,
      response: S.goalLinkOut,
      handle: async (i) => st.createGoalLink(i.ctx, i.body),
    },
    {
      method: 'delete',
      path: '/api/goal-links/{id}',
      operationId: 'deleteGoalLinksById',
      summary: 'Remove a link to a strategic goal',
      tag: TAG,
      ifMatch: 'required',
      status: 204,
      handle: async (i) => st.deleteGoalLink(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'get',
      path: '/api/objects/{id}/goal-links',
      operationId: 'getObjectsByIdGoalLinks',
      summary: "The object's goals and initiatives linked to strategic goals",
      tag: TAG,
      response: z.array(S.goalLinkOut),
      handle: async (i) => st.objectGoalLinks(id(i)),
    },
    {
      method: 'get',
      path: '/api/objects/{id}/strategic-plans',
      operationId: 'getObjectsByIdStrategicPlans',
      summary: "The object's strategic object plans (≥ 3 years; preliminary and final versions)",
      tag: TAG,
      response: z.array(S.strategicPlanOut),
      handle: async (i) => st.listStrategicPlans(id(i)),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/strategic-plans',
      operationId: 'postObjectsByIdStrategicPlans',
      summary: 'Start a strategic object plan (leaders and owners)',
      tag: TAG,
      body: S.strategicPlanCreate,
      status: 201,
      response: S.strategicPlanOut.omit({ approval: true, investmentsPerYear: true }),
      handle: async (i) => st.createStrategicPlan(i.ctx, id(i), i.body),
    },
    // Before /{id}: the Word document's path would otherwise be read as an id ending in ".docx".
    {
      method: 'get',
      path: '/api/strategic-plans/{id}.docx',
      operationId: 'getStrategicPlanDocument',
      files: [DOCX],
      summary: 'The strategic object plan as a Word document, in the style of the object plan',
      tag: TAG,
      handle: async (i) => {
        const file = await st.documentFile(id(i));
        return new FileResult(file.body, DOCX, file.filename);
      },
    },
    {
      method: 'get',
      path: '/api/strategic-plans/{id}',
      operationId: 'getStrategicPlansById',
      summary: 'A strategic object plan with where its approval stands',
      tag: TAG,
      response: S.strategicPlanOut,
      handle: async (i) => st.getStrategicPlan(id(i)),
    },
    {
      method: 'patch',
      path: '/api/strategic-plans/{id}',
      operationId: 'patchStrategicPlansById',
      summary: 'Change a draft strategic object plan',
      tag: TAG,
      body: S.strategicPlanUpdate,
      ifMatch: 'required',
      response: S.strategicPlanOut,
      handle: async (i) => st.updateStrategicPlan(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/strategic-plans/{id}',
      operationId: 'deleteStrategicPlansById',
      summary: 'Delete a draft strategic object plan',
      tag: TAG,
      ifMatch: 'required',
      status: 204,
      handle: async (i) => st.deleteStrategicPlan(i.ctx, id(i), i.ifMatch),
    },
    ...(['submit', 'withdraw', 'reopen'] as const).map((t): RouteDef => ({
      method: 'post',
      path: `/api/strategic-plans/{id}/${t}`,
      operationId: `${t}StrategicPlan`,
      summary: {
        submit: 'Submit the strategic object plan to the owners for approval',
        withdraw: 'Take a submitted strategic object plan back to change it',
        reopen: 'Reopen an approved strategic object plan',
      }[t],
      tag: TAG,
      response: S.strategicPlanOut,
      handle: async (i) => st.transition(i.ctx, id(i), t),
    })),
    ...(['approve', 'reject'] as const).map((t): RouteDef => ({
      method: 'post',
      path: `/api/strategic-plans/{id}/${t}`,
      operationId: `${t}StrategicPlan`,
      summary:
        t === 'approve'
          ? 'An owner approves the submitted strategic object plan'
          : 'An owner rejects the submitted strategic object plan, with a comment',
      tag: TAG,
      body: S.approvalComment,
      response: S.strategicPlanOut,
      handle: async (i) => st.answer(i.ctx, id(i), t === 'approve' ? 'approved' : 'rejected', i.body),
    })),
    {
      method: 'get',
      path: '/api/year-wheel/deliverables',
      operationId: 'getYearWheelDeliverables',
      summary:
        'The three deliverables per object for a plan year (strategic plan, object plan, objektberättelse) with deadlines and late flags',
      tag: TAG,
      query: S.yearWheelQuery,
      response: S.yearWheelOut,
      handle: async (i) => st.yearWheel(i.query['year'] as number | undefined),
    },
  ];
}
