// The order flow (beställningsflödet, seed 002): need → assessment by the orderer function → the owners'
// approval when the cost is above their threshold → the performer estimates and delivers → the orderer
// accepts. Pure rules: which step may follow which, and whose approval is still missing.
import type { ObjectRole } from '../model';
import { DEFAULT_APPROVAL_POLICY } from '../plan/lifecycle';
import type { Order, OrderState } from './model';

/**
 * Above this cost (whole SEK) an order needs the object's owners' approval, unless the object's owners
 * (or the model owner) set the object's own threshold (ADR 0029).
 */
export const DEFAULT_APPROVAL_THRESHOLD = 100_000;

/** The threshold an order for the object is weighed against: the object's own, or the default. */
export function approvalThresholdOf(object: { orderApprovalThreshold?: number | undefined }): number {
  return object.orderApprovalThreshold ?? DEFAULT_APPROVAL_THRESHOLD;
}

export const CLOSED_STATES: readonly OrderState[] = ['accepted', 'rejected', 'cancelled'];

export type OrderStep =
  'assess' | 'approve' | 'estimate' | 'deliver' | 'accept' | 'returnDelivery' | 'cancel';

/** The states each step may be taken from. */
const FROM: Record<OrderStep, readonly OrderState[]> = {
  assess: ['need'],
  approve: ['awaitingApproval'],
  estimate: ['ordered', 'estimated'],
  deliver: ['estimated'],
  accept: ['awaitingAcceptance'],
  returnDelivery: ['awaitingAcceptance'],
  cancel: ['need', 'awaitingApproval', 'ordered', 'estimated'],
};

export function mayTake(step: OrderStep, state: OrderState): boolean {
  return FROM[step].includes(state);
}

export function needsApproval(cost: number, threshold: number): boolean {
  return cost > threshold;
}

/**
 * The owner roles whose approval is needed: each owner role the object has someone in (both owners
 * when both are appointed, as for plans). An object without owners cannot approve: the list is empty
 * and the service refuses to ask.
 */
export function requiredApprovers(heldRoles: readonly string[]): ObjectRole[] {
  // The same roles as approve the object's plan: the OSG's approval policy.
  return DEFAULT_APPROVAL_POLICY.requiredRoles.filter((r) => heldRoles.includes(r));
}

/** The outcome of the approval round so far: rejected by any owner, approved when every role has. */
export function approvalOutcome(
  order: Pick<Order, 'approvals'>,
  required: readonly ObjectRole[],
): 'approved' | 'rejected' | 'open' {
  if (order.approvals.some((a) => a.outcome === 'rejected')) return 'rejected';
  const approved = new Set(order.approvals.filter((a) => a.outcome === 'approved').map((a) => a.role));
  return required.length > 0 && required.every((r) => approved.has(r)) ? 'approved' : 'open';
}
