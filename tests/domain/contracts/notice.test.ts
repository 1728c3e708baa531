import { addMonths, contractNotice } from '../../../src/domain/contracts/notice';

describe('addMonths', () => {
  it.each([
    ['2027-02-28', -6, '2026-08-28'],
    ['2026-08-31', -6, '2026-02-28'],
    ['2028-08-31', -6, '2028-02-29'],
    ['2027-01-15', -12, '2026-01-15'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-05-31', 0, '2026-05-31'],
  ])('%s %+i months → %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));
});

describe('contractNotice (000 §3.1.3)', () => {
  it.each([
    [{ endDate: '2027-02-28', noticePeriodMonths: 6 }, '2026-11-23', '2026-08-28', 'withinNotice'],
    [{ endDate: '2029-12-31', noticePeriodMonths: 12 }, '2026-11-23', '2028-12-31', 'active'],
    [{ endDate: '2025-05-31', noticePeriodMonths: 3 }, '2026-11-23', '2025-02-28', 'expired'],
    [{ endDate: '2027-05-23', noticePeriodMonths: 6 }, '2026-11-23', '2026-11-23', 'withinNotice'],
    [{ endDate: '2027-05-24', noticePeriodMonths: 6 }, '2026-11-23', '2026-11-24', 'active'],
  ] as const)('%j on %s', (contract, today, noticeDate, state) => {
    expect(contractNotice(contract, today)).toEqual({ noticeDate, state });
  });
});
