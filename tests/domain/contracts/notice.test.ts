import { addDays, addMonths, contractNotice } from '../../../src/domain/contracts/notice';

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

describe('addDays', () => {
  it.each([
    ['2026-12-31', -90, '2026-10-02'],
    ['2027-03-01', -1, '2027-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-29', 1, '2026-03-30'], // across the change to summer time: calendar days, no clock
  ])('%s %+i days → %s', (date, days, expected) => expect(addDays(date, days)).toBe(expected));
});

describe('contractNotice (000 §3.1.3): within notice during the lead time before the last notice day', () => {
  it.each([
    // Last notice day passed in August: notice passed, not "notice now" (issue 14, defect 2).
    [{ endDate: '2027-02-28', noticePeriodMonths: 6 }, '2026-11-23', '2026-08-28', 'noticePassed'],
    // Last notice day 31 December: within the 90 days before it, so it is on the agenda now.
    [{ endDate: '2027-12-31', noticePeriodMonths: 12 }, '2026-11-23', '2026-12-31', 'withinNotice'],
    [{ endDate: '2029-12-31', noticePeriodMonths: 12 }, '2026-11-23', '2028-12-31', 'active'],
    [{ endDate: '2025-05-31', noticePeriodMonths: 3 }, '2026-11-23', '2025-02-28', 'expired'],
    // The last notice day itself is still within notice; the day after, notice has passed.
    [{ endDate: '2027-05-23', noticePeriodMonths: 6 }, '2026-11-23', '2026-11-23', 'withinNotice'],
    [{ endDate: '2027-05-22', noticePeriodMonths: 6 }, '2026-11-23', '2026-11-22', 'noticePassed'],
    // The first day of the lead time is within notice; the day before, not yet.
    [{ endDate: '2027-08-21', noticePeriodMonths: 6 }, '2026-11-23', '2027-02-21', 'withinNotice'],
    [{ endDate: '2027-08-22', noticePeriodMonths: 6 }, '2026-11-23', '2027-02-22', 'active'],
  ] as const)('%j on %s', (contract, today, noticeDate, state) => {
    const notice = contractNotice(contract, today);
    expect([notice.noticeDate, notice.state]).toEqual([noticeDate, state]);
  });

  it('the lead time is a setting', () => {
    const contract = { endDate: '2027-12-31', noticePeriodMonths: 12 };
    expect(contractNotice(contract, '2026-11-23', 30).state).toBe('active');
    expect(contractNotice(contract, '2026-12-01', 30)).toEqual({
      noticeDate: '2026-12-31',
      noticeFrom: '2026-12-01',
      state: 'withinNotice',
    });
  });
});
