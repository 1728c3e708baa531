// The service catalogue (tjänstekatalogen, seed 002): what the IT organisation delivers, at what service
// level and price, who to ask and which systems each service covers; objects order services.
import { canEditServiceCatalogue, canOrderService } from '../../domain/authorization/policy';
import type { ItService } from '../../domain/itorg/model';
import { AppError } from '../errors';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, mustGet, patched } from '../records';
import type { Stored } from '../ports/store';
import { parseInput } from '../schemas';
import * as S from './itorgSchemas';

export class CatalogueService {
  constructor(private readonly deps: ServiceDeps) {}

  private get store() {
    return this.deps.store;
  }

  /** The catalogue in its order, each service with the names of its systems, contact and ordering objects. */
  async list() {
    const [services, components, objects, people] = await Promise.all([
      this.store.itServices.findAll(),
      this.store.components.findAll({ kind: 'it' }),
      this.store.objects.findAll(),
      this.store.people.findAll(),
    ]);
    const componentName = new Map(components.map((c) => [c.id, c.name]));
    const objectOf = new Map(objects.map((o) => [o.id, { id: o.id, code: o.code, name: o.name }]));
    const personName = new Map(people.map((p) => [p.id, p.displayName]));
    return services
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'sv'))
      .map((s) => ({
        ...s,
        systems: s.componentIds.map((id) => ({ id, name: componentName.get(id) ?? id })),
        objects: s.objectIds.flatMap((id) => objectOf.get(id) ?? []),
        contactName: s.contactPersonId ? (personName.get(s.contactPersonId) ?? null) : null,
      }));
  }

  private async checkRefs(input: { componentIds?: string[]; contactPersonId?: string | null }) {
    for (const id of input.componentIds ?? []) {
      const c = await this.store.components.get(id);
      if (!c || c.kind !== 'it') throw new AppError('validation', 'validation.componentOfObject', { id });
    }
    if (input.contactPersonId) await mustGet(this.store.people, 'person', input.contactPersonId);
  }

  async create(ctx: RequestContext, input: unknown): Promise<Stored<ItService>> {
    const actor = requireActor(ctx);
    ensure(canEditServiceCatalogue(actor));
    const body = parseInput(S.serviceCreate, input, ctx.locale);
    await this.checkRefs(body);
    const count = (await this.store.itServices.findAll()).length;
    return this.store.itServices.create({ ...body, objectIds: [], sortOrder: body.sortOrder ?? count });
  }

  async update(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    ensure(canEditServiceCatalogue(actor));
    const patch = parseInput(S.serviceUpdate, input, ctx.locale);
    const current = await mustGet(this.store.itServices, 'tjänst', id);
    const etag = checkEtag(current, ifMatch);
    await this.checkRefs(patch);
    return this.store.itServices.update(id, patched(data(current), patch), etag);
  }

  async delete(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    ensure(canEditServiceCatalogue(actor));
    const current = await mustGet(this.store.itServices, 'tjänst', id);
    await this.store.itServices.delete(id, checkEtag(current, ifMatch));
  }

  /** The object orders a service, or stops ordering it: asked of the object in the path, before the body. */
  async subscribe(ctx: RequestContext, objectId: string, input: unknown) {
    const actor = requireActor(ctx);
    await mustGet(this.store.objects, 'objekt', objectId);
    ensure(canOrderService(actor, objectId));
    const body = parseInput(S.serviceSubscription, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.itServices, 'tjänst', body.serviceId);
      const others = current.objectIds.filter((o) => o !== objectId);
      const objectIds = body.ordered ? [...others, objectId] : others;
      return tx.itServices.update(current.id, { ...data(current), objectIds }, current.etag);
    });
  }
}
