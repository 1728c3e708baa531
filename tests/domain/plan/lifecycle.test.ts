import {
  approvalState,
  DEFAULT_APPROVAL_POLICY,
  isPlanEditable,
  planDeadlines,
  planTransition,
} from '../../../src/domain/plan/lifecycle';
import { approverRolesOf } from '../../../src/domain/authorization/policy';
import { dueDate, yearWheel } from '../../../src/domain/plan/yearWheel';

describe('planTransition', () => {
  it.each([
    ['draft', 'submit', 'preliminary'],
    ['preliminary', 'approve', 'approved'],
    ['preliminary', 'reject', 'draft'],
    ['preliminary', 'withdraw', 'draft'],
    ['approved', 'reopen', 'draft'],
    ['approved', 'close', 'closed'],
  ] as const)('%s --%s--> %s', (from, t, to) => {
    expect(planTransition(from, t, 2025, '2026-03-01')).toEqual({ ok: true, to });
  });

  it.each([
    ['draft', 'approve'],
    ['draft', 'close'],
    ['preliminary', 'submit'],
    ['approved', 'approve'],
    ['closed', 'reopen'],
    ['closed', 'submit'],
    ['draft', 'withdraw'],
    ['approved', 'withdraw'],
  ] as const)('%s cannot %s', (from, t) => {
    expect(planTransition(from, t, 2025, '2026-03-01')).toEqual({ ok: false, reason: 'wrongStatus', from });
  });

  it('a plan is closed only once its year is over', () => {
    expect(planTransition('approved', 'close', 2026, '2026-12-31')).toEqual({
      ok: false,
      reason: 'yearNotEnded',
      from: 'approved',
    });
    expect(planTransition('approved', 'close', 2026, '2027-01-01')).toEqual({ ok: true, to: 'closed' });
  });

  it.each([
    ['draft', true],
    // Awaiting approval the plan is frozen, so every approver approves the same version (issue 14).
    ['preliminary', false],
    ['approved', false],
    ['closed', false],
  ] as const)('%s editable: %s', (status, editable) => expect(isPlanEditable(status)).toBe(editable));
});

describe('year wheel (000 §3.4)', () => {
  it('deadlines of plan year 2027', () => {
    expect(Object.fromEntries(yearWheel(2027).map((e) => [e.deliverable, e.due]))).toEqual({
      objectPlanPreliminary: '2026-06-30',
      strategicFollowUp: '2026-08-31',
      objectPlanApproved: '2026-09-30',
      strategicPlanPreliminary: '2026-10-31',
      strategicPlanFinal: '2027-02-28',
      objectReport: '2028-02-28',
    });
  });

  it('is sorted by due date', () => {
    const dues = yearWheel(2030).map((e) => e.due);
    expect([...dues].sort()).toEqual(dues);
  });

  it('dueDate picks one deliverable', () => expect(dueDate(2021, 'objectPlanApproved')).toBe('2020-09-30'));
});

describe('planDeadlines: late deliverables', () => {
  it.each([
    // status, today, [preliminary late, approved late, report late]
    ['draft', '2026-06-30', [false, false, false]],
    ['draft', '2026-07-01', [true, false, false]],
    ['preliminary', '2026-10-01', [false, true, false]],
    ['approved', '2026-11-23', [false, false, false]],
    ['approved', '2028-03-01', [false, false, true]],
    ['closed', '2028-03-01', [false, false, false]],
  ] as const)('2027 plan %s on %s', (status, today, late) => {
    expect(planDeadlines({ year: 2027, status }, today).map((d) => d.late)).toEqual(late);
  });
});

describe('approval policy: both owners approve', () => {
  const holders = { ownerBusiness: ['anna'], ownerIt: ['bo'] };

  it('is pending until both have approved', () => {
    const one = approvalState(DEFAULT_APPROVAL_POLICY, holders, [
      { role: 'ownerIt', personId: 'bo', outcome: 'approved', comment: '' },
    ]);
    expect(one.complete).toBe(false);
    expect(one.rejected).toBe(false);
    expect(one.approvers.map((a) => [a.role, a.outcome])).toEqual([
      ['ownerBusiness', null],
      ['ownerIt', 'approved'],
    ]);
    const both = approvalState(DEFAULT_APPROVAL_POLICY, holders, [
      { role: 'ownerIt', personId: 'bo', outcome: 'approved', comment: '' },
      { role: 'ownerBusiness', personId: 'anna', outcome: 'approved', comment: 'Bra' },
    ]);
    expect(both.complete).toBe(true);
  });

  it('one rejection rejects', () => {
    const s = approvalState(DEFAULT_APPROVAL_POLICY, holders, [
      { role: 'ownerBusiness', personId: 'anna', outcome: 'rejected', comment: 'Budgeten saknar drift' },
    ]);
    expect(s.rejected).toBe(true);
    expect(s.complete).toBe(false);
  });

  it('an object without an IT owner cannot be approved', () => {
    const s = approvalState(DEFAULT_APPROVAL_POLICY, { ownerBusiness: ['anna'] }, [
      { role: 'ownerBusiness', personId: 'anna', outcome: 'approved', comment: '' },
    ]);
    expect(s.complete).toBe(false);
    expect(s.approvers[1]).toMatchObject({ role: 'ownerIt', personIds: [] });
  });

  it('approverRolesOf: a person holding both owner roles answers for both; others for none', () => {
    expect(approverRolesOf(DEFAULT_APPROVAL_POLICY, { ownerBusiness: ['x'], ownerIt: ['x'] }, 'x')).toEqual([
      'ownerBusiness',
      'ownerIt',
    ]);
    expect(approverRolesOf(DEFAULT_APPROVAL_POLICY, holders, 'bo')).toEqual(['ownerIt']);
    expect(approverRolesOf(DEFAULT_APPROVAL_POLICY, holders, 'leader')).toEqual([]);
  });
});
