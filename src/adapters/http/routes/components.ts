// Products and components: the routes of this capability (./index.ts joins the whole table).
import * as S from '../../../services/schemas';
import type { Services } from '../../../services';
import { R } from '../../../services/responses';
import { idOf, type RouteDef } from './types';

export function componentsRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'post',
      path: '/api/objects/{id}/products',
      operationId: 'createProduct',
      response: R.product,
      summary: 'Add a product to an object',
      tag: 'Products',
      body: S.productCreate,
      status: 201,
      handle: async (i) => s.objects.createProduct(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/products/{id}',
      operationId: 'updateProduct',
      response: R.product,
      summary: 'Update a product',
      tag: 'Products',
      body: S.productUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.updateProduct(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/products/{id}',
      operationId: 'deleteProduct',
      summary: 'Delete a product and its component links',
      tag: 'Products',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.objects.deleteProduct(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/products/{id}/components',
      operationId: 'linkComponentToProduct',
      response: R.productComponent,
      summary: 'Link a component (possibly of another object) to a product',
      tag: 'Products',
      body: S.productComponentLink,
      status: 201,
      handle: async (i) => s.objects.linkComponent(i.ctx, id(i), i.body),
    },
    {
      method: 'delete',
      path: '/api/products/{id}/components/{componentId}',
      operationId: 'unlinkComponentFromProduct',
      summary: 'Unlink a component from a product',
      tag: 'Products',
      status: 204,
      handle: async (i) => s.objects.unlinkComponent(i.ctx, id(i), i.params['componentId']!),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/components',
      operationId: 'createComponent',
      response: R.component,
      summary: 'Add a business or IT component owned by the object',
      tag: 'Components',
      body: S.componentCreate,
      status: 201,
      handle: async (i) => s.objects.createComponent(i.ctx, id(i), i.body),
    },
    {
      method: 'patch',
      path: '/api/components/{id}',
      operationId: 'updateComponent',
      response: R.component,
      summary: 'Update a component',
      tag: 'Components',
      body: S.componentUpdate,
      ifMatch: 'required',
      handle: async (i) => s.objects.updateComponent(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/components/{id}',
      operationId: 'deleteComponent',
      summary: 'Delete a component no other object uses and without contracts',
      tag: 'Components',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.objects.deleteComponent(i.ctx, id(i), i.ifMatch),
    },
  ];
}
