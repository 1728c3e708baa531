// One approver's answer to a plan's approval round, decided without I/O: who may answer, whether the
// card was for the current round, whether a repeated click changes anything, and what the round's
// outcome becomes. The service reads and writes; the API, the card and the tab all go through it.
import type { ApprovalOutcome, ObjectRole, PlanStatus } from '../model';
import type { ApproverStatus } from './lifecycle';

export interface AnswerRequest {
  status: PlanStatus;
  /** The plan's current approval round. */
  currentRound: number;
  /** The round the answer was given for (a card carries it; the API may leave it out). */
  requestedRound?: number | undefined;
  /** The required roles this person answers for (policy: `approverRolesOf`). */
  roles: readonly ObjectRole[];
  /** The round's approver rows as they stand. */
  approvers: readonly Pick<ApproverStatus, 'role' | 'outcome'>[];
  outcome: 'approved' | 'rejected';
}

export type AnswerVerdict =
  /** Not one of the required approvers. */
  | { kind: 'notApprover' }
  /** The card was for an earlier round (the plan was withdrawn or sent back since). */
  | { kind: 'staleRound' }
  /** The same answer again (double click, replay): nothing to write. */
  | { kind: 'unchanged' }
  /** Already decided, or answered the other way: 409. */
  | { kind: 'conflict'; key: 'conflict.noApprovalPending' | 'conflict.alreadyAnswered' }
  /** Record an answer for these roles. */
  | { kind: 'record'; roles: ObjectRole[] };

export function answerVerdict(r: AnswerRequest): AnswerVerdict {
  if (r.roles.length === 0) return { kind: 'notApprover' };
  if (r.requestedRound !== undefined && r.requestedRound !== r.currentRound) return { kind: 'staleRound' };
  const mine = r.approvers.filter((a) => r.roles.includes(a.role));
  const same = mine.length > 0 && mine.every((a) => a.outcome === r.outcome);
  if (r.status !== 'preliminary') {
    return same ? { kind: 'unchanged' } : { kind: 'conflict', key: 'conflict.noApprovalPending' };
  }
  const unanswered = mine.filter((a) => a.outcome === null);
  if (unanswered.length === 0) {
    return same ? { kind: 'unchanged' } : { kind: 'conflict', key: 'conflict.alreadyAnswered' };
  }
  return { kind: 'record', roles: unanswered.map((a) => a.role) };
}

/** The round's outcome once these answers are in: still open, approved by all, or sent back. */
export function roundOutcome(state: { complete: boolean; rejected: boolean }): 'open' | ApprovalOutcome {
  if (state.rejected) return 'rejected';
  return state.complete ? 'approved' : 'open';
}
