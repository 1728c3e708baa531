// Shapes of the API's answers, as the tab reads them. Entities come from the domain model.
import type {
  BudgetLine,
  Component,
  Contract,
  GovernanceObject,
  Initiative,
  LineOrganisation,
  ObjectPlan,
  ObjectProduct,
  Person,
  RelatedObject,
  RoleAssignment,
} from '../../domain/model';
import type { BudgetTable, LineCost } from '../../domain/budget/budget';
import type { DeadlineStatus } from '../../domain/plan/lifecycle';

export interface Meta {
  id: string;
  etag: string;
  createdAt: string;
  updatedAt: string;
}
export type Rec<T> = T & Meta;

export interface Me {
  authMode: 'demo' | 'entra';
  person: Rec<Person> | null;
  roleAssignments: Rec<RoleAssignment>[];
}

export type ContractRow = Rec<Contract> & {
  componentName: string;
  noticeDate: string;
  /** First day of the lead time before the last notice day (the contract is within notice from then). */
  noticeFrom: string;
  state: 'active' | 'withinNotice' | 'noticePassed' | 'expired';
};

export interface ObjectDetail extends Rec<GovernanceObject> {
  lineOrganisations: Rec<LineOrganisation>[];
  products: (Rec<ObjectProduct> & { componentIds: string[] })[];
  components: Rec<Component>[];
  roleAssignments: (Rec<RoleAssignment> & { personName: string })[];
  relatedObjects: Rec<RelatedObject>[];
  /** Other objects' dependencies on this one. */
  relatedFrom: Rec<RelatedObject>[];
  contracts: ContractRow[];
}

export interface PlanSummary extends Rec<ObjectPlan> {
  deadlines: DeadlineStatus[];
  editable: boolean;
}

export interface Approver {
  role: string;
  personIds: string[];
  outcome: 'approved' | 'rejected' | null;
  byPersonId: string | null;
  comment: string;
  at: string | null;
  /** The version (round) the answer approved, and the plan's total then. */
  version: number | null;
  total: number | null;
}

export interface PlanDetail extends PlanSummary {
  approval: {
    round: number;
    version: number;
    pending: boolean;
    complete: boolean;
    rejected: boolean;
    approvers: Approver[];
  };
  approvedVersion: { version: number; approvedAt: string; total: number } | null;
}

export type LineRow = Rec<BudgetLine> & { cost: LineCost };
export type Budget = BudgetTable;

export type RankedInitiative = Rec<Initiative> & { score: number; rank: number };

export interface PortfolioRow {
  object: { id: string; code: string; name: string; category: GovernanceObject['category'] };
  plan: { id: string; year: number; status: ObjectPlan['status']; etag: string } | null;
  deadlines: DeadlineStatus[];
  late: boolean;
  budget: { totals: BudgetTable['totals']; fte: number; hours: number } | null;
  openEscalations: number;
}

export interface Portfolio {
  year: number;
  today: string;
  objects: PortfolioRow[];
  totals: {
    business: { maintain: number; develop: number };
    it: { maintain: number; develop: number };
    total: number;
    fte: number;
  };
  escalations: RankedInitiative[];
  compliance: ForumCompliance[];
}

export interface ForumCompliance {
  forum: { id: string; kind: 'psg' | 'osg' | 'olf'; name: string; objectId: string | null };
  year: number;
  required: number;
  requiredSoFar: number;
  held: number;
  scheduled: number;
  onPace: boolean;
  onTrack: boolean;
}

export type WorkKind = 'approval' | 'escalation' | 'actionItem' | 'adjustment' | 'deadline' | 'meeting';

export interface WorkItem {
  kind: WorkKind;
  key: string;
  title: string;
  object: { id: string; code: string; name: string } | null;
  forum: { id: string; kind: string; name: string } | null;
  due: string | null;
  late: boolean;
  as: string[];
  target: {
    objectId: string | null;
    view: 'overview' | 'plan' | 'initiatives' | 'contracts' | 'meetings';
    params: Record<string, string>;
    path: string;
    subEntityId: string;
    channelId: string | null;
  };
}

export interface MyWork {
  today: string;
  person: { id: string; displayName: string };
  psg: boolean;
  forums: { id: string; kind: string; name: string; objectId: string | null; roles: string[] }[];
  counts: Record<WorkKind, number>;
  items: WorkItem[];
}
