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
