// Use cases of the object structure and an object's anatomy: products, components, related objects, contracts.
import type { z } from 'zod';
import type { Component, Contract, GovernanceObject, ObjectProduct } from '../../domain/model';
import { contractNotice, isRunning } from '../../domain/contracts/notice';
import { isOpenForPrioritisation } from '../../domain/initiatives/prioritisation';
import { canChangeStructure, canEditObjectContent, canUpdateObject } from '../../domain/authorization/policy';
import { FORUM_RULES } from '../../domain/forums/forums';
import { AppError, conflict, notFound, type FieldError } from '../errors';
import { translate } from '../../i18n/messages';
import { ensure, requireActor, todayIn, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, keepOldest, mustGet, patched } from '../records';
import type { Stored } from '../ports/store';
import * as S from '../schemas';
import { PersonNameCache } from '../people/nameCache';

export class ObjectService {
  /** Role holders' names (ADR 0035: kept per instance for a minute; only for showing). */
  private readonly names: PersonNameCache;

  constructor(private readonly deps: ServiceDeps) {
    this.names = new PersonNameCache(deps.store);
  }

  private get store() {
    return this.deps.store;
  }

  async list(): Promise<Stored<GovernanceObject>[]> {
    const all = await this.store.objects.findAll();
    const order = { core: 0, support: 1, technical: 2 };
    return all.sort((a, b) => order[a.category] - order[b.category] || a.code.localeCompare(b.code, 'sv'));
  }

  async get(id: string): Promise<Stored<GovernanceObject>> {
    return mustGet(this.store.objects, 'objekt', id);
  }

  /** The object with everything the overview shows. */
  async detail(id: string) {
    // One round of reads issued together (on SharePoint: one $batch, one indexed query per list): the
    // object with everything found by its id, and what the instance keeps for showing (ADR 0036: the
    // line organisations and, on SharePoint, everyone's names). A second round only for components of
    // other objects that this one's products use, and for role holders the kept names do not know yet.
    const shown = this.deps.shown;
    const [
      found,
      products,
      links,
      owned,
      allRelated,
      assignments,
      contracts,
      forums,
      lineOrganisations,
      everyone,
    ] = await Promise.all([
      this.store.objects.get(id),
      this.store.products.findAll({ objectId: id }, { field: 'createdAt' }),
      this.store.productComponents.findAll({ objectId: id }),
      this.store.components.findAll({ ownerObjectId: id }),
      // All of them (a short list): the object's own dependencies, and the objects that depend on it,
      // which the tab shows from both sides (relatedObjectId is not an indexed field).
      this.store.relatedObjects.findAll(),
      this.store.roleAssignments.findAll({ objectId: id }),
      this.store.contracts.findAll({ objectId: id }),
      this.store.forums.findAll({ kind: 'osg', objectId: id }),
      shown ? shown.lineOrganisations() : this.store.lineOrganisations.findAll(),
      shown?.keepsPeople ? shown.people() : undefined,
    ]);
    if (!found) throw notFound('objekt', id);
    const object = found;
    const related = allRelated.filter((r) => r.objectId === id);
    // Components of other objects that this object's products use (and that its contracts name).
    const ownedIds = new Set(owned.map((c) => c.id));
    const foreignIds = [
      ...new Set([...links.map((l) => l.componentId), ...contracts.map((c) => c.componentId)]),
    ].filter((c) => !ownedIds.has(c));
    const personName = new Map((everyone ?? []).map((p) => [p.id, p.displayName]));
    const unnamed = [...new Set(assignments.map((a) => a.personId))].filter((p) => !personName.has(p));
    const [foreignOrMissing, people] = await Promise.all([
      Promise.all(foreignIds.map((c) => this.store.components.get(c))),
      Promise.all(unnamed.map((p) => this.names.get(p))),
    ]);
    for (const p of people) if (p) personName.set(p.id, p.displayName);
    const known = new Map<string, Stored<Component> | undefined>(owned.map((c) => [c.id, c]));
    foreignIds.forEach((c, i) => known.set(c, foreignOrMissing[i]));
    const linked = new Set(links.map((l) => l.componentId));
    const foreign = foreignOrMissing.filter(
      (c): c is Stored<Component> => c !== undefined && linked.has(c.id),
    );
    return {
      ...object,
      lineOrganisations: lineOrganisations.filter((l) => object.lineOrganisationIds.includes(l.id)),
      products: products
        .sort((a, b) => a.sortOrder - b.sortOrder)
        .map((p) => ({
          ...p,
          componentIds: links.filter((l) => l.productId === p.id).map((l) => l.componentId),
        })),
      components: [...owned, ...foreign].sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      roleAssignments: assignments.map((a) => ({ ...a, personName: personName.get(a.personId) ?? '' })),
      relatedObjects: related,
      /** Other objects' dependencies on this one (their objectId names them). */
      relatedFrom: allRelated.filter((r) => r.relatedObjectId === id && r.objectId !== id),
      contracts: await this.withNotice(contracts, known),
      forum: forums[0] ?? null,
    };
  }

  async create(ctx: RequestContext, input: unknown): Promise<Stored<GovernanceObject>> {
    const actor = requireActor(ctx);
    ensure(canChangeStructure(actor));
    const body = S.parseInput(S.objectCreate, input, ctx.locale);
    await this.checkLineOrganisations(body.lineOrganisationIds);
    return this.store.transaction(async (tx) => {
      await this.checkCodeFree(body.code);
      const object = await tx.objects.create(body);
      // Another instance may have created the same code meanwhile: one object a code stands.
      await keepOldest(tx.objects, { code: body.code }, object.id, () =>
        conflict('conflict.codeTaken', { code: body.code }),
      );
      // Every object has its own OSG (spec §Forums).
      await tx.forums.create({
        kind: 'osg',
        objectId: object.id,
        name: `Objektstyrgrupp ${object.code}`,
        minMeetingsPerYear: FORUM_RULES.osg.defaultMinMeetingsPerYear,
        delegatePersonIds: [],
        // Its first year's minimum is prorated from today.
        establishedOn: todayIn(this.deps.clock),
      });
      return object;
    });
  }

  async update(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const current = await this.get(id);
    const patch = S.parseInput(S.objectUpdate, input, ctx.locale);
    const structural =
      (patch.code !== undefined && patch.code !== current.code) ||
      (patch.category !== undefined && patch.category !== current.category) ||
      (patch.active !== undefined && patch.active !== current.active);
    ensure(structural ? canChangeStructure(actor) : canUpdateObject(actor, id));
    const etag = checkEtag(current, ifMatch);
    if (patch.lineOrganisationIds) await this.checkLineOrganisations(patch.lineOrganisationIds);
    return this.store.transaction(async (tx) => {
      if (patch.code && patch.code !== current.code) await this.checkCodeFree(patch.code);
      return tx.objects.update(id, patched(data(current), patch), etag);
    });
  }

  async delete(ctx: RequestContext, id: string, ifMatch: string | undefined): Promise<void> {
    const actor = requireActor(ctx);
    ensure(canChangeStructure(actor));
    const current = await this.get(id);
    checkEtag(current, ifMatch);
    await this.store.transaction(async (tx) => {
      const [plans, initiatives] = await Promise.all([
        tx.plans.find({ where: { objectId: id }, limit: 1 }),
        tx.initiatives.find({ where: { objectId: id }, limit: 1 }),
      ]);
      if (plans.items.length || initiatives.items.length) throw conflict('conflict.objectInUse');
      const cascade = async <T>(
        col: { findAll(w: object): Promise<Stored<T>[]>; delete(id: string): Promise<void> },
        where: object,
      ) => {
        for (const r of await col.findAll(where)) await col.delete(r.id);
      };
      await cascade(tx.productComponents, { objectId: id });
      await cascade(tx.products, { objectId: id });
      await cascade(tx.contracts, { objectId: id });
      await cascade(tx.components, { ownerObjectId: id });
      await cascade(tx.relatedObjects, { objectId: id });
      await cascade(tx.roleAssignments, { objectId: id });
      await cascade(tx.forums, { objectId: id });
      await tx.objects.delete(id, current.etag);
    });
  }

  private async checkCodeFree(code: string) {
    const taken = await this.store.objects.find({ where: { code }, limit: 1 });
    if (taken.items.length) throw conflict('conflict.codeTaken', { code });
  }

  private async checkLineOrganisations(ids: readonly string[]) {
    for (const id of ids) {
      if (!(await this.store.lineOrganisations.get(id))) {
        throw new AppError('validation', 'error.validation', {}, [
          { path: 'lineOrganisationIds', message: `Hittade ingen förvaltning med id ${id}.` },
        ]);
      }
    }
  }

  // --- Products ---------------------------------------------------------------------------------

  async createProduct(ctx: RequestContext, objectId: string, input: unknown): Promise<Stored<ObjectProduct>> {
    const actor = requireActor(ctx);
    await this.get(objectId);
    ensure(canEditObjectContent(actor, objectId));
    const body = S.parseInput(S.productCreate, input, ctx.locale);
    const sortOrder = body.sortOrder ?? (await this.store.products.findAll({ objectId })).length + 1;
    return this.store.products.create({
      objectId,
      name: body.name,
      description: body.description,
      sortOrder,
    });
  }

  async updateProduct(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.products, 'produkt', id);
    ensure(canEditObjectContent(actor, current.objectId));
    const patch = S.parseInput(S.productUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    return this.store.products.update(id, patched(data(current), patch), etag);
  }

  async deleteProduct(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.products, 'produkt', id);
    ensure(canEditObjectContent(actor, current.objectId));
    checkEtag(current, ifMatch);
    await this.store.transaction(async (tx) => {
      for (const link of await tx.productComponents.findAll({ productId: id }))
        await tx.productComponents.delete(link.id);
      await tx.products.delete(id, current.etag);
    });
  }

  // --- Components ---------------------------------------------------------------------------------

  async createComponent(ctx: RequestContext, objectId: string, input: unknown) {
    const actor = requireActor(ctx);
    await this.get(objectId);
    ensure(canEditObjectContent(actor, objectId));
    const { productIds, ...body } = S.parseInput(S.componentCreate, input, ctx.locale);
    checkSupplier(body);
    const products = await this.productsNamed(productIds, 'productIds', ctx);
    for (const product of products) {
      if (product.objectId !== objectId) ensure(canEditObjectContent(actor, product.objectId));
    }
    return this.store.transaction(async (tx) => {
      const component = await tx.components.create({ ...body, ownerObjectId: objectId });
      for (const productId of productIds) {
        const product = (await tx.products.get(productId))!;
        await tx.productComponents.create({
          objectId: product.objectId,
          productId,
          componentId: component.id,
        });
      }
      return component;
    });
  }

  async updateComponent(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.components, 'komponent', id);
    ensure(canEditObjectContent(actor, current.ownerObjectId));
    const patch = S.parseInput(S.componentUpdate, input, ctx.locale);
    const etag = checkEtag(current, ifMatch);
    const next = patched(data(current), patch);
    checkSupplier(next);
    if (next.kind === 'business' && current.kind !== 'business') {
      // An IT component with contracts cannot become a business component: contracts are IT's.
      const contracts = await this.store.contracts.find({ where: { componentId: id }, limit: 1 });
      if (contracts.items.length)
        throw new AppError('validation', 'validation.contractOnlyIt', { name: current.name }, [
          {
            path: 'kind',
            message: translate(ctx.locale, 'validation.contractOnlyIt', { name: current.name }),
          },
        ]);
    }
    return this.store.components.update(id, next, etag);
  }

  async deleteComponent(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.components, 'komponent', id);
    ensure(canEditObjectContent(actor, current.ownerObjectId));
    checkEtag(current, ifMatch);
    await this.store.transaction(async (tx) => {
      const [links, contracts, sends, receives] = await Promise.all([
        tx.productComponents.findAll({ componentId: id }),
        tx.contracts.find({ where: { componentId: id }, limit: 1 }),
        tx.integrations.find({ where: { fromSystemId: id }, limit: 1 }),
        tx.integrations.find({ where: { toSystemId: id }, limit: 1 }),
      ]);
      // Another object's products still using it, or a contract on it, keep it alive.
      if (contracts.items.length || links.some((l) => l.objectId !== current.ownerObjectId)) {
        throw conflict('conflict.componentInUse');
      }
      // So do integrations in the system map (issue 17): they are removed, or moved, first.
      if (sends.items.length || receives.items.length) throw conflict('conflict.systemIntegrated');
      for (const link of links) await tx.productComponents.delete(link.id);
      await tx.components.delete(id, current.etag);
    });
  }

  /** Links a component, possibly one owned by another object, to a product. */
  async linkComponent(ctx: RequestContext, productId: string, input: unknown) {
    const actor = requireActor(ctx);
    const product = await mustGet(this.store.products, 'produkt', productId);
    ensure(canEditObjectContent(actor, product.objectId));
    const { componentId } = S.parseInput(S.productComponentLink, input, ctx.locale);
    await this.componentNamed(componentId, ctx);
    return this.store.transaction(async (tx) => {
      const existing = await tx.productComponents.findAll({ productId, componentId });
      if (existing.length) throw conflict('conflict.linkExists');
      return tx.productComponents.create({ objectId: product.objectId, productId, componentId });
    });
  }

  async unlinkComponent(ctx: RequestContext, productId: string, componentId: string) {
    const actor = requireActor(ctx);
    const product = await mustGet(this.store.products, 'produkt', productId);
    ensure(canEditObjectContent(actor, product.objectId));
    const links = await this.store.productComponents.findAll({ productId, componentId });
    if (!links.length)
      throw new AppError('notFound', 'error.notFound', { what: 'koppling', id: componentId });
    await this.store.transaction(async (tx) => {
      for (const link of links) await tx.productComponents.delete(link.id);
    });
  }

  // --- Related objects ------------------------------------------------------------------------------

  async createRelated(ctx: RequestContext, objectId: string, input: unknown) {
    const actor = requireActor(ctx);
    await this.get(objectId);
    ensure(canEditObjectContent(actor, objectId));
    const body = S.parseInput(S.relatedObjectCreate, input, ctx.locale);
    if (body.relatedObjectId === objectId) throw new AppError('validation', 'validation.sameObject');
    if (body.relatedObjectId) await mustGet(this.store.objects, 'objekt', body.relatedObjectId);
    return this.store.relatedObjects.create({ ...body, objectId });
  }

  async updateRelated(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.relatedObjects, 'närliggande objekt', id);
    ensure(canEditObjectContent(actor, current.objectId));
    const patch = S.parseInput(S.relatedObjectUpdate, input, ctx.locale);
    if (patch.relatedObjectId === current.objectId) throw new AppError('validation', 'validation.sameObject');
    if (patch.relatedObjectId) await mustGet(this.store.objects, 'objekt', patch.relatedObjectId);
    const etag = checkEtag(current, ifMatch);
    return this.store.relatedObjects.update(id, patched(data(current), patch), etag);
  }

  async deleteRelated(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.relatedObjects, 'närliggande objekt', id);
    ensure(canEditObjectContent(actor, current.objectId));
    await this.store.relatedObjects.delete(id, checkEtag(current, ifMatch));
  }

  // --- Contracts -------------------------------------------------------------------------------------

  /** The object's contracts by end date, each with its last notice date and whether it is within notice now. */
  async contracts(objectId: string) {
    await this.get(objectId);
    const contracts = await this.store.contracts.findAll({ objectId }, { field: 'endDate' });
    return this.withNotice(contracts);
  }

  /** `known`: components already read (by id), so that only the others are read again. */
  private withNotice(contracts: Stored<Contract>[], known?: Map<string, Stored<Component> | undefined>) {
    const today = todayIn(this.deps.clock);
    const components = new Map<string, Promise<Stored<Component> | undefined>>(
      [...(known ?? [])].map(([id, c]) => [id, Promise.resolve(c)]),
    );
    return Promise.all(
      contracts
        .sort((a, b) => a.endDate.localeCompare(b.endDate))
        .map(async (c) => {
          if (!components.has(c.componentId))
            components.set(c.componentId, this.store.components.get(c.componentId));
          const component = await components.get(c.componentId);
          return {
            ...c,
            componentName: component?.name ?? '',
            ...contractNotice(c, today, this.deps.contractNoticeLeadDays),
          };
        }),
    );
  }

  /** Products named in a body: each must exist, or the field says which does not (400, not 404). */
  private async productsNamed(ids: readonly string[], field: string, ctx: RequestContext) {
    const found = await Promise.all(ids.map((id) => this.store.products.get(id)));
    const fields: FieldError[] = ids
      .map((id, i) => ({ id, i }))
      .filter(({ i }) => !found[i])
      .map(({ id, i }) => ({
        path: `${field}.${i}`,
        message: translate(ctx.locale, 'validation.unknownProduct', { id }),
      }));
    if (fields.length) throw new AppError('validation', 'error.validation', {}, fields);
    return found as Stored<ObjectProduct>[];
  }

  private async componentNamed(id: string, ctx: RequestContext) {
    const component = await this.store.components.get(id);
    if (!component)
      throw new AppError('validation', 'error.validation', {}, [
        {
          path: 'componentId',
          message: translate(ctx.locale, 'validation.unknownReference', { what: 'komponent', id }),
        },
      ]);
    return component;
  }

  /**
   * What a retired object (or one about to be) still has open, for its owners to finish (000 §3.1.4):
   * open initiatives, plans not closed, contracts not yet expired and open action items of its OSG.
   */
  async openItems(objectId: string) {
    const object = await this.get(objectId);
    const today = todayIn(this.deps.clock);
    const [initiatives, plans, contracts, forums] = await Promise.all([
      this.store.initiatives.findAll({ objectId }),
      this.store.plans.findAll({ objectId }, { field: 'year' }),
      this.store.contracts.findAll({ objectId }, { field: 'endDate' }),
      this.store.forums.findAll({ kind: 'osg', objectId }),
    ]);
    const actionItems = (
      await Promise.all(forums.map((f) => this.store.actionItems.findAll({ forumId: f.id, status: 'open' })))
    ).flat();
    return {
      objectId,
      code: object.code,
      active: object.active,
      initiatives: initiatives
        .filter(isOpenForPrioritisation)
        .map((i) => ({ id: i.id, title: i.title, status: i.status, escalationLevel: i.escalationLevel })),
      plans: plans
        .filter((p) => p.status !== 'closed')
        .map((p) => ({ id: p.id, year: p.year, status: p.status })),
      contracts: contracts
        .map((c) => ({ c, notice: contractNotice(c, today, this.deps.contractNoticeLeadDays) }))
        .filter(({ notice }) => isRunning(notice.state))
        .map(({ c, notice }) => ({
          id: c.id,
          title: c.title,
          supplier: c.supplier,
          endDate: c.endDate,
          ...notice,
        })),
      actionItems: actionItems.map((a) => ({
        id: a.id,
        title: a.title,
        ownerPersonId: a.ownerPersonId,
        dueDate: a.dueDate,
      })),
    };
  }

  async lineOrganisations() {
    const all = await (this.deps.shown?.lineOrganisations() ?? this.store.lineOrganisations.findAll());
    // A copy: what the instance keeps is shared by every request.
    return [...all].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  }

  async createContract(ctx: RequestContext, input: unknown) {
    const actor = requireActor(ctx);
    const body = S.parseInput(S.contractCreate, input, ctx.locale);
    const component = await this.componentNamed(body.componentId, ctx);
    ensure(canEditObjectContent(actor, component.ownerObjectId));
    checkContractComponent(component, ctx);
    if (body.endDate <= body.startDate) throw new AppError('validation', 'validation.contractDates');
    return this.store.contracts.create({ ...body, objectId: component.ownerObjectId });
  }

  async updateContract(ctx: RequestContext, id: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.contracts, 'avtal', id);
    ensure(canEditObjectContent(actor, current.objectId));
    const patch = S.parseInput(S.contractUpdate, input, ctx.locale);
    const next = patched(data(current), patch);
    if (patch.componentId && patch.componentId !== current.componentId) {
      const component = await this.componentNamed(patch.componentId, ctx);
      ensure(canEditObjectContent(actor, component.ownerObjectId));
      checkContractComponent(component, ctx);
      next.objectId = component.ownerObjectId;
    }
    if (next.endDate <= next.startDate) throw new AppError('validation', 'validation.contractDates');
    const etag = checkEtag(current, ifMatch);
    return this.store.contracts.update(id, next, etag);
  }

  async deleteContract(ctx: RequestContext, id: string, ifMatch: string | undefined) {
    const actor = requireActor(ctx);
    const current = await mustGet(this.store.contracts, 'avtal', id);
    ensure(canEditObjectContent(actor, current.objectId));
    await this.store.contracts.delete(id, checkEtag(current, ifMatch));
  }
}

/** The model gives a supplier to IT components only (spec glossary: it-komponent "has supplier, contract"). */
function checkSupplier(component: Pick<Component, 'kind' | 'supplier'>) {
  if (component.kind === 'business' && component.supplier)
    throw new AppError('validation', 'validation.supplierOnlyIt', {}, [
      { path: 'supplier', message: 'Leverantör anges bara på en it-komponent.' },
    ]);
}

/** Contracts belong to IT components. */
function checkContractComponent(component: Stored<Component>, ctx: RequestContext) {
  if (component.kind !== 'it') {
    const message = translate(ctx.locale, 'validation.contractOnlyIt', { name: component.name });
    throw new AppError('validation', 'validation.contractOnlyIt', { name: component.name }, [
      { path: 'componentId', message },
    ]);
  }
}

export type ObjectDetail = Awaited<ReturnType<ObjectService['detail']>>;
export type ObjectCreateInput = z.input<typeof S.objectCreate>;
