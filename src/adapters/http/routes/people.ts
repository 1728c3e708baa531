// People and roles: the routes of this capability (./index.ts joins the whole table).
import { z } from 'zod';
import * as S from '../../../services/schemas';
import type { Services } from '../../../services';
import { R, V } from '../../../services/responses';
import { objectFilter, idOf, type RouteDef } from './types';

/** A role assignment as the API answers it. */
const roleAssignmentResponse = z.looseObject({
  id: z.string(),
  etag: z.string(),
  personId: z.string(),
  role: z.string(),
  objectId: z.string().nullable(),
  productIds: z.array(z.string()).optional(),
});

export function peopleRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/people',
      operationId: 'listPeople',
      response: z.array(R.person),
      summary: 'People',
      tag: 'People',
      handle: async () => s.people.list(),
    },
    {
      method: 'post',
      path: '/api/people',
      operationId: 'createPerson',
      response: R.person,
      summary: 'Add a person',
      tag: 'People',
      body: S.personCreate,
      status: 201,
      handle: async (i) => s.people.create(i.ctx, i.body),
    },
    {
      method: 'get',
      path: '/api/people/{id}',
      operationId: 'getPerson',
      response: V.personDetail,
      summary: 'A person with role assignments',
      tag: 'People',
      handle: async (i) => s.people.get(id(i)),
    },
    {
      method: 'patch',
      path: '/api/people/{id}',
      operationId: 'updatePerson',
      response: R.person,
      summary: 'Update a person',
      tag: 'People',
      body: S.personUpdate,
      ifMatch: 'required',
      handle: async (i) => s.people.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/people/{id}',
      operationId: 'deletePerson',
      summary: 'Delete a person without roles',
      tag: 'People',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.people.delete(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'get',
      path: '/api/role-assignments',
      operationId: 'listRoleAssignments',
      response: z.array(R.roleAssignment),
      summary: 'Role assignments, by object or person',
      tag: 'People',
      query: objectFilter.pick({ objectId: true, personId: true }),
      handle: async ({ query }) =>
        s.people.assignments({
          objectId: query['objectId'] as string | undefined,
          personId: query['personId'] as string | undefined,
        }),
    },
    {
      method: 'post',
      path: '/api/role-assignments',
      operationId: 'createRoleAssignment',
      response: R.roleAssignment,
      summary: 'Appoint a person to a role (by whoever appoints that role)',
      tag: 'People',
      body: S.roleAssignmentCreate,
      status: 201,
      handle: async (i) => s.people.assign(i.ctx, i.body),
    },
    {
      method: 'post',
      path: '/api/role-assignments/{id}/replace',
      operationId: 'postRoleAssignmentsByIdReplace',
      summary:
        'Replace the holder of a role in one step (the old appointment ends, the new one starts; by whoever appoints that role)',
      tag: 'People',
      body: S.roleAssignmentReplace,
      ifMatch: 'required',
      status: 201,
      response: roleAssignmentResponse,
      handle: async (i) => s.people.replace(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/role-assignments/{id}',
      operationId: 'deleteRoleAssignment',
      summary: 'Remove a role assignment',
      tag: 'People',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.people.unassign(i.ctx, id(i), i.ifMatch),
    },
  ];
}
