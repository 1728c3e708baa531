// The approval rule as a property (issue 14): for any interleaving of approvals, rejections, content
// changes, withdrawals, resubmissions and reopenings by any roles, a plan becomes approved only if every
// required approver approved the exact version that became approved. The plan is driven through the
// domain's own rules (authorization, transitions, the freeze, approvalState with the version's digest),
// the way PlanService drives them; "tamper" is a change that bypasses the freeze (a direct store write),
// which the digest must still catch.
import fc from 'fast-check';
import {
  canEditPlan,
  canManageApprovedPlan,
  canWithdrawPlan,
  approverRolesOf,
} from '../../../src/domain/authorization/policy';
import {
  approvalState,
  contentChange,
  DEFAULT_APPROVAL_POLICY,
  planTransition,
  type ApprovalAnswer,
} from '../../../src/domain/plan/lifecycle';
import type { ObjectRole, PlanStatus } from '../../../src/domain/model';
import type { ActorRoles } from '../../../src/domain/roles/roles';

const OBJECT = 'akn';
const PEOPLE = ['anna', 'bo', 'cleo', 'dan', 'eva'] as const;
type PersonId = (typeof PEOPLE)[number];

/** Two ways the object's roles may be held: two owners, or one person holding both owner roles. */
const STAFFING: Record<'twoOwners' | 'oneOwner', Partial<Record<ObjectRole, PersonId[]>>> = {
  twoOwners: { ownerBusiness: ['anna'], ownerIt: ['bo'], leaderBusiness: ['cleo'], specialistIt: ['dan'] },
  oneOwner: { ownerBusiness: ['eva'], ownerIt: ['eva'], leaderIt: ['cleo'], specialistIt: ['dan'] },
};

type Command =
  | { type: 'edit' | 'tamper' | 'submit' | 'withdraw' | 'reopen'; by: PersonId }
  | { type: 'answer'; by: PersonId; outcome: 'approved' | 'rejected' };

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    type: fc.constantFrom('edit', 'tamper', 'submit', 'withdraw', 'reopen' as const),
    by: fc.constantFrom(...PEOPLE),
  }) as fc.Arbitrary<Command>,
  fc.record({
    type: fc.constant('answer' as const),
    by: fc.constantFrom(...PEOPLE),
    outcome: fc.constantFrom('approved', 'rejected' as const),
  }),
);

interface Plan {
  status: PlanStatus;
  round: number;
  /** The content's version: its digest is String(version). */
  version: number;
  answers: (ApprovalAnswer & { round: number; digest: string })[];
}

interface Approval {
  version: number;
  round: number;
  answers: Plan['answers'];
}

function actorOf(holders: Partial<Record<ObjectRole, PersonId[]>>, personId: PersonId): ActorRoles {
  const assignments = Object.entries(holders)
    .filter(([, people]) => people.includes(personId))
    .map(([role]) => ({ role: role as ObjectRole, objectId: OBJECT }));
  return { personId, assignments };
}

/** One command, as the service would carry it out; returns the approval it caused, if any. */
function step(
  plan: Plan,
  c: Command,
  holders: Partial<Record<ObjectRole, PersonId[]>>,
): Approval | undefined {
  const actor = actorOf(holders, c.by);
  const policy = DEFAULT_APPROVAL_POLICY;
  switch (c.type) {
    case 'edit':
      if (canEditPlan(actor, OBJECT).allowed && contentChange(plan.status).ok) plan.version++;
      return;
    case 'tamper':
      plan.version++;
      return;
    case 'submit':
    case 'withdraw':
    case 'reopen': {
      const may = { submit: canEditPlan, withdraw: canWithdrawPlan, reopen: canManageApprovedPlan }[c.type];
      if (!may(actor, OBJECT).allowed) return;
      const t = planTransition(plan.status, c.type, 2027, '2026-11-23');
      if (!t.ok) return;
      plan.status = t.to;
      if (c.type === 'submit') plan.round++;
      return;
    }
    case 'answer': {
      if (plan.status !== 'preliminary') return;
      const roles = approverRolesOf(policy, holders, c.by);
      if (!roles.length) return;
      const digest = String(plan.version);
      const current = plan.answers.filter((a) => a.round === plan.round);
      const before = approvalState(policy, holders, current, digest);
      const unanswered = before.approvers.filter((a) => roles.includes(a.role) && a.outcome === null);
      if (!unanswered.length) return;
      const given = unanswered.map((a) => ({
        role: a.role,
        personId: c.by,
        outcome: c.outcome,
        comment: '',
        round: plan.round,
        digest,
      }));
      plan.answers.push(...given);
      const after = approvalState(policy, holders, [...current, ...given], digest);
      if (after.rejected) plan.status = 'draft';
      else if (after.complete) {
        plan.status = 'approved';
        return {
          version: plan.version,
          round: plan.round,
          answers: plan.answers.filter((a) => a.round === plan.round),
        };
      }
      return;
    }
  }
}

describe('approval of a version (property)', () => {
  it('approved only when every required approver approved the exact version approved', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('twoOwners', 'oneOwner' as const),
        fc.array(command, { maxLength: 60, size: 'max' }),
        (staffing, commands) => {
          const holders = STAFFING[staffing];
          const plan: Plan = { status: 'draft', round: 0, version: 0, answers: [] };
          for (const c of commands) {
            const wasApproved = plan.status === 'approved';
            const approval = step(plan, c, holders);
            if (plan.status === 'approved' && !wasApproved) {
              expect(approval).toBeDefined();
              for (const role of DEFAULT_APPROVAL_POLICY.requiredRoles) {
                const answer = approval!.answers.find(
                  (a) =>
                    a.role === role && a.outcome === 'approved' && a.digest === String(approval!.version),
                );
                // Given by someone holding the role, to this round and to this very content.
                expect(answer).toBeDefined();
                expect(holders[role]).toContain(answer!.personId);
                expect(answer!.round).toBe(approval!.round);
              }
              // Nothing changed between the answers and the approval: the version approved is the plan's.
              expect(approval!.version).toBe(plan.version);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a plan awaiting approval cannot be changed by anyone: the freeze holds for every role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), fc.constantFrom('twoOwners', 'oneOwner' as const), (by, s) => {
        const plan: Plan = { status: 'preliminary', round: 1, version: 7, answers: [] };
        step(plan, { type: 'edit', by }, STAFFING[s]);
        expect(plan.version).toBe(7);
      }),
    );
  });

  it('an approval given before a change (that slipped past the freeze) does not count', () => {
    const holders = STAFFING.twoOwners;
    const plan: Plan = { status: 'draft', round: 0, version: 0, answers: [] };
    step(plan, { type: 'submit', by: 'cleo' }, holders);
    step(plan, { type: 'answer', by: 'bo', outcome: 'approved' }, holders);
    step(plan, { type: 'tamper', by: 'cleo' }, holders);
    step(plan, { type: 'answer', by: 'anna', outcome: 'approved' }, holders);
    expect(plan.status).toBe('preliminary');
    // Bo answers again, to the content now in the plan: now it is approved.
    const approval = step(plan, { type: 'answer', by: 'bo', outcome: 'approved' }, holders);
    expect(plan.status).toBe('approved');
    expect(approval?.version).toBe(1);
  });
});
