import { goalChain, type ContributionIn } from '../../../src/domain/strategy/goalChain';
import type { SteeringDocument } from '../../../src/domain/strategy/model';

const doc = (id: string): SteeringDocument & { id: string } => ({
  id,
  kind: 'strategicPlan',
  level: 'local',
  title: 'Strategisk plan',
  adoptedBy: 'KS',
  fromYear: 2026,
  toYear: 2028,
  vision: '',
  areas: [],
  goals: [
    {
      id: 'm1',
      title: 'It-styrning',
      description: '',
      expectedResult: '',
      focusAreas: [{ id: 'm1-f1', title: 'Avtal' }],
    },
    {
      id: 'm2',
      title: 'Digitalisering',
      description: '',
      expectedResult: '',
      focusAreas: [
        { id: 'm2-f1', title: 'E-arkiv' },
        { id: 'm2-f2', title: 'Öppna data' },
      ],
    },
  ],
});

const c = (
  code: string,
  goalId: string,
  focusAreaId: string | null,
  kind: ContributionIn['kind'] = 'objectPlanGoal',
): ContributionIn => ({
  ref: { documentId: 'd1', goalId, focusAreaId },
  kind,
  objectId: `o-${code}`,
  objectCode: code,
  objectName: code,
  sourceId: `s-${code}`,
  title: `Mål för ${code}`,
  status: 'approved',
  year: 2027,
});

describe('goalChain', () => {
  it('places each contribution at its goal or focus area, and lists what no one serves', () => {
    const chain = goalChain([doc('d1')], [c('AKN', 'm2', 'm2-f1'), c('KÖP', 'm2', null, 'initiative')]);
    const [m1, m2] = chain.documents[0]!.goals;
    expect(m1!.served).toBe(false);
    expect(m2!.served).toBe(true);
    expect(m2!.contributors.map((x) => x.objectCode)).toEqual(['KÖP']);
    expect(m2!.focusAreas[0]!.contributors.map((x) => x.objectCode)).toEqual(['AKN']);
    expect(m2!.focusAreas[1]!.served).toBe(false);
    expect(m2!.objectCodes).toEqual(['AKN', 'KÖP']);
    expect(chain.unserved.map((u) => [u.goalId, u.focusAreaId])).toEqual([
      ['m1', null],
      ['m1', 'm1-f1'],
      ['m2', 'm2-f2'],
    ]);
  });

  it('ignores contributions to another document or a goal that no longer exists', () => {
    const other = { ...c('AKN', 'm1', null), ref: { documentId: 'd2', goalId: 'm1', focusAreaId: null } };
    const gone = c('AKN', 'm9', null);
    const chain = goalChain([doc('d1')], [other, gone]);
    expect(chain.documents[0]!.goals.every((g) => !g.served)).toBe(true);
  });

  it('orders contributors by object code in Swedish order, then kind', () => {
    const chain = goalChain(
      [doc('d1')],
      [c('ÖVR', 'm1', null), c('AKN', 'm1', null, 'initiative'), c('AKN', 'm1', null)],
    );
    expect(chain.documents[0]!.goals[0]!.contributors.map((x) => `${x.objectCode}:${x.kind}`)).toEqual([
      'AKN:initiative',
      'AKN:objectPlanGoal',
      'ÖVR:objectPlanGoal',
    ]);
  });
});
