// The bot's card verbs as a table: verb → what its data may carry (zod) → a use case → the card view
// that answers. Who clicked comes from the activity (the identity port), never from the card's data.
import { z } from 'zod';
import { awaitingMyAnswer, myApproverRows } from '../../domain/authorization/policy';
import { ESCALATION_LEVELS } from '../../domain/model';
import type { ApproverStatus } from '../../domain/plan/lifecycle';
import { translate } from '../../i18n/messages';
import { AppError } from '../../services/errors';
import { cardResponse, type CardResponse } from './activity';
import type { BotDeps } from './botDeps';
import { APPROVAL_VERBS, type ApprovalView } from './cards/approvalCard';
import { DECISION_OUTCOMES, ESCALATION_VERBS, type EscalationView } from './cards/escalationCard';
import { noticeCard } from './cards/infoCards';
import { say } from './cards/texts';
import { orderAction, runOrderAction } from './orderCardActions';
import { ORDER_VERBS } from './cards/orderCard';
import { explain, type BotTurn } from './turn';
import type { Actor } from '../../services/context';

interface CardVerb<S extends z.ZodType> {
  /** The verbs this entry answers: only their actions are parsed by its schema. */
  verbs: readonly string[];
  /** What an Action.Execute of these verbs carries. */
  action: S;
  run(turn: BotTurn, action: z.infer<S>, deps: BotDeps): Promise<CardResponse>;
}
const verb = <S extends z.ZodType>(v: CardVerb<S>) => v as CardVerb<z.ZodType>;

const approvalAction = z.object({
  type: z.literal('Action.Execute'),
  verb: z.enum([APPROVAL_VERBS.refresh, APPROVAL_VERBS.approve, APPROVAL_VERBS.reject]),
  data: z.object({
    planId: z.string().min(1).max(100),
    round: z.number().int().min(0).max(100_000),
    comment: z.string().max(2000).optional(),
  }),
});

const escalationAction = z.object({
  type: z.literal('Action.Execute'),
  verb: z.enum([ESCALATION_VERBS.refresh, ESCALATION_VERBS.decide]),
  data: z.object({
    initiativeId: z.string().min(1).max(100),
    level: z.enum(ESCALATION_LEVELS),
    outcome: z.enum(DECISION_OUTCOMES).optional(),
    comment: z.string().max(2000).optional(),
    /** Stopping is final: only the confirmation view's button carries this. */
    confirmed: z.boolean().optional(),
  }),
});

/** Whether the person clicked (a manual refresh), rather than Teams refreshing the card on view. */
const clicked = (turn: BotTurn) => turn.activity.value?.trigger === 'manual';

/** The view of an approval card for this person: the policy's approver rows decide it. */
function approvalViewFor(
  personId: string,
  approval: { approvers: readonly Pick<ApproverStatus, 'role' | 'personIds' | 'outcome'>[] },
  status: string,
): ApprovalView {
  const actor = { personId };
  const mine = myApproverRows(actor, approval);
  if (mine.length === 0) return { kind: 'shared' };
  const open = awaitingMyAnswer(actor, approval)[0];
  if (open && status === 'preliminary') return { kind: 'approver', role: open.role };
  const answered = mine.find((a) => a.outcome !== null);
  return answered?.outcome ? { kind: 'answered', outcome: answered.outcome } : { kind: 'shared' };
}

export const CARD_VERBS: readonly CardVerb<z.ZodType>[] = [
  // An owner's answer on an order's approval card (issue 17).
  verb({ verbs: Object.values(ORDER_VERBS), action: orderAction, run: runOrderAction }),
  verb({
    verbs: Object.values(ESCALATION_VERBS),
    action: escalationAction,
    // A decision on a priority question at its current rung, by whoever decides there.
    run: async (turn, { verb, data }, deps) => {
      const { locale } = turn;
      const show = (view: EscalationView) =>
        deps.renderer.escalation(data.initiativeId, locale, view).then(cardResponse);
      const actor = await turn.actor();
      if (!actor) return show({ kind: 'notice', message: say(locale, 'unknownUser') });
      const state = await deps.services.escalationCards.state(data.initiativeId);
      const decides = state.deciders.some((p) => p.id === actor.personId);
      if (verb === ESCALATION_VERBS.refresh) {
        if (decides && state.open) return show({ kind: 'decider' });
        return show(
          clicked(turn) && state.open
            ? { kind: 'notice', message: say(locale, 'notDecider') }
            : { kind: 'shared' },
        );
      }
      if (data.level !== state.initiative.escalationLevel || !data.outcome)
        return show({ kind: 'notice', message: say(locale, 'staleLevel') });
      // "Stoppa initiativet …" (and the old cards' "Avbryt") first asks; only "Ja, stoppa" decides.
      // Anyone else, or a closed question, goes on to the refusal the decision itself gives.
      if (data.outcome === 'stopped' && data.confirmed !== true && decides && state.open)
        return show({ kind: 'confirmStop', ...(data.comment ? { comment: data.comment } : {}) });
      try {
        await deps.services.initiatives.decide({ actor, locale }, data.initiativeId, {
          outcome: data.outcome,
          comment: data.comment ?? '',
        });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.kind === 'forbidden') return show({ kind: 'notice', message: say(locale, 'notDecider') });
        return show({ kind: 'notice', message: translate(locale, error.key, error.params) });
      }
      deps.dispatcher.nudge();
      return show({ kind: 'decided' });
    },
  }),
  verb({
    verbs: Object.values(APPROVAL_VERBS),
    action: approvalAction,
    // An approver's answer to a plan's approval round, or a refresh of the card's view.
    run: async (turn, { verb, data }, deps) => {
      const { locale } = turn;
      const show = (view: ApprovalView) =>
        deps.renderer.approval(data.planId, locale, view).then(cardResponse);
      if (verb === APPROVAL_VERBS.refresh) {
        // A refresh learns the clicker's Teams user id at once.
        const actor = await turn.actor('now');
        if (!actor) return show({ kind: 'notice', message: say(locale, 'unknownUser') });
        const state = await deps.services.planCards.approvalState(data.planId);
        const view = approvalViewFor(actor.personId, state.approval, state.plan.status);
        // Someone who clicked "approve or reject" without being an approver is told why nothing happens.
        if (view.kind === 'shared' && clicked(turn) && state.plan.status === 'preliminary')
          return show({ kind: 'notice', message: say(locale, 'notApprover') });
        return show(view);
      }
      // An answer identifies the clicker beside its reads of the plan (one round trip less on SharePoint),
      // and learns their Teams user id in its own transaction.
      let pending: Promise<Actor | null> | undefined;
      const identify = () => {
        pending = turn.actor('with-answer');
        pending.catch(() => undefined); // a failure reaches the answer, which awaits it; never unhandled
        return pending;
      };
      const outcome = verb === APPROVAL_VERBS.approve ? 'approved' : 'rejected';
      let result: Awaited<ReturnType<typeof deps.services.planCards.answer>>;
      try {
        // The round the card was for goes along: the domain refuses an answer to an earlier round.
        const input = { comment: data.comment ?? '', round: data.round };
        result = await deps.services.planCards.answer(
          { identify, locale },
          turn.activity.from.id,
          data.planId,
          outcome,
          input,
        );
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        if (error.kind === 'unauthenticated')
          return show({ kind: 'notice', message: say(locale, 'unknownUser') });
        if (error.kind === 'forbidden') return show({ kind: 'notice', message: say(locale, 'notApprover') });
        if (error.key === 'conflict.staleRound')
          return show({ kind: 'notice', message: say(locale, 'staleRound') });
        if (error.kind === 'validation') {
          // Only an approver gets this far (authorised before the body is checked): their view again.
          const actor = (await pending!)!;
          const { approval } = await deps.services.planCards.approvalState(data.planId);
          const row = awaitingMyAnswer(actor, approval)[0] ?? myApproverRows(actor, approval)[0];
          const message = translate(locale, error.key, error.params);
          return show(
            row ? { kind: 'approver', role: row.role, error: message } : { kind: 'notice', message },
          );
        }
        return show({ kind: 'notice', message: translate(locale, error.key, error.params) });
      }
      // Everyone's copy of the card is updated through the outbox; the clicker gets theirs at once,
      // rendered around the plan and approval the answer returned (not read again).
      deps.dispatcher.nudge();
      const after = await deps.services.planCards.approvalStateOf(result.plan, result.approval, result.read);
      return cardResponse(deps.renderer.approvalFrom(after, locale, { kind: 'answered', outcome }));
    },
  }),
];

/**
 * Answers a card action: the entry of its verb, if the action fits that entry's schema, else "the card is
 * not known". Only the verb's own schema parses it: a failed zod parse builds its issues, and trying every
 * table entry in turn cost a click two of them.
 */
export async function runCardAction(turn: BotTurn, deps: BotDeps): Promise<CardResponse> {
  const { locale } = turn;
  const action = turn.activity.value?.action;
  const named = (action as { verb?: unknown } | null | undefined)?.verb;
  for (const v of CARD_VERBS) {
    if (typeof named !== 'string' || !v.verbs.includes(named)) continue;
    const parsed = v.action.safeParse(action);
    if (!parsed.success) continue;
    try {
      return await v.run(turn, parsed.data, deps);
    } catch (error) {
      deps.logger.log(error instanceof AppError ? 'info' : 'error', 'card action failed', {
        verb: (parsed.data as { verb: string }).verb,
        error: String(error),
      });
      return cardResponse(noticeCard(explain(error, locale)));
    }
  }
  return cardResponse(noticeCard(say(locale, 'error', { reason: translate(locale, 'bot.cardUnknown') })));
}
