// The store port. Shaped after what SharePoint lists can do, so both the embedded store and the
// SharePoint adapter implement it without pretending: records carry an eTag, queries filter and sort
// only on fields declared as indexed, results come in pages with an opaque cursor.
import type {
  BudgetLine,
  Component,
  Contract,
  Decision,
  Forum,
  GovernanceObject,
  LineOrganisation,
  Meeting,
  ObjectPlan,
  ObjectProduct,
  Person,
  PlanApproval,
  PlanVersion,
  ProductComponent,
  RelatedObject,
  RoleAssignment,
  Initiative,
  ChannelBinding,
  ConversationRef,
  OutboxMessage,
  AuditEntry,
  ActionItem,
  Lease,
  FeedToken,
  Minutes,
} from '../../domain/model';
import type { InterimFollowUp, OutcomeEntry, OutcomeMapping, PlanReport } from '../../domain/followup/types';
import type { GoalLink, SteeringDocument, StrategicObjectPlan } from '../../domain/strategy/model';
import type { HukiActivity, HukiRole, ItService, Order, Project } from '../../domain/itorg/model';
import type { Integration } from '../../domain/systems/profile';
import type { PlanTotalsRecord } from '../../domain/budget/planTotals';

export interface RecordMeta {
  id: string;
  /** Opaque version tag; send it back to update or delete. */
  etag: string;
  createdAt: string;
  updatedAt: string;
}

export type Stored<T> = T & RecordMeta;

export type Scalar = string | number | boolean | null;

/** A collection and the fields it may be filtered and sorted on. */
export interface CollectionDef<T, K extends keyof T & string> {
  name: string;
  indexed: readonly K[];
  /** Phantom: carries T for type inference only. */
  readonly _type?: T;
}

function define<T>() {
  return <K extends keyof T & string>(name: string, indexed: readonly K[]): CollectionDef<T, K> => ({
    name,
    indexed,
  });
}

/**
 * Every collection Objektnav keeps, with its indexed fields — the most selective first: a query on several
 * of them is driven by the first (the embedded store searches its index, filtering on the rest).
 * SharePoint provisioning reads the same table.
 */
export const COLLECTIONS = {
  lineOrganisations: define<LineOrganisation>()('lineOrganisations', ['name']),
  objects: define<GovernanceObject>()('objects', ['code', 'category']),
  products: define<ObjectProduct>()('products', ['objectId']),
  components: define<Component>()('components', ['ownerObjectId', 'kind', 'name']),
  productComponents: define<ProductComponent>()('productComponents', [
    'productId',
    'componentId',
    'objectId',
  ]),
  relatedObjects: define<RelatedObject>()('relatedObjects', ['objectId']),
  people: define<Person>()('people', ['email', 'entraObjectId']),
  roleAssignments: define<RoleAssignment>()('roleAssignments', ['personId', 'objectId', 'role']),
  contracts: define<Contract>()('contracts', ['objectId', 'componentId', 'endDate']),
  plans: define<ObjectPlan>()('plans', ['objectId', 'year', 'status']),
  budgetLines: define<BudgetLine>()('budgetLines', ['planId', 'sortOrder']),
  planApprovals: define<PlanApproval>()('planApprovals', ['planId', 'round']),
  planVersions: define<PlanVersion>()('planVersions', ['planId', 'round']),
  initiatives: define<Initiative>()('initiatives', ['objectId', 'escalationLevel', 'status']),
  forums: define<Forum>()('forums', ['objectId', 'kind']),
  decisions: define<Decision>()('decisions', ['planId', 'initiativeId', 'forumId', 'objectId', 'decidedAt']),
  meetings: define<Meeting>()('meetings', ['forumId', 'start', 'teamsThreadId']),
  channelBindings: define<ChannelBinding>()('channelBindings', ['channelId', 'objectId']),
  conversations: define<ConversationRef>()('conversations', ['conversationId', 'teamId', 'channelId']),
  outbox: define<OutboxMessage>()('outbox', ['subjectKey', 'status', 'nextAttemptAt']),
  auditLog: define<AuditEntry>()('auditLog', ['recordId', 'actorId', 'collection']),
  actionItems: define<ActionItem>()('actionItems', ['meetingId', 'forumId', 'status', 'dueDate']),
  leases: define<Lease>()('leases', ['name']),
  feedTokens: define<FeedToken>()('feedTokens', ['tokenHash', 'personId']),
  minutes: define<Minutes>()('minutes', ['meetingId', 'forumId']),
  // Follow-up of the year (issue 16): outcome, the code mapping, interim follow-ups, objektberättelser.
  outcomeEntries: define<OutcomeEntry>()('outcomeEntries', ['planId', 'period', 'importId']),
  outcomeMappings: define<OutcomeMapping>()('outcomeMappings', ['objectId']),
  interimFollowUps: define<InterimFollowUp>()('interimFollowUps', ['planId', 'year', 'status']),
  planReports: define<PlanReport>()('planReports', ['planId', 'objectId', 'status']),
  // The goal chain (issue 16): steering documents, strategic object plans, links to strategic goals.
  steeringDocuments: define<SteeringDocument>()('steeringDocuments', ['kind']),
  strategicPlans: define<StrategicObjectPlan>()('strategicPlans', ['objectId', 'fromYear']),
  goalLinks: define<GoalLink>()('goalLinks', ['sourceId', 'objectId', 'documentId']),
  // Issue 17, orderer–performer organisation (ADR 0025).
  itServices: define<ItService>()('itServices', ['name']),
  hukiRoles: define<HukiRole>()('hukiRoles', ['sortOrder']),
  hukiActivities: define<HukiActivity>()('hukiActivities', ['sortOrder']),
  orders: define<Order>()('orders', ['objectId', 'state', 'requesterPersonId']),
  projects: define<Project>()('projects', ['objectId', 'phase']),
  integrations: define<Integration>()('integrations', ['fromSystemId', 'toSystemId']),
  // Issue 18: each plan's budget totals, kept with its lines so list views read no lines (ADR 0030).
  planTotals: define<PlanTotalsRecord>()('planTotals', ['planId', 'year']),
} as const;

export type Collections = typeof COLLECTIONS;
export type CollectionName = keyof Collections;
export type EntityOf<C> = C extends CollectionDef<infer T, infer _K> ? T : never;
export type IndexedOf<C> = C extends CollectionDef<infer _T, infer K> ? K : never;

export interface Query<T, K extends keyof T & string> {
  /** Equality on indexed fields, all of which must hold. */
  where?: { [P in K]?: T[P] & Scalar };
  orderBy?: { field: K | 'createdAt'; direction?: 'asc' | 'desc' };
  /** Page size; adapters cap it (SharePoint: 5,000). */
  limit?: number;
  cursor?: string;
}

export interface Page<T> {
  items: Stored<T>[];
  /** Absent on the last page. */
  nextCursor?: string;
}

export interface Collection<T, K extends keyof T & string> {
  get(id: string): Promise<Stored<T> | undefined>;
  find(query?: Query<T, K>): Promise<Page<T>>;
  /** Every match, following pages. For bounded sets (one plan's lines, one object's products). */
  findAll(where?: Query<T, K>['where'], orderBy?: Query<T, K>['orderBy']): Promise<Stored<T>[]>;
  create(data: T): Promise<Stored<T>>;
  /** Replaces the record's data if `ifMatch` is its current eTag; else throws StoreConflictError. */
  update(id: string, data: T, ifMatch: string): Promise<Stored<T>>;
  /** Deletes if `ifMatch` (when given) is current; a missing record throws StoreNotFoundError. */
  delete(id: string, ifMatch?: string): Promise<void>;
}

export type StoreCollections = {
  [N in CollectionName]: Collection<
    EntityOf<Collections[N]>,
    IndexedOf<Collections[N]> & keyof EntityOf<Collections[N]> & string
  >;
};

export interface Store extends StoreCollections {
  readonly kind: 'sqlite' | 'sharepoint';
  /**
   * Runs `work` so that its writes land together or not at all. The embedded store uses a real
   * transaction; SharePoint has none, so its adapter documents how close it gets (ADR 0002).
   */
  transaction<R>(work: (tx: StoreCollections) => Promise<R>): Promise<R>;
  /** True when the store holds no objects yet (demo data is loaded then). */
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

export class StoreConflictError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`Stale eTag for ${collection}/${id}`);
    this.name = 'StoreConflictError';
  }
}

export class StoreNotFoundError extends Error {
  constructor(
    readonly collection: string,
    readonly id: string,
  ) {
    super(`No ${collection}/${id}`);
    this.name = 'StoreNotFoundError';
  }
}

/** A filter or sort on a field that is not indexed: a programming error, refused like SharePoint refuses it. */
export class StoreQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreQueryError';
  }
}
