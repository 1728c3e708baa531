// "Mitt arbete": the routes of this capability (./index.ts joins the whole table).
import type { Services } from '../../../services';
import { V } from '../../../services/responses';
import type { RouteDef } from './types';

export function myWorkRoutes(s: Services): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/me/work',
      operationId: 'getMyWork',
      response: V.myWork,
      summary:
        'What waits for the signed-in person: approvals, escalations at their rung, action items, deadlines, meetings, minutes to adjust',
      tag: 'People',
      handle: async ({ ctx }) => s.myWork.forMe(ctx),
    },
  ];
}
