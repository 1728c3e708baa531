// The shape of one handler of the bot (handlers.ts lists them; messageExtension/ adds its own).
import type { BotDeps } from './botDeps';
import type { BotTurn } from './turn';

export interface BotHandler {
  /** The SDK's route name (e.g. 'message', 'card.action', 'message.ext.query'). */
  event: string;
  handle(turn: BotTurn, deps: BotDeps): Promise<unknown>;
}
