import {
  forumChairs,
  forumConveners,
  forumParticipants,
  meetingCompliance,
  FORUM_RULES,
} from '../../../src/domain/forums/forums';
import type { Role } from '../../../src/domain/model';

const a = (personId: string, role: Role, objectId: string | null = null) => ({ personId, role, objectId });
const assignments = [
  a('chair', 'deputyMunicipalDirector'),
  a('conv', 'communicationsDevelopmentDirector'),
  a('itc', 'itChief'),
  a('dig', 'digitalisationChief'),
  a('model', 'modelOwner'),
  a('ob1', 'ownerBusiness', 'o1'),
  a('oi1', 'ownerIt', 'o1'),
  a('lb1', 'leaderBusiness', 'o1'),
  a('li1', 'leaderIt', 'o1'),
  a('m1', 'osgMember', 'o1'),
  a('ob2', 'ownerBusiness', 'o2'),
  a('oi2', 'ownerIt', 'o2'),
  a('lb2', 'leaderBusiness', 'o2'),
  a('spec', 'specialistIt', 'o1'),
];
const byPerson = (ps: ReturnType<typeof forumParticipants>) =>
  Object.fromEntries(ps.map((p) => [p.personId, p.participation.sort()]));

describe('forum membership from role assignments (spec §Forums)', () => {
  it('PSG: chair, convener, every owner, the IT chief; the head of digitalisation adjunct', () => {
    expect(byPerson(forumParticipants({ kind: 'psg', objectId: null }, assignments))).toEqual({
      chair: ['chair', 'member'],
      conv: ['convener', 'member'],
      itc: ['member'],
      dig: ['adjunct'],
      ob1: ['member'],
      oi1: ['member'],
      ob2: ['member'],
      oi2: ['member'],
    });
  });

  it("OSG: the object's owners and managers; leaders attend; the business owner chairs and convenes", () => {
    expect(byPerson(forumParticipants({ kind: 'osg', objectId: 'o1' }, assignments))).toEqual({
      ob1: ['chair', 'convener', 'member'],
      oi1: ['member'],
      m1: ['member'],
      lb1: ['attendee'],
      li1: ['attendee'],
    });
  });

  it('OLF: every object leader, chaired by the head of digitalisation, convened by the model owner', () => {
    expect(byPerson(forumParticipants({ kind: 'olf', objectId: null }, assignments))).toEqual({
      dig: ['chair', 'member'],
      model: ['convener', 'member'],
      lb1: ['member'],
      li1: ['member'],
      lb2: ['member'],
    });
  });

  it('a change of owner changes the invitation list', () => {
    const changed = assignments
      .filter((x) => x.personId !== 'ob1')
      .concat(a('newOwner', 'ownerBusiness', 'o1'));
    const ids = forumParticipants({ kind: 'osg', objectId: 'o1' }, changed).map((p) => p.personId);
    expect(ids).toContain('newOwner');
    expect(ids).not.toContain('ob1');
    expect(forumConveners({ kind: 'osg', objectId: 'o1', delegatePersonIds: [] }, changed)).toEqual([
      'newOwner',
    ]);
  });

  it('conveners include delegates; chairs come from the chair role', () => {
    expect(forumConveners({ kind: 'psg', objectId: null, delegatePersonIds: ['dig'] }, assignments)).toEqual([
      'conv',
      'dig',
    ]);
    expect(forumChairs({ kind: 'psg', objectId: null }, assignments)).toEqual(['chair']);
    expect(forumChairs({ kind: 'osg', objectId: 'o2' }, assignments)).toEqual(['ob2']);
  });

  it('minimum meetings: PSG 4, OSG 4, OLF monthly except July', () => {
    expect(
      [FORUM_RULES.psg, FORUM_RULES.osg, FORUM_RULES.olf].map((r) => r.defaultMinMeetingsPerYear),
    ).toEqual([4, 4, 11]);
  });
});

describe('meetingCompliance', () => {
  const m = (start: string, status: 'scheduled' | 'held' | 'cancelled') => ({ start, status });
  it.each([
    // meetings, today, expected {held, scheduled, onTrack, met, shortfall}
    [
      [
        m('2026-02-10', 'held'),
        m('2026-05-12', 'held'),
        m('2026-09-08', 'held'),
        m('2026-12-01', 'scheduled'),
      ],
      '2026-11-23',
      { held: 3, scheduled: 1, onTrack: true, met: false, shortfall: 0 },
    ],
    [
      [m('2026-02-10', 'held'), m('2026-05-12', 'cancelled'), m('2026-12-01', 'scheduled')],
      '2026-11-23',
      { held: 1, scheduled: 1, onTrack: false, met: false, shortfall: 2 },
    ],
    [
      [m('2026-02-10', 'held'), m('2026-03-10', 'scheduled')],
      '2026-11-23',
      { held: 1, scheduled: 0, onTrack: false, met: false, shortfall: 3 },
    ],
    [
      [
        m('2026-01-10', 'held'),
        m('2026-04-10', 'held'),
        m('2026-07-10', 'held'),
        m('2026-10-10', 'held'),
        m('2025-10-10', 'held'),
      ],
      '2026-12-31',
      { held: 4, scheduled: 0, onTrack: true, met: true, shortfall: 0 },
    ],
  ])('case %#', (meetings, today, expected) => {
    expect(meetingCompliance(4, meetings as never, 2026, today)).toMatchObject(expected);
  });
});
