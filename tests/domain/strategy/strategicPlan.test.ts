import {
  investmentsPerYear,
  nextId,
  strategicPlanProblems,
  strategicTransition,
  spanYears,
} from '../../../src/domain/strategy/strategicPlan';
import { objectDeliverables, objectPlanState } from '../../../src/domain/plan/yearWheel';
import type { SteeringDocument } from '../../../src/domain/strategy/model';

const docs: (SteeringDocument & { id: string })[] = [
  {
    id: 'd1',
    kind: 'strategicPlan',
    level: 'local',
    title: 'Plan',
    adoptedBy: '',
    fromYear: 2026,
    toYear: 2028,
    vision: '',
    areas: [],
    goals: [
      {
        id: 'm1',
        title: 'Mål',
        description: '',
        expectedResult: '',
        focusAreas: [{ id: 'm1-f1', title: 'F' }],
      },
    ],
  },
];
const plan = (over: Partial<Parameters<typeof strategicPlanProblems>[0]> = {}) => ({
  fromYear: 2027,
  toYear: 2029,
  years: spanYears(2027, 2029).map((year) => ({ year, direction: '', goals: [] })),
  lifecycleChanges: [],
  investments: [],
  ...over,
});

describe('strategic object plan rules', () => {
  it('spans at least three years', () => {
    expect(strategicPlanProblems(plan(), docs)).toEqual([]);
    expect(strategicPlanProblems(plan({ toYear: 2028, years: [] }), docs)).toEqual([
      { rule: 'tooShort', years: 2 },
    ]);
  });

  it('keeps goals, lifecycle changes and investments inside the span, each year once', () => {
    const p = plan({
      investments: [{ year: 2030, description: 'x', amount: 1 }],
      lifecycleChanges: [
        { id: 'c1', change: 'retire', component: 'X', componentId: null, replaces: '', year: 2026, note: '' },
      ],
      years: [
        { year: 2027, direction: '', goals: [] },
        { year: 2027, direction: '', goals: [] },
      ],
    });
    expect(strategicPlanProblems(p, docs)).toEqual([
      { rule: 'duplicateYear', year: 2027 },
      { rule: 'yearsOutsideSpan', year: 2026 },
      { rule: 'yearsOutsideSpan', year: 2030 },
    ]);
  });

  it('refers only to strategic goals and focus areas that exist', () => {
    const years = [
      {
        year: 2027,
        direction: '',
        goals: [
          { id: 's1', text: 'a', refs: [{ documentId: 'd1', goalId: 'm1', focusAreaId: 'm1-f1' }] },
          { id: 's2', text: 'b', refs: [{ documentId: 'd1', goalId: 'm1', focusAreaId: 'm1-f2' }] },
        ],
      },
    ];
    expect(strategicPlanProblems(plan({ years }), docs)).toEqual([{ rule: 'unknownGoalRef', goalId: 'm1' }]);
  });

  it('moves draft → submitted → approved, and refuses other steps', () => {
    expect(strategicTransition('draft', 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(strategicTransition('submitted', 'approve')).toEqual({ ok: true, to: 'approved' });
    expect(strategicTransition('submitted', 'reject')).toEqual({ ok: true, to: 'draft' });
    expect(strategicTransition('approved', 'reopen')).toEqual({ ok: true, to: 'draft' });
    expect(strategicTransition('draft', 'approve')).toEqual({ ok: false });
    expect(strategicTransition('approved', 'submit')).toEqual({ ok: false });
  });

  it('sums investments per year of the span and hands out fresh ids', () => {
    expect(
      investmentsPerYear({
        fromYear: 2027,
        toYear: 2029,
        investments: [
          { year: 2027, description: 'a', amount: 100 },
          { year: 2027, description: 'b', amount: 50 },
          { year: 2029, description: 'c', amount: 7 },
        ],
      }),
    ).toEqual([
      { year: 2027, amount: 150 },
      { year: 2028, amount: 0 },
      { year: 2029, amount: 7 },
    ]);
    expect(nextId('s', ['s1', 's4', 'x9'])).toBe('s5');
    expect(nextId('m1-f', [])).toBe('m1-f1');
  });
});

describe('the year wheel of the three deliverables', () => {
  const none = { state: 'missing', version: null } as const;
  it('flags the preliminary strategic plan late after October, the final after February', () => {
    const [sp] = objectDeliverables(
      2027,
      { strategicPlan: none, objectPlan: 'missing', objectReport: 'missing' },
      '2026-11-01',
    );
    expect(sp).toMatchObject({ kind: 'strategicPlan', state: 'missing', late: true, nextDue: '2026-10-31' });
    const [submitted] = objectDeliverables(
      2027,
      {
        strategicPlan: { state: 'submitted', version: 'preliminary' },
        objectPlan: 'missing',
        objectReport: 'missing',
      },
      '2027-03-01',
    );
    expect(submitted!.milestones.map((m) => [m.deliverable, m.met, m.late])).toEqual([
      ['strategicPlanPreliminary', true, false],
      ['strategicPlanFinal', false, true],
    ]);
    const [final] = objectDeliverables(
      2027,
      {
        strategicPlan: { state: 'approved', version: 'final' },
        objectPlan: 'missing',
        objectReport: 'missing',
      },
      '2027-03-01',
    );
    expect(final).toMatchObject({ late: false, nextDue: null });
  });

  it('follows the object plan and the objektberättelse with their deadlines', () => {
    const [, op, report] = objectDeliverables(
      2027,
      { strategicPlan: none, objectPlan: objectPlanState('preliminary'), objectReport: 'draft' },
      '2028-03-01',
    );
    expect(op).toMatchObject({ state: 'submitted', late: true, nextDue: '2026-09-30' });
    expect(report).toMatchObject({ state: 'draft', late: true, nextDue: '2028-02-28' });
    expect(objectPlanState(null)).toBe('missing');
    expect(objectPlanState('closed')).toBe('closed');
  });
});
