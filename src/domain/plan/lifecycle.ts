// The object plan's lifecycle: draft → preliminary → approved → closed (000 §3.4.2).
import type { ApprovalOutcome, ObjectRole, PlanApproval, PlanStatus } from '../model';
import { dueDate, type Deliverable } from './yearWheel';

export const PLAN_TRANSITIONS = ['submit', 'approve', 'reject', 'reopen', 'close'] as const;
export type PlanTransition = (typeof PLAN_TRANSITIONS)[number];

const NEXT: Record<PlanTransition, { from: readonly PlanStatus[]; to: PlanStatus }> = {
  submit: { from: ['draft'], to: 'preliminary' },
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

/** Budget lines and sections may change while the plan is being prepared; an approved plan is reopened first. */
export function isPlanEditable(status: PlanStatus): boolean {
  return status === 'draft' || status === 'preliminary';
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
}

export interface ApprovalState {
  approvers: ApproverStatus[];
  /** Every required role has approved. */
  complete: boolean;
  /** Someone required rejected: the plan goes back to draft. */
  rejected: boolean;
}

/**
 * Where the approval of one round stands. `holders` maps each required role to the people holding it
 * in the object now. A role with no holder cannot approve, so the plan cannot be approved until
 * someone is appointed.
 */
export function approvalState(
  policy: ApprovalPolicy,
  holders: Partial<Record<ObjectRole, string[]>>,
  approvals: readonly Pick<PlanApproval, 'role' | 'personId' | 'outcome' | 'comment'>[],
): ApprovalState {
  const approvers = policy.requiredRoles.map((role): ApproverStatus => {
    const answer = approvals.find((a) => a.role === role);
    return {
      role,
      personIds: holders[role] ?? [],
      outcome: answer?.outcome ?? null,
      byPersonId: answer?.personId ?? null,
      comment: answer?.comment ?? '',
    };
  });
  return {
    approvers,
    complete: approvers.length > 0 && approvers.every((a) => a.outcome === 'approved'),
    rejected: approvers.some((a) => a.outcome === 'rejected'),
  };
}

/** The required roles this person may answer for (a person may hold both owner roles). */
export function rolesToAnswer(
  policy: ApprovalPolicy,
  holders: Partial<Record<ObjectRole, string[]>>,
  personId: string,
) {
  return policy.requiredRoles.filter((role) => (holders[role] ?? []).includes(personId));
}
