// What the register and map answer (GET /api/systems, /api/system-map), as the tab reads it.
import type { LifecycleState } from '../../../../domain/model';
import type {
  Classification,
  Hosting,
  IntegrationFrequency,
  IntegrationMethod,
} from '../../../../domain/systems/profile';

export interface SystemRow {
  id: string;
  etag: string;
  name: string;
  description: string;
  objectId: string;
  objectCode: string;
  supplier: string;
  lifecycle: LifecycleState;
  hosting: Hosting | null;
  classification: Classification;
  personalData: boolean;
  processingRecordRef: string;
  departments: { id: string; name: string }[];
  documentationLinks: { title: string; url: string }[];
  ownerPersonId: string | null;
  managerPersonId: string | null;
  owner: { source: 'system' | 'object'; people: { id: string; displayName: string }[] };
  manager: { source: 'system' | 'object'; people: { id: string; displayName: string }[] };
  contracts: { id: string; title: string; supplier: string; endDate: string }[];
  integrations: number;
}

export interface MapNode {
  id: string;
  name: string;
  objectId: string;
  lifecycle: LifecycleState;
  outside: boolean;
}

export interface MapEdge {
  id: string;
  etag: string;
  from: string;
  to: string;
  information: string;
  method: IntegrationMethod;
  frequency: IntegrationFrequency;
  ownerPersonId: string | null;
  description: string;
  retiredEnd: 'from' | 'to' | 'both' | null;
}

export interface SystemMapData {
  nodes: MapNode[];
  edges: MapEdge[];
}

export interface ImportReport {
  dryRun: boolean;
  created: number;
  updated: number;
  rejected: number;
  rows: {
    line: number;
    name: string;
    objectCode: string;
    outcome: 'create' | 'update' | 'reject';
    reasons: string[];
  }[];
}

export interface NamedRef {
  id: string;
  name: string;
}
