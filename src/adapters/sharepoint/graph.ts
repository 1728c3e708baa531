// Our small typed layer over Microsoft Graph. Transport is @microsoft/microsoft-graph-client's middleware
// chain: our bearer-token middleware, its RetryHandler (429/503 wait for Retry-After, then retry), its
// HTTPMessageHandler (fetch). On top: JSON $batch in chunks of at most 20 with per-request status and
// per-request retry, and a coalescer that sends the requests issued in the same tick as one $batch.
import {
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

export interface GraphRequest {
  method: Method;
  /** Relative to the Graph base URL, starting with "/" (e.g. "/sites/{id}/lists"). */
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GraphResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  // The JSON body as Graph sent it; callers read the few properties they need.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A Graph answer that is not a success, with Graph's error code and message. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly request: { method: string; path: string },
  ) {
    super(`Graph ${request.method} ${request.path.split('?')[0]} → ${status} ${code}: ${message}`);
    this.name = 'GraphError';
  }

  static of(response: GraphResponse, request: { method: string; path: string }): GraphError {
    const error = (response.body as { error?: { code?: string; message?: string } } | undefined)?.error;
    return new GraphError(response.status, error?.code ?? 'unknown', error?.message ?? '', request);
  }
}

export type TokenProvider = () => Promise<string>;

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0 (national clouds differ). */
  baseUrl: string;
  token: TokenProvider;
  /** Retries of a throttled (429/503) request; default 3. */
  maxRetries?: number;
  /** Wait when a throttled answer has no Retry-After, in seconds; default 3. */
  retryDelaySeconds?: number;
  /** Per HTTP request; default 100 s. */
  timeoutMs?: number;
}

export const BATCH_LIMIT = 20;
const MAX_RETRY_AFTER_SECONDS = 180;

/** A fresh timeout for every attempt (the RetryHandler may wait minutes between attempts). */
class Timeout implements Middleware {
  private next?: Middleware;
  constructor(private readonly ms: number) {}
  async execute(context: Context): Promise<void> {
    (context.options ??= {}).signal = AbortSignal.timeout(this.ms);
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

/** Adds the bearer token; Graph's own AuthenticationHandler only does so for https Graph hosts. */
class BearerToken implements Middleware {
  private next?: Middleware;
  constructor(private readonly token: TokenProvider) {}
  async execute(context: Context): Promise<void> {
    const options = (context.options ??= {});
    options.headers = {
      ...(options.headers as Record<string, string>),
      Authorization: `Bearer ${await this.token()}`,
    };
    await this.next!.execute(context);
  }
  setNext(next: Middleware): void {
    this.next = next;
  }
}

function headersOf(headers: Headers | Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers) return out;
  if (headers instanceof Headers) headers.forEach((v, k) => (out[k.toLowerCase()] = v));
  else for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = String(v);
  return out;
}

function retryAfterSeconds(headers: Record<string, string>, fallback: number): number {
  const raw = headers['retry-after'];
  if (!raw) return fallback;
  const n = Number(raw);
  const seconds = Number.isFinite(n) ? n : (new Date(raw).getTime() - Date.now()) / 1000;
  return Math.min(Math.max(0, seconds), MAX_RETRY_AFTER_SECONDS);
}

const sleep = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000));

interface Queued {
  request: GraphRequest;
  ordered: boolean;
  resolve: (r: GraphResponse) => void;
  reject: (e: unknown) => void;
}

export class GraphClient {
  readonly baseUrl: string;
  private readonly chain: Middleware;
  private readonly maxRetries: number;
  private readonly retryDelay: number;
  private readonly timeoutMs: number;
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(options: GraphClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.maxRetries = options.maxRetries ?? 3;
    this.retryDelay = options.retryDelaySeconds ?? 3;
    this.timeoutMs = options.timeoutMs ?? 100_000;
    const auth = new BearerToken(options.token);
    // Retry only what Graph refused before doing anything: throttling (429) and unavailability (503).
    // A 504 may hide a write that happened; only reads are retried then.
    const retry = new RetryHandler(
      new RetryHandlerOptions(this.retryDelay, this.maxRetries, (_d, _a, _req, opts, response) =>
        response.status === 504 ? (opts?.method ?? 'GET') === 'GET' : true,
      ),
    );
    const timeout = new Timeout(this.timeoutMs);
    auth.setNext(retry);
    retry.setNext(timeout);
    timeout.setNext(new HTTPMessageHandler());
    this.chain = auth;
  }

  /** A nextLink (absolute) as a path under our base URL; anything else is refused. */
  relative(url: string): string | null {
    if (!url.startsWith(`${this.baseUrl}/`)) return null;
    return url.slice(this.baseUrl.length);
  }

  /** One HTTP round trip (plus the RetryHandler's retries). Non-2xx answers are returned, not thrown. */
  async send(request: GraphRequest): Promise<GraphResponse> {
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    let body: string | undefined;
    if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['Content-Type'] = 'application/json';
    }
    const context: Context = {
      request: `${this.baseUrl}${request.path}`,
      options: { method: request.method, headers, body },
    };
    await this.chain.execute(context);
    const response = context.response!;
    const text = await response.text();
    let parsed: unknown = undefined;
    if (text) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, headers: headersOf(response.headers), body: parsed };
  }

  /**
   * Sends requests as JSON batches of at most 20 (the chunks in parallel) and answers in request order.
   * A throttled inner request (429/503) is sent again after its Retry-After; others keep their status.
   * `serial` makes each request depend on the one before (Graph runs them in order; after a failure the
   * rest answer 424) — only within one chunk, so chunks of a serial batch go one after another.
   */
  async batch(requests: GraphRequest[], options: { serial?: boolean } = {}): Promise<GraphResponse[]> {
    const chunks: GraphRequest[][] = [];
    for (let i = 0; i < requests.length; i += BATCH_LIMIT) chunks.push(requests.slice(i, i + BATCH_LIMIT));
    if (!options.serial) return (await Promise.all(chunks.map((c) => this.batchChunk(c, false)))).flat();
    const out: GraphResponse[] = [];
    for (const chunk of chunks) {
      const answers = await this.batchChunk(chunk, true);
      out.push(...answers);
      if (answers.some((a) => a.status >= 300)) {
        // Later chunks would have depended on this one: answer them as Graph answers a failed dependency.
        const rest = requests.length - out.length;
        for (let i = 0; i < rest; i++) out.push(failedDependency());
        break;
      }
    }
    return out;
  }

  /**
   * One $batch, all requests independent or (`serial`) each depending on the one before: the two shapes,
   * with "all depend on the same one", that Graph accepts (its SDK's BatchRequestContent checks them).
   */
  private async batchChunk(chunk: GraphRequest[], serial: boolean): Promise<GraphResponse[]> {
    if (chunk.length > BATCH_LIMIT) throw new Error(`A $batch holds at most ${BATCH_LIMIT} requests`);
    const answers: (GraphResponse | undefined)[] = new Array(chunk.length);
    let pending = chunk.map((_, i) => i);
    for (let attempt = 0; pending.length; attempt++) {
      const body = {
        requests: pending.map((i, n) => {
          const r = chunk[i]!;
          const headers: Record<string, string> = { ...r.headers };
          if (r.body !== undefined) headers['Content-Type'] = 'application/json';
          return {
            id: String(i + 1),
            method: r.method,
            url: r.path,
            ...(Object.keys(headers).length ? { headers } : {}),
            ...(r.body !== undefined ? { body: r.body } : {}),
            ...(serial && n > 0 ? { dependsOn: [String(pending[n - 1]! + 1)] } : {}),
          };
        }),
      };
      const response = await this.send({ method: 'POST', path: '/$batch', body });
      if (response.status !== 200)
        throw GraphError.of(response, { method: 'POST', path: `/$batch (${pending.length} requests)` });
      const inner = (
        response.body as { responses?: { id: string; status: number; headers?: object; body?: unknown }[] }
      ).responses;
      if (!Array.isArray(inner)) throw new Error('Graph $batch answered without responses');
      let wait = 0;
      const throttled: number[] = [];
      for (const r of inner) {
        const i = Number(r.id) - 1;
        const answer: GraphResponse = {
          status: r.status,
          headers: headersOf(r.headers as Record<string, string>),
          body: r.body,
        };
        if ((r.status === 429 || r.status === 503) && attempt < this.maxRetries) {
          throttled.push(i);
          wait = Math.max(wait, retryAfterSeconds(answer.headers, this.retryDelay));
        } else answers[i] = answer;
      }
      pending = throttled.sort((a, b) => a - b);
      if (pending.length && serial) {
        // The requests after a throttled one answered 424; send them again in order with it.
        const first = pending[0]!;
        pending = chunk.map((_, i) => i).filter((i) => i >= first);
        for (const i of pending) answers[i] = undefined;
      }
      if (pending.length) await sleep(wait);
    }
    return answers.map(
      (a, i) =>
        a ?? {
          status: 500,
          headers: {},
          body: { error: { code: 'noAnswer', message: `no answer for request ${i + 1}` } },
        },
    );
  }

  /**
   * Queues a request until the current tick has run, then sends everything queued: one request alone,
   * several as $batch. Identical GETs in the same tick share one answer. `ordered` requests (a
   * transaction's writes) issued in the same tick are chained in the $batch: each runs only after the one
   * issued before it succeeded (Graph's dependsOn), so a write issued last is applied last, or not at all.
   * Other requests issued in the same tick travel in the same $batch when it has room (see sendTogether).
   */
  request(request: GraphRequest, options: { ordered?: boolean } = {}): Promise<GraphResponse> {
    return new Promise((resolve, reject) => {
      this.queue.push({ request, ordered: options.ordered === true, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const queued = this.queue;
    this.queue = [];
    this.scheduled = false;
    const ordered = queued.filter((q) => q.ordered);
    if (ordered.length > 1 && queued.length > BATCH_LIMIT) {
      // Too many for one $batch: the chain goes alone (serial chunks, one after another), the rest beside it.
      await Promise.all([this.sendTogether(queued.filter((q) => !q.ordered)), this.sendOrdered(ordered)]);
    } else await this.sendTogether(queued);
  }

  private async sendOrdered(queued: Queued[]): Promise<void> {
    try {
      const answers = await this.batch(
        queued.map((q) => q.request),
        { serial: true },
      );
      queued.forEach((q, i) => q.resolve(answers[i]!));
    } catch (error) {
      for (const q of queued) q.reject(error);
    }
  }

  /**
   * Sends requests issued together in as few round trips as they fit. Without a chain of writes (at most
   * one ordered request), they are independent: a parallel $batch. With a chain and other requests,
   * Graph takes no mix of dependent and independent requests, so the whole $batch becomes one chain: the
   * writes in the order issued, then the others. A failure among the others only holds back those after
   * it (424), which are then sent again on their own; a failed write holds them all back, as it fails
   * the transaction anyway.
   */
  private async sendTogether(queued: Queued[]): Promise<void> {
    if (!queued.length) return;
    const unique: Queued[] = [];
    const slot: number[] = [];
    const seen = new Map<string, number>();
    for (const q of queued) {
      const key =
        q.request.method === 'GET' && !q.ordered
          ? `${q.request.path}\n${JSON.stringify(q.request.headers ?? {})}`
          : undefined;
      const existing = key !== undefined ? seen.get(key) : undefined;
      if (existing !== undefined) slot.push(existing);
      else {
        if (key !== undefined) seen.set(key, unique.length);
        slot.push(unique.length);
        unique.push(q);
      }
    }
    try {
      const answers = new Array<GraphResponse>(unique.length);
      const writes = unique.map((q, i) => [q, i] as const).filter(([q]) => q.ordered);
      if (unique.length === 1) answers[0] = await this.send(unique[0]!.request);
      else if (writes.length < 2)
        (await this.batch(unique.map((q) => q.request))).forEach((a, i) => (answers[i] = a));
      else {
        const others = unique.map((q, i) => [q, i] as const).filter(([q]) => !q.ordered);
        const chain = [...writes, ...others];
        const chained = await this.batchChunk(
          chain.map(([q]) => q.request),
          true,
        );
        chain.forEach(([, i], n) => (answers[i] = chained[n]!));
        if (chained.slice(0, writes.length).every((a) => a.status < 300)) {
          const again = others.filter(([, i]) => answers[i]!.status === 424).map(([, i]) => i);
          if (again.length) {
            const retried = await this.batch(again.map((i) => unique[i]!.request));
            again.forEach((i, n) => (answers[i] = retried[n]!));
          }
        }
      }
      queued.forEach((q, i) => q.resolve(answers[slot[i]!]!));
    } catch (error) {
      for (const q of queued) q.reject(error);
    }
  }
}

function failedDependency(): GraphResponse {
  return { status: 424, headers: {}, body: { error: { code: 'failedDependency', message: '' } } };
}
