import { ConfigError, loadConfig } from '../src/config';

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
