// The system map as a graph: which systems and integrations a view shows (by object, by department, around
// one system), and which integrations lean on a retired or retiring system. Pure.
import type { LifecycleState } from '../model';
import type { Integration } from './profile';

export interface MapSystem {
  id: string;
  name: string;
  objectId: string;
  lifecycle: LifecycleState;
  departmentIds: readonly string[];
}

export type MapIntegration = Integration & { id: string };

export type MapScope =
  | { kind: 'all' }
  | { kind: 'object'; objectId: string }
  | { kind: 'department'; departmentId: string }
  | { kind: 'system'; systemId: string };

export interface MapNode {
  id: string;
  name: string;
  objectId: string;
  lifecycle: LifecycleState;
  /** Outside the scope, drawn because an integration in the scope reaches it. */
  outside: boolean;
}

export interface MapEdge {
  id: string;
  from: string;
  to: string;
  information: string;
  method: Integration['method'];
  frequency: Integration['frequency'];
  ownerPersonId: string | null;
  /** One end is retired (or being retired): the integration must be moved or ended. */
  retiredEnd: 'from' | 'to' | 'both' | null;
}

export interface SystemMap {
  nodes: MapNode[];
  edges: MapEdge[];
}

const ENDING: ReadonlySet<LifecycleState> = new Set(['retired', 'retiring']);

export function retiredEnd(from: LifecycleState | undefined, to: LifecycleState | undefined) {
  const f = from !== undefined && ENDING.has(from);
  const t = to !== undefined && ENDING.has(to);
  return f && t ? 'both' : f ? 'from' : t ? 'to' : null;
}

function inScope(system: MapSystem, scope: MapScope): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'object':
      return system.objectId === scope.objectId;
    case 'department':
      return system.departmentIds.includes(scope.departmentId);
    case 'system':
      return system.id === scope.systemId;
  }
}

/**
 * The systems in scope, every integration that touches one of them, and the systems at the other end of
 * those (marked outside). Nodes sorted by object then name, so the drawing and the keyboard order are stable.
 */
export function buildMap(
  systems: readonly MapSystem[],
  integrations: readonly MapIntegration[],
  scope: MapScope,
): SystemMap {
  const byId = new Map(systems.map((s) => [s.id, s]));
  const inside = new Set(systems.filter((s) => inScope(s, scope)).map((s) => s.id));
  const edges: MapEdge[] = [];
  const shown = new Set(inside);
  for (const i of integrations) {
    if (!inside.has(i.fromSystemId) && !inside.has(i.toSystemId)) continue;
    if (!byId.has(i.fromSystemId) || !byId.has(i.toSystemId)) continue;
    shown.add(i.fromSystemId);
    shown.add(i.toSystemId);
    edges.push({
      id: i.id,
      from: i.fromSystemId,
      to: i.toSystemId,
      information: i.information,
      method: i.method,
      frequency: i.frequency,
      ownerPersonId: i.ownerPersonId,
      retiredEnd: retiredEnd(byId.get(i.fromSystemId)?.lifecycle, byId.get(i.toSystemId)?.lifecycle),
    });
  }
  const nodes = [...shown]
    .map((id) => byId.get(id)!)
    .map((s) => ({
      id: s.id,
      name: s.name,
      objectId: s.objectId,
      lifecycle: s.lifecycle,
      outside: !inside.has(s.id),
    }))
    .sort((a, b) => a.objectId.localeCompare(b.objectId) || a.name.localeCompare(b.name, 'sv'));
  const order = new Map(nodes.map((n, i) => [n.id, i]));
  edges.sort((a, b) => order.get(a.from)! - order.get(b.from)! || order.get(a.to)! - order.get(b.to)!);
  return { nodes, edges };
}
