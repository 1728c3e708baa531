// What the acting person may change in an object's structure, asked of the same domain policy the
// services enforce, with the refusal in the server's own words (so "why read-only" reads the same as
// the error the API would have answered).
import {
  canAppoint,
  canChangeStructure,
  canEditObjectContent,
  canUpdateObject,
  type Permission,
} from '../../../../domain/authorization/policy';
import type { ObjectRole, Role } from '../../../../domain/model';
import { APPOINTED_BY, type ActorRoles } from '../../../../domain/roles/roles';
import { capitalise, term, translate, type Locale } from '../../../../i18n/messages';

/** Allowed, or refused with the reason in words. */
export type Verdict = { allowed: true } | { allowed: false; reason: string };

export interface StructurePermissions {
  /** Create, retire, reactivate or delete objects; change code and category (PSG's structure). */
  structure: Verdict;
  /** Name, description and the departments the object supports. */
  details: Verdict;
  /** Products, components, contracts and related objects. */
  content: Verdict;
  /** May the actor appoint (and end or replace) holders of this role in this object? */
  appoint(role: ObjectRole): Verdict;
}

function verdict(lang: Locale, permission: Permission): Verdict {
  return permission.allowed
    ? { allowed: true }
    : { allowed: false, reason: translate(lang, `forbidden.${permission.reason}`) };
}

/** The roles that appoint `role`, as the server names them in its refusal ("term:a,term:b"). */
export function appointers(role: Role): string {
  const rule = APPOINTED_BY[role];
  const names = [...rule.object, ...rule.organisation];
  return names.length ? names.map((n) => `term:${n}`).join(',') : 'term:administrator';
}

/** Who appoints `role`, in words ("Objektägare verksamhet"; "Objektledare verksamhet eller objektledare it"). */
export function appointedBy(role: Role, lang: Locale): string {
  const rule = APPOINTED_BY[role];
  const names = [...rule.object, ...rule.organisation];
  const words = (names.length ? names : ['administrator']).map((n) => term(lang, n));
  return capitalise(words.join(lang === 'sv' ? ' eller ' : ' or '));
}

export function structurePermissions(
  actor: ActorRoles | null,
  objectId: string,
  lang: Locale,
): StructurePermissions {
  if (!actor) {
    const nobody: Verdict = { allowed: false, reason: translate(lang, 'error.unauthenticated') };
    return { structure: nobody, details: nobody, content: nobody, appoint: () => nobody };
  }
  return {
    structure: verdict(lang, canChangeStructure(actor)),
    details: verdict(lang, canUpdateObject(actor, objectId)),
    content: verdict(lang, canEditObjectContent(actor, objectId)),
    appoint: (role) =>
      canAppoint(actor, role, objectId).allowed
        ? { allowed: true }
        : {
            allowed: false,
            reason: translate(lang, 'forbidden.notAppointer', {
              role: `term:${role}`,
              appointer: appointers(role),
            }),
          },
  };
}
