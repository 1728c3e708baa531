// The service catalogue (issue 17 point 3): the routes of this capability (./index.ts joins the whole table).
import type { Services } from '../../../services';
import * as S from '../../../services/itorg/itorgSchemas';
import { idOf, type RouteDef } from './types';

export function servicesRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/services',
      operationId: 'getServices',
      summary: 'The service catalogue: services with service level, price model, contact and systems',
      tag: 'Service catalogue',
      response: S.servicesOut,
      handle: async () => s.catalogue.list(),
    },
    {
      method: 'post',
      path: '/api/services',
      operationId: 'postServices',
      summary: 'Add a service to the catalogue (orderer function)',
      tag: 'Service catalogue',
      body: S.serviceCreate,
      status: 201,
      response: S.serviceOut,
      handle: async (i) => s.catalogue.create(i.ctx, i.body),
    },
    {
      method: 'patch',
      path: '/api/services/{id}',
      operationId: 'patchServicesById',
      summary: 'Change a service of the catalogue',
      tag: 'Service catalogue',
      body: S.serviceUpdate,
      ifMatch: 'required',
      response: S.serviceOut,
      handle: async (i) => s.catalogue.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/services/{id}',
      operationId: 'deleteServicesById',
      summary: 'Remove a service from the catalogue',
      tag: 'Service catalogue',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.catalogue.delete(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/service-orders',
      operationId: 'postObjectsByIdServiceOrders',
      summary: 'The object orders a service of the catalogue, or stops ordering it (its owners or leaders)',
      tag: 'Service catalogue',
      body: S.serviceSubscription,
      response: S.serviceOut,
      handle: async (i) => s.catalogue.subscribe(i.ctx, id(i), i.body),
    },
  ];
}
