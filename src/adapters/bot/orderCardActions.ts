// The order approval card's verbs (issue 17): an owner approves or rejects an order above the threshold.
// Same shape as the plan's approval verb: the policy's approver rows decide the view.
import { z } from 'zod';
import { awaitingMyAnswer, myApproverRows } from '../../domain/authorization/policy';
import { translate } from '../../i18n/messages';
import { AppError } from '../../services/errors';
import { cardResponse, type CardResponse } from './activity';
import type { BotDeps } from './botDeps';
import { ORDER_VERBS, type OrderView } from './cards/orderCard';
import { say } from './cards/texts';
import type { BotTurn } from './turn';

/** `state` is the step the card was posted for: an answer to a card of an earlier step is refused. */
export const orderAction = z.object({
  type: z.literal('Action.Execute'),
  verb: z.enum([ORDER_VERBS.refresh, ORDER_VERBS.approve, ORDER_VERBS.reject]),
  data: z.object({
    orderId: z.string().min(1).max(100),
    state: z.string().min(1).max(40),
    comment: z.string().max(2000).optional(),
  }),
});

export async function runOrderAction(
  turn: BotTurn,
  { verb, data }: z.infer<typeof orderAction>,
  deps: BotDeps,
): Promise<CardResponse> {
  const { locale } = turn;
  const show = (view: OrderView) =>
    deps.renderer.order(data.orderId, data.state, locale, view).then(cardResponse);
  const actor = await turn.actor();
  if (!actor) return show({ kind: 'notice', message: say(locale, 'unknownUser') });
  const state = await deps.services.orders.cardState(data.orderId);
  const approval = { approvers: state.approvers };
  const asking = state.order.state === 'awaitingApproval' && data.state === 'awaitingApproval';
  if (verb === ORDER_VERBS.refresh) {
    if (asking && awaitingMyAnswer(actor, approval).length > 0) return show({ kind: 'approver' });
    const answered = myApproverRows(actor, approval).find((a) => a.outcome !== null);
    if (answered?.outcome) return show({ kind: 'answered', outcome: answered.outcome });
    const clicked = turn.activity.value?.trigger === 'manual';
    return show(
      clicked && asking
        ? { kind: 'notice', message: translate(locale, 'card.order.notApprover') }
        : { kind: 'shared' },
    );
  }
  if (!asking) return show({ kind: 'notice', message: translate(locale, 'card.order.moved') });
  const outcome = verb === ORDER_VERBS.approve ? 'approved' : 'rejected';
  try {
    await deps.services.orders.answer({ actor, locale }, data.orderId, outcome, {
      comment: data.comment ?? '',
    });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (error.kind === 'forbidden')
      return show({ kind: 'notice', message: translate(locale, 'card.order.notApprover') });
    if (error.kind === 'validation')
      return show({ kind: 'approver', error: translate(locale, error.key, error.params) });
    return show({ kind: 'notice', message: translate(locale, error.key, error.params) });
  }
  deps.dispatcher.nudge();
  return show({ kind: 'answered', outcome });
}
