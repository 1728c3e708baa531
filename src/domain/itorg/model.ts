// The orderer–performer organisation of seed 002 (beställare – beställarfunktion – utförare): the service
// catalogue, the HUKI matrix, orders and changes, and the IT project portfolio. Pure types.
import type { ObjectRole, OrganisationRole } from '../model';

/** A service the IT organisation delivers (tjänstekatalogen), e.g. operations of a business system. */
export interface ItService {
  name: string;
  description: string;
  /** Servicenivå in words, e.g. "Vardagar 07–17, åtgärd inom 4 timmar". */
  serviceLevel: string;
  /** Prismodell in words, e.g. "Fast pris per användare och månad". */
  priceModel: string;
  /** The person to ask; null when the contact is a function (then `contact` says which). */
  contactPersonId: string | null;
  contact: string;
  /** The systems (IT component ids) the service covers. */
  componentIds: string[];
  /** The objects that have ordered the service. */
  objectIds: string[];
  sortOrder: number;
}

export const HUKI_LETTERS = ['H', 'U', 'K', 'I'] as const;
export type HukiLetter = (typeof HUKI_LETTERS)[number];

/**
 * A column of the HUKI matrix: a role of the orderer–performer organisation. Bound to a role of the model
 * when there is one, so that per object the matrix resolves to the people holding it.
 */
export interface HukiRole {
  name: string;
  sortOrder: number;
  binding: { scope: 'object'; role: ObjectRole } | { scope: 'organisation'; role: OrganisationRole } | null;
}

/** A row of the HUKI matrix: an activity, with a letter for the roles that take part (keyed by role id). */
export interface HukiActivity {
  name: string;
  sortOrder: number;
  cells: Record<string, HukiLetter>;
}

export const ORDER_KINDS = ['order', 'change'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const CHANGE_CATEGORIES = ['standard', 'normal', 'urgent'] as const;
export type ChangeCategory = (typeof CHANGE_CATEGORIES)[number];

/**
 * need: registered by a department's orderer. awaitingApproval: assessed above the owners' threshold.
 * ordered: handed to the performer. estimated: the performer's estimate is in. awaitingAcceptance:
 * delivered, waiting for the orderer's acceptance. accepted / rejected / cancelled: closed.
 */
export const ORDER_STATES = [
  'need',
  'awaitingApproval',
  'ordered',
  'estimated',
  'awaitingAcceptance',
  'accepted',
  'rejected',
  'cancelled',
] as const;
export type OrderState = (typeof ORDER_STATES)[number];

export const SIZES = ['small', 'medium', 'large'] as const;
export type OrderSize = (typeof SIZES)[number];
export const RISKS = ['low', 'medium', 'high'] as const;
export type OrderRisk = (typeof RISKS)[number];

export interface OrderAssessment {
  size: OrderSize;
  /** Whole SEK. */
  cost: number;
  risk: OrderRisk;
  comment: string;
  byPersonId: string;
  at: string;
}

export interface OrderApproval {
  personId: string;
  role: ObjectRole;
  outcome: 'approved' | 'rejected';
  comment: string;
  at: string;
}

export interface OrderEvent {
  state: OrderState;
  byPersonId: string;
  at: string;
  comment: string;
}

export interface Order {
  objectId: string;
  kind: OrderKind;
  /** Change requests only. */
  changeCategory: ChangeCategory | null;
  title: string;
  need: string;
  /** The department (line organisation) the need comes from. */
  lineOrganisationId: string | null;
  requesterPersonId: string;
  state: OrderState;
  /** The system (IT component) concerned. */
  componentId: string | null;
  assessment: OrderAssessment | null;
  /** The threshold (SEK) the assessment was weighed against. */
  approvalThreshold: number;
  approvals: OrderApproval[];
  performerPersonId: string | null;
  estimate: { hours: number; cost: number; readyBy: string; byPersonId: string; at: string } | null;
  delivery: { note: string; byPersonId: string; at: string } | null;
  /** Where the change is planned: the object's plan and the budget lines it is part of. */
  planId: string | null;
  budgetLineIds: string[];
  /** ISO date the orderer wants it by. */
  wantedBy: string | null;
  history: OrderEvent[];
}

export const PROJECT_PHASES = ['idea', 'preStudy', 'execution', 'closing', 'done'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

export const STATUS_COLOURS = ['green', 'amber', 'red'] as const;
export type StatusColour = (typeof STATUS_COLOURS)[number];

export interface StatusReport {
  /** YYYY-MM. One report a month; a new one for the same month replaces it. */
  month: string;
  status: StatusColour;
  comment: string;
  byPersonId: string;
  at: string;
}

export interface Project {
  name: string;
  description: string;
  /** The object that runs it; `objectIds` also lists the others it touches. */
  objectId: string;
  objectIds: string[];
  origin: { kind: 'initiative' | 'order'; id: string } | null;
  managerPersonId: string | null;
  phase: ProjectPhase;
  phases: { phase: ProjectPhase; start: string; end: string }[];
  start: string;
  end: string;
  /** Whole SEK. */
  budget: number;
  /** Outcome entered by hand (whole SEK): what is shown when the project is not linked to a plan. */
  outcome: number;
  /**
   * The object plan whose follow-up (issue 16) carries the project's outcome, and the plan's budget lines
   * (delmål) that are the project; none: the whole plan (ADR 0029). Absent on projects from before the link.
   */
  planId?: string | null;
  budgetLineIds?: string[];
  /** Systems (IT component ids) the project depends on or changes. */
  componentIds: string[];
  reports: StatusReport[];
}
