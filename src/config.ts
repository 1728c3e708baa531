// Configuration from the environment, checked once at start: a typo stops the app with a clear message
// instead of running with a surprising default.
import { resolve } from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  STORE: z.enum(['sqlite']).default('sqlite'),
  AUTH: z.enum(['demo']).default('demo'),
  DEMO_DATA: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  PUBLIC_URL: z.url().optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  store: 'sqlite';
  auth: 'demo';
  demoData: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  publicUrl: string | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: resolve(c.DATA_DIR),
    store: c.STORE,
    auth: c.AUTH,
    demoData: c.DEMO_DATA === 'true',
    logLevel: c.LOG_LEVEL,
    publicUrl: c.PUBLIC_URL,
  };
}
