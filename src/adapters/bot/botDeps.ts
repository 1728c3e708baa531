// What the bot adapter is built from (handed over by the composition root).
import type { CloudEnvironment } from '@microsoft/teams.api';
import type { Services } from '../../services';
import type { IdentityPort } from '../../services/ports/identity';
import type { Logger } from '../../services/ports/logger';
import type { Store } from '../../services/ports/store';
import type { CardRenderer, Links } from './cardRenderer';
import type { OutboxDispatcher } from './outboxDispatcher';
import type { BotCredentials } from './settings';
import type { ServiceUrlPolicy } from './serviceUrls';

export interface BotDeps {
  services: Services;
  /** Who is acting: the same port as the HTTP API's (here asked by the sender's Entra object id). */
  identity: IdentityPort;
  /** Read to load the acting person's roles, as the HTTP API does. */
  store: Store;
  renderer: CardRenderer;
  /** Asked to send due outbox messages soon, after a change that updates cards. */
  dispatcher: Pick<OutboxDispatcher, 'nudge'>;
  links: Links;
  logger: Logger;
  /** Demo mode: unauthenticated Bot Connector requests are accepted and "agera som" is allowed. */
  demo: boolean;
  credentials?: BotCredentials | undefined;
  /** Where the bot may send; an activity naming any other serviceUrl is refused (400). */
  serviceUrls: ServiceUrlPolicy;
  /** Activities per conversation and per remote address per minute (0: unlimited). */
  rateLimit: { perConversation: number; perAddress: number };
  /** Entra mode: the tenants whose conversations the bot serves. */
  allowedTenants?: string[] | undefined;
  /** Tests: a token for outgoing Bot Connector calls instead of acquiring one. */
  token?: () => string;
  /** Tests: the Bot Connector's key set at a local address. */
  cloud?: CloudEnvironment | undefined;
}
