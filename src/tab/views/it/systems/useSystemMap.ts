// The map's state: which scope (all, an object, a department, around a system — kept in the address) and
// the systems, objects, departments and people needed to name what the map shows.
import { useState } from 'react';
import { useResource } from '../../../api/hooks';
import { rememberInUrl } from '../../../components/shared';
import type { NamedRef, SystemMapData, SystemRow } from './types';

export type ScopeKind = 'all' | 'object' | 'department' | 'system';
export interface Scope {
  kind: ScopeKind;
  id: string;
}

const PARAM: Record<Exclude<ScopeKind, 'all'>, string> = {
  object: 'objectId',
  department: 'departmentId',
  system: 'systemId',
};

function fromUrl(): Scope {
  const params = new URLSearchParams(window.location.search);
  for (const [kind, param] of Object.entries(PARAM)) {
    const id = params.get(param);
    if (id) return { kind: kind as ScopeKind, id };
  }
  return { kind: 'all', id: '' };
}

export function useSystemMap() {
  const [scope, setScopeState] = useState<Scope>(fromUrl);
  const query =
    scope.kind === 'all' || !scope.id ? '' : `?${PARAM[scope.kind]}=${encodeURIComponent(scope.id)}`;
  const map = useResource<SystemMapData>(`/api/system-map${query}`);
  const systems = useResource<SystemRow[]>('/api/systems');
  const objects = useResource<{ id: string; code: string; name: string }[]>('/api/objects');
  const departments = useResource<NamedRef[]>('/api/line-organisations');
  const people = useResource<{ id: string; displayName: string }[]>('/api/people');
  const setScope = (next: Scope) => {
    setScopeState(next);
    for (const [kind, param] of Object.entries(PARAM))
      rememberInUrl(param, kind === next.kind ? next.id : '');
  };
  const objectCode = (id: string) => objects.data?.find((o) => o.id === id)?.code ?? '';
  const personName = (id: string) => people.data?.find((p) => p.id === id)?.displayName ?? id;
  return { scope, setScope, map, systems, objects, departments, objectCode, personName };
}
