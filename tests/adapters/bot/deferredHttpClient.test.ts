// The deferred HTTP client against the SDK's own `Client` (ADR 0041): the same calls on either send the
// same requests — headers merged by clone, User-Agents joined, tokens, interceptors and middlewares in
// their order, handlers registered after a copy not copied, ejected ones gone — also under the SDK's API
// client, which copies its client and adds its telemetry middleware. A copy builds no axios instance
// until it sends, and the class has every public member of each copy of `Client` the SDK loads.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Client as ApiClient } from '@microsoft/teams.api';
import { Client, type ClientOptions, type Middleware, type Interceptor } from '@microsoft/teams.common';
import { DeferredHttpClient } from '../../../src/adapters/bot/deferredHttpClient';

interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
  body: string;
}
let server: Server;
let base: string;
let seen: Seen[];

const HEADERS = ['user-agent', 'authorization', 'content-type', 'x-a', 'x-b', 'x-mw', 'x-late', 'x-int'];
beforeAll(async () => {
  server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({
        method: req.method!,
        url: req.url!,
        headers: Object.fromEntries(HEADERS.map((h) => [h, req.headers[h] as string | undefined])),
        body,
      });
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: 'a1' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => (seen = []));

/** A middleware that adds a header and notes its turn, so order and presence both show. */
const tagging = (name: string, value: string): Middleware => ({
  invoke(context, next) {
    const headers = (context.config.headers ?? {}) as Record<string, string>;
    const before = headers[name];
    context.config.headers = { ...headers, [name]: before ? `${before},${value}` : value };
    return next();
  },
});
const interceptor: Interceptor = {
  request: ({ config }) => {
    config.headers.set('x-int', 'on');
    return config;
  },
};

/** The http client type of the SDK's API client (its own copy of teams.common: a nominal class). */
type ApiHttp = Exclude<ConstructorParameters<typeof ApiClient>[1], undefined>;
/** What the scenario calls: the public members both kinds of client share. */
interface Any {
  readonly name: string;
  token?: unknown;
  readonly interceptors: readonly unknown[];
  readonly middlewares: readonly unknown[];
  get(url: string): Promise<unknown>;
  post(url: string, data?: unknown): Promise<unknown>;
  put(url: string, data?: unknown): Promise<unknown>;
  patch(url: string, data?: unknown): Promise<unknown>;
  delete(url: string): Promise<unknown>;
  request(config: { method: string; url: string }): Promise<unknown>;
  clone(options?: ClientOptions): Any;
  use(handler: Middleware): number;
  eject(id: number): void;
  clear(): void;
}
/** The same calls on either kind of client; the requests the server saw are what is compared. */
async function scenario(make: (options: ClientOptions) => Any) {
  const root = make({
    baseUrl: base,
    headers: { 'User-Agent': 'root/1', 'X-A': 'a' },
    token: 'root-token',
    middlewares: [tagging('x-mw', 'root')],
    interceptors: [interceptor],
  });
  await root.get('/root');
  const child = root.clone({ headers: { 'user-agent': 'child/2', 'X-B': 'b' } });
  await child.post('/child', { x: 1 });
  const withToken = child.clone({ token: () => 'fn-token' });
  await withToken.put('/token-fn', 'text');
  const snapshot = root.clone();
  const lateId = root.use(tagging('x-mw', 'late'));
  await snapshot.get('/snapshot');
  const both = root.clone();
  await both.get('/both');
  await root.get('/root-late');
  root.eject(lateId);
  await root.delete('/root-ejected');
  const ejected = root.clone();
  const id = ejected.use(tagging('x-mw', 'second'));
  ejected.eject(id);
  await ejected.patch('/ejected', { y: 2 });
  const setLater = root.clone();
  setLater.token = 'set-later';
  await setLater.request({ method: 'get', url: '/set-later' });
  const used = root.clone({ headers: { 'X-B': 'used' } });
  await used.get('/used-1');
  const after = used.use(tagging('x-late', 'after-first-send'));
  await used.get('/used-2');
  used.eject(after);
  await used.get('/used-3');
  const cleared = root.clone();
  cleared.clear();
  await cleared.get('/cleared');
  // The SDK's API client over a copy: its telemetry middleware, its own copy per service URL.
  const api = new ApiClient(base, root.clone() as unknown as ApiHttp).clone({ serviceUrl: `${base}/svc` });
  await api.conversations.activities('19:c').create({ type: 'message', text: 'hej' });
  return {
    requests: seen.map((s) => ({ ...s })),
    handlers: [root, child, snapshot, used, cleared].map((c) => [
      c.interceptors.length,
      c.middlewares.length,
    ]),
    tokens: [root, withToken, setLater].map((c) => (typeof c.token === 'function' ? 'fn' : c.token)),
    names: [root.name, child.name],
  };
}

it('sends what the SDK client sends, call for call', async () => {
  const expected = await scenario((options) => new Client(options));
  seen = [];
  const actual = await scenario((options) => new DeferredHttpClient(options));
  expect(actual).toEqual(expected);
  // The scenario means something: the merged User-Agent, the token function, the late middleware.
  expect(expected.requests.find((r) => r.url === '/child')!.headers['user-agent']).toBe('child/2 root/1');
  expect(expected.requests.find((r) => r.url === '/token-fn')!.headers.authorization).toBe('Bearer fn-token');
  expect(expected.requests.find((r) => r.url === '/snapshot')!.headers['x-mw']).toBe('root');
  expect(expected.requests.find((r) => r.url === '/root-late')!.headers['x-mw']).toBe('root,late');
  expect(expected.requests.find((r) => r.url === '/both')!.headers['x-mw']).toBe('root,late');
  expect(expected.requests.find((r) => r.url === '/used-2')!.headers['x-late']).toBe('after-first-send');
  expect(expected.requests.find((r) => r.url === '/cleared')!.headers['x-mw']).toBeUndefined();
  expect(expected.requests.find((r) => r.url.startsWith('/svc/'))!.body).toContain('hej');
});

it('builds no axios instance for a copy until the copy sends', async () => {
  // The axios that teams.common builds its clients with (not a dependency of ours).
  const axios = createRequire(require.resolve('@microsoft/teams.common'))('axios') as {
    create: (...args: unknown[]) => unknown;
  };
  const create = jest.spyOn(axios, 'create');
  try {
    const root = new DeferredHttpClient({ baseUrl: base });
    const copies = [root.clone(), root.clone({ token: 't' }), root.clone().clone({ baseUrl: base })];
    new ApiClient(base, root.clone() as unknown as ApiHttp).clone({ serviceUrl: base });
    expect(create).not.toHaveBeenCalled();
    await copies[1]!.get('/one');
    expect(create).toHaveBeenCalledTimes(1);
    expect(seen[0]!.headers.authorization).toBe('Bearer t');
  } finally {
    create.mockRestore();
  }
});

it('has every public member of each copy of Client the SDK loads', () => {
  const INTERNAL = new Set([
    'constructor',
    'withConfig',
    'useMiddleware',
    'useInterceptor',
    'send',
    'invokeMiddleware',
  ]);
  const copies = ['@microsoft/teams.apps', '@microsoft/teams.api', '@microsoft/teams.graph'].map(
    (pkg) =>
      (createRequire(require.resolve(pkg))('@microsoft/teams.common') as { Client: typeof Client }).Client,
  );
  for (const SdkClient of [Client, ...copies]) {
    const members = Object.getOwnPropertyNames(SdkClient.prototype).filter((m) => !INTERNAL.has(m));
    expect(members.length).toBeGreaterThan(10);
    const missing = members.filter((m) => !(m in DeferredHttpClient.prototype));
    expect(missing).toEqual([]);
    // Instance fields the SDK may read from outside: the token and the name.
    const sample = new SdkClient({});
    for (const field of ['token', 'name'])
      expect(field in sample && field in new DeferredHttpClient({})).toBe(true);
  }
});
