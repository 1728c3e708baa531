// The IT project portfolio (issue 17 point 6): the routes of this capability (./index.ts joins the whole table).
import type { Services } from '../../../services';
import * as S from '../../../services/itorg/itorgSchemas';
import { idOf, type RouteDef } from './types';

export function projectsRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/projects',
      operationId: 'getProjects',
      summary:
        'The project portfolio on one timeline: phases, latest status, budget against outcome, systems',
      tag: 'Projects',
      response: S.projectsOut,
      handle: async () => s.projects.list(),
    },
    {
      method: 'post',
      path: '/api/projects',
      operationId: 'postProjects',
      summary: 'Add a project (from an initiative or an order)',
      tag: 'Projects',
      body: S.projectCreate,
      status: 201,
      response: S.projectOut,
      handle: async (i) => s.projects.create(i.ctx, i.body),
    },
    {
      method: 'patch',
      path: '/api/projects/{id}',
      operationId: 'patchProjectsById',
      summary: 'Change a project (phase, dates, budget, outcome, systems)',
      tag: 'Projects',
      body: S.projectUpdate,
      ifMatch: 'required',
      response: S.projectOut,
      handle: async (i) => s.projects.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/projects/{id}',
      operationId: 'deleteProjectsById',
      summary: 'Remove a project from the portfolio',
      tag: 'Projects',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.projects.delete(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/projects/{id}/reports',
      operationId: 'postProjectsByIdReports',
      summary: "The month's status report: green, amber or red with a comment",
      tag: 'Projects',
      body: S.statusReport,
      response: S.projectOut,
      handle: async (i) => s.projects.report(i.ctx, id(i), i.body),
    },
  ];
}
