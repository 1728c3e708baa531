// The goal chain's entities (issue 16, points 4–5; seed 000 §3.4, seed 003): the municipality's steering
// documents as data, the strategic object plan per object, and the links from object goals and initiatives
// to the strategic goals and focus areas they serve.
import type { ApprovalOutcome, Role } from '../model';

export const STEERING_KINDS = ['policy', 'strategicPlan'] as const;
export type SteeringKind = (typeof STEERING_KINDS)[number];

/** Where a steering document comes from: the strategic object plan refers to all three (000 §3.4). */
export const STEERING_LEVELS = ['national', 'regional', 'local'] as const;
export type SteeringLevel = (typeof STEERING_LEVELS)[number];

export interface SteeringPrinciple {
  id: string;
  text: string;
}

/** A policy's area with its steering principles (003: two areas, twelve principles). */
export interface SteeringArea {
  id: string;
  title: string;
  principles: SteeringPrinciple[];
}

export interface FocusArea {
  id: string;
  title: string;
}

/** A strategic plan's goal with its focus areas and expected result (003: four goals). */
export interface StrategicGoal {
  id: string;
  title: string;
  description: string;
  expectedResult: string;
  focusAreas: FocusArea[];
}

export interface SteeringDocument {
  kind: SteeringKind;
  level: SteeringLevel;
  title: string;
  /** Who adopted it (kommunfullmäktige, kommunstyrelsen …). */
  adoptedBy: string;
  /** The years it covers; toYear null when it holds until revised. */
  fromYear: number;
  toYear: number | null;
  vision: string;
  /** Policies: areas with principles. Strategic plans: none. */
  areas: SteeringArea[];
  /** Strategic plans: goals with focus areas. Policies: none. */
  goals: StrategicGoal[];
}

/** A point in the goal chain: a strategic goal, or one of its focus areas. */
export interface GoalRef {
  documentId: string;
  goalId: string;
  focusAreaId: string | null;
}

export const LINK_SOURCES = ['objectPlanGoal', 'initiative'] as const;
export type LinkSource = (typeof LINK_SOURCES)[number];

/**
 * An object plan's förvaltningsmål (by plan-local goal id) or an initiative, serving a strategic goal or
 * focus area. Kept as records of their own (not inside the plan) so that linking neither reopens an
 * approved plan nor changes the version its owners approved.
 */
export interface GoalLink extends GoalRef {
  sourceKind: LinkSource;
  objectId: string;
  /** The plan (objectPlanGoal) or the initiative. */
  sourceId: string;
  /** The plan-local goal id (objectPlanGoal); null for an initiative. */
  sourceGoalId: string | null;
}

/** Preliminary in October with the planning assumptions; final early in the plan year (000 §3.4). */
export const STRATEGIC_PLAN_VERSIONS = ['preliminary', 'final'] as const;
export type StrategicPlanVersion = (typeof STRATEGIC_PLAN_VERSIONS)[number];

export const STRATEGIC_PLAN_STATUSES = ['draft', 'submitted', 'approved'] as const;
export type StrategicPlanStatus = (typeof STRATEGIC_PLAN_STATUSES)[number];

export const LIFECYCLE_CHANGES = ['introduce', 'replace', 'retire'] as const;
export type LifecycleChange = (typeof LIFECYCLE_CHANGES)[number];

export interface StrategicObjectGoal {
  id: string;
  text: string;
  /** The municipality's strategic goals and focus areas it serves. */
  refs: GoalRef[];
}

export interface StrategicYear {
  year: number;
  direction: string;
  goals: StrategicObjectGoal[];
}

export interface SteeringReference {
  /** A steering document kept in Objektnav, or null for one named only (a national strategy, a law). */
  documentId: string | null;
  title: string;
  level: SteeringLevel;
}

export interface PlannedLifecycleChange {
  id: string;
  change: LifecycleChange;
  /** The component's name as planned (it may not exist yet); its id when it does. */
  component: string;
  componentId: string | null;
  /** For a replacement: what it replaces. */
  replaces: string;
  year: number;
  note: string;
}

export interface InvestmentNeed {
  year: number;
  description: string;
  /** Whole SEK (ADR 0003). */
  amount: number;
}

export interface StrategicPlanApproval {
  round: number;
  personId: string;
  role: Role;
  outcome: ApprovalOutcome;
  comment: string;
  at: string;
}

/** The strategic object plan: at least three years ahead (000 §3.4), approved by the owners. */
export interface StrategicObjectPlan {
  objectId: string;
  fromYear: number;
  toYear: number;
  version: StrategicPlanVersion;
  status: StrategicPlanStatus;
  /** Incremented on each submission; answers of earlier rounds do not count. */
  approvalRound: number;
  /** The planning assumptions (planeringsförutsättningar) and the overall direction. */
  assumptions: string;
  years: StrategicYear[];
  steeringRefs: SteeringReference[];
  lifecycleChanges: PlannedLifecycleChange[];
  investments: InvestmentNeed[];
  approvals: StrategicPlanApproval[];
}
