// Posting and updating cards through the Bot Connector of a stored conversation (proactive messages).
import type { App } from '@microsoft/teams.apps';
import type { AdaptiveCard } from './cards/card';
import { ServiceUrlRefused, type ServiceUrlPolicy } from './serviceUrls';

export interface Connector {
  /** Posts the card as a new message and returns the Bot Connector's activity id. */
  post(serviceUrl: string, conversationId: string, card: AdaptiveCard): Promise<string>;
  /** Replaces a message the bot posted earlier. */
  update(serviceUrl: string, conversationId: string, activityId: string, card: AdaptiveCard): Promise<void>;
}

export function cardActivity(card: AdaptiveCard) {
  return {
    type: 'message' as const,
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' as const, content: card }],
  };
}

/**
 * Posts through the SDK. A stored serviceUrl that is not (or no longer) on the allow-list is refused
 * here, before any token is fetched or request made; the SDK's HTTP client refuses it once more.
 */
export function teamsConnector(app: App, serviceUrls: ServiceUrlPolicy): Connector {
  const check = (serviceUrl: string) => {
    const refusal = serviceUrls.refusal(serviceUrl);
    if (refusal) throw new ServiceUrlRefused(refusal);
  };
  return {
    async post(serviceUrl, conversationId, card) {
      check(serviceUrl);
      const client = app.api.fromServiceUrl({ serviceUrl });
      const sent = await client.conversations.activities(conversationId).create(cardActivity(card) as never);
      return sent.id;
    },
    async update(serviceUrl, conversationId, activityId, card) {
      check(serviceUrl);
      const client = app.api.fromServiceUrl({ serviceUrl });
      await client.conversations.activities(conversationId).update(activityId, cardActivity(card) as never);
    },
  };
}

/** A connector made when first used (the composition root wires the dispatcher before the bot exists). */
export function lazyConnector(make: () => Connector): Connector {
  let connector: Connector | undefined;
  const get = () => (connector ??= make());
  return {
    post: (serviceUrl, conversationId, card) => get().post(serviceUrl, conversationId, card),
    update: (serviceUrl, conversationId, activityId, card) =>
      get().update(serviceUrl, conversationId, activityId, card),
  };
}
