// Meta: the routes of this capability (./index.ts joins the whole table).
import { z } from 'zod';
import { yearWheel } from '../../../domain/plan/yearWheel';
import * as S from '../../../services/schemas';
import { auditQuery } from '../../../services/audit/auditService';
import { auditCsv } from '../auditCsv';
import type { Services } from '../../../services';
import { R, V } from '../../../services/responses';
import { FileResult, CSV, type RouteDef, type RouteInfo } from './types';

export function metaRoutes(s: Services, info: RouteInfo): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/health',
      operationId: 'getHealth',
      response: V.health,
      summary: 'Liveness and which store is in use',
      tag: 'Meta',
      anonymous: true,
      handle: async () => ({ status: 'ok', store: info.storeKind }),
    },
    {
      method: 'get',
      path: '/api/me',
      operationId: 'getMe',
      response: V.me,
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
      operationId: 'exportAuditLog',
      response: z.array(R.auditEntry),
      files: [CSV],
      summary: 'The audit log: every write, by whom, before and after (administrators; JSON or CSV)',
      tag: 'Meta',
      query: auditQuery,
      handle: async (i) => {
        const { query, entries } = await s.audit.export(i.ctx, i.query);
        if (query.format === 'csv')
          return new FileResult(Buffer.from(auditCsv(entries), 'utf8'), CSV, 'objektnav-granskningslogg.csv');
        return entries;
      },
    },
    {
      method: 'get',
      path: '/api/year-wheel',
      operationId: 'getYearWheel',
      response: V.yearWheel,
      summary: 'Year-wheel deadlines for a plan year',
      tag: 'Meta',
      query: S.yearQuery,
      handle: async ({ query }) =>
        yearWheel((query['year'] as number | undefined) ?? new Date().getFullYear() + 1),
    },
    {
      method: 'get',
      path: '/api/line-organisations',
      operationId: 'listLineOrganisations',
      response: z.array(R.lineOrganisation),
      summary: 'Departments (förvaltningar) objects support',
      tag: 'Objects',
      handle: async () => s.objects.lineOrganisations(),
    },
  ];
}
