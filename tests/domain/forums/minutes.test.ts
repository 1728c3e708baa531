// The rules of minutes in the domain: quorum, what an OSG may decide about, adjusters, adjustment,
// and the words a correction files; and compliance that never counts a future "held" meeting.
import { meetingCompliance } from '../../../src/domain/forums/forums';
import {
  adjusterProblems,
  decisionObject,
  describeChanges,
  hasBegun,
  isFullyAdjusted,
  missingForAdjustment,
  quorum,
} from '../../../src/domain/forums/minutes';
import type { Role } from '../../../src/domain/model';

const a = (personId: string, role: Role, objectId: string | null = null) => ({ personId, role, objectId });
const assignments = [
  a('chair', 'deputyMunicipalDirector'),
  a('conv', 'communicationsDevelopmentDirector'),
  a('itc', 'itChief'),
  a('dig', 'digitalisationChief'),
  a('ob1', 'ownerBusiness', 'o1'),
  a('oi1', 'ownerIt', 'o1'),
  a('m1', 'osgMember', 'o1'),
  a('lb1', 'leaderBusiness', 'o1'),
  a('ob2', 'ownerBusiness', 'o2'),
  a('oi2', 'ownerIt', 'o2'),
];
const osg = { kind: 'osg' as const, objectId: 'o1' };
const psg = { kind: 'psg' as const, objectId: null };

describe('quorum: the chair (or named delegate) and at least half of the members', () => {
  it.each([
    [['ob1', 'oi1'], true],
    [['ob1'], false], // 1 of 3
    [['oi1', 'm1'], false], // no chair
    [['ob1', 'lb1'], false], // the leader attends but is no member
  ])('OSG with %j present: quorate %s', (present, quorate) => {
    expect(quorum(osg, assignments, present).quorate).toBe(quorate);
  });

  it("counts members once, names the missing, and accepts the chair's delegate", () => {
    const q = quorum(psg, assignments, ['chair', 'conv', 'dig']);
    expect([q.members.length, q.required, q.presentMembers.length, q.quorate]).toEqual([7, 4, 2, false]);
    expect(q.missingMembers.sort()).toEqual(['itc', 'ob1', 'ob2', 'oi1', 'oi2']);
    expect(quorum({ ...osg, chairDelegatePersonIds: ['oi1'] }, assignments, ['oi1', 'm1']).quorate).toBe(
      true,
    );
  });
});

describe('what a forum decides about', () => {
  it('an OSG only its own object, and initiatives that concern it', () => {
    expect(decisionObject(osg, { kind: 'resourceChange', objectId: null }, null)).toEqual({ objectId: 'o1' });
    expect(decisionObject(osg, { kind: 'resourceChange', objectId: 'o2' }, null)).toEqual({
      denied: 'otherObject',
    });
    expect(decisionObject(osg, { kind: 'initiativeSteering', objectId: null }, ['o2'])).toEqual({
      denied: 'otherObject',
    });
    expect(decisionObject(osg, { kind: 'initiativeSteering', objectId: null }, ['o2', 'o1'])).toEqual({
      objectId: 'o1',
    });
    expect(decisionObject(psg, { kind: 'crossObjectPriority', objectId: 'o2' }, null)).toEqual({
      objectId: 'o2',
    });
  });
});

describe('minutes lifecycle', () => {
  it('minutes are of meetings that have begun', () => {
    expect(hasBegun({ start: '2026-11-23T10:00:00Z' }, '2026-11-23T10:00:00.000Z')).toBe(true);
    expect(hasBegun({ start: '2026-11-23T10:00:01Z' }, '2026-11-23T10:00:00.000Z')).toBe(false);
  });

  it('one or two adjusters, each an attendee; adjusted when all have signed', () => {
    expect(adjusterProblems(['x'], ['x', 'y'])).toEqual([]);
    expect(adjusterProblems([], ['x'])).toEqual(['count']);
    expect(adjusterProblems(['x', 'y', 'z'], ['x', 'y', 'z'])).toEqual(['count']);
    expect(adjusterProblems(['q'], ['x'])).toEqual(['notAttendee']);
    expect(isFullyAdjusted({ adjusterPersonIds: ['x', 'y'], adjustedBy: [{ personId: 'x', at: '' }] })).toBe(
      false,
    );
    expect(
      isFullyAdjusted({
        adjusterPersonIds: ['x', 'y'],
        adjustedBy: [
          { personId: 'y', at: '' },
          { personId: 'x', at: '' },
        ],
      }),
    ).toBe(true);
    expect(
      missingForAdjustment({
        place: ' ',
        chairPersonId: null,
        secretaryPersonId: 's',
        adjusterPersonIds: ['x'],
        attendance: ['x'],
      }),
    ).toEqual(['place', 'chair']);
  });

  it('a correction files what changed, in words', () => {
    const before = {
      place: 'A',
      chairPersonId: 'c',
      secretaryPersonId: 's',
      adjusterPersonIds: ['x'],
      attendance: ['c', 'x'],
      paragraphs: [
        { number: 1, title: 'Öppnande', text: '', decision: null },
        { number: 2, title: 'Beslut', text: 'a', decision: null },
      ],
      actionItems: [{ title: 'Gör', ownerPersonId: 'x', dueDate: '2026-12-01' }],
    };
    const after = {
      ...before,
      place: 'B',
      attendance: ['c', 'x', 'y'],
      paragraphs: [before.paragraphs[0]!],
      actionItems: [{ title: 'Gör', ownerPersonId: 'x', dueDate: '2026-12-02' }],
    };
    expect(describeChanges(before, after, (id) => id.toUpperCase())).toEqual([
      'Plats: "A" → "B"',
      'Närvarande, tillagda: Y',
      '§ 2 borttagen: Beslut',
      'Åtgärd ändrad: Gör (X, klart senast 2026-12-02)',
    ]);
    expect(describeChanges(before, before, (id) => id)).toEqual([]);
  });
});

describe('compliance counts meetings held up to today', () => {
  it('a future meeting marked held is not counted', () => {
    const meetings = [
      { start: '2026-02-10T09:00:00Z', status: 'held' as const },
      { start: '2026-12-10T09:00:00Z', status: 'held' as const },
    ];
    expect(meetingCompliance(4, meetings, 2026, '2026-11-23')).toMatchObject({ held: 1, met: false });
  });
});
