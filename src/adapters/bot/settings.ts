// The bot's settings from the environment, checked with the rest of the configuration at start.
// With credentials the Teams SDK validates every Bot Connector request; without them it accepts
// unauthenticated requests, which only the demo on loopback may do.
import {
  isLoopbackEntry,
  LOOPBACK_NAMES,
  MICROSOFT_BOT_CONNECTORS,
  parseAllowed,
  PLAYGROUND_PORT,
} from './serviceUrls';

/**
 * How the bot proves itself to the Bot Connector, as the Teams SDK 2.1 supports it: a client secret,
 * or a managed identity (the bot's own user-assigned identity when its client id is BOT_ID, else a
 * federated credential through the system-assigned ('system') or another user-assigned identity).
 * The SDK has no certificate credential.
 */
export type BotCredentials =
  | { kind: 'secret'; clientId: string; clientSecret: string; tenantId?: string }
  | { kind: 'managedIdentity'; clientId: string; managedIdentityClientId: string; tenantId?: string };

export interface BotSettings {
  credentials: BotCredentials | undefined;
  /** Where replies and cards may go (scheme://host[:port], or scheme://*.domain). */
  serviceUrls: string[];
  /** Activities per conversation, and per remote address, per minute on /api/messages (0: unlimited). */
  rateLimit: { perConversation: number; perAddress: number };
}

export interface BotEnv {
  BOT_ID?: string | undefined;
  BOT_PASSWORD?: string | undefined;
  BOT_TENANT_ID?: string | undefined;
  BOT_MANAGED_IDENTITY?: string | undefined;
  BOT_SERVICE_URLS?: string | undefined;
  RATE_LIMIT_BOT_CONVERSATION: number;
  RATE_LIMIT_BOT_ADDRESS: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The settings, or the problems in words (each names the variable). */
export function botSettings(env: BotEnv): { value?: BotSettings; problems: string[] } {
  const problems: string[] = [];
  const clientId = env.BOT_ID?.trim();
  const secret = env.BOT_PASSWORD?.trim();
  const identity = env.BOT_MANAGED_IDENTITY?.trim();
  const tenantId = env.BOT_TENANT_ID?.trim() || undefined;
  let credentials: BotCredentials | undefined;
  if (clientId || secret || identity) {
    if (!clientId)
      problems.push("BOT_ID (the bot's Entra app id) goes with BOT_PASSWORD or a managed identity");
    else if (!GUID.test(clientId)) problems.push('BOT_ID must be a GUID');
    if (secret && identity) problems.push('only one of BOT_PASSWORD and BOT_MANAGED_IDENTITY');
    else if (!secret && !identity)
      problems.push('BOT_PASSWORD or BOT_MANAGED_IDENTITY (how the bot signs in) next to BOT_ID');
    if (identity && identity !== 'system' && !GUID.test(identity))
      problems.push("BOT_MANAGED_IDENTITY must be 'system' or a managed identity's client id (GUID)");
    if (tenantId && !GUID.test(tenantId)) problems.push('BOT_TENANT_ID must be a GUID');
    if (!problems.length && clientId)
      credentials = secret
        ? { kind: 'secret', clientId, clientSecret: secret, ...(tenantId ? { tenantId } : {}) }
        : {
            kind: 'managedIdentity',
            clientId,
            managedIdentityClientId: identity!,
            ...(tenantId ? { tenantId } : {}),
          };
  }

  const listed = (env.BOT_SERVICE_URLS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const serviceUrls = listed.length
    ? listed
    : credentials
      ? [...MICROSOFT_BOT_CONNECTORS]
      : LOOPBACK_NAMES.map((host) => `http://${host}:${PLAYGROUND_PORT}`);
  for (const entry of listed) {
    const parsed = parseAllowed(entry);
    if (typeof parsed === 'string') problems.push(`BOT_SERVICE_URLS: ${parsed}`);
    // Nothing vouches for an unauthenticated activity: it may only be answered on this machine, at a
    // port someone chose, never at another loopback address or port (the server's own, say).
    else if (!credentials && !isLoopbackEntry(parsed))
      problems.push(
        `BOT_SERVICE_URLS: "${entry}" needs bot credentials; without them only http://127.0.0.1:<port> and http://localhost:<port>`,
      );
    else if (credentials && parsed.protocol === 'http:' && !isLoopbackEntry(parsed))
      problems.push(`BOT_SERVICE_URLS: "${entry}" must use https (http only on 127.0.0.1 or localhost)`);
  }
  if (problems.length) return { problems };
  return {
    problems,
    value: {
      credentials,
      serviceUrls,
      rateLimit: {
        perConversation: env.RATE_LIMIT_BOT_CONVERSATION,
        perAddress: env.RATE_LIMIT_BOT_ADDRESS,
      },
    },
  };
}
