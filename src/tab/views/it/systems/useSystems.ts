// The register's state: the filters (kept in the address) and the systems they select.
import { useState } from 'react';
import { useResource } from '../../../api/hooks';
import { rememberInUrl } from '../../../components/shared';
import type { NamedRef, SystemRow } from './types';

export const FILTERS = ['q', 'objectId', 'lifecycle', 'hosting', 'departmentId', 'personalData'] as const;
export type Filter = (typeof FILTERS)[number];

function fromUrl(): Record<Filter, string> {
  const params = new URLSearchParams(window.location.search);
  return Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Record<Filter, string>;
}

export function useSystems() {
  const [filters, setFilters] = useState(fromUrl);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== '')).toString();
  const systems = useResource<SystemRow[]>(`/api/systems${query ? `?${query}` : ''}`);
  const objects = useResource<{ id: string; code: string; name: string }[]>('/api/objects');
  const departments = useResource<NamedRef[]>('/api/line-organisations');
  const setFilter = (name: Filter, value: string) => {
    setFilters((f) => ({ ...f, [name]: value }));
    rememberInUrl(name, value);
  };
  return { filters, setFilter, systems, objects, departments };
}
