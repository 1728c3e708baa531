// Follow-up of the year (issue 16, points 1–3): outcome against the plan, the interim follow-up and the
// objektberättelse. Pure types; the rules are in the sibling files.
import type { Bucket, MainActivity, Side, ApprovalOutcome, Role } from '../model';

/** One amount of outcome on a plan: imported from the finance system or entered by hand. */
export interface OutcomeEntry {
  planId: string;
  objectId: string;
  /** YYYY-MM within the plan's year. */
  period: string;
  mainActivity: MainActivity;
  side: Side;
  bucket: Bucket;
  /** Öre (hundredths of SEK) as an integer: finance exports carry decimals, sums must be exact. */
  amountOre: number;
  /** Hours worked, as integer hundredths (entered by hand: no finance system knows them). */
  centiHours: number;
  source: 'import' | 'manual';
  /** The budget line a manual entry is for (null when the finance system knows no finer grain). */
  budgetLineId: string | null;
  /** Import: the code and account of the finance row; manual: a note. */
  code: string;
  account: string;
  note: string;
  /** The import run that brought the row (re-importing a period replaces that period's imported rows). */
  importId: string | null;
}

/** What a responsibility/activity code of the finance system stands for in the object's budget. */
export interface CodeMapping {
  code: string;
  mainActivity: MainActivity;
  side: Side;
  bucket: Bucket;
}

/** The object's code mapping, kept by its leaders and owners in the tab. */
export interface OutcomeMapping {
  objectId: string;
  codes: CodeMapping[];
}

export const GOAL_STATUSES = ['onTrack', 'atRisk', 'deviating'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const FOLLOW_UP_PERIODS = ['august', 'tertial1', 'tertial2'] as const;
export type FollowUpPeriod = (typeof FOLLOW_UP_PERIODS)[number];

export interface GoalFollowUp {
  /** The plan goal's id, or `line:<budgetLineId>` for a delmål. */
  goalId: string;
  text: string;
  status: GoalStatus;
  comment: string;
}

/** The interim follow-up (delårsuppföljning) of a plan, prepared by the leaders, noted by the OSG. */
export interface InterimFollowUp {
  planId: string;
  objectId: string;
  year: number;
  period: FollowUpPeriod;
  goals: GoalFollowUp[];
  /** The leaders' comment on the budget forecast (the figures come from the outcome). */
  budgetComment: string;
  /** The forecast for the year (SEK) when it was marked ready, for the record. */
  forecastSek: number | null;
  initiativesComment: string;
  status: 'draft' | 'ready' | 'noted';
  preparedByPersonId: string;
  readyAt: string | null;
  notedAt: string | null;
}

export const REPORT_STATUSES = ['draft', 'preliminary', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface ReportApproval {
  round: number;
  personId: string;
  role: Role;
  outcome: ApprovalOutcome;
  comment: string;
  at: string;
}

/** The objektberättelse of a plan's year: drafted from data, completed by the leaders, approved by owners. */
export interface PlanReport {
  planId: string;
  objectId: string;
  year: number;
  status: ReportStatus;
  /** Each goal's final status and comment (drafted from the latest interim follow-up). */
  goals: GoalFollowUp[];
  summary: string;
  budgetComment: string;
  lessons: string;
  /** "Inför kommande år": carried into next year's plan as influencing factors. */
  nextYear: string[];
  approvalRound: number;
  approvals: ReportApproval[];
  /** When the points were carried into next year's plan (once). */
  carriedToPlanId: string | null;
}
