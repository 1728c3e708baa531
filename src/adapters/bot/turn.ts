// One activity as the handlers see it: who sent it (through the identity port, as for an HTTP request),
// in which language, from which conversation, and how to answer.
import { AppError } from '../../services/errors';
import { currentAuditScope } from '../../services/audit/auditScope';
import { loadActor, type Actor } from '../../services/context';
import type { IncomingConversation } from '../../services/channels/conversationService';
import { translate } from '../../i18n/messages';
import { conversationOf, type ActivityLike } from './activity';
import type { BotDeps } from './botDeps';
import type { AdaptiveCard } from './cards/card';
import { cardLocale, say, type CardLocale } from './cards/texts';
import { cardActivity } from './connector';

export interface BotTurn {
  activity: ActivityLike;
  locale: CardLocale;
  conversation: IncomingConversation;
  /**
   * The acting person. Their Teams user id (it names them in cards' refresh.userIds) is learnt at once,
   * or with `'with-answer'` in the transaction of the answer that follows: one commit for a click.
   */
  actor(learn?: 'now' | 'with-answer'): Promise<Actor | null>;
  /** Sends a card into the conversation; a reply that cannot be delivered is logged, not thrown. */
  reply(card: AdaptiveCard): Promise<void>;
}

/** The SDK's per-activity context, as much of it as a turn uses. */
export interface SdkContext {
  activity: unknown;
  send(activity: never): Promise<unknown>;
}

export function turnOf(ctx: SdkContext, deps: BotDeps): BotTurn {
  const activity = ctx.activity as ActivityLike;
  return {
    activity,
    locale: cardLocale(activity.locale),
    conversation: conversationOf(activity),
    actor: (learn = 'now') => actorOf(activity, deps, learn),
    reply: (card) => sendReply(ctx, card, deps),
  };
}

async function actorOf(activity: ActivityLike, deps: BotDeps, learn: 'now' | 'with-answer') {
  const personId = await deps.identity.identifyChatUser(activity.from.aadObjectId);
  const actor = personId ? await loadActor(deps.store, personId) : null;
  if (!actor) return null;
  // The audit log names the clicker; it would otherwise look the same person up again on the first write.
  const scope = currentAuditScope();
  if (scope && scope.personId === undefined) scope.personId = actor.personId;
  if (learn === 'now') await deps.services.conversations.learnTeamsUser(actor.person, activity.from.id);
  return actor;
}

/**
 * A reply that cannot be delivered (the Bot Connector unreachable or refusing) is logged, and the
 * activity still answered 200: it was received and handled, and a 5xx would only make the connector
 * send it again. Cards that must arrive go through the outbox, which retries.
 */
export function sendReply(ctx: Pick<SdkContext, 'send'>, card: AdaptiveCard, deps: Pick<BotDeps, 'logger'>) {
  return ctx.send(cardActivity(card) as never).then(
    () => undefined,
    (error: unknown) =>
      deps.logger.log('error', 'could not send a reply', {
        error: error instanceof Error ? error.message : String(error),
      }),
  );
}

/** A refusal or failure in the person's words: the rule and who may, from the message catalogue. */
export function explain(error: unknown, locale: CardLocale): string {
  if (error instanceof AppError) {
    const reason = translate(locale, error.key, error.params);
    return error.kind === 'forbidden' ? say(locale, 'forbidden', { reason }) : reason;
  }
  return say(locale, 'error', { reason: translate(locale, 'bot.tryLater') });
}
