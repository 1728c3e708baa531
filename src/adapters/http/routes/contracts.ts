// Related objects and contracts: the routes of this capability (./index.ts joins the whole table).
import * as S from '../../../services/schemas';
import type { Services } from '../../../services';
import { R, V } from '../../../services/responses';
import { idOf, type RouteDef } from './types';

export function contractsRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'post',
      path: '/api/objects/{id}/related-objects',
      operationId: 'createRelatedObject',
      response: R.relatedObject,
      summary: 'Add a related object (dependency)',
      tag: 'Objects',
      body: S.relatedObjectCreate,
      status: 201,
      handle: async (i) => s.objects.createRelated(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/related-objects/{id}',
      operationId: 'updateRelatedObject',
      response: R.relatedObject,
      summary: 'Update a related object',
      tag: 'Objects',
      body: S.relatedObjectUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.updateRelated(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/related-objects/{id}',
      operationId: 'deleteRelatedObject',
      summary: 'Remove a related object',
      tag: 'Objects',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.objects.deleteRelated(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'get',
      path: '/api/objects/{id}/contracts',
      operationId: 'listObjectContracts',
      response: V.objectContracts,
      summary: "Contracts on the object's IT components, by end date, with notice state",
      tag: 'Contracts',
      handle: async (i) => s.objects.contracts(id(i)),
    },
    {
      method: 'post',
      path: '/api/contracts',
      operationId: 'createContract',
      response: R.contract,
      summary: 'Add a contract to an IT component',
      tag: 'Contracts',
      body: S.contractCreate,
      status: 201,
      handle: async (i) => s.objects.createContract(i.ctx, i.body),
    },
    {
      method: 'patch',
      path: '/api/contracts/{id}',
      operationId: 'updateContract',
      response: R.contract,
      summary: 'Update a contract',
      tag: 'Contracts',
      body: S.contractUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.updateContract(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/contracts/{id}',
      operationId: 'deleteContract',
      summary: 'Delete a contract',
      tag: 'Contracts',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.objects.deleteContract(i.ctx, id(i), i.ifMatch),
    },
  ];
}
