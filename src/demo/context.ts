// What the demo's parts share while they load, in one transaction: the store, and the ids the earlier
// parts created (people, objects, forums), looked up by the keys the demo's sources use.
import { createHash } from 'node:crypto';
import type { StoreCollections } from '../services/ports/store';
import type { SeedComponent, SeedContract, SeedProduct, SeedRelated } from './akn2020';

/** The demo tells the story of late November 2026: meetings before this are held. */
export const DEMO_TODAY = '2026-11-23';

export interface ObjectContent {
  code: string;
  name: string;
  category: 'core' | 'support' | 'technical';
  description: string;
  lineOrganisationIds: string[];
  products: SeedProduct[];
  businessComponents: SeedComponent[];
  itComponents: SeedComponent[];
  contracts: SeedContract[];
  relatedObjects: SeedRelated[];
}

export interface DemoContext {
  tx: StoreCollections;
  /** A demo person's id by key ("akn.ownerBusiness", "org.modelOwner"); throws for an unknown key. */
  personId(key: string): string;
  /** Object ids by code. */
  objectIds: Map<string, string>;
  /** What each object is made of, as the sources give it (products, components, contracts). */
  contents: ObjectContent[];
  /** Line organisation ids by the demo's key. */
  lineOrgIds: Map<string, string>;
}

/** The forums' ids: 'psg', 'olf', and each OSG by its object's code. */
export type ForumIds = Map<string, string>;

/** A fictional, stable Entra object id per demo person (UUID-shaped), so bot tests and demos can name them. */
export function demoObjectId(key: string): string {
  const hex = createHash('sha256').update(`objektnav-demo:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
