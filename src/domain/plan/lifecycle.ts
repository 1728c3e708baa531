// The object plan's lifecycle: draft → preliminary → approved → closed (000 §3.4.2).
import type { ApprovalOutcome, ObjectRole, PlanApproval, PlanStatus } from '../model';
import { dueDate, type Deliverable } from './yearWheel';

export const PLAN_TRANSITIONS = ['submit', 'withdraw', 'approve', 'reject', 'reopen', 'close'] as const;
export type PlanTransition = (typeof PLAN_TRANSITIONS)[number];

const NEXT: Record<PlanTransition, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft'], to: 'preliminary' },
  // Taken back from the OSG to be changed: the round ends unanswered, and a resubmission opens a new one.
  withdraw: { from: ['preliminary'], to: 'draft' },
  approve: { from: ['preliminary'], to: 'approved' },
  reject: { from: ['preliminary'], to: 'draft' },
  reopen: { from: ['approved'], to: 'draft' },
  close: { from: ['approved'], to: 'closed' },
};

export type TransitionResult =
  { ok: true; to: PlanStatus } | { ok: false; reason: 'wrongStatus' | 'yearNotEnded'; from: PlanStatus };

/** Whether a transition is possible from `status` on `today` (ISO date). Who may do it is authorisation's question. */
export function planTransition(
  status: PlanStatus,
  transition: PlanTransition,
  planYear: number,
  today: string,
): TransitionResult {
  const rule = NEXT[transition];
  if (!rule.from.includes(status)) return { ok: false, reason: 'wrongStatus', from: status };
  // A plan is closed with the object report, once its year is over.
  if (transition === 'close' && today < `${planYear + 1}-01-01`)
    return { ok: false, reason: 'yearNotEnded', from: status };
  return { ok: true, to: rule.to };
}

/**
 * Whether the plan's content (chapters, goals, settings, budget lines) may change. Only a draft: a plan
 * awaiting approval is frozen, so that every approver approves the same version (issue 14) — it is
 * withdrawn to be changed; an approved plan is reopened first.
 */
export function isPlanEditable(status: PlanStatus): boolean {
  return status === 'draft';
}

export type ContentChange = { ok: true } | { ok: false; reason: 'awaitingApproval' | 'decided' };

/** Why a content change is refused: awaiting approval (withdraw it) or decided (reopen it). */
export function contentChange(status: PlanStatus): ContentChange {
  if (status === 'draft') return { ok: true };
  return { ok: false, reason: status === 'preliminary' ? 'awaitingApproval' : 'decided' };
}

const RANK: Record<PlanStatus, number> = { draft: 0, preliminary: 1, approved: 2, closed: 3 };

export interface DeadlineStatus {
  deliverable: Deliverable;
  due: string;
  met: boolean;
  late: boolean;
}

/** The plan's year-wheel deadlines and whether each is met or late on `today`. */
export function planDeadlines(plan: { year: number; status: PlanStatus }, today: string): DeadlineStatus[] {
  const checks: [Deliverable, PlanStatus][] = [
    ['objectPlanPreliminary', 'preliminary'],
    ['objectPlanApproved', 'approved'],
    ['objectReport', 'closed'],
  ];
  return checks.map(([deliverable, reached]) => {
    const due = dueDate(plan.year, deliverable);
    const met = RANK[plan.status] >= RANK[reached];
    return { deliverable, due, met, late: !met && today > due };
  });
}

/** The approval policy of an OSG: which roles must approve. Default: both owners (spec §Forums, issue text). */
export interface ApprovalPolicy {
  requiredRoles: readonly ObjectRole[];
}

export const DEFAULT_APPROVAL_POLICY: ApprovalPolicy = { requiredRoles: ['ownerBusiness', 'ownerIt'] };

export interface ApproverStatus {
  role: ObjectRole;
  personIds: string[];
  outcome: ApprovalOutcome | null;
  byPersonId: string | null;
  comment: string;
  /** When the answer was given. */
  at: string | null;
  /** The version (round of submission) the answer is for, and the plan's total then (SEK). */
  version: number | null;
  total: number | null;
}

export interface ApprovalState {
  approvers: ApproverStatus[];
  /** Every required role has approved. */
  complete: boolean;
  /** Someone required rejected: the plan goes back to draft. */
  rejected: boolean;
}

export type ApprovalAnswer = Pick<PlanApproval, 'role' | 'personId' | 'outcome' | 'comment'> &
  Partial<Pick<PlanApproval, 'round' | 'digest' | 'total' | 'at'>>;

/**
 * Where the approval of one round stands. `holders` maps each required role to the people holding it
 * in the object now. A role with no holder cannot approve, so the plan cannot be approved until
 * someone is appointed.
 *
 * `digest` identifies the content awaiting approval: when given, an answer counts only if it was given
 * to exactly that content — an answer to any other version (or one that does not say which) is as if
 * never given. So a plan becomes approved only when every required approver approved the version
 * that becomes approved.
 */
export function approvalState(
  policy: ApprovalPolicy,
  holders: Partial<Record<ObjectRole, string[]>>,
  approvals: readonly ApprovalAnswer[],
  digest?: string,
): ApprovalState {
  const counted = digest === undefined ? approvals : approvals.filter((a) => a.digest === digest);
  const approvers = policy.requiredRoles.map((role): ApproverStatus => {
    // The latest answer for the role: one given again to the current version replaces an older one.
    const answer = counted.findLast((a) => a.role === role);
    return {
      role,
      personIds: holders[role] ?? [],
      outcome: answer?.outcome ?? null,
      byPersonId: answer?.personId ?? null,
      comment: answer?.comment ?? '',
      at: answer?.at ?? null,
      version: answer?.round ?? null,
      total: answer?.total ?? null,
    };
  });
  return {
    approvers,
    complete: approvers.length > 0 && approvers.every((a) => a.outcome === 'approved'),
    rejected: approvers.some((a) => a.outcome === 'rejected'),
  };
}
