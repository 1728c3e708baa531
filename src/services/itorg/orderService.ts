// Orders and changes (beställningsflöde, ändringshantering; seed 002): a department's need becomes an
// order; the orderer function assesses it (object, system, size, cost, risk) and hands it to a performer,
// first asking the object's owners when the cost is above their threshold; the performer estimates and
// delivers; the orderer accepts the delivery or returns it. Every step is recorded with who and when, and
// the bot posts to the object's channel whenever the order waits for someone.
import {
  canAcceptOrder,
  canApproveOrder,
  canAssessOrder,
  canPerformOrder,
  canRegisterNeed,
  canSetOrderThreshold,
  ORDERER_FUNCTION_ROLES,
} from '../../domain/authorization/policy';
import type { Order, OrderApproval, OrderState } from '../../domain/itorg/model';
import {
  approvalOutcome,
  approvalThresholdOf,
  CLOSED_STATES,
  mayTake,
  needsApproval,
  requiredApprovers,
  type OrderStep,
} from '../../domain/itorg/orders';
import type { ObjectRole } from '../../domain/model';
import { AppError, conflict } from '../errors';
import { ensure, requireActor, type RequestContext, type ServiceDeps } from '../context';
import { checkEtag, data, mustGet } from '../records';
import type { Stored, StoreCollections } from '../ports/store';
import { parseInput } from '../schemas';
import { NotificationService } from '../notifications/notificationService';
import * as S from './itorgSchemas';

/** Who an order waits for in each open state. */
export const WAITS_FOR: Partial<
  Record<OrderState, 'ordererFunction' | 'owners' | 'performer' | 'requester'>
> = {
  need: 'ordererFunction',
  awaitingApproval: 'owners',
  ordered: 'performer',
  estimated: 'performer',
  awaitingAcceptance: 'requester',
};

export class OrderService {
  private readonly notifications: NotificationService;

  constructor(private readonly deps: ServiceDeps) {
    this.notifications = new NotificationService(deps);
  }

  private get store() {
    return this.deps.store;
  }

  private now() {
    return this.deps.clock.now().toISOString();
  }

  /** Orders, newest first, with the names a reader needs. */
  async list(query: unknown) {
    const filter = parseInput(S.orderFilter, query ?? {});
    const where = {
      ...(filter.state ? { state: filter.state } : {}),
      ...(filter.objectId ? { objectId: filter.objectId } : {}),
    };
    const orders = await this.store.orders.findAll(where);
    const names = await this.names();
    return orders.sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((o) => this.view(o, names));
  }

  async get(id: string) {
    const order = await mustGet(this.store.orders, 'beställning', id);
    const [names, approvers] = await Promise.all([this.names(), this.approvers(this.store, order.objectId)]);
    return { ...this.view(order, names), requiredApprovers: approvers };
  }

  private async names() {
    const [objects, components, people, lines] = await Promise.all([
      this.store.objects.findAll(),
      this.store.components.findAll({ kind: 'it' }),
      this.store.people.findAll(),
      this.store.lineOrganisations.findAll(),
    ]);
    return {
      object: new Map(objects.map((o) => [o.id, o])),
      component: new Map(components.map((c) => [c.id, c.name])),
      person: new Map(people.map((p) => [p.id, p.displayName])),
      line: new Map(lines.map((l) => [l.id, l.name])),
    };
  }

  private view(o: Stored<Order>, n: Awaited<ReturnType<OrderService['names']>>) {
    const object = n.object.get(o.objectId);
    return {
      ...o,
      objectCode: object?.code ?? '',
      objectName: object?.name ?? '',
      componentName: o.componentId ? (n.component.get(o.componentId) ?? null) : null,
      requesterName: n.person.get(o.requesterPersonId) ?? '',
      performerName: o.performerPersonId ? (n.person.get(o.performerPersonId) ?? null) : null,
      lineOrganisationName: o.lineOrganisationId ? (n.line.get(o.lineOrganisationId) ?? null) : null,
      waitsFor: WAITS_FOR[o.state] ?? null,
    };
  }

  /** The owner roles the object has people in: whose approval an order above the threshold needs. */
  private async approvers(tx: Pick<StoreCollections, 'roleAssignments'>, objectId: string) {
    const held = (await tx.roleAssignments.findAll({ objectId })).map((a) => a.role);
    return requiredApprovers(held);
  }

  private step(order: Stored<Order>, step: OrderStep) {
    if (!mayTake(step, order.state))
      throw conflict('conflict.orderStep', { state: `term:order.${order.state}`, step: `term:step.${step}` });
  }

  private async checkComponent(tx: StoreCollections, id: string | null | undefined) {
    if (!id) return;
    const c = await tx.components.get(id);
    if (!c || c.kind !== 'it') throw new AppError('validation', 'validation.componentOfObject', { id });
  }

  /** A department's need, registered in the object it concerns. */
  async create(ctx: RequestContext, objectId: string, input: unknown): Promise<Stored<Order>> {
    const actor = requireActor(ctx);
    const object = await mustGet(this.store.objects, 'objekt', objectId);
    ensure(canRegisterNeed(actor, objectId));
    const body = parseInput(S.orderCreate, input, ctx.locale);
    if (body.kind === 'change' && !body.changeCategory)
      throw new AppError('validation', 'validation.changeCategory');
    return this.store.transaction(async (tx) => {
      await this.checkComponent(tx, body.componentId);
      if (body.lineOrganisationId)
        await mustGet(tx.lineOrganisations, 'förvaltning', body.lineOrganisationId);
      const at = this.now();
      const order = await tx.orders.create({
        ...body,
        changeCategory: body.kind === 'change' ? body.changeCategory : null,
        objectId,
        requesterPersonId: actor.personId,
        state: 'need',
        assessment: null,
        // Copied, so that a later change of the object's threshold does not move orders under way.
        approvalThreshold: approvalThresholdOf(object),
        approvals: [],
        performerPersonId: null,
        estimate: null,
        delivery: null,
        planId: null,
        budgetLineIds: [],
        history: [{ state: 'need', byPersonId: actor.personId, at, comment: '' }],
      });
      await this.notifications.orderMoved(tx, order, null, true);
      return order;
    });
  }

  private async move(
    tx: StoreCollections,
    current: Stored<Order>,
    next: Order,
    byPersonId: string,
    comment: string,
  ): Promise<Stored<Order>> {
    const moved = next.state !== current.state;
    const order = await tx.orders.update(
      current.id,
      moved
        ? { ...next, history: [...next.history, { state: next.state, byPersonId, at: this.now(), comment }] }
        : next,
      current.etag,
    );
    if (moved)
      await this.notifications.orderMoved(tx, order, current.state, WAITS_FOR[order.state] !== undefined);
    return order;
  }

  /**
   * The orderer function's assessment: which object and system, how big, what it costs, how risky, and
   * who performs it. Above the threshold the object's owners are asked first.
   */
  async assess(ctx: RequestContext, id: string, input: unknown) {
    const actor = requireActor(ctx);
    ensure(canAssessOrder(actor));
    const body = parseInput(S.orderAssessment, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.orders, 'beställning', id);
      this.step(current, 'assess');
      const objectId = body.objectId ?? current.objectId;
      const object = await mustGet(tx.objects, 'objekt', objectId);
      // Moved to another object at assessment: that object's owners answer, against their threshold.
      const approvalThreshold =
        objectId === current.objectId ? current.approvalThreshold : approvalThresholdOf(object);
      await mustGet(tx.people, 'person', body.performerPersonId);
      const componentId = body.componentId !== undefined ? body.componentId : current.componentId;
      await this.checkComponent(tx, componentId);
      const changeCategory = body.changeCategory !== undefined ? body.changeCategory : current.changeCategory;
      if (current.kind === 'change' && !changeCategory)
        throw new AppError('validation', 'validation.changeCategory');
      const planId = body.planId !== undefined ? body.planId : current.planId;
      const budgetLineIds = body.budgetLineIds ?? (planId === current.planId ? current.budgetLineIds : []);
      if (planId) {
        const plan = await tx.plans.get(planId);
        if (!plan)
          throw new AppError('validation', 'validation.unknownReference', { what: 'objektplan', id: planId });
        if (plan.objectId !== objectId) throw new AppError('validation', 'validation.planOfOtherObject');
        const lines = new Set((await tx.budgetLines.findAll({ planId })).map((l) => l.id));
        const unknown = budgetLineIds.find((l) => !lines.has(l));
        if (unknown) throw new AppError('validation', 'validation.lineNotInPlan', { id: unknown });
      } else if (budgetLineIds.length) throw new AppError('validation', 'validation.linksNeedPlan');
      let state: OrderState = 'ordered';
      if (needsApproval(body.cost, approvalThreshold)) {
        if ((await this.approvers(tx, objectId)).length === 0) throw conflict('conflict.orderNoOwners');
        state = 'awaitingApproval';
      }
      return this.move(
        tx,
        current,
        {
          ...data(current),
          objectId,
          approvalThreshold,
          componentId,
          changeCategory: current.kind === 'change' ? changeCategory : null,
          planId: planId ?? null,
          budgetLineIds: planId ? budgetLineIds : [],
          assessment: {
            size: body.size,
            cost: body.cost,
            risk: body.risk,
            comment: body.comment,
            byPersonId: actor.personId,
            at: this.now(),
          },
          performerPersonId: body.performerPersonId,
          approvals: [],
          state,
        },
        actor.personId,
        body.comment,
      );
    });
  }

  /**
   * The object's threshold for the owners' approval, set by its owners or the model owner (ADR 0029);
   * null returns it to the model's default. Orders already registered keep the threshold they were given.
   */
  async setThreshold(ctx: RequestContext, objectId: string, ifMatch: string | undefined, input: unknown) {
    const actor = requireActor(ctx);
    await mustGet(this.store.objects, 'objekt', objectId);
    ensure(canSetOrderThreshold(actor, objectId));
    const body = parseInput(S.orderThreshold, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.objects, 'objekt', objectId);
      const etag = checkEtag(current, ifMatch);
      const { orderApprovalThreshold: _old, ...rest } = data(current);
      const next = body.threshold === null ? rest : { ...rest, orderApprovalThreshold: body.threshold };
      const object = await tx.objects.update(objectId, next, etag);
      return {
        objectId,
        etag: object.etag,
        threshold: approvalThresholdOf(object),
        own: body.threshold !== null,
      };
    });
  }

  /** An owner's answer; the order goes to the performer when every owner role has approved. */
  async answer(ctx: RequestContext, id: string, outcome: 'approved' | 'rejected', input: unknown) {
    const actor = requireActor(ctx);
    const first = await mustGet(this.store.orders, 'beställning', id);
    ensure(canApproveOrder(actor, first.objectId));
    const body = parseInput(S.orderAnswer, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.orders, 'beställning', id);
      this.step(current, 'approve');
      ensure(canApproveOrder(actor, current.objectId));
      const required = await this.approvers(tx, current.objectId);
      const answered = new Set(current.approvals.map((a) => a.role));
      const mine = actor.assignments
        .filter((a) => a.objectId === current.objectId)
        .map((a) => a.role as ObjectRole)
        .filter((r) => required.includes(r) && !answered.has(r));
      if (mine.length === 0) throw conflict('conflict.orderAlreadyAnswered');
      const at = this.now();
      const approvals: OrderApproval[] = [
        ...current.approvals,
        ...mine.map((role) => ({ personId: actor.personId, role, outcome, comment: body.comment, at })),
      ];
      const result = approvalOutcome({ approvals }, required);
      const state: OrderState =
        result === 'approved' ? 'ordered' : result === 'rejected' ? 'rejected' : current.state;
      const order = await this.move(
        tx,
        current,
        { ...data(current), approvals, state },
        actor.personId,
        body.comment,
      );
      if (state === current.state) await this.notifications.orderApprovalChanged(tx, order);
      return order;
    });
  }

  async estimate(ctx: RequestContext, id: string, input: unknown) {
    const actor = requireActor(ctx);
    const first = await mustGet(this.store.orders, 'beställning', id);
    ensure(canPerformOrder(actor, first));
    const body = parseInput(S.orderEstimate, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.orders, 'beställning', id);
      this.step(current, 'estimate');
      ensure(canPerformOrder(actor, current));
      const estimate = { ...body, byPersonId: actor.personId, at: this.now() };
      return this.move(tx, current, { ...data(current), estimate, state: 'estimated' }, actor.personId, '');
    });
  }

  /** Delivered: the order waits for the orderer's acceptance. */
  async deliver(ctx: RequestContext, id: string, input: unknown) {
    const actor = requireActor(ctx);
    const first = await mustGet(this.store.orders, 'beställning', id);
    ensure(canPerformOrder(actor, first));
    const body = parseInput(S.orderDelivery, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.orders, 'beställning', id);
      this.step(current, 'deliver');
      ensure(canPerformOrder(actor, current));
      const delivery = { note: body.note, byPersonId: actor.personId, at: this.now() };
      return this.move(
        tx,
        current,
        { ...data(current), delivery, state: 'awaitingAcceptance' },
        actor.personId,
        body.note,
      );
    });
  }

  /** The orderer accepts the delivery (closed), or returns it to the performer with what is missing. */
  async accept(ctx: RequestContext, id: string, input: unknown) {
    const actor = requireActor(ctx);
    const first = await mustGet(this.store.orders, 'beställning', id);
    ensure(canAcceptOrder(actor, first));
    const body = parseInput(S.orderAcceptance, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.orders, 'beställning', id);
      this.step(current, body.accepted ? 'accept' : 'returnDelivery');
      const state: OrderState = body.accepted ? 'accepted' : 'estimated';
      return this.move(tx, current, { ...data(current), state }, actor.personId, body.comment);
    });
  }

  async cancel(ctx: RequestContext, id: string, input: unknown) {
    const actor = requireActor(ctx);
    ensure(canAssessOrder(actor));
    const body = parseInput(S.orderAnswer, input, ctx.locale);
    return this.store.transaction(async (tx) => {
      const current = await mustGet(tx.orders, 'beställning', id);
      this.step(current, 'cancel');
      return this.move(tx, current, { ...data(current), state: 'cancelled' }, actor.personId, body.comment);
    });
  }

  /** For the bot's card: the order, its object, and per owner role who holds it and how they answered. */
  async cardState(id: string) {
    const order = await mustGet(this.store.orders, 'beställning', id);
    const [object, assignments, names] = await Promise.all([
      mustGet(this.store.objects, 'objekt', order.objectId),
      this.store.roleAssignments.findAll({ objectId: order.objectId }),
      this.names(),
    ]);
    const required = await this.approvers(this.store, order.objectId);
    const people = await Promise.all(
      [...new Set(assignments.map((a) => a.personId))].map((p) => this.store.people.get(p)),
    );
    const orgAssignments = (await this.store.roleAssignments.findAll()).filter(
      (a) => a.objectId === null && (ORDERER_FUNCTION_ROLES as readonly string[]).includes(a.role),
    );
    return {
      order: this.view(order, names),
      object,
      open: !CLOSED_STATES.includes(order.state),
      approvers: required.map((role) => {
        const holders = assignments.filter((a) => a.role === role).map((a) => a.personId);
        const answer = order.approvals.find((a) => a.role === role);
        return { role, personIds: holders, outcome: answer?.outcome ?? null, comment: answer?.comment ?? '' };
      }),
      people: new Map(people.filter((p) => p !== undefined).map((p) => [p.id, p])),
      ordererFunctionIds: orgAssignments.map((a) => a.personId),
    };
  }
}
