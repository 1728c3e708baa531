// What the tab's Struktur view offers comes from the same domain policy as the services, and its
// "why read-only" is the server's own refusal message.
import { appointedBy, structurePermissions } from '../../src/tab/views/object/structure/permissions';
import type { ActorRoles } from '../../src/domain/roles/roles';
import { translate } from '../../src/i18n/messages';

const OBJ = 'obj-1';
const actor = (...assignments: ActorRoles['assignments']): ActorRoles => ({ personId: 'p', assignments });

it('nobody chosen may change nothing, and is told to choose who they are', () => {
  const p = structurePermissions(null, OBJ, 'sv');
  expect(p.structure).toEqual({ allowed: false, reason: translate('sv', 'error.unauthenticated') });
  expect(p.content.allowed).toBe(false);
  expect(p.appoint('leaderIt').allowed).toBe(false);
});

it('the model owner changes the structure but not the content, and appoints no object roles', () => {
  const p = structurePermissions(actor({ role: 'modelOwner', objectId: null }), OBJ, 'sv');
  expect(p.structure.allowed).toBe(true);
  expect(p.details.allowed).toBe(true);
  expect(p.content).toEqual({ allowed: false, reason: translate('sv', 'forbidden.notOwnerOrLeader') });
  expect(p.appoint('ownerBusiness')).toEqual({
    allowed: false,
    reason: 'Du får inte utse någon till rollen objektägare verksamhet. Den utses av kommundirektör.',
  });
});

it('who appoints whom: the municipal director the business owner, the business owner the business leader', () => {
  const director = structurePermissions(actor({ role: 'municipalDirector', objectId: null }), OBJ, 'sv');
  expect(director.appoint('ownerBusiness').allowed).toBe(true);
  expect(director.appoint('ownerIt').allowed).toBe(false);
  const owner = structurePermissions(actor({ role: 'ownerBusiness', objectId: OBJ }), OBJ, 'en');
  expect(owner.appoint('leaderBusiness').allowed).toBe(true);
  expect(owner.appoint('leaderIt').allowed).toBe(false);
  expect(owner.appoint('osgMember').allowed).toBe(true);
  expect(owner.structure).toEqual({
    allowed: false,
    reason: translate('en', 'forbidden.notStructureKeeper'),
  });
  expect(owner.content.allowed).toBe(true);
  // An owner of another object has no say here.
  expect(
    structurePermissions(actor({ role: 'ownerBusiness', objectId: 'other' }), OBJ, 'sv').content.allowed,
  ).toBe(false);
});

it('names the appointers in the reader’s language', () => {
  expect(appointedBy('ownerIt', 'sv')).toBe('It-chef');
  expect(appointedBy('productCoordinator', 'sv')).toBe('Objektledare verksamhet eller objektledare it');
  expect(appointedBy('productCoordinator', 'en')).toBe('Business object leader or IT object leader');
  expect(appointedBy('administrator', 'sv')).toBe('Administratör');
});
