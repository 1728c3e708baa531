// Bot credentials from the environment: both or neither. With them, the SDK validates every Bot
// Connector request; without them the bot runs in demo mode and accepts unauthenticated requests.
import type { BotCredentials } from './teamsBot';

export function botCredentials(env: Record<string, string | undefined>): BotCredentials | undefined {
  const clientId = env['BOT_ID']?.trim();
  const clientSecret = env['BOT_PASSWORD']?.trim();
  if (!clientId && !clientSecret) return undefined;
  if (!clientId || !clientSecret) {
    throw new Error(
      'Invalid configuration:\n  BOT_ID and BOT_PASSWORD go together: set both (production) or neither (demo).',
    );
  }
  return { clientId, clientSecret, tenantId: env['BOT_TENANT_ID']?.trim() || undefined };
}
