// Configuration from the environment, checked once at start: a typo stops the app with a clear message
// instead of running with a surprising default.
import { resolve } from 'node:path';
import { z } from 'zod';
import { botSettings, type BotSettings } from './adapters/bot/settings';
import { FOLLOW_UP_PERIODS, type FollowUpPeriod } from './domain/followup/types';

const optional = z.string().min(1).optional();

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  AUTH: z.enum(['demo', 'entra']).default('demo'),
  DEMO_DATA: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  CALENDAR: z.enum(['ics', 'graph']).default('ics'),
  ENTRA_CLIENT_SECRET: optional,
  AGENDA_DAYS_BEFORE: z.coerce.number().int().min(0).max(60).default(5),
  ACTION_ITEM_DAYS_BEFORE: z.coerce.number().int().min(0).max(60).default(2),
  // Days before a contract's last notice day that it is flagged "within notice" and put on the OSG's agenda.
  CONTRACT_NOTICE_LEAD_DAYS: z.coerce.number().int().min(0).max(730).default(90),
  // The interim follow-ups the municipality writes (issue 16 §2): the August report always; tertial 1 and
  // tertial 2 where the municipality follows up by tertial. A comma list, e.g. "tertial1,august,tertial2".
  FOLLOW_UP_PERIODS: z
    .string()
    .default('august')
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z.array(z.enum(FOLLOW_UP_PERIODS)).refine((ps) => ps.includes('august'), 'august must be one of them'),
    ),
  // Writes per person (or address, when anonymous) per minute on /api; 0 turns the limit off.
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).max(100000).default(120),
  // The bot endpoint (/api/messages): activities per conversation, and per remote address, per minute.
  // Behind a reverse proxy every request has the proxy's address: the address limit then counts them all.
  RATE_LIMIT_BOT_CONVERSATION: z.coerce.number().int().min(0).max(100000).default(120),
  RATE_LIMIT_BOT_ADDRESS: z.coerce.number().int().min(0).max(1000000).default(1200),
  // The bot's Entra app and how it signs in (see src/adapters/bot/settings.ts), and where it may send.
  BOT_ID: optional,
  BOT_PASSWORD: optional,
  BOT_TENANT_ID: optional,
  BOT_MANAGED_IDENTITY: optional,
  BOT_SERVICE_URLS: optional,
  // AUTH=demo trusts a header naming anyone: on a network interface only when someone says so.
  ALLOW_DEMO_ON_NETWORK: z.enum(['true', 'false']).default('false'),
  PUBLIC_URL: z.url().optional(),
  // The Teams app id (manifest id): with it, cards open the object's channel tab through a deep link.
  TEAMS_APP_ID: z.uuid({ error: 'TEAMS_APP_ID must be a GUID (the Teams app id)' }).optional(),
  // SharePoint through Microsoft Graph (STORE=sharepoint, and npm run provision/export/import).
  GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com/v1.0'),
  // How long a request may wait out Graph's throttling (Retry-After) before answering 503.
  GRAPH_RETRY_BUDGET_MS: z.coerce.number().int().min(0).max(120_000).default(5000),
  SHAREPOINT_SITE_ID: optional,
  ENTRA_TENANT_ID: optional,
  ENTRA_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  GRAPH_CLIENT_ID: optional,
  // Sign-in with Entra ID (AUTH=entra): the app registration whose API the tab calls.
  ENTRA_CLIENT_ID: optional,
  ENTRA_ALLOWED_TENANTS: optional,
  ENTRA_API_SCOPE: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,100}$/)
    .default('access_as_user'),
  GRAPH_CLIENT_SECRET: optional,
  GRAPH_CERTIFICATE_PATH: optional,
  GRAPH_CERTIFICATE_THUMBPRINT: optional,
  GRAPH_ACCESS_TOKEN: optional,
  SHAREPOINT_ACCESS_TOKEN: optional,
});

/** App-only credentials: a pre-obtained token, or an Entra app with a client secret or a certificate. */
export type GraphCredentials =
  | { kind: 'token'; token: string }
  | { kind: 'secret'; tenantId: string; clientId: string; clientSecret: string; authorityHost: string }
  | {
      kind: 'certificate';
      tenantId: string;
      clientId: string;
      certificatePath: string;
      thumbprint: string | undefined;
      authorityHost: string;
    };

export interface SharePointConfig {
  graphBaseUrl: string;
  siteId: string;
  credentials: GraphCredentials;
  /** A token for SharePoint's own REST API (list views only), when not obtained from a certificate. */
  sharePointToken: string | undefined;
}

/** Entra ID sign-in: how bearer tokens on /api are validated (AUTH=entra). */
export interface EntraConfig {
  /** The home tenant (a GUID), or 'organizations' when ENTRA_ALLOWED_TENANTS lists the tenants. */
  tenantId: string;
  clientId: string;
  /** https://login.microsoftonline.com or a national cloud's host (http only on loopback, for tests). */
  authorityHost: string;
  /** Tenant ids (tid) whose users may sign in. */
  allowedTenants: string[];
  /** The delegated scope the tab asks for; access tokens must carry it in scp. */
  apiScope: string;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  store: 'sqlite' | 'sharepoint';
  auth: 'demo' | 'entra';
  /** Set when AUTH=entra. */
  entra: EntraConfig | undefined;
  demoData: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /**
   * Where forum meetings are booked: 'ics' keeps them in Objektnav's feeds; 'graph' books them in the
   * convener's calendar with a Teams meeting, On-Behalf-Of the signed-in convener (needs AUTH=entra).
   */
  calendar: { kind: 'ics' } | { kind: 'graph'; graphBaseUrl: string; clientSecret: string };
  /** Days before a meeting its agenda is posted, and before an action item falls due it is reminded. */
  reminders: { agendaDaysBefore: number; actionItemDaysBefore: number };
  /** Writes per person per minute on /api (0: unlimited). */
  rateLimitWritesPerMinute: number;
  /** The bot: credentials (always with AUTH=entra), the Bot Connector allow-list, its rate limits. */
  bot: BotSettings;
  /** AUTH=demo on a HOST other than loopback, allowed explicitly (ALLOW_DEMO_ON_NETWORK=true). */
  demoOnNetwork: boolean;
  /** How long a request may wait for Graph's retries (throttling) before it answers 503. */
  graphRetryBudgetMs: number;
  /** Days before a contract's last notice day that it is within notice (on the agenda). */
  contractNoticeLeadDays: number;
  /** The interim follow-ups the municipality writes: August, and the tertials where it uses them. */
  followUpPeriods: FollowUpPeriod[];
  publicUrl: string | undefined;
  /** The Teams app id, for deep links to channel tabs (cards); without it cards link to the tab's web address. */
  teamsAppId: string | undefined;
  /** Set when the SharePoint settings are complete (always, when STORE=sharepoint). */
  sharepoint: SharePointConfig | undefined;
  /** What is missing for SharePoint, in words, when `sharepoint` is undefined. */
  sharepointMissing: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** CALENDAR=graph books in people's own calendars, so it needs their sign-in and the API's secret for OBO. */
function calendarSettings(c: z.infer<typeof schema>): Config['calendar'] {
  if (c.CALENDAR === 'ics') return { kind: 'ics' };
  const missing: string[] = [];
  if (c.AUTH !== 'entra')
    missing.push('AUTH=entra (the convener signs in; Objektnav books On-Behalf-Of them)');
  if (!c.ENTRA_CLIENT_SECRET)
    missing.push("ENTRA_CLIENT_SECRET (the API app registration's secret, for On-Behalf-Of)");
  if (missing.length)
    throw new ConfigError(
      `Invalid configuration: CALENDAR=graph needs\n${missing.map((m) => `  ${m}`).join('\n')}`,
    );
  return {
    kind: 'graph',
    graphBaseUrl: c.GRAPH_BASE_URL.replace(/\/+$/, ''),
    clientSecret: c.ENTRA_CLIENT_SECRET!,
  };
}

type Parsed = z.infer<typeof schema>;

function sharePointSettings(c: Parsed): { value?: SharePointConfig; missing: string[] } {
  const missing: string[] = [];
  if (!c.SHAREPOINT_SITE_ID)
    missing.push('SHAREPOINT_SITE_ID (the site id, e.g. contoso.sharepoint.com,{guid},{guid})');
  let credentials: GraphCredentials | undefined;
  if (c.GRAPH_ACCESS_TOKEN) credentials = { kind: 'token', token: c.GRAPH_ACCESS_TOKEN };
  else {
    const app = [c.ENTRA_TENANT_ID, c.GRAPH_CLIENT_ID, c.GRAPH_CLIENT_SECRET, c.GRAPH_CERTIFICATE_PATH];
    if (app.every((v) => !v))
      missing.push(
        'credentials: GRAPH_ACCESS_TOKEN, or ENTRA_TENANT_ID + GRAPH_CLIENT_ID + GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH',
      );
    else {
      if (!c.ENTRA_TENANT_ID) missing.push('ENTRA_TENANT_ID');
      if (!c.GRAPH_CLIENT_ID) missing.push('GRAPH_CLIENT_ID');
      if (c.GRAPH_CLIENT_SECRET && c.GRAPH_CERTIFICATE_PATH)
        missing.push('only one of GRAPH_CLIENT_SECRET and GRAPH_CERTIFICATE_PATH');
      else if (!c.GRAPH_CLIENT_SECRET && !c.GRAPH_CERTIFICATE_PATH)
        missing.push('GRAPH_CLIENT_SECRET or GRAPH_CERTIFICATE_PATH');
      if (!missing.length && c.ENTRA_TENANT_ID && c.GRAPH_CLIENT_ID) {
        const base = {
          tenantId: c.ENTRA_TENANT_ID,
          clientId: c.GRAPH_CLIENT_ID,
          authorityHost: c.ENTRA_AUTHORITY_HOST,
        };
        credentials = c.GRAPH_CLIENT_SECRET
          ? { kind: 'secret', ...base, clientSecret: c.GRAPH_CLIENT_SECRET }
          : {
              kind: 'certificate',
              ...base,
              certificatePath: resolve(c.GRAPH_CERTIFICATE_PATH!),
              thumbprint: c.GRAPH_CERTIFICATE_THUMBPRINT,
            };
      }
    }
  }
  if (missing.length || !credentials || !c.SHAREPOINT_SITE_ID) return { missing };
  return {
    missing,
    value: {
      graphBaseUrl: c.GRAPH_BASE_URL.replace(/\/+$/, ''),
      siteId: c.SHAREPOINT_SITE_ID,
      credentials,
      sharePointToken: c.SHAREPOINT_ACCESS_TOKEN,
    },
  };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Interfaces only this machine reaches (HOST), where the demo's trust-anyone header is harmless. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * The sign-in settings. ENTRA_TENANT_ID alone also serves the SharePoint credentials, so only
 * ENTRA_CLIENT_ID and ENTRA_ALLOWED_TENANTS count as "sign-in settings present" in demo mode.
 */
function entraSettings(c: Parsed): { value?: EntraConfig; problems: string[] } {
  const problems: string[] = [];
  if (!c.ENTRA_TENANT_ID) problems.push('ENTRA_TENANT_ID (the directory (tenant) id, a GUID)');
  if (!c.ENTRA_CLIENT_ID) problems.push("ENTRA_CLIENT_ID (the app registration's application (client) id)");
  else if (!GUID.test(c.ENTRA_CLIENT_ID)) problems.push('ENTRA_CLIENT_ID must be a GUID');
  const multiTenant = c.ENTRA_TENANT_ID === 'organizations';
  if (c.ENTRA_TENANT_ID && !multiTenant && !GUID.test(c.ENTRA_TENANT_ID))
    problems.push(
      "ENTRA_TENANT_ID must be the tenant's GUID (or 'organizations' with ENTRA_ALLOWED_TENANTS)",
    );
  const allowed = (c.ENTRA_ALLOWED_TENANTS ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  if (allowed.some((t) => !GUID.test(t)))
    problems.push('ENTRA_ALLOWED_TENANTS must be tenant GUIDs, comma-separated');
  if (multiTenant && !allowed.length)
    problems.push('ENTRA_ALLOWED_TENANTS (required with ENTRA_TENANT_ID=organizations: never any tenant)');
  const host = new URL(c.ENTRA_AUTHORITY_HOST);
  // Keys fetched over plain HTTP could be swapped on the way; only a local test server may use it.
  if (host.protocol !== 'https:' && !(host.protocol === 'http:' && LOOPBACK.has(host.hostname)))
    problems.push('ENTRA_AUTHORITY_HOST must use https');
  if (problems.length || !c.ENTRA_TENANT_ID || !c.ENTRA_CLIENT_ID) return { problems };
  return {
    problems,
    value: {
      tenantId: c.ENTRA_TENANT_ID.toLowerCase(),
      clientId: c.ENTRA_CLIENT_ID.toLowerCase(),
      authorityHost: c.ENTRA_AUTHORITY_HOST.replace(/\/+$/, ''),
      allowedTenants: allowed.length ? allowed : [c.ENTRA_TENANT_ID.toLowerCase()],
      apiScope: c.ENTRA_API_SCOPE,
    },
  };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const sharepoint = sharePointSettings(c);
  if (c.STORE === 'sharepoint' && !sharepoint.value) {
    throw new ConfigError(
      `Invalid configuration: STORE=sharepoint needs\n${sharepoint.missing.map((m) => `  ${m}`).join('\n')}\n(see docs/sharepoint.md)`,
    );
  }
  const entra = entraSettings(c);
  if (c.AUTH === 'entra' && !entra.value) {
    throw new ConfigError(
      `Invalid configuration: AUTH=entra needs\n${entra.problems.map((m) => `  ${m}`).join('\n')}\n(see docs/deploy.md)`,
    );
  }
  // Never silently less secure: sign-in settings next to AUTH=demo mean someone meant Entra sign-in.
  if (c.AUTH === 'demo' && (c.ENTRA_CLIENT_ID || c.ENTRA_ALLOWED_TENANTS)) {
    const why = entra.value
      ? [
          'the Entra sign-in settings are complete, but AUTH is demo: set AUTH=entra, or remove ENTRA_CLIENT_ID and ENTRA_ALLOWED_TENANTS to run the demo',
        ]
      : ['Entra sign-in settings are present but incomplete:', ...entra.problems.map((m) => `  ${m}`)];
    throw new ConfigError(
      `Invalid configuration: refusing to start in demo mode;\n${why.map((m) => `  ${m}`).join('\n')}\n(see docs/deploy.md)`,
    );
  }
  const bot = botSettings(c);
  if (!bot.value)
    throw new ConfigError(
      `Invalid configuration: the bot needs\n${bot.problems.map((m) => `  ${m}`).join('\n')}\n(see docs/deploy.md)`,
    );
  // Fail closed: without bot credentials the SDK accepts any unsigned activity, and an activity names
  // the person acting (from.aadObjectId), so anyone could approve a plan in an owner's name.
  if (c.AUTH === 'entra' && !bot.value.credentials)
    throw new ConfigError(
      'Invalid configuration: AUTH=entra needs bot credentials: BOT_ID with BOT_PASSWORD or BOT_MANAGED_IDENTITY (without them /api/messages would accept unsigned activities; see docs/deploy.md)',
    );
  const demoOnNetwork = c.AUTH === 'demo' && !isLoopbackHost(c.HOST);
  if (demoOnNetwork && c.ALLOW_DEMO_ON_NETWORK !== 'true')
    throw new ConfigError(
      `Invalid configuration: AUTH=demo trusts anyone who names a person, and HOST=${c.HOST} is reachable from the network; use HOST=127.0.0.1, AUTH=entra, or ALLOW_DEMO_ON_NETWORK=true if that is really meant (see docs/security.md)`,
    );
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    store: c.STORE,
    auth: c.AUTH,
    entra: c.AUTH === 'entra' ? entra.value : undefined,
    demoData: c.DEMO_DATA === 'true',
    logLevel: c.LOG_LEVEL,
    calendar: calendarSettings(c),
    reminders: { agendaDaysBefore: c.AGENDA_DAYS_BEFORE, actionItemDaysBefore: c.ACTION_ITEM_DAYS_BEFORE },
    rateLimitWritesPerMinute: c.RATE_LIMIT_WRITES_PER_MINUTE,
    bot: bot.value,
    demoOnNetwork,
    graphRetryBudgetMs: c.GRAPH_RETRY_BUDGET_MS,
    contractNoticeLeadDays: c.CONTRACT_NOTICE_LEAD_DAYS,
    followUpPeriods: c.FOLLOW_UP_PERIODS,
    publicUrl: c.PUBLIC_URL,
    teamsAppId: c.TEAMS_APP_ID,
    sharepoint: sharepoint.value,
    sharepointMissing: sharepoint.missing,
  };
}

/** The SharePoint settings, or a ConfigError saying what is missing (for the provision/export/import commands). */
export function requireSharePoint(config: Config): SharePointConfig {
  if (config.sharepoint) return config.sharepoint;
  throw new ConfigError(
    `SharePoint is not configured; set\n${config.sharepointMissing.map((m) => `  ${m}`).join('\n')}\n(see docs/sharepoint.md)`,
  );
}
