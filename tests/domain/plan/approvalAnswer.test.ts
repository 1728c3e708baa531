// The approval answer as a pure rule: who may answer, which round, a repeated click, the outcome.
import { answerVerdict, roundOutcome, type AnswerRequest } from '../../../src/domain/plan/approvalAnswer';

const pending: AnswerRequest = {
  status: 'preliminary',
  currentRound: 3,
  roles: ['ownerIt'],
  approvers: [
    { role: 'ownerBusiness', outcome: null },
    { role: 'ownerIt', outcome: null },
  ],
  outcome: 'approved',
};

describe('answerVerdict', () => {
  it('records an answer for the roles the person holds that have not answered', () => {
    expect(answerVerdict(pending)).toEqual({ kind: 'record', roles: ['ownerIt'] });
    expect(answerVerdict({ ...pending, roles: ['ownerBusiness', 'ownerIt'] })).toEqual({
      kind: 'record',
      roles: ['ownerBusiness', 'ownerIt'],
    });
  });

  it('refuses someone who answers for no required role, before anything else', () => {
    expect(answerVerdict({ ...pending, roles: [], requestedRound: 1, status: 'approved' })).toEqual({
      kind: 'notApprover',
    });
  });

  it('refuses the card of an earlier round; an answer without a round is to the current one', () => {
    expect(answerVerdict({ ...pending, requestedRound: 2 })).toEqual({ kind: 'staleRound' });
    expect(answerVerdict({ ...pending, requestedRound: 3 }).kind).toBe('record');
  });

  it('a repeated click with the same answer changes nothing; the other answer is a conflict', () => {
    const answered = {
      ...pending,
      approvers: [
        { role: 'ownerBusiness' as const, outcome: null },
        { role: 'ownerIt' as const, outcome: 'approved' as const },
      ],
    };
    expect(answerVerdict(answered)).toEqual({ kind: 'unchanged' });
    expect(answerVerdict({ ...answered, outcome: 'rejected' })).toEqual({
      kind: 'conflict',
      key: 'conflict.alreadyAnswered',
    });
  });

  it('after the decision, a replay of the same answer changes nothing and any other is a conflict', () => {
    const decided: AnswerRequest = {
      ...pending,
      status: 'approved',
      approvers: [
        { role: 'ownerBusiness', outcome: 'approved' },
        { role: 'ownerIt', outcome: 'approved' },
      ],
    };
    expect(answerVerdict(decided)).toEqual({ kind: 'unchanged' });
    expect(answerVerdict({ ...decided, outcome: 'rejected' })).toEqual({
      kind: 'conflict',
      key: 'conflict.noApprovalPending',
    });
    expect(answerVerdict({ ...pending, status: 'draft' })).toEqual({
      kind: 'conflict',
      key: 'conflict.noApprovalPending',
    });
  });
});

it('roundOutcome: a rejection sends the plan back; all approvals approve it; otherwise it stays open', () => {
  expect(roundOutcome({ complete: false, rejected: true })).toBe('rejected');
  expect(roundOutcome({ complete: true, rejected: false })).toBe('approved');
  expect(roundOutcome({ complete: false, rejected: false })).toBe('open');
});
