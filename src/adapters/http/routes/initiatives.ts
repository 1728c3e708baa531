// Initiatives: the routes of this capability (./index.ts joins the whole table).
import * as S from '../../../services/schemas';
import type { Services } from '../../../services';
import { R, V } from '../../../services/responses';
import { idOf, type RouteDef } from './types';

export function initiativesRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/objects/{id}/initiatives',
      operationId: 'listObjectInitiatives',
      response: V.initiatives,
      summary: "The object's needs and initiatives, ranked by priority score",
      tag: 'Initiatives',
      handle: async (i) => s.initiatives.listForObject(id(i)),
    },
    {
      method: 'post',
      path: '/api/objects/{id}/initiatives',
      operationId: 'createInitiative',
      response: R.initiative,
      summary: 'Propose a need or initiative',
      tag: 'Initiatives',
      body: S.initiativeCreate,
      status: 201,
      handle: async (i) => s.initiatives.create(i.ctx, id(i), i.body),
    },
    {
      method: 'get',
      path: '/api/initiatives/{id}',
      operationId: 'getInitiative',
      response: V.rankedInitiative,
      summary: 'An initiative',
      tag: 'Initiatives',
      handle: async (i) => s.initiatives.get(id(i)),
    },
    {
      method: 'patch',
      path: '/api/initiatives/{id}',
      operationId: 'updateInitiative',
      response: R.initiative,
      summary: 'Update an initiative (priority inputs, status)',
      tag: 'Initiatives',
      body: S.initiativeUpdate,
      ifMatch: 'required',
      handle: async (i) => s.initiatives.update(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'delete',
      path: '/api/initiatives/{id}',
      operationId: 'deleteInitiative',
      summary: 'Delete an initiative',
      tag: 'Initiatives',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.initiatives.delete(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/initiatives/{id}/escalate',
      operationId: 'escalateInitiative',
      response: R.initiative,
      summary: 'Lift the question one rung (objektledare → objektägare → PSG)',
      tag: 'Initiatives',
      body: S.escalation,
      handle: async (i) => s.initiatives.escalate(i.ctx, id(i), i.body),
    },
    {
      method: 'post',
      path: '/api/initiatives/{id}/decide',
      operationId: 'decideInitiativePriority',
      response: V.priorityDecided,
      summary: 'Decide the priority question at its current rung',
      tag: 'Initiatives',
      body: S.priorityDecision,
      status: 201,
      handle: async (i) => s.initiatives.decide(i.ctx, id(i), i.body),
    },
  ];
}
