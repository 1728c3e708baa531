import {
  isOpenForPrioritisation,
  nextEscalationLevel,
  priorityScore,
  rankInitiatives,
} from '../../../src/domain/initiatives/prioritisation';

describe('priorityScore: (benefit + goal contribution) × (6 − effort)', () => {
  it.each([
    [5, 5, 1, 50],
    [1, 1, 5, 2],
    [3, 3, 3, 18],
    [5, 4, 2, 36],
    [1, 1, 1, 10],
  ])('benefit %i, goals %i, effort %i → %i', (benefit, goalContribution, effort, score) => {
    expect(priorityScore({ benefit, goalContribution, effort })).toBe(score);
  });

  it('ranks highest score first, ties by title', () => {
    const ranked = rankInitiatives([
      { title: 'B', benefit: 3, goalContribution: 3, effort: 3 },
      { title: 'A', benefit: 3, goalContribution: 3, effort: 3 },
      { title: 'C', benefit: 5, goalContribution: 5, effort: 1 },
    ]);
    expect(ranked.map((r) => [r.title, r.score, r.rank])).toEqual([
      ['C', 50, 1],
      ['A', 18, 2],
      ['B', 18, 3],
    ]);
  });
});

describe('escalation ladder (000 §2.3.4)', () => {
  it.each([
    ['leaders', 'owners'],
    ['owners', 'psg'],
    ['psg', null],
  ] as const)('%s → %s', (from, to) => expect(nextEscalationLevel(from)).toBe(to));

  it.each([
    ['proposed', true],
    ['prioritised', true],
    ['inProgress', true],
    ['done', false],
    ['stopped', false],
    ['rejected', false],
  ] as const)('%s open: %s', (status, open) => expect(isOpenForPrioritisation({ status })).toBe(open));
});
