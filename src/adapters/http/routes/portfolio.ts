// Portfolio, forums, decisions: the routes of this capability (./index.ts joins the whole table).
import * as S from '../../../services/schemas';
import type { Services } from '../../../services';
import { objectFilter, idOf, type RouteDef } from './types';

export function portfolioRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
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
