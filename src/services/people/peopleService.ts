// People and their role assignments. Who may appoint whom follows 000 §3.5 (domain/roles).
import { canManagePeople } from '../../domain/authorization/policy';
import type { Person, Role, RoleAssignment } from '../../domain/model';
import { APPOINTED_BY, isObjectRole, SINGLE_HOLDER_ROLES } from '../../domain/roles/roles';
import { canAppoint } from '../../domain/authorization/policy';
import { AppError, conflict } from '../errors';
import { ensure, requireActor, type Actor, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, mustGet, patched } from '../records';
import type { Stored } from '../ports/store';
import * as S from '../schemas';
import { translate, type Locale } from '../../i18n/messages';

function appointerNames(role: Role): string {
  const rule = APPOINTED_BY[role];
  const names = [...rule.object, ...rule.organisation];
  return names.length ? names.map((n) => `term:${n}`).join(',') : 'term:administrator';
}

export class PeopleService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  async list(): Promise<Stored<Person>[]> {
    // On SharePoint the instance keeps everyone for showing (ADR 0036); a copy, as that list is shared.
    const people = await (this.deps.shown?.people() ?? this.store.people.findAll());
    return [...people].sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  }

  async get(id: string) {
    const person = await mustGet(this.store.people, 'person', id);
    const assignments = await this.store.roleAssignments.findAll({ personId: id });
    return { ...person, roleAssignments: assignments };
  }

  async create(ctx: RequestContext, input: unknown) {
    ensure(canManagePeople(requireActor(ctx)));
    const body = S.parseInput(S.personCreate, input, ctx.locale);
    return this.store.people.create(body);
  }

  async update(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    ensure(canManagePeople(requireActor(ctx)));
    const current = await mustGet(this.store.people, 'person', id);
    const patch = S.parseInput(S.personUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    return this.store.people.update(id, patched(data(current), patch), etag);
  }

  async delete(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    ensure(canManagePeople(requireActor(ctx)));
    const current = await mustGet(this.store.people, 'person', id);
    await this.store.transaction(async (tx) => {
      const roles = await tx.roleAssignments.find({ where: { personId: id }, limit: 1 });
      if (roles.items.length) throw conflict('conflict.personInUse');
      await tx.people.delete(id, checkEtag(current, ifMatch));
    });
  }

  async assignments(filter: { objectId?: string; personId?: string }) {
    if (filter.objectId) return this.store.roleAssignments.findAll({ objectId: filter.objectId });
    if (filter.personId) return this.store.roleAssignments.findAll({ personId: filter.personId });
    return this.store.roleAssignments.findAll();
  }

  private ensureMayAppoint(actor: Actor, role: Role, objectId: string | null) {
    if (!canAppoint(actor, role, objectId).allowed) {
      throw new AppError('forbidden', 'forbidden.notAppointer', {
        role: `term:${role}`,
        appointer: appointerNames(role),
      });
    }
  }

  async assign(ctx: RequestContext, input: unknown): Promise<Stored<RoleAssignment>> {
    const actor = requireActor(ctx);
    const body = S.parseInput(S.roleAssignmentCreate, input, ctx.locale);
    if (isObjectRole(body.role) && body.objectId === null) {
      throw new AppError('validation', 'validation.objectRoleNeedsObject', { role: `term:${body.role}` });
    }
    if (!isObjectRole(body.role) && body.objectId !== null) {
      throw new AppError('validation', 'validation.organisationRoleNoObject', { role: `term:${body.role}` });
    }
    await mustGet(this.store.people, 'person', body.personId);
    if (body.objectId) await mustGet(this.store.objects, 'objekt', body.objectId);
    this.ensureMayAppoint(actor, body.role, body.objectId);
    await this.checkProducts(body.productIds ?? [], body.objectId, ctx.locale);
    return this.store.transaction(async (tx) => {
      const holders = await tx.roleAssignments.findAll({ role: body.role });
      const sameScope = holders.filter((h) => h.objectId === body.objectId);
      if (sameScope.some((h) => h.personId === body.personId)) throw conflict('conflict.alreadyAssigned');
      if (SINGLE_HOLDER_ROLES.includes(body.role) && sameScope.length) {
        throw conflict('conflict.roleHeld', { role: `term:${body.role}` });
      }
      return tx.roleAssignments.create({ ...body, objectId: body.objectId ?? null });
    });
  }

  /** A coordinator's products must exist and be the object's own (000 §3.5.3). */
  private async checkProducts(ids: readonly string[], objectId: string | null, locale: Locale) {
    const found = await Promise.all(ids.map((id) => this.store.products.get(id)));
    const fields = ids.flatMap((id, i) => {
      const product = found[i];
      if (!product)
        return [{ path: `productIds.${i}`, message: translate(locale, 'validation.unknownProduct', { id }) }];
      if (product.objectId !== objectId)
        return [
          { path: `productIds.${i}`, message: translate(locale, 'validation.productOfOtherObject', { id }) },
        ];
      return [];
    });
    if (fields.length) throw new AppError('validation', 'error.validation', {}, fields);
  }

  /**
   * Replace a holder in one step: the old appointment ends and the new one starts in the same
   * transaction (each audited), so the role is never vacant in between and a refused replacement leaves
   * the old holder in place. Authorised on the appointment being replaced before the body is read.
   */
  async replace(
    ctx: RequestContext,
    id: string,
    ifMatch: string | undefined,
    input: unknown,
  ): Promise<Stored<RoleAssignment>> {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.roleAssignments, 'rolltilldelning', id);
    this.ensureMayAppoint(actor, current.role, current.objectId);
    const body = S.parseInput(S.roleAssignmentReplace, input, ctx.locale);
    await mustGet(this.store.people, 'person', body.personId);
    const productIds =
      current.role === 'productCoordinator' ? (body.productIds ?? current.productIds ?? []) : undefined;
    if (productIds) await this.checkProducts(productIds, current.objectId, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    return this.store.transaction(async (tx) => {
      const holders = await tx.roleAssignments.findAll({ role: current.role });
      if (holders.some((h) => h.objectId === current.objectId && h.personId === body.personId))
        throw conflict('conflict.alreadyAssigned');
      await tx.roleAssignments.delete(id, etag);
      return tx.roleAssignments.create({
        personId: body.personId,
        role: current.role,
        objectId: current.objectId,
        ...(productIds ? { productIds } : {}),
      });
    });
  }

  async unassign(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.roleAssignments, 'rolltilldelning', id);
    this.ensureMayAppoint(actor, current.role, current.objectId);
    await this.store.roleAssignments.delete(id, checkEtag(current, ifMatch));
  }
}
