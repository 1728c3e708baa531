// Every activity the bot answers, registered in one place. A new kind of activity (the message
// extension's queries and actions, in adapters/bot/messageExtension/) adds its handlers to this list;
// the pipeline in front of them (identity, audit scope, time budget, rate limit) is the same for all.
import type { App } from '@microsoft/teams.apps';
import type { BotDeps } from './botDeps';
import { runCardAction } from './cardActions';
import { runCommand } from './commands';
import { noticeCard } from './cards/infoCards';
import { say } from './cards/texts';
import { MESSAGE_EXTENSION_HANDLERS } from './messageExtension/handlers';
import type { BotHandler } from './botHandler';
import { turnOf, type SdkContext } from './turn';

export type { BotHandler } from './botHandler';

export const BOT_HANDLERS: readonly BotHandler[] = [
  {
    event: 'install.add',
    handle: (turn) => turn.reply(noticeCard(say(turn.locale, 'welcome'))),
  },
  {
    event: 'install.remove',
    handle: (turn, deps) => deps.services.conversations.forget(turn.conversation.conversationId),
  },
  { event: 'message', handle: runCommand },
  { event: 'card.action', handle: runCardAction },
  ...MESSAGE_EXTENSION_HANDLERS,
];

/** Registers handlers on the SDK's app, each given the activity as a turn. */
export function registerHandlers(app: App, deps: BotDeps, handlers: readonly BotHandler[] = BOT_HANDLERS) {
  for (const h of handlers) {
    // The SDK types each route name's context separately; every one has the activity and send().
    const on = app.on.bind(app) as unknown as (event: string, fn: (ctx: SdkContext) => unknown) => void;
    on(h.event, (ctx) => h.handle(turnOf(ctx, deps), deps));
  }
}
