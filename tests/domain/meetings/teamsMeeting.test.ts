// Which Teams meeting a forum meeting is: the meeting chat's thread, from a join link or as given, and of
// a series sharing one Teams meeting the occurrence meant now.
import { occurrenceAt, teamsThreadId, threadIdOfJoinUrl } from '../../../src/domain/meetings/teamsMeeting';

describe('the Teams meeting’s thread', () => {
  it('is read from a Graph join link', () => {
    expect(
      threadIdOfJoinUrl(
        'https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ4ZTc1YjMtZWE4@thread.v2/0?context=%7b%22Tid%22%3a%22x%22%7d',
      ),
    ).toBe('19:meeting_NjQ4ZTc1YjMtZWE4@thread.v2');
    expect(
      threadIdOfJoinUrl('https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0'),
    ).toBe('19:meeting_abc@thread.v2');
  });

  it('is nothing for other links, or none', () => {
    expect(threadIdOfJoinUrl(null)).toBeNull();
    expect(threadIdOfJoinUrl('https://teams.microsoft.com/meet/123456?p=abc')).toBeNull();
    expect(threadIdOfJoinUrl('https://teams.microsoft.com/l/meetup-join/%E0%A4%A')).toBeNull();
  });

  it('accepts only a thread id', () => {
    expect(teamsThreadId(' 19:meeting_abc@thread.v2 ')).toBe('19:meeting_abc@thread.v2');
    expect(teamsThreadId('https://example.org')).toBeNull();
    expect(teamsThreadId('19:meeting_a b@thread.v2')).toBeNull();
  });
});

describe('the occurrence meant', () => {
  const m = (start: string, status: 'scheduled' | 'held' | 'cancelled' = 'scheduled') => ({
    start: `${start}T09:00:00.000Z`,
    end: `${start}T11:00:00.000Z`,
    status,
  });
  const series = [m('2026-03-11', 'held'), m('2026-06-10'), m('2026-09-09'), m('2026-11-11')];

  it('is the one around now, from half a day before to half a day after', () => {
    expect(occurrenceAt(series, new Date('2026-06-10T10:00:00Z'))).toBe(series[1]);
    expect(occurrenceAt(series, new Date('2026-06-09T22:00:00Z'))).toBe(series[1]);
    expect(occurrenceAt(series, new Date('2026-06-10T22:00:00Z'))).toBe(series[1]);
  });

  it('else the next, else the last; never a cancelled one', () => {
    expect(occurrenceAt(series, new Date('2026-07-01T00:00:00Z'))).toBe(series[2]);
    expect(occurrenceAt(series, new Date('2027-01-01T00:00:00Z'))).toBe(series[3]);
    const cancelled = [m('2026-06-10', 'cancelled'), m('2026-09-09')];
    expect(occurrenceAt(cancelled, new Date('2026-06-10T10:00:00Z'))).toBe(cancelled[1]);
    expect(occurrenceAt([m('2026-06-10', 'cancelled')], new Date('2026-06-10T10:00:00Z'))).toBeNull();
  });
});
