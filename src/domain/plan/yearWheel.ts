// The year wheel (årshjul, 000 §3.4): when each deliverable for a plan year is due.
// Dates are ISO calendar dates (YYYY-MM-DD); comparing them as strings is comparing them as dates.

export const DELIVERABLES = [
  'strategicPlanPreliminary',
  'strategicPlanFinal',
  'objectPlanPreliminary',
  'objectPlanApproved',
  'strategicFollowUp',
  'objectReport',
] as const;
export type Deliverable = (typeof DELIVERABLES)[number];

export interface YearWheelEntry {
  deliverable: Deliverable;
  /** The plan year the deliverable serves. */
  planYear: number;
  due: string;
}

/**
 * Deadlines for plan year `year`:
 * - strategic object plan: preliminary in October of the year before, with the planning assumptions;
 *   final early in the plan year (end of February);
 * - object plan: preliminary before 30 June of the year before (input to budget), approved by OSG in September;
 * - yearly follow-up of the strategic plan in August (003);
 * - object report with the annual report after year end (end of February the year after).
 */
export function yearWheel(year: number): YearWheelEntry[] {
  return [
    { deliverable: 'strategicPlanPreliminary', planYear: year, due: `${year - 1}-10-31` },
    { deliverable: 'objectPlanPreliminary', planYear: year, due: `${year - 1}-06-30` },
    { deliverable: 'strategicFollowUp', planYear: year, due: `${year - 1}-08-31` },
    { deliverable: 'objectPlanApproved', planYear: year, due: `${year - 1}-09-30` },
    { deliverable: 'strategicPlanFinal', planYear: year, due: `${year}-02-28` },
    { deliverable: 'objectReport', planYear: year, due: `${year + 1}-02-28` },
  ].sort((a, b) => a.due.localeCompare(b.due)) as YearWheelEntry[];
}

export function dueDate(year: number, deliverable: Deliverable): string {
  return yearWheel(year).find((e) => e.deliverable === deliverable)!.due;
}

// ── The three deliverables per object (issue 16 point 4) ────────────────────────────────────────────
// The strategic object plan, the object plan and the objektberättelse, each with its deadlines and late
// flags. The states come from their capabilities; the objektberättelse's through `ObjectReportStates`,
// which the follow-up capability's ReportService fills (services/index.ts).

export const OBJECT_DELIVERABLES = ['strategicPlan', 'objectPlan', 'objectReport'] as const;
export type ObjectDeliverable = (typeof OBJECT_DELIVERABLES)[number];

/** How far a deliverable has come; `missing` (saknas) until one exists. */
export const DELIVERABLE_STATES = ['missing', 'draft', 'submitted', 'approved', 'closed'] as const;
export type DeliverableState = (typeof DELIVERABLE_STATES)[number];

/** The port the objektberättelse capability fills: the state of an object's report for a plan year. */
export interface ObjectReportStates {
  stateOf(objectId: string, year: number): Promise<DeliverableState>;
}

/** Where no report capability is wired (use-case tests of the strategy alone): every report is missing. */
export const NO_OBJECT_REPORTS: ObjectReportStates = { stateOf: async () => 'missing' };

export interface DeliverableInputs {
  /** The strategic object plan covering the year, and which version it is (null: none). */
  strategicPlan: { state: DeliverableState; version: 'preliminary' | 'final' | null };
  objectPlan: DeliverableState;
  objectReport: DeliverableState;
}

export interface Milestone {
  deliverable: Deliverable;
  due: string;
  met: boolean;
  late: boolean;
}

export interface DeliverableStatus {
  kind: ObjectDeliverable;
  state: DeliverableState;
  milestones: Milestone[];
  /** A milestone of it is past due and not met. */
  late: boolean;
  /** The next unmet deadline, or null when all are met. */
  nextDue: string | null;
}

const STATE_RANK: Record<DeliverableState, number> = {
  missing: 0,
  draft: 1,
  submitted: 2,
  approved: 3,
  closed: 4,
};

/**
 * An object plan's or an objektberättelse's status as a deliverable state (a preliminary one has been
 * submitted to the OSG).
 */
export function objectPlanState(
  status: 'draft' | 'preliminary' | 'approved' | 'closed' | null,
): DeliverableState {
  if (status === null) return 'missing';
  return status === 'preliminary' ? 'submitted' : status;
}

/** The three deliverables of plan year `year` for one object, on `today` (ISO date). */
export function objectDeliverables(
  year: number,
  inputs: DeliverableInputs,
  today: string,
): DeliverableStatus[] {
  const reached = (state: DeliverableState, least: DeliverableState) =>
    STATE_RANK[state] >= STATE_RANK[least];
  const sp = inputs.strategicPlan;
  const checks: Record<ObjectDeliverable, [Deliverable, boolean][]> = {
    // The preliminary version is delivered once submitted (of either version); the final once a final
    // version is approved.
    strategicPlan: [
      ['strategicPlanPreliminary', reached(sp.state, 'submitted')],
      ['strategicPlanFinal', sp.version === 'final' && reached(sp.state, 'approved')],
    ],
    objectPlan: [
      ['objectPlanPreliminary', reached(inputs.objectPlan, 'submitted')],
      ['objectPlanApproved', reached(inputs.objectPlan, 'approved')],
    ],
    objectReport: [['objectReport', reached(inputs.objectReport, 'approved')]],
  };
  return OBJECT_DELIVERABLES.map((kind) => {
    const milestones = checks[kind].map(([deliverable, met]) => {
      const due = dueDate(year, deliverable);
      return { deliverable, due, met, late: !met && today > due };
    });
    const state = kind === 'strategicPlan' ? sp.state : inputs[kind];
    return {
      kind,
      state,
      milestones,
      late: milestones.some((m) => m.late),
      nextDue: milestones.find((m) => !m.met)?.due ?? null,
    };
  });
}
