// Configuration from the environment, checked once at start: a typo stops the app with a clear message
// instead of running with a surprising default.
import { resolve } from 'node:path';
import { z } from 'zod';

const optional = z.string().min(1).optional();

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  STORE: z.enum(['sqlite', 'sharepoint']).default('sqlite'),
  AUTH: z.enum(['demo']).default('demo'),
  DEMO_DATA: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  PUBLIC_URL: z.url().optional(),
  // SharePoint through Microsoft Graph (STORE=sharepoint, and npm run provision/export/import).
  GRAPH_BASE_URL: z.url().default('https://graph.microsoft.com/v1.0'),
  SHAREPOINT_SITE_ID: optional,
  ENTRA_TENANT_ID: optional,
  ENTRA_AUTHORITY_HOST: z.url().default('https://login.microsoftonline.com'),
  GRAPH_CLIENT_ID: optional,
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

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  store: 'sqlite' | 'sharepoint';
  auth: 'demo';
  demoData: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  publicUrl: string | undefined;
  /** Set when the SharePoint settings are complete (always, when STORE=sharepoint). */
  sharepoint: SharePointConfig | undefined;
  /** What is missing for SharePoint, in words, when `sharepoint` is undefined. */
  sharepointMissing: string[];
}

export class ConfigError extends Error {}

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
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    store: c.STORE,
    auth: c.AUTH,
    demoData: c.DEMO_DATA === 'true',
    logLevel: c.LOG_LEVEL,
    publicUrl: c.PUBLIC_URL,
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
