// Starts the real server on a free loopback port over a fresh embedded store with the demo data,
// and offers a small client that speaks to it over HTTP. With TEST_STORE=sharepoint (the second Jest
// project) the store is the SharePoint adapter over a fresh, provisioned fake of Graph instead.
import { startApp, type App, type StartOptions } from '../../src/composition';
import { loadConfig } from '../../src/config';
import type { Clock } from '../../src/services/context';
import { jsonLogger } from '../../src/adapters/logging/jsonLogger';
import { tempDir } from './tempDir';
import { assertNoUnhandled, startFakeSharePoint, type FakeSharePoint } from './fakeGraph';
import { contractChecker, type OpenApiDocument } from './contract';

export const DEMO_NOW = new Date('2026-11-23T10:00:00.000Z');

export interface TestApp {
  app: App;
  url: string;
  /** Person id by display name (demo people are fictional). */
  person(name: string): string;
  call(
    method: string,
    path: string,
    options?: CallOptions,
  ): Promise<{ status: number; body: any; headers: Headers }>;
  stop(): Promise<void>;
  /** The fake SharePoint under the app (TEST_STORE=sharepoint), for tests that inspect Graph traffic. */
  sharepoint?: FakeSharePoint;
}

export interface CallOptions {
  as?: string;
  body?: unknown;
  /** A body sent as is: text (CSV) or bytes (an Excel workbook); say its Content-Type in headers. */
  rawBody?: string | Uint8Array;
  ifMatch?: string;
  headers?: Record<string, string>;
}

export async function startTestApp(
  options: {
    demoData?: boolean;
    clock?: Clock;
    bot?: StartOptions['bot'];
    env?: Record<string, string>;
    logger?: StartOptions['logger'];
    entraKeysCooldownMs?: number;
    calendar?: StartOptions['calendar'];
    delegatedTokens?: StartOptions['delegatedTokens'];
  } = {},
): Promise<TestApp> {
  const dir = tempDir();
  const sharepoint: FakeSharePoint | undefined =
    process.env.TEST_STORE === 'sharepoint' ? await startFakeSharePoint() : undefined;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dir.path,
    DEMO_DATA: options.demoData === false ? 'false' : 'true',
    ...sharepoint?.env,
    ...options.env,
  });
  const clock = options.clock ?? { now: () => DEMO_NOW };
  // SharePoint stamps records with its own clock: the fake's is the app's, as the embedded store's is.
  if (sharepoint) sharepoint.fake.now = () => clock.now();
  const app = await startApp(config, {
    clock,
    logger: options.logger ?? jsonLogger('silent'),
    // The outbox and the reminders run when a test runs them (kick, runDue), not on timers.
    bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000 }, ...options.bot },
    reminderIntervalMs: 3_600_000,
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(options.delegatedTokens ? { delegatedTokens: options.delegatedTokens } : {}),
    ...(options.entraKeysCooldownMs !== undefined
      ? { entraKeysCooldownMs: options.entraKeysCooldownMs }
      : {}),
  });
  // Every answer a test gets is checked against the documented contract (./contract.ts): a wrong status,
  // media type or body fails the test at the call that got it, on both stores.
  const contract = contractChecker(
    (await (await fetch(`${app.url}/api/openapi.json`)).json()) as OpenApiDocument,
  );
  const call: TestApp['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (o.as) headers['X-Demo-User'] = o.as;
    if (o.ifMatch) headers['If-Match'] = o.ifMatch;
    let body: string | Uint8Array | undefined;
    if (o.rawBody !== undefined) body = o.rawBody;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['Content-Type'] = 'application/json';
    const res = await fetch(`${app.url}${path}`, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    const problems = contract.problems({
      method,
      path,
      status: res.status,
      contentType: res.headers.get('content-type'),
      body: parsed,
    });
    if (problems.length)
      throw new Error(`The answer breaks the API contract (/api/openapi.json):\n${problems.join('\n')}`);
    return { status: res.status, body: parsed, headers: res.headers };
  };
  // In Entra mode reads need a token too: read the people from the store itself.
  const people = config.entra
    ? await app.store.people.findAll()
    : ((await call('GET', '/api/people')).body as { id: string; displayName: string }[]);
  return {
    app,
    url: app.url,
    ...(sharepoint ? { sharepoint } : {}),
    person(name) {
      const found = people.find((p) => p.displayName === name);
      if (!found) throw new Error(`No demo person ${name}`);
      return found.id;
    },
    call,
    async stop() {
      await app.close();
      dir.cleanup();
      if (sharepoint) {
        await sharepoint.close();
        assertNoUnhandled(sharepoint.fake);
      }
    },
  };
}
