// Portfolio, forums, decisions: the routes of this capability (./index.ts joins the whole table).
import { z } from 'zod';
import * as S from '../../../services/schemas';
import type { Services } from '../../../services';
import { R, V } from '../../../services/responses';
import { objectFilter, idOf, type RouteDef } from './types';

export function portfolioRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/portfolio',
      operationId: 'getPortfolio',
      response: V.portfolio,
      summary: 'Portfolio summary for a year: plan status, budgets, escalations',
      tag: 'Portfolio',
      query: S.yearQuery,
      handle: async ({ query }) => s.portfolio.summary(query['year'] as number | undefined),
    },
    {
      method: 'get',
      path: '/api/forums',
      operationId: 'listForums',
      response: z.array(R.forum),
      summary: 'PSG, OLF and every OSG',
      tag: 'Forums',
      handle: async () => s.forums.list(),
    },
    {
      method: 'get',
      path: '/api/forums/{id}',
      operationId: 'getForum',
      response: V.forumDetail,
      summary: 'A forum with chair, conveners, participants from roles, and meeting compliance',
      tag: 'Forums',
      query: S.yearQuery,
      handle: async (i) => s.forums.get(id(i), i.query['year'] as number | undefined),
    },
    {
      method: 'get',
      path: '/api/decisions',
      operationId: 'listDecisions',
      response: z.array(R.decision),
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
