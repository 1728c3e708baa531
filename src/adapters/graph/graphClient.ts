// Our small typed layer over Microsoft Graph. Transport is @microsoft/microsoft-graph-client's middleware
// chain: our bearer-token middleware, a per-attempt timeout, its HTTPMessageHandler (fetch); around it
// our own retry loop (429/503 wait for Retry-After, then retry) that never waits past the request's
// retry budget. On top: JSON $batch in chunks of at most 20 with per-request status and per-request
// retry, and a coalescer that sends the requests issued in the same tick as one $batch.
import { HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';
import { AppError } from '../../services/errors';
import { requestStartedAt } from '../shared/requestTiming';

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

/**
 * Graph could not be reached at all (network, DNS, TLS, a timeout) or no token could be obtained for it:
 * an outage, as opposed to an answer. The store turns it into a 503.
 */
export class GraphUnreachableError extends Error {
  constructor(
    readonly request: { method: string; path: string },
    override readonly cause: unknown,
    readonly stage: 'token' | 'network' = 'network',
  ) {
    const reason = describeCause(cause);
    super(
      stage === 'token'
        ? `No token for Graph (${request.method} ${request.path.split('?')[0]}): ${reason}`
        : `Graph ${request.method} ${request.path.split('?')[0]} unreachable: ${reason}`,
    );
    this.name = 'GraphUnreachableError';
  }
}

/** The innermost useful words of a fetch or MSAL failure ("fetch failed" hides ECONNREFUSED in cause). */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    const x = e as { name?: string; code?: string; errorCode?: string; message?: string; cause?: unknown };
    const label = x.code ?? x.errorCode ?? x.name;
    const text = [label, x.message].filter(Boolean).join(': ');
    if (text && !parts.includes(text)) parts.push(text);
    e = x.cause;
  }
  return parts.join(' ← ').slice(0, 500) || String(error);
}

/** Answers that mean Graph (or SharePoint behind it) is down or throttling us, not that we asked wrongly. */
export function isOutageStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501 && status !== 505);
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
  /**
   * How long, from the start of the request being served (or of the call, outside a request), Graph's
   * throttling may be waited out. A Retry-After that would end later is not waited for: the throttled
   * answer is returned, and the store answers 503 at once. Default: no bound (the commands).
   */
  retryBudgetMs?: number;
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
    let token: string;
    try {
      token = await this.token();
    } catch (error) {
      // A refusal the token port words itself (consent missing, sign-in expired) stays as it is.
      if (error instanceof AppError) throw error;
      const path = typeof context.request === 'string' ? new URL(context.request).pathname : '';
      throw new GraphUnreachableError({ method: options.method ?? 'GET', path }, error, 'token');
    }
    options.headers = { ...(options.headers as Record<string, string>), Authorization: `Bearer ${token}` };
    try {
      await this.next!.execute(context);
    } catch (error) {
      // fetch rejects only when no answer came: refused connection, DNS, TLS, reset, our timeout.
      const path = typeof context.request === 'string' ? new URL(context.request).pathname : '';
      throw new GraphUnreachableError({ method: options.method ?? 'GET', path }, error);
    }
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

/** The RetryHandler's wait when Graph names none: the delay, then growing, with a little jitter. */
function backoffSeconds(attempt: number, delay: number): number {
  const jitter = Number(Math.random().toFixed(3));
  return (attempt >= 2 ? Math.round((2 ** attempt - 1) / 2) : 0) + delay + jitter;
}

const sleep = (seconds: number) => new Promise((r) => setTimeout(r, seconds * 1000));

interface Queued {
  request: GraphRequest;
  ordered: boolean;
  resolve: (r: GraphResponse) => void;
  reject: (e: unknown) => void;
  /** When waiting for retries must end (see retryBudgetMs). */
  deadline: number;
}

/** Options of one exchange with Graph. */
export interface SendOptions {
  /** Epoch ms after which no retry is waited for; default: the retry budget from now (or the request's start). */
  deadline?: number;
}

export class GraphClient {
  readonly baseUrl: string;
  private readonly chain: Middleware;
  private readonly maxRetries: number;
  private readonly retryDelay: number;
  private readonly timeoutMs: number;
  private readonly retryBudgetMs: number;
  private queue: Queued[] = [];
  private scheduled = false;

  constructor(options: GraphClientOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.maxRetries = options.maxRetries ?? 3;
    this.retryDelay = options.retryDelaySeconds ?? 3;
    this.timeoutMs = options.timeoutMs ?? 100_000;
    this.retryBudgetMs = options.retryBudgetMs ?? Number.POSITIVE_INFINITY;
    const auth = new BearerToken(options.token);
    const timeout = new Timeout(this.timeoutMs);
    auth.setNext(timeout);
    timeout.setNext(new HTTPMessageHandler());
    this.chain = auth;
  }

  /** The end of waiting for retries: the budget from the request's start (or from now, outside one). */
  deadline(): number {
    return (requestStartedAt() ?? Date.now()) + this.retryBudgetMs;
  }

  /**
   * Retry only what Graph refused before doing anything: throttling (429) and unavailability (503).
   * A 504 may hide a write that happened; only reads are retried then.
   */
  private retryable(status: number, method: string): boolean {
    return status === 429 || status === 503 || (status === 504 && method === 'GET');
  }

  /** A nextLink (absolute) as a path under our base URL; anything else is refused. */
  relative(url: string): string | null {
    if (!url.startsWith(`${this.baseUrl}/`)) return null;
    return url.slice(this.baseUrl.length);
  }

  /**
   * One HTTP round trip, plus retries of a throttled answer after its Retry-After while the deadline
   * allows. Non-2xx answers are returned, not thrown; no answer at all throws GraphUnreachableError.
   */
  async send(request: GraphRequest, options: SendOptions = {}): Promise<GraphResponse> {
    const deadline = options.deadline ?? this.deadline();
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    let body: string | undefined;
    if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers['Content-Type'] = 'application/json';
    }
    for (let attempt = 0; ; attempt++) {
      const context: Context = {
        request: `${this.baseUrl}${request.path}`,
        options: { method: request.method, headers: { ...headers }, body },
      };
      await this.chain.execute(context);
      const response = context.response!;
      if (attempt < this.maxRetries && this.retryable(response.status, request.method)) {
        const answerHeaders = headersOf(response.headers);
        const wait = answerHeaders['retry-after']
          ? retryAfterSeconds(answerHeaders, this.retryDelay)
          : backoffSeconds(attempt + 1, this.retryDelay);
        if (Date.now() + wait * 1000 <= deadline) {
          await response.arrayBuffer().catch(() => undefined); // free the connection
          await sleep(wait);
          continue;
        }
      }
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
  }

  /**
   * Sends requests as JSON batches of at most 20 (the chunks in parallel) and answers in request order.
   * A throttled inner request (429/503) is sent again after its Retry-After; others keep their status.
   * `serial` makes each request depend on the one before (Graph runs them in order; after a failure the
   * rest answer 424) — only within one chunk, so chunks of a serial batch go one after another.
   */
  async batch(
    requests: GraphRequest[],
    options: { serial?: boolean } & SendOptions = {},
  ): Promise<GraphResponse[]> {
    const deadline = options.deadline ?? this.deadline();
    const chunks: GraphRequest[][] = [];
    for (let i = 0; i < requests.length; i += BATCH_LIMIT) chunks.push(requests.slice(i, i + BATCH_LIMIT));
    if (!options.serial)
      return (await Promise.all(chunks.map((c) => this.batchChunk(c, false, deadline)))).flat();
    const out: GraphResponse[] = [];
    for (const chunk of chunks) {
      const answers = await this.batchChunk(chunk, true, deadline);
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
  private async batchChunk(
    chunk: GraphRequest[],
    serial: boolean,
    deadline: number,
  ): Promise<GraphResponse[]> {
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
      const response = await this.send({ method: 'POST', path: '/$batch', body }, { deadline });
      if (response.status !== 200)
        throw GraphError.of(response, { method: 'POST', path: `/$batch (${pending.length} requests)` });
      const inner = (
        response.body as { responses?: { id: string; status: number; headers?: object; body?: unknown }[] }
      ).responses;
      if (!Array.isArray(inner)) throw new Error('Graph $batch answered without responses');
      let wait = 0;
      const throttled: number[] = [];
      const waits = inner.map((r) =>
        r.status === 429 || r.status === 503
          ? retryAfterSeconds(headersOf(r.headers as Record<string, string>), this.retryDelay)
          : 0,
      );
      // Waiting is worth it only if every throttled request can be retried before the deadline.
      const inTime = Date.now() + Math.max(0, ...waits) * 1000 <= deadline;
      for (const r of inner) {
        const i = Number(r.id) - 1;
        const answer: GraphResponse = {
          status: r.status,
          headers: headersOf(r.headers as Record<string, string>),
          body: r.body,
        };
        if ((r.status === 429 || r.status === 503) && attempt < this.maxRetries && inTime) {
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
      this.queue.push({
        request,
        ordered: options.ordered === true,
        resolve,
        reject,
        deadline: this.deadline(),
      });
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
        { serial: true, deadline: earliest(queued) },
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
    const deadline = earliest(queued);
    try {
      const answers = new Array<GraphResponse>(unique.length);
      const writes = unique.map((q, i) => [q, i] as const).filter(([q]) => q.ordered);
      if (unique.length === 1) answers[0] = await this.send(unique[0]!.request, { deadline });
      else if (writes.length < 2)
        (
          await this.batch(
            unique.map((q) => q.request),
            { deadline },
          )
        ).forEach((a, i) => (answers[i] = a));
      else {
        const others = unique.map((q, i) => [q, i] as const).filter(([q]) => !q.ordered);
        const chain = [...writes, ...others];
        const chained = await this.batchChunk(
          chain.map(([q]) => q.request),
          true,
          deadline,
        );
        chain.forEach(([, i], n) => (answers[i] = chained[n]!));
        if (chained.slice(0, writes.length).every((a) => a.status < 300)) {
          const again = others.filter(([, i]) => answers[i]!.status === 424).map(([, i]) => i);
          if (again.length) {
            const retried = await this.batch(
              again.map((i) => unique[i]!.request),
              { deadline },
            );
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

/** Requests sent together wait no longer than the most hurried of them may. */
function earliest(queued: Queued[]): number {
  return Math.min(...queued.map((q) => q.deadline));
}

function failedDependency(): GraphResponse {
  return { status: 424, headers: {}, body: { error: { code: 'failedDependency', message: '' } } };
}
