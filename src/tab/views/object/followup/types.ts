// The answers of the follow-up API as the tab reads them (issue 16).
import type { Bucket, MainActivity, Side } from '../../../../domain/model';
import type { FollowUpPeriod, GoalStatus } from '../../../../domain/followup/types';

// The rows are the domain's own shapes (type-only: nothing of the server enters the bundle).
export type { Deviation, Figure, OutcomeRow } from '../../../../domain/followup/outcome';
import type { Deviation, OutcomeRow } from '../../../../domain/followup/outcome';

export interface Outcome {
  currency: 'SEK';
  through: string | null;
  rows: OutcomeRow[];
  totals: {
    planned: number;
    actual: number;
    forecast: number;
    plannedToDate: number;
    deviationToDate: Deviation;
    deviationForecast: Deviation;
  };
}
export interface ImportResult {
  dryRun: boolean;
  periods: string[];
  accepted: { row: number; amount: number }[];
  rejected: { row: number; values: string[]; reason: string; message: string }[];
  replaces: number;
  totals: { accepted: number; replaced: number };
}
export interface CodeRow {
  code: string;
  mainActivity: MainActivity;
  side: Side;
  bucket: Bucket;
}
export interface Mapping {
  id: string | null;
  etag: string | null;
  codes: CodeRow[];
}
export interface GoalEntry {
  goalId: string;
  text: string;
  status: GoalStatus;
  comment: string;
}
export interface FollowUp {
  id: string;
  etag: string;
  period: FollowUpPeriod;
  goals: GoalEntry[];
  budgetComment: string;
  initiativesComment: string;
  status: 'draft' | 'ready' | 'noted';
}
export interface FollowUps {
  /** The periods the municipality follows up (August; tertials where it uses them). */
  periods: FollowUpPeriod[];
  targets: { goalId: string; text: string }[];
  followUps: FollowUp[];
  initiatives: Record<string, number>;
}
export interface ReportData {
  plan: { id: string; year: number };
  outcome: Outcome;
  meetings: { held: number; required: number };
  decisions: unknown[];
  initiatives: { delivered: unknown[]; stopped: unknown[] };
  contractsEnded: unknown[];
  report: {
    id: string;
    etag: string;
    status: 'draft' | 'preliminary' | 'approved';
    goals: GoalEntry[];
    summary: string;
    budgetComment: string;
    lessons: string;
    nextYear: string[];
    carriedToPlanId: string | null;
  } | null;
  approval: {
    approvers: { role: string; personIds: string[]; outcome: 'approved' | 'rejected' | null }[];
  } | null;
}
