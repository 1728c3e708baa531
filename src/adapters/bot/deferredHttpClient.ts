// The Teams SDK's HTTP client, built only when it first sends (issue 18 point 5, ADR 0041). For every
// activity the SDK copies its client six times (the API client's, the turn's, two Graph clients and
// their base-URL copies), and every copy of `Client` builds an axios instance: merged configurations,
// bound methods, interceptor managers. An approval click is answered in its HTTP response and sends
// nothing through them, yet the copies were a sixth of its CPU. A copy of this client is a recipe (the
// merged options, the handlers registered on it, its token) until a request needs the real `Client`.
import {
  Client,
  type ClientOptions,
  type Interceptor,
  type Middleware,
  type RequestConfig,
  type Token,
} from '@microsoft/teams.common';

type Handler = Middleware | Interceptor;
const isMiddleware = (handler: Handler): handler is Middleware =>
  typeof (handler as Middleware).invoke === 'function';

const userAgentOf = (headers: ClientOptions['headers']): string | undefined => {
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === 'user-agent');
  return key ? String(headers[key]) : undefined;
};

/**
 * The headers of a copy as `Client.clone` merges them: the copy's over its parent's, and the two
 * User-Agents joined, the copy's first. Held equal to the SDK's own merge by the contract test.
 */
function mergedHeaders(parent: ClientOptions['headers'], child: ClientOptions['headers']) {
  const parentUA = userAgentOf(parent);
  const childUA = userAgentOf(child);
  const agent = parentUA && childUA ? `${childUA} ${parentUA}` : childUA || parentUA;
  const headers: Record<string, unknown> = { ...parent, ...child };
  if (agent) {
    for (const key of Object.keys(headers)) if (key.toLowerCase() === 'user-agent') delete headers[key];
    headers['User-Agent'] = agent;
  }
  return headers as ClientOptions['headers'];
}

/**
 * Stands in wherever the SDK takes its `Client` (`App`'s `client` option): the same public members,
 * each request sent by the real client, which is made from the same options on first use. The SDK
 * reaches a client only through these members (the contract test lists the class's own and fails on
 * one this class lacks).
 */
export class DeferredHttpClient {
  readonly name: string;
  private real: Client | undefined;
  private ownToken: Token | undefined;
  private seq = 0;
  private ownHeaders: ClientOptions['headers'];
  /** Handlers by the id `use` gave them, in the order they came (the real client keeps the same). */
  private readonly handlers = new Map<number, Handler>();
  /** Our ids → the real client's, once it exists. */
  private readonly realIds = new Map<number, number>();

  constructor(private readonly options: ClientOptions = {}) {
    this.name = options.name || 'http';
    this.ownToken = options.token;
    for (const interceptor of options.interceptors ?? []) this.use(interceptor);
    for (const middleware of options.middlewares ?? []) this.use(middleware);
  }

  get token(): Token | undefined {
    return this.real ? this.real.token : this.ownToken;
  }
  set token(token: Token | undefined) {
    if (this.real) this.real.token = token;
    else this.ownToken = token;
  }

  get interceptors(): readonly Interceptor[] {
    return [...this.handlers.values()].filter((h): h is Interceptor => !isMiddleware(h));
  }
  get middlewares(): readonly Middleware[] {
    return [...this.handlers.values()].filter(isMiddleware);
  }

  /** A copy as `Client.clone` makes it: merged options, the handlers registered now, not later ones. */
  clone(options?: ClientOptions): DeferredHttpClient {
    // Most copies bring no headers of their own: they all get this client's, merged once (no client
    // changes the headers object it was given; each request and axios copy it).
    const headers = options?.headers
      ? mergedHeaders(this.options.headers, options.headers)
      : (this.ownHeaders ??= mergedHeaders(this.options.headers, undefined));
    return new DeferredHttpClient({
      ...this.options,
      ...options,
      headers,
      interceptors: [...this.interceptors],
      middlewares: [...this.middlewares],
    });
  }

  use(handler: Handler): number {
    const id = ++this.seq;
    this.handlers.set(id, handler);
    if (this.real) this.realIds.set(id, this.real.use(handler as Middleware));
    return id;
  }
  eject(id: number): void {
    this.handlers.delete(id);
    const realId = this.realIds.get(id);
    if (realId !== undefined) this.real!.eject(realId);
    this.realIds.delete(id);
  }
  clear(): void {
    for (const id of [...this.handlers.keys()]) this.eject(id);
  }

  get<T = unknown>(url: string, config?: RequestConfig) {
    return this.client().get<T>(url, config);
  }
  post<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.client().post<T>(url, data, config);
  }
  put<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.client().put<T>(url, data, config);
  }
  patch<T = unknown>(url: string, data?: unknown, config?: RequestConfig) {
    return this.client().patch<T>(url, data, config);
  }
  delete<T = unknown>(url: string, config?: RequestConfig) {
    return this.client().delete<T>(url, config);
  }
  request<T = unknown>(config: RequestConfig) {
    return this.client().request<T>(config);
  }

  /** The real client: this one's options, token and handlers, in their order. */
  private client(): Client {
    if (!this.real) {
      const { interceptors: _i, middlewares: _m, ...options } = this.options;
      const real = new Client({ ...options, token: this.ownToken });
      for (const [id, handler] of this.handlers) this.realIds.set(id, real.use(handler as Middleware));
      this.real = real;
    }
    return this.real;
  }
}
