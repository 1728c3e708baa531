// Goals with stable ids, the chapters' list syntax, and a plan compared with last year's.
import { comparePlans } from '../../../src/domain/plan/compare';
import {
  goalsFromTexts,
  nextGoalId,
  planGoals,
  withGoalIds,
  withoutLine,
} from '../../../src/domain/plan/goals';
import { textBlocks } from '../../../src/domain/plan/richText';

describe('plan goals', () => {
  it('derives positional ids for plans written before goals had ids', () => {
    expect(planGoals({ periodGoals: ['A', 'B'] })).toEqual([
      { id: 'g1', text: 'A', lineIds: [] },
      { id: 'g2', text: 'B', lineIds: [] },
    ]);
  });

  it('prefers stored goals, and never reuses an id', () => {
    const goals = [{ id: 'g3', text: 'X', lineIds: ['l1'] }];
    expect(planGoals({ periodGoals: ['ignored'], goals })).toBe(goals);
    expect(nextGoalId(goals)).toBe('g4');
    expect(withGoalIds([...goals, { text: 'Y', lineIds: ['l2', 'l2'] }])).toEqual([
      goals[0],
      { id: 'g4', text: 'Y', lineIds: ['l2'] },
    ]);
  });

  it('keeps ids and links by position when only the texts are written', () => {
    const current = [{ id: 'g1', text: 'A', lineIds: ['l1'] }];
    expect(goalsFromTexts(current, ['A2', 'B'])).toEqual([
      { id: 'g1', text: 'A2', lineIds: ['l1'] },
      { id: 'g2', text: 'B', lineIds: [] },
    ]);
  });

  it('drops a removed line from the links, and says when nothing referred to it', () => {
    const goals = [{ id: 'g1', text: 'A', lineIds: ['l1', 'l2'] }];
    expect(withoutLine(goals, 'l1')).toEqual([{ id: 'g1', text: 'A', lineIds: ['l2'] }]);
    expect(withoutLine(goals, 'l9')).toBeNull();
  });
});

describe('chapter text', () => {
  it('reads paragraphs and two levels of bullets as people type them', () => {
    expect(textBlocks('Inledning\n\n- ett\n* två\n• tre\n  - under\n  ○ under två\n○ också under')).toEqual([
      { kind: 'paragraph', text: 'Inledning' },
      { kind: 'bullet', level: 0, text: 'ett' },
      { kind: 'bullet', level: 0, text: 'två' },
      { kind: 'bullet', level: 0, text: 'tre' },
      { kind: 'bullet', level: 1, text: 'under' },
      { kind: 'bullet', level: 1, text: 'under två' },
      { kind: 'bullet', level: 1, text: 'också under' },
    ]);
  });

  it('does not take a hyphenated word or a negative number for a bullet', () => {
    expect(textBlocks('-5 grader\nit-stöd')).toEqual([
      { kind: 'paragraph', text: '-5 grader' },
      { kind: 'paragraph', text: 'it-stöd' },
    ]);
  });
});

describe('comparing with last year', () => {
  const line = (name: string, hours: number, mainActivity = 'drift' as const) => ({
    mainActivity,
    name,
    assignmentType: 'maintain' as const,
    business: { hours, otherCost: 0 },
    it: { hours: 0, otherCost: 1000 },
  });

  it('sums per main activity and side and lists added, removed and changed lines', () => {
    const c = comparePlans(
      { settings: { hourlyRate: 720, hoursPerFte: 1700 }, lines: [line('Drift', 10), line('Ny', 1)] },
      { settings: { hourlyRate: 700, hoursPerFte: 1700 }, lines: [line('Drift', 10), line('Gammal', 2)] },
    );
    const drift = c.activities.find((a) => a.mainActivity === 'drift')!;
    expect(drift.business).toEqual({ before: 7000 + 1400, now: 7200 + 720 });
    expect(drift.it).toEqual({ before: 2000, now: 2000 });
    expect(c.totals.now).toBe(7200 + 720 + 2000);
    expect(c.hourlyRate).toEqual({ before: 700, now: 720 });
    expect(c.changes).toEqual([
      { mainActivity: 'drift', name: 'Drift', kind: 'changed', before: 8000, now: 8200 },
      { mainActivity: 'drift', name: 'Ny', kind: 'added', before: 0, now: 1720 },
      { mainActivity: 'drift', name: 'Gammal', kind: 'removed', before: 2400, now: 0 },
    ]);
  });

  it('an unchanged line at an unchanged rate is not a change', () => {
    const s = { hourlyRate: 700, hoursPerFte: 1700 };
    expect(
      comparePlans({ settings: s, lines: [line('A', 1)] }, { settings: s, lines: [line('A', 1)] }).changes,
    ).toEqual([]);
  });
});
