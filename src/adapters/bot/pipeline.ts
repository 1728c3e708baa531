// What every activity passes through before its handler, in this order — the bot's counterpart of the
// HTTP API's request pipeline: the rate limit per conversation, the audit scope (via 'bot', the sender's
// Entra object id), the request's time budget with outages answered in words, and the conversation
// remembered (or refused when it is known with another address).
import type { App } from '@microsoft/teams.apps';
import { translate } from '../../i18n/messages';
import { runInAuditScope } from '../../services/audit/auditScope';
import { ServiceUnavailable } from '../../services/errors';
import { runTimedRequest } from '../shared/requestTiming';
import { conversationOf, type ActivityLike } from './activity';
import type { BotDeps } from './botDeps';
import { noticeCard } from './cards/infoCards';
import { cardLocale } from './cards/texts';
import type { EndpointGuard } from './endpointGuard';
import { sendReply } from './turn';

export function usePipeline(app: App, deps: BotDeps, guard: Pick<EndpointGuard, 'limitConversation'>) {
  app.use(guard.limitConversation);

  // Writes made while handling an activity are audited as the bot's, by the Teams user who sent it
  // (from.aadObjectId, never anything inside a card's data).
  app.use((ctx) => {
    const from = (ctx.activity as unknown as ActivityLike).from;
    return runInAuditScope(
      { via: 'bot', requestId: ctx.activity.id ?? null, entraObjectId: from?.aadObjectId ?? null },
      () => ctx.next(),
    );
  });

  // A dependency down while handling an activity (the store on SharePoint): the sender is told when the
  // reply can go, and the activity is answered 200, not 500 — it was received, and a 5xx would only have
  // the connector send it again into the same outage. Waiting for Graph's retries is bounded from the
  // activity's arrival, as for an API request.
  app.use(async (ctx) => {
    try {
      return await runTimedRequest(() => ctx.next());
    } catch (error) {
      if (!(error instanceof ServiceUnavailable)) throw error;
      deps.logger.log('warn', 'dependency unavailable', {
        dependency: error.dependency,
        detail: error.detail,
        activity: ctx.activity.type,
      });
      if (ctx.activity.type === 'message')
        await sendReply(ctx, noticeCard(translate(cardLocale(ctx.activity.locale), error.key)), deps);
      return undefined;
    }
  });

  // Every conversation the bot hears from is remembered in the store, so it can post there later. Only
  // an activity that got this far does it (authenticated, with credentials), and never over a reference
  // of another tenant or serviceUrl: a conversation id does not move, and taking it over would send the
  // next decision card to whoever asked.
  app.use(async (ctx) => {
    const c = conversationOf(ctx.activity as unknown as ActivityLike);
    const verified = { verified: Boolean(deps.credentials) };
    const outcome = await deps.services.conversations.remember(c, verified).catch((e: unknown) => {
      deps.logger.log('warn', 'could not store conversation', { error: String(e) });
      return 'unchanged' as const;
    });
    if (outcome === 'otherTenant' || (outcome === 'otherServiceUrl' && !deps.credentials)) {
      deps.logger.log('warn', 'activity refused: the conversation is known with another address', {
        outcome,
        conversationId: c.conversationId.slice(0, 200),
      });
      return {
        status: outcome === 'otherTenant' ? 403 : 400,
        body: { error: { code: outcome, message: 'The conversation is known with another address.' } },
      };
    }
    // With credentials Microsoft signed this serviceUrl (Multi-Geo moves happen; the old one keeps
    // working): the reply goes to it, the stored reference stays as it is.
    return ctx.next();
  });
}
