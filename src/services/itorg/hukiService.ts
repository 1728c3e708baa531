// The HUKI matrix (huvudansvarig, utförare, konsulteras, informeras): the interfaces between the
// departments' orderers, the orderer function and the IT unit (seed 002). Exactly one H per activity.
import { canEditHuki } from '../../domain/authorization/policy';
import { activitiesLedBy, checkCells, type HukiProblem } from '../../domain/itorg/huki';
import type { HukiActivity, HukiRole } from '../../domain/itorg/model';
import { AppError, conflict } from '../errors';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, mustGet, patched } from '../records';
import type { Stored, StoreCollections } from '../ports/store';
import { parseInput } from '../schemas';
import * as S from './itorgSchemas';

const bySort = <T extends { sortOrder: number; name: string }>(a: T, b: T) =>
  a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv');

export class HukiService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  /**
   * The matrix. With an object, each role bound to a role of the model resolves to the names of the
   * people who hold it there (object roles in that object, organisation roles anywhere).
   */
  async matrix(objectId?: string) {
    const [roles, activities] = await Promise.all([
      this.store.hukiRoles.findAll(),
      this.store.hukiActivities.findAll(),
    ]);
    let names = new Map<string, string[]>();
    if (objectId) {
      await mustGet(this.store.objects, 'objekt', objectId);
      names = await this.resolve(roles, objectId);
    }
    return {
      objectId: objectId ?? null,
      roles: roles.sort(bySort).map((r) => ({
        ...r,
        ...(objectId ? { people: names.get(r.id) ?? [] } : {}),
      })),
      activities: activities.sort(bySort),
    };
  }

  private async resolve(roles: Stored<HukiRole>[], objectId: string) {
    const [inObject, people] = await Promise.all([
      this.store.roleAssignments.findAll({ objectId }),
      this.store.people.findAll(),
    ]);
    const organisation = (await this.store.roleAssignments.findAll()).filter((a) => a.objectId === null);
    const name = new Map(people.map((p) => [p.id, p.displayName]));
    const out = new Map<string, string[]>();
    for (const role of roles) {
      const b = role.binding;
      if (!b) continue;
      const holders = (b.scope === 'object' ? inObject : organisation).filter((a) => a.role === b.role);
      out.set(
        role.id,
        holders.map((a) => name.get(a.personId) ?? a.personId),
      );
    }
    return out;
  }

  private async checked(tx: StoreCollections, cells: HukiActivity['cells']) {
    const roles = await tx.hukiRoles.findAll();
    const problem = checkCells(cells, new Set(roles.map((r) => r.id)));
    if (problem) throw this.refusal(problem, roles);
  }

  private refusal(problem: HukiProblem, roles: Stored<HukiRole>[]): AppError {
    switch (problem.kind) {
      case 'noH':
        return new AppError('validation', 'validation.hukiNoH');
      case 'unknownRole':
        return new AppError('validation', 'validation.hukiUnknownRole', { id: problem.roleId });
      case 'severalH': {
        const name = (id: string) => roles.find((r) => r.id === id)?.name ?? id;
        return new AppError('validation', 'validation.hukiSeveralH', {
          roles: problem.roleIds.map(name).join(', '),
        });
      }
    }
  }

  async createRole(ctx: RequestContext, input: unknown) {
    ensure(canEditHuki(requireActor(ctx)));
    const body = parseInput(S.hukiRoleCreate, input, ctx.locale);
    const count = (await this.store.hukiRoles.findAll()).length;
    return this.store.hukiRoles.create({ ...body, sortOrder: body.sortOrder ?? count });
  }

  async updateRole(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    ensure(canEditHuki(requireActor(ctx)));
    const patch = parseInput(S.hukiRoleUpdate, input, ctx.locale);
    const current = await mustGet(this.store.hukiRoles, 'HUKI-roll', id);
    return this.store.hukiRoles.update(id, patched(data(current), patch), checkEtag(current, ifMatch));
  }

  /** A role that is H somewhere cannot go (the activity would have none); its other letters go with it. */
  async deleteRole(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    ensure(canEditHuki(requireActor(ctx)));
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.hukiRoles, 'HUKI-roll', id);
      const etag = checkEtag(current, ifMatch);
      const activities = await tx.hukiActivities.findAll();
      const led = activitiesLedBy(activities, id);
      if (led.length)
        throw conflict('conflict.hukiRoleLeads', { activities: led.map((a) => a.name).join(', ') });
      for (const a of activities.filter((a) => a.cells[id])) {
        const { [id]: _gone, ...cells } = a.cells;
        await tx.hukiActivities.update(a.id, { ...data(a), cells }, a.etag);
      }
      await tx.hukiRoles.delete(id, etag);
    });
  }

  async createActivity(ctx: RequestContext, input: unknown): Promise<Stored<HukiActivity>> {
    ensure(canEditHuki(requireActor(ctx)));
    const body = parseInput(S.hukiActivityCreate, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      await this.checked(tx, body.cells);
      const count = (await tx.hukiActivities.findAll()).length;
      return tx.hukiActivities.create({ ...body, sortOrder: body.sortOrder ?? count });
    });
  }

  async updateActivity(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    ensure(canEditHuki(requireActor(ctx)));
    const patch = parseInput(S.hukiActivityUpdate, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.hukiActivities, 'HUKI-aktivitet', id);
      const etag = checkEtag(current, ifMatch);
      const next = patched(data(current), patch);
      await this.checked(tx, next.cells);
      return tx.hukiActivities.update(id, next, etag);
    });
  }

  async deleteActivity(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    ensure(canEditHuki(requireActor(ctx)));
    const current = await mustGet(this.store.hukiActivities, 'HUKI-aktivitet', id);
    await this.store.hukiActivities.delete(id, checkEtag(current, ifMatch));
  }
}
