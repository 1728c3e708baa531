import { ConfigError, loadConfig } from '../src/config';

describe('contract notice lead time', () => {
  it('defaults to 90 days before the last notice day, can be set, and a bad value is named', () => {
    expect(loadConfig({}).contractNoticeLeadDays).toBe(90);
    expect(loadConfig({ CONTRACT_NOTICE_LEAD_DAYS: '30' }).contractNoticeLeadDays).toBe(30);
    expect(() => loadConfig({ CONTRACT_NOTICE_LEAD_DAYS: '-1' })).toThrow(/CONTRACT_NOTICE_LEAD_DAYS/);
  });
});

describe('reminder settings', () => {
  it('default to five days before a meeting and two before an action item falls due', () => {
    expect(loadConfig({}).reminders).toEqual({ agendaDaysBefore: 5, actionItemDaysBefore: 2 });
  });
  it('can be set, and a bad value stops the start with the variable named', () => {
    expect(loadConfig({ AGENDA_DAYS_BEFORE: '3', ACTION_ITEM_DAYS_BEFORE: '7' }).reminders).toEqual({
      agendaDaysBefore: 3,
      actionItemDaysBefore: 7,
    });
    expect(() => loadConfig({ AGENDA_DAYS_BEFORE: 'fem' })).toThrow(ConfigError);
    expect(() => loadConfig({ AGENDA_DAYS_BEFORE: 'fem' })).toThrow(/AGENDA_DAYS_BEFORE/);
  });
});
