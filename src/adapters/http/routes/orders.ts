// Orders and changes (issue 17 point 5): the routes of this capability (./index.ts joins the whole table).
import type { Services } from '../../../services';
import * as S from '../../../services/itorg/itorgSchemas';
import { idOf, type RouteDef } from './types';

export function ordersRoutes(s: Services): RouteDef[] {
  const id = idOf;
  const step = (
    path: string,
    summary: string,
    body: RouteDef['body'],
    handle: RouteDef['handle'],
  ): RouteDef => ({
    method: 'post',
    path: `/api/orders/{id}/${path}`,
    operationId: `${path}Order`,
    summary,
    tag: 'Orders',
    body,
    response: S.orderOut,
    handle,
  });
  return [
    {
      method: 'get',
      path: '/api/orders',
      operationId: 'getOrders',
      summary: 'Orders and change requests, newest first (state, objectId: filter)',
      tag: 'Orders',
      query: S.orderFilter,
      response: S.ordersOut,
      handle: async (i) => s.orders.list(i.query),
    },
    {
      method: 'get',
      path: '/api/orders/{id}',
      operationId: 'getOrdersById',
      summary: 'An order, with the owner roles whose approval it needs above the threshold',
      tag: 'Orders',
      response: S.orderOut,
      handle: async (i) => s.orders.get(id(i)),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/orders',
      operationId: 'postObjectsByIdOrders',
      summary: "Register a department's need (or a change request) in the object",
      tag: 'Orders',
      body: S.orderCreate,
      status: 201,
      response: S.orderOut,
      handle: async (i) => s.orders.create(i.ctx, id(i), i.body),
    },
    {
      method: 'put',
      path: '/api/objects/{id}/order-threshold',
      operationId: 'putObjectsByIdOrderThreshold',
      summary: "The object's threshold (SEK) above which its owners approve orders (null: the default)",
      tag: 'Orders',
      body: S.orderThreshold,
      ifMatch: 'required',
      response: S.thresholdOut,
      handle: async (i) => s.orders.setThreshold(i.ctx, id(i), i.ifMatch, i.body),
    },
    step(
      'assess',
      'The orderer function assesses: object, system, size, cost, risk and performer',
      S.orderAssessment,
      async (i) => s.orders.assess(i.ctx, id(i), i.body),
    ),
    step('approve', 'An owner approves an order above the threshold', S.orderAnswer, async (i) =>
      s.orders.answer(i.ctx, id(i), 'approved', i.body),
    ),
    step('reject', 'An owner rejects an order above the threshold', S.orderAnswer, async (i) =>
      s.orders.answer(i.ctx, id(i), 'rejected', i.body),
    ),
    step('estimate', "The performer's estimate", S.orderEstimate, async (i) =>
      s.orders.estimate(i.ctx, id(i), i.body),
    ),
    step('deliver', 'The performer delivers and asks for acceptance', S.orderDelivery, async (i) =>
      s.orders.deliver(i.ctx, id(i), i.body),
    ),
    step('accept', 'The orderer accepts the delivery, or returns it', S.orderAcceptance, async (i) =>
      s.orders.accept(i.ctx, id(i), i.body),
    ),
    step('cancel', 'The orderer function cancels the order', S.orderAnswer, async (i) =>
      s.orders.cancel(i.ctx, id(i), i.body),
    ),
  ];
}
