// The shapes the orders section reads from the API (issue 17 point 5).
import type { ORDER_STATES } from '../../../../domain/itorg/model';

// The domain's lists, for the forms' choices (pure constants: nothing else of the domain comes along).
export { CHANGE_CATEGORIES, ORDER_STATES } from '../../../../domain/itorg/model';

export interface OrderRow {
  id: string;
  etag: string;
  objectId: string;
  objectCode: string;
  kind: 'order' | 'change';
  changeCategory: string | null;
  title: string;
  need: string;
  state: (typeof ORDER_STATES)[number];
  requesterPersonId: string;
  requesterName: string;
  performerPersonId: string | null;
  performerName: string | null;
  componentId: string | null;
  componentName: string | null;
  lineOrganisationName: string | null;
  wantedBy: string | null;
  planId: string | null;
  budgetLineIds: string[];
  approvalThreshold: number;
  assessment: { cost: number; risk: string; size: string; comment: string } | null;
  waitsFor: string | null;
  createdAt: string;
}

export interface ObjectRow {
  id: string;
  etag: string;
  code: string;
  name: string;
  orderApprovalThreshold?: number;
}

export interface SystemRow {
  id: string;
  name: string;
  objectId: string;
}

export interface PersonRow {
  id: string;
  displayName: string;
}

/** What the order forms choose from, loaded once for the section. */
export interface OrderLookups {
  objects: ObjectRow[];
  systems: SystemRow[];
  people: PersonRow[];
}
