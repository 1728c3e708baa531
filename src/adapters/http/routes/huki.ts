// The HUKI matrix (issue 17 point 4): the routes of this capability (./index.ts joins the whole table).
import { z } from 'zod';
import type { Services } from '../../../services';
import * as S from '../../../services/itorg/itorgSchemas';
import { renderHukiDocx } from '../hukiDocx';
import { DOCX, FileResult, idOf, type RouteDef } from './types';

const forObject = z.strictObject({ objectId: z.string().min(1).max(100).optional() });

export function hukiRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/huki',
      operationId: 'getHuki',
      summary: 'The HUKI matrix: roles × activities (objectId: roles resolved to the people holding them)',
      tag: 'HUKI',
      query: forObject,
      response: S.hukiOut,
      handle: async (i) => s.huki.matrix(i.query['objectId'] as string | undefined),
    },
    {
      method: 'get',
      path: '/api/huki/document.docx',
      operationId: 'getHukiDocumentDocument',
      files: [DOCX],
      summary: 'The HUKI matrix as a Word document (objectId: with the names of the people)',
      tag: 'HUKI',
      query: forObject,
      handle: async (i) => {
        const objectId = i.query['objectId'] as string | undefined;
        const matrix = await s.huki.matrix(objectId);
        const object = objectId ? await s.objects.get(objectId) : null;
        return new FileResult(
          await renderHukiDocx(matrix, object ? `${object.name} (${object.code})` : null),
          DOCX,
          object ? `HUKI-matris ${object.code}.docx` : 'HUKI-matris.docx',
        );
      },
    },
    {
      method: 'post',
      path: '/api/huki-roles',
      operationId: 'postHukiRoles',
      summary: 'Add a role (column) to the HUKI matrix',
      tag: 'HUKI',
      body: S.hukiRoleCreate,
      status: 201,
      response: S.hukiRoleOut,
      handle: async (i) => s.huki.createRole(i.ctx, i.body),
    },
    {
      method: 'patch',
      path: '/api/huki-roles/{id}',
      operationId: 'patchHukiRolesById',
      summary: 'Rename, move or bind a role of the HUKI matrix',
      tag: 'HUKI',
      body: S.hukiRoleUpdate,
      ifMatch: 'required',
      response: S.hukiRoleOut,
      handle: async (i) => s.huki.updateRole(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/huki-roles/{id}',
      operationId: 'deleteHukiRolesById',
      summary: 'Remove a role of the HUKI matrix (refused while it is H of an activity)',
      tag: 'HUKI',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.huki.deleteRole(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/huki-activities',
      operationId: 'postHukiActivities',
      summary: 'Add an activity (row) with its letters; exactly one H',
      tag: 'HUKI',
      body: S.hukiActivityCreate,
      status: 201,
      response: S.hukiActivityOut,
      handle: async (i) => s.huki.createActivity(i.ctx, i.body),
    },
    {
      method: 'patch',
      path: '/api/huki-activities/{id}',
      operationId: 'patchHukiActivitiesById',
      summary: "Change an activity's name, place or letters; exactly one H",
      tag: 'HUKI',
      body: S.hukiActivityUpdate,
      ifMatch: 'required',
      response: S.hukiActivityOut,
      handle: async (i) => s.huki.updateActivity(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/huki-activities/{id}',
      operationId: 'deleteHukiActivitiesById',
      summary: 'Remove an activity of the HUKI matrix',
      tag: 'HUKI',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.huki.deleteActivity(i.ctx, id(i), i.ifMatch),
    },
  ];
}
