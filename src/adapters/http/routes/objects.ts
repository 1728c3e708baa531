// Objects: the routes of this capability (./index.ts joins the whole table).
import { z } from 'zod';
import * as S from '../../../services/schemas';
import type { Services } from '../../../services';
import { R, V } from '../../../services/responses';
import { idOf, type RouteDef } from './types';

export function objectsRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/objects',
      operationId: 'listObjects',
      response: z.array(R.governanceObject),
      summary: 'All objects',
      tag: 'Objects',
      handle: async () => s.objects.list(),
    },
    {
      method: 'post',
      path: '/api/objects',
      operationId: 'createObject',
      response: R.governanceObject,
      summary: 'Create an object (a PSG decision on the structure)',
      tag: 'Objects',
      body: S.objectCreate,
      status: 201,
      handle: async ({ ctx, body }) => s.objects.create(ctx, body),
    },
    {
      method: 'get',
      path: '/api/objects/{id}',
      operationId: 'getObject',
      response: V.objectDetail,
      summary: 'An object with products, components, role assignments, related objects, contracts',
      tag: 'Objects',
      handle: async (i) => s.objects.detail(id(i)),
    },
    {
      method: 'get',
      path: '/api/objects/{id}/open-items',
      operationId: 'getObjectOpenItems',
      response: V.openItems,
      summary:
        "What the object still has open (initiatives, plans not closed, running contracts, action items): a retired object's owners finish these",
      tag: 'Objects',
      handle: async (i) => s.objects.openItems(id(i)),
    },
    {
      method: 'patch',
      path: '/api/objects/{id}',
      operationId: 'updateObject',
      response: R.governanceObject,
      summary: 'Update an object',
      tag: 'Objects',
      body: S.objectUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/objects/{id}',
      operationId: 'deleteObject',
      summary: 'Delete an object that has no plans or initiatives',
      tag: 'Objects',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.objects.delete(i.ctx, id(i), i.ifMatch),
    },
  ];
}
