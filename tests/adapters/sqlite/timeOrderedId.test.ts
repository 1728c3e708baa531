import { timeOrderedId } from '../../../src/adapters/sqlite/timeOrderedId';

describe('record ids of the embedded store (ADR 0040)', () => {
  it('are version-7 UUIDs whose first 48 bits are the time in milliseconds', () => {
    const at = Date.UTC(2026, 11, 4, 4, 30);
    const id = timeOrderedId(at + 10_000_000); // past any id made earlier in this process
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(at + 10_000_000);
  });

  it('sort in the order they were made, within one millisecond too, and when the clock steps back', () => {
    const at = Date.now() + 20_000_000;
    const ids = [
      ...Array.from({ length: 5000 }, () => timeOrderedId(at)), // more than the 4,096 of one millisecond
      timeOrderedId(at - 60_000), // the clock stepped back a minute
      timeOrderedId(at + 1),
    ];
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keep 74 random bits: two ids made at the same instant differ beyond the counter', () => {
    const at = Date.now() + 30_000_000;
    const [a, b] = [timeOrderedId(at), timeOrderedId(at)];
    expect(a!.slice(19)).not.toBe(b!.slice(19));
  });
});
