// Look-ups for the message extension and Copilot's read functions (issue 19): thin, each asks the
// lookup service, which asks the policy whether the caller may read the register.
import type { Services } from '../../../services';
import * as L from '../../../services/lookup/lookupSchemas';
import type { RouteDef } from './types';

export function lookupRoutes(s: Services): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/search',
      operationId: 'searchRegister',
      response: L.searchResult,
      summary: 'Search objects, object plans, systems and decisions by name or code, best match first',
      tag: 'Lookup',
      query: L.searchQuery,
      handle: async ({ ctx, query }) => s.lookup.search(ctx, (query['q'] as string | undefined) ?? ''),
    },
    {
      method: 'get',
      path: '/api/contracts/notice-due',
      operationId: 'listContractsDueForNotice',
      response: L.contractsDueForNotice,
      summary:
        'Contracts whose last day of notice falls in a period (default this quarter): which contracts must be terminated (sägas upp) now',
      tag: 'Contracts',
      query: L.noticeQuery,
      handle: async ({ ctx, query }) =>
        s.lookup.contractsDueForNotice(ctx, {
          from: query['from'] as string | undefined,
          to: query['to'] as string | undefined,
        }),
    },
    {
      method: 'get',
      path: '/api/year-wheel/late-plans',
      operationId: 'listLatePlans',
      response: L.latePlans,
      summary:
        'Object plans that are late against the year wheel (sena objektplaner), with the deadlines missed',
      tag: 'Plans',
      handle: async ({ ctx }) => s.lookup.latePlans(ctx),
    },
    {
      method: 'get',
      path: '/api/decisions/by-forum',
      operationId: 'listForumDecisions',
      response: L.forumDecisions,
      summary: 'What a forum (PSG, OLF or an object’s OSG) decided, in a month or between two dates',
      tag: 'Forums',
      query: L.forumDecisionsQuery,
      handle: async ({ ctx, query }) =>
        s.lookup.forumDecisions(ctx, {
          forum: query['forum'] as string,
          month: query['month'] as string | undefined,
          from: query['from'] as string | undefined,
          to: query['to'] as string | undefined,
        }),
    },
    {
      method: 'get',
      path: '/api/objects/by-code/{code}/roles',
      operationId: 'getObjectRolesByCode',
      response: L.objectRoles,
      summary: 'Who holds which role in an object, by its code: object owners, leaders, specialists',
      tag: 'Objects',
      query: L.objectRolesQuery,
      handle: async ({ ctx, params, query }) =>
        s.lookup.objectRoles(ctx, params['code']!, query['role'] as never),
    },
  ];
}
