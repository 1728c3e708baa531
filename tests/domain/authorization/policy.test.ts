import {
  canChangeStructure,
  canConfigureForum,
  canDecidePriority,
  canEditObjectContent,
  canEditPlan,
  canEscalate,
  canManageApprovedPlan,
  canProposeInitiative,
  checkMandate,
  forumForDecision,
  isWithinMandate,
} from '../../../src/domain/authorization/policy';
import { DECISION_KINDS, type Role } from '../../../src/domain/model';
import { mayAppoint } from '../../../src/domain/roles/roles';

const actor = (...assignments: [Role, string | null][]) => ({
  personId: 'p',
  assignments: assignments.map(([role, objectId]) => ({ role, objectId })),
});

const owner = actor(['ownerBusiness', 'o1']);
const ownerIt = actor(['ownerIt', 'o1']);
const leader = actor(['leaderIt', 'o1']);
const specialist = actor(['specialistBusiness', 'o1']);
const otherOwner = actor(['ownerBusiness', 'o2']);
const psgChair = actor(['deputyMunicipalDirector', null]);
const admin = actor(['administrator', null]);
const model = actor(['modelOwner', null]);
const nobody = actor();

describe('plan permissions', () => {
  it.each([
    [owner, true],
    [ownerIt, true],
    [leader, true],
    [specialist, false],
    [otherOwner, false],
    [admin, false],
    [nobody, false],
  ])('edit plan case %#', (a, allowed) => expect(canEditPlan(a, 'o1').allowed).toBe(allowed));

  it('only owners reopen or close an approved plan', () => {
    expect(canManageApprovedPlan(owner, 'o1').allowed).toBe(true);
    expect(canManageApprovedPlan(leader, 'o1')).toEqual({ allowed: false, reason: 'notOwner' });
  });
});

describe('object permissions', () => {
  it('structure changes are recorded by the model owner or an administrator', () => {
    expect(canChangeStructure(model).allowed).toBe(true);
    expect(canChangeStructure(admin).allowed).toBe(true);
    expect(canChangeStructure(owner)).toEqual({ allowed: false, reason: 'notStructureKeeper' });
  });
  it('content is kept by owners and leaders', () => {
    expect(canEditObjectContent(leader, 'o1').allowed).toBe(true);
    expect(canEditObjectContent(specialist, 'o1').allowed).toBe(false);
  });
  it('anyone with a role in the object proposes needs', () => {
    expect(canProposeInitiative(specialist, 'o1').allowed).toBe(true);
    expect(canProposeInitiative(otherOwner, 'o1')).toEqual({ allowed: false, reason: 'noRoleInObject' });
  });
});

describe('escalation and priority decisions (000 §2.3.4)', () => {
  const at = (escalationLevel: 'leaders' | 'owners' | 'psg') => ({
    objectId: 'o1',
    affectedObjectIds: ['o2'],
    escalationLevel,
  });
  it.each([
    // who, level, may escalate, may decide
    [leader, 'leaders', true, true],
    [owner, 'leaders', true, false],
    [leader, 'owners', false, false],
    [owner, 'owners', true, true],
    [otherOwner, 'owners', true, true],
    [owner, 'psg', false, false],
    [psgChair, 'psg', false, true],
    [specialist, 'leaders', false, false],
  ] as const)('case %#', (who, level, escalate, decide) => {
    expect(canEscalate(who, at(level)).allowed).toBe(escalate);
    expect(canDecidePriority(who, at(level)).allowed).toBe(decide);
  });
});

describe('mandates (spec §Forums)', () => {
  it('only PSG decides priorities across objects and the structure', () => {
    expect(isWithinMandate('psg', 'crossObjectPriority')).toBe(true);
    expect(isWithinMandate('osg', 'crossObjectPriority')).toBe(false);
    expect(isWithinMandate('olf', 'crossObjectPriority')).toBe(false);
    expect(checkMandate('osg', 'objectStructureChange')).toEqual({
      allowed: false,
      reason: 'outsideMandate',
    });
  });
  it('OSG approves the object plan', () => {
    expect(isWithinMandate('osg', 'approvePlan')).toBe(true);
    expect(isWithinMandate('psg', 'approvePlan')).toBe(false);
  });
  it('every kind of decision belongs to exactly one forum', () => {
    for (const kind of DECISION_KINDS) {
      const holders = (['psg', 'osg', 'olf'] as const).filter((f) => isWithinMandate(f, kind));
      expect(holders).toEqual([forumForDecision(kind)]);
    }
  });
});

describe('who appoints whom (000 §3.5)', () => {
  it.each([
    [actor(['municipalDirector', null]), 'ownerBusiness', 'o1', true],
    [actor(['itChief', null]), 'ownerIt', 'o1', true],
    [actor(['itChief', null]), 'ownerBusiness', 'o1', false],
    [owner, 'leaderBusiness', 'o1', true],
    [owner, 'leaderIt', 'o1', false],
    [ownerIt, 'leaderIt', 'o1', true],
    [otherOwner, 'leaderBusiness', 'o1', false],
    [leader, 'productCoordinator', 'o1', true],
    [leader, 'specialistIt', 'o1', true],
    [owner, 'osgMember', 'o1', true],
    [leader, 'osgMember', 'o1', false],
    [admin, 'ownerBusiness', 'o1', true],
    [owner, 'ownerBusiness', null, false],
    [actor(['municipalDirector', null]), 'deputyMunicipalDirector', null, true],
    [owner, 'administrator', null, false],
  ] as const)('case %#: %j appoints %s', (who, role, objectId, allowed) => {
    expect(mayAppoint(who, role, objectId)).toBe(allowed);
  });
});

describe('escalation refusals name the rung', () => {
  const at = (escalationLevel: 'leaders' | 'owners') => ({
    objectId: 'o1',
    affectedObjectIds: [],
    escalationLevel,
  });
  it('at the leaders’ rung: leaders and owners may lift; others are told the question is with the leaders', () => {
    expect(canEscalate(specialist, at('leaders'))).toEqual({ allowed: false, reason: 'notEscalatorLeaders' });
  });
  it('at the owners’ rung a leader is told the question is with the owners', () => {
    expect(canEscalate(leader, at('owners'))).toEqual({ allowed: false, reason: 'notEscalatorOwners' });
  });
});

describe('forum settings (000 §2.3: the owner decides the OSG’s frequency)', () => {
  const forum = { chairs: ['chair'], conveners: ['convener'] };
  const as = (personId: string, ...roles: Role[]) => ({
    personId,
    assignments: roles.map((role) => ({ role, objectId: null })),
  });
  it.each([
    [as('chair'), true],
    [as('convener'), true],
    [as('p', 'modelOwner'), true],
    [as('p', 'administrator'), true],
    [as('p', 'digitalisationChief'), false],
    [{ ...leader, personId: 'delegate' }, false],
  ])('case %#', (who, allowed) => {
    expect(canConfigureForum(who, forum)).toEqual(
      allowed ? { allowed: true } : { allowed: false, reason: 'notForumKeeper' },
    );
  });
});
