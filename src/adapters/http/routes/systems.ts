// The system register and the system map (issue 17): the routes of this capability.
import { z } from 'zod';
import type { Services } from '../../../services';
import * as Sys from '../../../services/systems/systemSchemas';
import { FileResult, idOf, type RouteDef, CSV } from './types';

export function systemsRoutes(s: Services): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/systems',
      operationId: 'getSystems',
      summary: 'The system register across all objects: searchable (q) and filterable',
      tag: 'Systems',
      query: Sys.systemQuery,
      response: z.array(Sys.systemView),
      handle: async (i) => s.systems.list(i.query as z.infer<typeof Sys.systemQuery>),
    },
    {
      method: 'get',
      path: '/api/systems/export',
      operationId: 'getSystemsExport',
      files: [CSV],
      summary: 'The register as a CSV sheet for Excel (the columns an import reads)',
      tag: 'Systems',
      handle: async () =>
        new FileResult(
          Buffer.from(await s.systems.exportCsv(), 'utf8'),
          'text/csv; charset=utf-8',
          'objektnav-systemregister.csv',
        ),
    },
    {
      method: 'post',
      path: '/api/systems/import',
      operationId: 'postSystemsImport',
      summary:
        'Import the register from a CSV sheet; dryRun reports each row (created, updated, rejected with reasons)',
      tag: 'Systems',
      body: Sys.systemImport,
      response: Sys.importAnswer,
      handle: async (i) => s.systems.importSheet(i.ctx, i.body),
    },
    {
      method: 'get',
      path: '/api/systems/{id}',
      operationId: 'getSystemsById',
      summary: 'One system of the register',
      tag: 'Systems',
      response: Sys.systemView,
      handle: async (i) => s.systems.get(idOf(i)),
    },
    {
      method: 'patch',
      path: '/api/systems/{id}',
      operationId: 'patchSystemsById',
      summary: "Update a system's register fields (system owner, object owners, model owner)",
      tag: 'Systems',
      body: Sys.systemUpdate,
      ifMatch: 'required',
      response: Sys.systemView,
      handle: async (i) => s.systems.update(i.ctx, idOf(i), i.ifMatch, i.body),
    },
    {
      method: 'get',
      path: '/api/system-map',
      operationId: 'getSystemMap',
      summary: 'The system map: by object, by department, around one system (systemId), or all',
      tag: 'Systems',
      query: Sys.mapQuery,
      response: Sys.systemMapView,
      handle: async (i) => s.systems.map(i.query as z.infer<typeof Sys.mapQuery>),
    },
    {
      method: 'post',
      path: '/api/integrations',
      operationId: 'postIntegrations',
      summary: 'Add an integration between two systems (keepers of either system)',
      tag: 'Systems',
      body: Sys.integrationCreate,
      status: 201,
      response: Sys.integrationView,
      handle: async (i) => s.systems.createIntegration(i.ctx, i.body),
    },
    {
      method: 'patch',
      path: '/api/integrations/{id}',
      operationId: 'patchIntegrationsById',
      summary: 'Update an integration',
      tag: 'Systems',
      body: Sys.integrationUpdate,
      ifMatch: 'required',
      response: Sys.integrationView,
      handle: async (i) => s.systems.updateIntegration(i.ctx, idOf(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/integrations/{id}',
      operationId: 'deleteIntegrationsById',
      summary: 'Remove an integration',
      tag: 'Systems',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.systems.deleteIntegration(i.ctx, idOf(i), i.ifMatch),
    },
  ];
}
