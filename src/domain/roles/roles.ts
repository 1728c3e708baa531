// Who holds which role, and who appoints whom (000 §3.5, 001 §4.2.5).
import {
  OBJECT_ROLES,
  type ObjectRole,
  type OrganisationRole,
  type Role,
  type RoleAssignment,
} from '../model';

export function isObjectRole(role: Role): role is ObjectRole {
  return (OBJECT_ROLES as readonly string[]).includes(role);
}

export const OWNER_ROLES: readonly ObjectRole[] = ['ownerBusiness', 'ownerIt'];
export const LEADER_ROLES: readonly ObjectRole[] = ['leaderBusiness', 'leaderIt'];

/** The assignments of one acting person, enough to answer every authorisation question. */
export interface ActorRoles {
  personId: string;
  assignments: readonly Pick<RoleAssignment, 'role' | 'objectId'>[];
}

export function holdsObjectRole(actor: ActorRoles, objectId: string, roles: readonly ObjectRole[]): boolean {
  return actor.assignments.some(
    (a) => a.objectId === objectId && (roles as readonly Role[]).includes(a.role),
  );
}

export function holdsOrganisationRole(actor: ActorRoles, roles: readonly OrganisationRole[]): boolean {
  return actor.assignments.some((a) => a.objectId === null && (roles as readonly Role[]).includes(a.role));
}

export function isOwner(actor: ActorRoles, objectId: string): boolean {
  return holdsObjectRole(actor, objectId, OWNER_ROLES);
}

export function isLeader(actor: ActorRoles, objectId: string): boolean {
  return holdsObjectRole(actor, objectId, LEADER_ROLES);
}

export function isAdministrator(actor: ActorRoles): boolean {
  return holdsOrganisationRole(actor, ['administrator']);
}

export function hasAnyRoleIn(actor: ActorRoles, objectId: string): boolean {
  return actor.assignments.some((a) => a.objectId === objectId);
}

/**
 * Who appoints whom. Object roles are appointed within the object; organisation roles by the
 * municipality (here: the Objektnav administrator records them).
 */
export const APPOINTED_BY: Record<
  Role,
  { object: readonly ObjectRole[]; organisation: readonly OrganisationRole[] }
> = {
  ownerBusiness: { object: [], organisation: ['municipalDirector'] },
  ownerIt: { object: [], organisation: ['itChief'] },
  leaderBusiness: { object: ['ownerBusiness'], organisation: [] },
  leaderIt: { object: ['ownerIt'], organisation: [] },
  productCoordinator: { object: ['leaderBusiness', 'leaderIt'], organisation: [] },
  // Specialists are appointed by their line manager together with the object's leader; in the
  // app the leaders record it.
  specialistBusiness: { object: ['leaderBusiness', 'leaderIt'], organisation: [] },
  specialistIt: { object: ['leaderBusiness', 'leaderIt'], organisation: [] },
  // The business owner appoints the members of the OSG (000 §2.3.2, spec §Roles).
  osgMember: { object: ['ownerBusiness'], organisation: [] },
  municipalDirector: { object: [], organisation: [] },
  deputyMunicipalDirector: { object: [], organisation: ['municipalDirector'] },
  communicationsDevelopmentDirector: { object: [], organisation: ['municipalDirector'] },
  itChief: { object: [], organisation: ['communicationsDevelopmentDirector'] },
  digitalisationChief: { object: [], organisation: ['communicationsDevelopmentDirector'] },
  modelOwner: { object: [], organisation: ['communicationsDevelopmentDirector', 'digitalisationChief'] },
  administrator: { object: [], organisation: [] },
};

/** May the actor appoint (or remove) someone in `role`, in `objectId` for object roles? Administrators always may. */
export function mayAppoint(actor: ActorRoles, role: Role, objectId: string | null): boolean {
  if (isAdministrator(actor)) return true;
  const rule = APPOINTED_BY[role];
  if (isObjectRole(role)) {
    if (objectId === null) return false;
    return holdsObjectRole(actor, objectId, rule.object) || holdsOrganisationRole(actor, rule.organisation);
  }
  return objectId === null && holdsOrganisationRole(actor, rule.organisation);
}

/** Roles that exist at most once per object (or once in the organisation). */
export const SINGLE_HOLDER_ROLES: readonly Role[] = [
  'ownerBusiness',
  'ownerIt',
  'leaderBusiness',
  'leaderIt',
  'municipalDirector',
  'deputyMunicipalDirector',
  'communicationsDevelopmentDirector',
  'itChief',
  'digitalisationChief',
  'modelOwner',
];
