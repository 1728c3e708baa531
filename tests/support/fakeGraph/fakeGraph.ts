// A stateful fake of the slice of Microsoft Graph (and SharePoint REST, for list views) that Objektnav
// uses, on a local HTTP server (127.0.0.1, a free port). It answers like Graph: 201/200/204 with
// `@odata.etag`, `fields`, `createdDateTime`, `lastModifiedDateTime`; errors as {"error":{"code","message"}};
// 400 for a filter or sort on a column without index unless `Prefer: HonorNonIndexedQueriesWarningMayFailRandomly`;
// past 5,000 items the list view threshold (500, see LIST_VIEW_THRESHOLD);
// 412 on a stale If-Match; 429 with Retry-After when told to throttle; pages with @odata.nextLink;
// $batch of at most 20 with dependsOn. Requests it does not know are answered 501 and recorded in
// `unhandled`, which the tests check, so a request the fake does not understand fails the test.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ODataSyntaxError, parseExpand, parseFilter, parseOrderBy, type Literal } from './odata';

export interface FakeRequest {
  method: string;
  /** Path and query, e.g. /v1.0/sites/x/lists?$select=id */
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface LoggedRequest {
  method: string;
  url: string;
  /** For $batch: the inner requests (method, URL, what they depend on, and their resource units). */
  inner?: { method: string; url: string; dependsOn?: string[]; kind: RequestKind | 'batch'; units: number }[];
  at: number;
  /** What the request costs in SharePoint's throttling (a $batch: nothing itself, see `inner`). */
  kind: RequestKind | 'batch';
  units: number;
  /** The delay added before answering (latency mode), in ms. */
  delayMs: number;
}

/**
 * Kinds of request with Microsoft's published cost in resource units ("Avoid getting throttled or blocked in
 * SharePoint Online"): 1 for a single item, 2 for a multi-item query and for create, update and delete.
 * Graph's $batch is counted request by request. SharePoint REST has no fixed cost ("usually more than
 * Graph"); its list-view calls (provisioning only) are counted as 2 here, a lower bound.
 */
export type RequestKind = 'singleRead' | 'query' | 'write' | 'rest';

export const RESOURCE_UNITS: Record<RequestKind, number> = { singleRead: 1, query: 2, write: 2, rest: 2 };

/** The kind of one (non-$batch) request by its method and path. */
export function requestKind(method: string, url: string): RequestKind {
  const path = url.split('?')[0]!;
  if (path.includes('/_api/')) return 'rest';
  if (method !== 'GET') return 'write';
  // One item, one list, one site: a single-item read. Collections (items, lists, columns): a query.
  if (/\/items\/[^/]+(\/fields)?$/.test(path)) return 'singleRead';
  if (/\/(items|lists|columns)$/.test(path)) return 'query';
  return 'singleRead';
}

/** The cost of one request at the fake (a $batch: the sum of its inner requests). */
function unitsOf(kind: RequestKind): number {
  return RESOURCE_UNITS[kind];
}

interface Column {
  id: string;
  name: string;
  displayName: string;
  indexed: boolean;
  builtIn: boolean;
  definition: Record<string, unknown>;
}

interface Item {
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  fields: Record<string, unknown>;
}

interface View {
  Id: string;
  Title: string;
  DefaultView: boolean;
  RowLimit: number;
  ViewQuery: string;
  fields: string[];
}

interface List {
  id: string;
  displayName: string;
  description: string;
  columns: Column[];
  items: Map<number, Item>;
  nextId: number;
  views: View[];
}

interface Throttle {
  remaining: number;
  retryAfter: number;
  status: 429 | 503;
  match: (method: string, url: string, inBatch: boolean) => boolean;
}

const PREFER_NON_INDEXED = 'HonorNonIndexedQueriesWarningMayFailRandomly';
/**
 * SharePoint Online's list view threshold: on a list with more items, a query whose filter or sort needs
 * a non-indexed column, or whose first filter column alone matches more items, fails with a 500.
 */
export const LIST_VIEW_THRESHOLD = 5000;
const TYPE_FACETS = [
  'text',
  'number',
  'boolean',
  'dateTime',
  'choice',
  'lookup',
  'personOrGroup',
  'currency',
];

const error = (
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): FakeResponse => ({
  status,
  headers,
  body: { error: { code, message } },
});

const secondsIso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function builtInColumns(): Column[] {
  const c = (name: string, definition: Record<string, unknown>, indexed = false): Column => ({
    id: randomUUID(),
    name,
    displayName: name,
    indexed,
    builtIn: true,
    definition: { name, displayName: name, readOnly: name !== 'Title', ...definition },
  });
  return [
    c('Title', { text: { allowMultipleLines: false, maxLength: 255 }, required: true }),
    c('ID', { number: {} }, true),
    c('Created', { dateTime: { format: 'dateTime' } }),
    c('Modified', { dateTime: { format: 'dateTime' } }),
  ];
}

export class FakeGraph {
  readonly siteId =
    'objektnav.sharepoint.example,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222';
  readonly token = 'fake-graph-token';
  readonly sharePointToken = 'fake-sharepoint-token';
  readonly lists = new Map<string, List>();
  /** Every HTTP request that reached the server (a $batch counts once). */
  readonly log: LoggedRequest[] = [];
  /** Requests the fake does not know: a test must leave this empty. */
  readonly unhandled: string[] = [];
  /** Lists whose queries were refused for exceeding the list view threshold (one entry per refusal). */
  readonly thresholdRefusals: string[] = [];
  /**
   * Latency mode: added to every HTTP answer (one round trip; a $batch is one), to mimic SharePoint Online
   * from a server in the same region (about 100 ms; the bench's default). Off (0) unless asked.
   */
  latencyMs = 0;
  /** Spread of the delay: each answer waits latencyMs × (1 ± jitter), uniformly (0.2 = ±20 %). */
  latencyJitter = 0;
  /** The source of the jitter, replaceable so a test can pin it. */
  random: () => number = Math.random;
  /** The server's clock, for createdDateTime and lastModifiedDateTime (tests set the app's clock). */
  now: () => Date = () => new Date();
  private throttles: Throttle[] = [];
  private server?: Server;
  origin = '';

  get graphBaseUrl(): string {
    return `${this.origin}/v1.0`;
  }

  get webUrl(): string {
    return `${this.origin}/sites/objektnav`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.serve(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** The next `count` requests that match answer 429 (or 503) with Retry-After (inner requests of a $batch too). */
  throttle(
    count: number,
    retryAfterSeconds: number,
    match: (method: string, url: string, inBatch: boolean) => boolean = () => true,
    status: 429 | 503 = 429,
  ): void {
    this.throttles.push({ remaining: count, retryAfter: retryAfterSeconds, match, status });
  }

  /** Graph answers normally again. */
  clearThrottles(): void {
    this.throttles = [];
  }

  resetLog(): void {
    this.log.length = 0;
  }

  /** The delay of the next answer: latencyMs jittered, or 0 when latency mode is off. */
  private delay(): number {
    if (!this.latencyMs) return 0;
    const spread = this.latencyJitter * (2 * this.random() - 1);
    return Math.max(0, Math.round(this.latencyMs * (1 + spread)));
  }

  /**
   * What the logged requests cost: round trips (HTTP requests), Graph requests (a $batch's inner ones
   * each) and SharePoint resource units, in all and per kind of request.
   */
  cost(log: readonly LoggedRequest[] = this.log) {
    const byKind: Record<RequestKind, { requests: number; units: number }> = {
      singleRead: { requests: 0, units: 0 },
      query: { requests: 0, units: 0 },
      write: { requests: 0, units: 0 },
      rest: { requests: 0, units: 0 },
    };
    for (const r of log)
      for (const one of r.inner ?? [r]) {
        if (one.kind === 'batch') continue; // a $batch in a $batch does not exist
        byKind[one.kind].requests++;
        byKind[one.kind].units += one.units;
      }
    const all = Object.values(byKind);
    return {
      roundTrips: log.length,
      requests: all.reduce((n, k) => n + k.requests, 0),
      units: all.reduce((n, k) => n + k.units, 0),
      byKind,
    };
  }

  list(displayName: string): List {
    const list = [...this.lists.values()].find((l) => l.displayName === displayName);
    if (!list) throw new Error(`No list ${displayName}`);
    return list;
  }

  /** Adds items directly (no HTTP), for large test data. */
  seedItems(displayName: string, fieldsList: Record<string, unknown>[]): void {
    const list = this.list(displayName);
    const now = secondsIso(this.now());
    for (const fields of fieldsList) {
      const id = list.nextId++;
      list.items.set(id, {
        id,
        guid: randomUUID(),
        version: 1,
        created: now,
        modified: now,
        fields: { ...fields },
      });
    }
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers[k.toLowerCase()] = v;
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    const request: FakeRequest = { method: req.method ?? 'GET', url: req.url ?? '/', headers, body };
    const logged: LoggedRequest = {
      method: request.method,
      url: request.url,
      at: Date.now(),
      kind: 'singleRead',
      units: 0,
      delayMs: this.delay(),
    };
    this.log.push(logged);
    let answer: FakeResponse;
    try {
      answer = this.top(request, logged);
    } catch (e) {
      answer = error(500, 'fakeFailure', e instanceof Error ? (e.stack ?? e.message) : String(e));
    }
    if (logged.inner) {
      logged.kind = 'batch';
      logged.units = logged.inner.reduce((n, r) => n + r.units, 0);
    } else {
      logged.kind = requestKind(request.method, request.url);
      logged.units = unitsOf(logged.kind);
    }
    if (logged.delayMs) await new Promise((r) => setTimeout(r, logged.delayMs));
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, {
      ...(payload ? { 'Content-Type': 'application/json' } : {}),
      ...answer.headers,
    });
    res.end(payload);
  }

  private top(request: FakeRequest, logged: LoggedRequest): FakeResponse {
    const sharePointRest = request.url.startsWith('/sites/objektnav/_api/');
    const expected = `Bearer ${sharePointRest ? this.sharePointToken : this.token}`;
    if (request.headers['authorization'] !== expected)
      return error(401, 'InvalidAuthenticationToken', 'Access token is empty or not valid.');
    const throttled = this.throttled(request, false);
    if (throttled) return throttled;
    if (sharePointRest) return this.sharePoint(request);
    if (request.method === 'POST' && request.url === '/v1.0/$batch') return this.batch(request, logged);
    return this.route(request);
  }

  private throttled(request: FakeRequest, inBatch: boolean): FakeResponse | undefined {
    const t = this.throttles.find((x) => x.remaining > 0 && x.match(request.method, request.url, inBatch));
    if (!t) return undefined;
    t.remaining--;
    return t.status === 429
      ? error(429, 'TooManyRequests', 'Too many requests', { 'Retry-After': String(t.retryAfter) })
      : error(503, 'serviceNotAvailable', 'Service unavailable', { 'Retry-After': String(t.retryAfter) });
  }

  private batch(request: FakeRequest, logged: LoggedRequest): FakeResponse {
    const requests = (request.body as { requests?: unknown })?.requests;
    if (!Array.isArray(requests) || requests.length === 0)
      return error(400, 'BadRequest', 'Invalid batch payload format.');
    if (requests.length > 20)
      return error(400, 'BadRequest', 'The number of batch requests exceeds the limit of 20.');
    if (!acceptedDependencies(requests as { id: string; dependsOn?: string[] }[]))
      return error(
        400,
        'BadRequest',
        'Dependencies must be all parallel, all serial, or all on the same request.',
      );
    logged.inner = [];
    const statuses = new Map<string, number>();
    const responses: unknown[] = [];
    for (const raw of requests as {
      id: string;
      method: string;
      url: string;
      headers?: Record<string, string>;
      body?: unknown;
      dependsOn?: string[];
    }[]) {
      if (!raw.url.startsWith('/')) return error(400, 'BadRequest', `Invalid request URL ${raw.url}`);
      const kind = requestKind(raw.method, raw.url);
      logged.inner.push({
        method: raw.method,
        url: raw.url,
        ...(raw.dependsOn ? { dependsOn: raw.dependsOn } : {}),
        kind,
        units: unitsOf(kind),
      });
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(raw.headers ?? {})) headers[k.toLowerCase()] = v;
      if (raw.body !== undefined && !headers['content-type'])
        return error(400, 'BadRequest', 'Content-Type header is required for a request with a body.');
      let answer: FakeResponse;
      if (raw.dependsOn?.some((d) => (statuses.get(d) ?? 0) >= 400 || !statuses.has(d)))
        answer = error(424, 'FailedDependency', 'A dependency failed.');
      else {
        const inner: FakeRequest = { method: raw.method, url: `/v1.0${raw.url}`, headers, body: raw.body };
        answer = this.throttled(inner, true) ?? this.route(inner);
      }
      statuses.set(raw.id, answer.status);
      responses.push({
        id: raw.id,
        status: answer.status,
        headers: {
          ...(answer.body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...answer.headers,
        },
        ...(answer.body !== undefined ? { body: answer.body } : {}),
      });
    }
    return { status: 200, body: { responses } };
  }

  private unknown(request: FakeRequest): FakeResponse {
    const line = `${request.method} ${request.url}`;
    this.unhandled.push(line);
    return error(501, 'fakeUnhandled', `The fake Graph does not handle ${line}`);
  }

  private route(request: FakeRequest): FakeResponse {
    const [rawPath, query = ''] = request.url.split(/\?(.*)/s, 2) as [string, string?];
    const path = decodeURIComponent(rawPath);
    const params = new URLSearchParams(query);
    const m = (re: RegExp) => re.exec(path);
    const site = this.siteId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const method = request.method;
    let match: RegExpExecArray | null;

    if ((match = m(new RegExp(`^/v1\\.0/sites/([^/]+)$`))) && method === 'GET') {
      if (match[1] !== this.siteId) return error(404, 'itemNotFound', 'Site not found');
      return { status: 200, body: { id: this.siteId, displayName: 'Objektnav', webUrl: this.webUrl } };
    }
    if (!path.startsWith('/v1.0/sites/')) return this.unknown(request);
    if (!new RegExp(`^/v1\\.0/sites/${site}(/|$)`).test(path))
      return error(404, 'itemNotFound', 'The site was not found');

    if (m(new RegExp(`^/v1\\.0/sites/${site}/lists$`))) {
      if (method === 'GET')
        return {
          status: 200,
          body: { value: [...this.lists.values()].map((l) => this.listJson(l)) },
        };
      if (method === 'POST') return this.createList(request.body as Record<string, unknown>);
      return this.unknown(request);
    }
    if ((match = m(new RegExp(`^/v1\\.0/sites/${site}/lists/([^/]+)(/.*)?$`)))) {
      const list =
        this.lists.get(match[1]!) ?? [...this.lists.values()].find((l) => l.displayName === match![1]);
      if (!list) return error(404, 'itemNotFound', 'List not found');
      const rest = match[2] ?? '';
      if (rest === '' && method === 'GET') return { status: 200, body: this.listJson(list) };
      if (rest === '/columns') {
        if (method === 'GET')
          return { status: 200, body: { value: list.columns.map((c) => this.columnJson(c)) } };
        if (method === 'POST') return this.createColumn(list, request.body as Record<string, unknown>);
      }
      if ((match = /^\/columns\/([^/]+)$/.exec(rest)) && method === 'PATCH')
        return this.updateColumn(list, match[1]!, request.body as Record<string, unknown>);
      if (rest === '/items') {
        if (method === 'GET') return this.listItems(list, request, query, params);
        if (method === 'POST')
          return this.createItem(list, request.body as { fields?: Record<string, unknown> });
      }
      if ((match = /^\/items\/([^/]+)(\/fields)?$/.exec(rest))) {
        if (!/^\d+$/.test(match[1]!)) return error(400, 'invalidRequest', `Invalid item id ${match[1]}`);
        const item = list.items.get(Number(match[1]));
        if (!item) return error(404, 'itemNotFound', 'The specified list item was not found');
        if (!match[2] && method === 'GET') {
          const expand = params.get('$expand') ?? params.get('expand');
          let select: string[] | undefined;
          try {
            select = expand ? parseExpand(expand).select : undefined;
          } catch (e) {
            return error(400, 'invalidRequest', (e as Error).message);
          }
          return { status: 200, body: this.itemJson(list, item, expand ? (select ?? 'all') : 'none') };
        }
        if (!match[2] && method === 'DELETE') {
          const stale = this.staleIfMatch(request, list, item);
          if (stale) return stale;
          list.items.delete(item.id);
          return { status: 204 };
        }
        if (match[2] && method === 'PATCH') return this.updateItem(list, item, request);
      }
    }
    return this.unknown(request);
  }

  // --- Lists and columns -------------------------------------------------------------------------

  private listJson(l: List) {
    return {
      id: l.id,
      displayName: l.displayName,
      name: l.displayName.replace(/\s+/g, ''),
      description: l.description,
      webUrl: `${this.webUrl}/Lists/${l.displayName.replace(/\s+/g, '')}`,
      list: { template: 'genericList', hidden: false },
    };
  }

  private columnJson(c: Column) {
    return { ...c.definition, id: c.id, name: c.name, displayName: c.displayName, indexed: c.indexed };
  }

  private createList(body: Record<string, unknown>): FakeResponse {
    const displayName = body?.['displayName'];
    if (typeof displayName !== 'string' || !displayName)
      return error(400, 'invalidRequest', 'displayName is required');
    if ([...this.lists.values()].some((l) => l.displayName === displayName))
      return error(409, 'nameAlreadyExists', `A list named ${displayName} already exists`);
    const list: List = {
      id: randomUUID(),
      displayName,
      description: String(body['description'] ?? ''),
      columns: builtInColumns(),
      items: new Map(),
      nextId: 1,
      views: [
        {
          Id: randomUUID(),
          Title: 'All Items',
          DefaultView: true,
          RowLimit: 30,
          ViewQuery: '',
          fields: ['LinkTitle'],
        },
      ],
    };
    for (const def of (body['columns'] as Record<string, unknown>[] | undefined) ?? []) {
      const problem = this.validateColumn(list, def);
      if (problem) return problem;
      list.columns.push(this.column(def));
    }
    const tooMany = this.indexLimit(list);
    if (tooMany) return tooMany;
    this.lists.set(list.id, list);
    return { status: 201, body: this.listJson(list) };
  }

  private column(def: Record<string, unknown>): Column {
    return {
      id: randomUUID(),
      name: String(def['name']),
      displayName: String(def['displayName'] ?? def['name']),
      indexed: def['indexed'] === true,
      builtIn: false,
      definition: { ...def },
    };
  }

  private validateColumn(list: List, def: Record<string, unknown>): FakeResponse | undefined {
    const name = def?.['name'];
    if (typeof name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]{0,31}$/.test(name))
      return error(400, 'invalidRequest', `Invalid column name ${String(name)}`);
    if (list.columns.some((c) => c.name === name))
      return error(409, 'nameAlreadyExists', `A column named ${name} already exists`);
    const facets = TYPE_FACETS.filter((f) => def[f] !== undefined);
    if (facets.length !== 1) return error(400, 'invalidRequest', `Column ${name} needs exactly one type`);
    if (facets[0] === 'lookup') {
      const target = (def['lookup'] as { listId?: string })?.listId;
      if (!target || !this.lists.has(target))
        return error(400, 'invalidRequest', `Lookup ${name}: no list ${target}`);
    }
    return undefined;
  }

  private indexLimit(list: List): FakeResponse | undefined {
    if (list.columns.filter((c) => c.indexed && !c.builtIn).length > 20)
      return error(400, 'invalidRequest', 'A list can have at most 20 indexed columns.');
    return undefined;
  }

  private createColumn(list: List, def: Record<string, unknown>): FakeResponse {
    const problem = this.validateColumn(list, def);
    if (problem) return problem;
    const column = this.column(def);
    list.columns.push(column);
    const tooMany = this.indexLimit(list);
    if (tooMany) {
      list.columns.pop();
      return tooMany;
    }
    return { status: 201, body: this.columnJson(column) };
  }

  private updateColumn(list: List, id: string, patch: Record<string, unknown>): FakeResponse {
    const column = list.columns.find((c) => c.id === id);
    if (!column) return error(404, 'itemNotFound', 'Column not found');
    if (column.builtIn && column.name !== 'Title') return error(400, 'invalidRequest', 'Column is read-only');
    const before = { ...column, definition: { ...column.definition } };
    for (const [k, v] of Object.entries(patch ?? {})) {
      if (k === 'indexed') column.indexed = v === true;
      else if (k === 'displayName') column.displayName = String(v);
      else if (k === 'name' && v !== column.name)
        return error(400, 'invalidRequest', 'A column name cannot change');
      else
        column.definition[k] = typeof v === 'object' && v ? { ...(column.definition[k] as object), ...v } : v;
    }
    const tooMany = this.indexLimit(list);
    if (tooMany) {
      Object.assign(column, before);
      return tooMany;
    }
    return { status: 200, body: this.columnJson(column) };
  }

  // --- Items ---------------------------------------------------------------------------------------

  private etagOf(item: Item): string {
    return `"${item.guid},${item.version}"`;
  }

  private staleIfMatch(request: FakeRequest, list: List, item: Item): FakeResponse | undefined {
    const ifMatch = request.headers['if-match'];
    if (ifMatch === undefined || ifMatch === '*') return undefined;
    const norm = (e: string) => e.trim().replace(/^W\//, '');
    if (norm(ifMatch) !== norm(this.etagOf(item)))
      return error(
        412,
        'preconditionFailed',
        `The request ETag value '${ifMatch}' does not match the object's ETag value '${this.etagOf(item)}' in ${list.displayName}.`,
      );
    return undefined;
  }

  private fieldsJson(list: List, item: Item, select: string[] | 'all'): Record<string, unknown> {
    const out: Record<string, unknown> = { '@odata.etag': this.etagOf(item), id: String(item.id) };
    const names = select === 'all' ? list.columns.map((c) => c.name) : select;
    for (const name of names) {
      if (name === 'ID') out['ID'] = item.id;
      else if (name === 'Created') out['Created'] = item.created;
      else if (name === 'Modified') out['Modified'] = item.modified;
      else if (item.fields[name] !== undefined) out[name] = item.fields[name];
      else {
        const column = list.columns.find((c) => c.name === name);
        if (column?.definition['lookup'] && item.fields[`${name}LookupId`] !== undefined)
          out[`${name}LookupId`] = item.fields[`${name}LookupId`];
      }
    }
    if (select === 'all')
      for (const [k, v] of Object.entries(item.fields)) if (k.endsWith('LookupId')) out[k] = v;
    return out;
  }

  private itemJson(list: List, item: Item, select: string[] | 'all' | 'none') {
    const etag = this.etagOf(item);
    return {
      '@odata.etag': etag,
      eTag: etag,
      id: String(item.id),
      createdDateTime: item.created,
      lastModifiedDateTime: item.modified,
      webUrl: `${this.webUrl}/Lists/${list.displayName.replace(/\s+/g, '')}/DispForm.aspx?ID=${item.id}`,
      ...(select === 'none' ? {} : { fields: this.fieldsJson(list, item, select) }),
    };
  }

  /** Checks and normalises written values like SharePoint does; an unknown field is a 400. */
  private writeFields(
    list: List,
    fields: Record<string, unknown>,
    target: Record<string, unknown>,
  ): FakeResponse | undefined {
    for (const [key, value] of Object.entries(fields ?? {})) {
      let column = list.columns.find((c) => c.name === key);
      let lookup = false;
      if (!column && key.endsWith('LookupId')) {
        column = list.columns.find(
          (c) => c.name === key.slice(0, -'LookupId'.length) && c.definition['lookup'],
        );
        lookup = true;
      }
      if (!column || (column.builtIn && column.name !== 'Title'))
        return error(400, 'invalidRequest', `Field '${key}' is not recognized`);
      if (value === null || value === undefined || value === '') {
        delete target[key];
        continue;
      }
      const def = column.definition;
      const bad = () =>
        error(400, 'invalidRequest', `Invalid value for field '${key}': ${JSON.stringify(value)}`);
      if (lookup) {
        if (!/^\d+$/.test(String(value))) return bad();
        target[key] = String(value);
      } else if (def['number'] !== undefined) {
        const n = typeof value === 'number' ? value : Number(value);
        if (!Number.isFinite(n)) return bad();
        target[key] = n;
      } else if (def['boolean'] !== undefined) {
        if (typeof value !== 'boolean') return bad();
        target[key] = value;
      } else if (def['dateTime'] !== undefined) {
        const d = new Date(String(value));
        if (Number.isNaN(d.getTime())) return bad();
        target[key] = secondsIso(d);
      } else if (def['choice'] !== undefined) {
        const choice = def['choice'] as { choices?: string[]; allowTextEntry?: boolean };
        if (typeof value !== 'string') return bad();
        if (!choice.allowTextEntry && !(choice.choices ?? []).includes(value)) return bad();
        target[key] = value;
      } else if (def['text'] !== undefined) {
        const t = def['text'] as { allowMultipleLines?: boolean; maxLength?: number };
        if (typeof value !== 'string') return bad();
        if (!t.allowMultipleLines && value.length > (t.maxLength ?? 255)) return bad();
        target[key] = value;
      } else return bad();
    }
    return undefined;
  }

  private createItem(list: List, body: { fields?: Record<string, unknown> }): FakeResponse {
    if (!body?.fields || typeof body.fields !== 'object')
      return error(400, 'invalidRequest', 'fields are required');
    const fields: Record<string, unknown> = {};
    const problem = this.writeFields(list, body.fields, fields);
    if (problem) return problem;
    const now = secondsIso(this.now());
    const item: Item = {
      id: list.nextId++,
      guid: randomUUID(),
      version: 1,
      created: now,
      modified: now,
      fields,
    };
    list.items.set(item.id, item);
    return { status: 201, body: this.itemJson(list, item, 'all') };
  }

  private updateItem(list: List, item: Item, request: FakeRequest): FakeResponse {
    const stale = this.staleIfMatch(request, list, item);
    if (stale) return stale;
    const next = { ...item.fields };
    const problem = this.writeFields(list, request.body as Record<string, unknown>, next);
    if (problem) return problem;
    item.fields = next;
    item.version++;
    item.modified = secondsIso(this.now());
    return { status: 200, body: { ...this.fieldsJson(list, item, 'all') } };
  }

  private listItems(list: List, request: FakeRequest, query: string, params: URLSearchParams): FakeResponse {
    let expand: { select?: string[] } | undefined;
    let comparisons: { field: string; value: Literal }[] = [];
    let order: { field: string; desc: boolean } | undefined;
    try {
      const e = params.get('$expand') ?? params.get('expand');
      expand = e ? parseExpand(e) : undefined;
      const f = params.get('$filter');
      comparisons = f ? parseFilter(f) : [];
      const o = params.get('$orderby');
      order = o ? parseOrderBy(o) : undefined;
    } catch (e) {
      if (e instanceof ODataSyntaxError) return error(400, 'invalidRequest', `Invalid request: ${e.message}`);
      throw e;
    }
    const honour = (request.headers['prefer'] ?? '').includes(PREFER_NON_INDEXED);
    const large = list.items.size > LIST_VIEW_THRESHOLD;
    for (const name of [...comparisons.map((c) => c.field), ...(order ? [order.field] : [])]) {
      const column = list.columns.find((c) => c.name === name);
      if (!column) return error(400, 'invalidRequest', `Field '${name}' is not recognized`);
      if (!column.indexed && !honour)
        return error(
          400,
          'invalidRequest',
          `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${PREFER_NON_INDEXED}' header to allow this, but be warned that such queries may fail on large lists.`,
        );
      // Past the threshold SharePoint refuses what it would have to scan the list for, Prefer or not.
      if (!column.indexed && large) return this.overThreshold(list);
    }
    const valueOf = (item: Item, field: string): unknown =>
      field === 'ID'
        ? item.id
        : field === 'Created'
          ? item.created
          : field === 'Modified'
            ? item.modified
            : item.fields[field];
    const equal = (a: unknown, b: Literal) => {
      if (b === null) return a === undefined || a === null;
      if (typeof b === 'string') return typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
      return a === b || (typeof a === 'string' && String(b) === a);
    };
    const cmp = (a: unknown, b: unknown) => {
      if (a === b) return 0;
      if (a === undefined || a === null) return -1;
      if (b === undefined || b === null) return 1;
      if (typeof a === 'number' && typeof b === 'number') return a - b;
      return String(a).toLowerCase() < String(b).toLowerCase()
        ? -1
        : String(a).toLowerCase() > String(b).toLowerCase()
          ? 1
          : 0;
    };
    // SharePoint drives a filtered query on a large list by the index of its first column: when that
    // alone matches more than the threshold, the query is refused even though every column is indexed.
    if (large && comparisons.length) {
      const first = comparisons[0]!;
      let matching = 0;
      for (const item of list.items.values()) if (equal(valueOf(item, first.field), first.value)) matching++;
      if (matching > LIST_VIEW_THRESHOLD) return this.overThreshold(list);
    }
    const sortField = order?.field ?? 'ID';
    const desc = order?.desc ?? false;
    const sorted = [...list.items.values()]
      .filter((item) => comparisons.every((c) => equal(valueOf(item, c.field), c.value)))
      .sort((a, b) => (desc ? -1 : 1) * (cmp(valueOf(a, sortField), valueOf(b, sortField)) || a.id - b.id));
    const top = Math.min(Math.max(1, Number(params.get('$top') ?? 200) || 200), 5000);
    let start = 0;
    const token = params.get('$skiptoken');
    if (token) {
      let after: { id: number };
      try {
        after = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { id: number };
      } catch {
        return error(400, 'invalidRequest', 'Invalid $skiptoken');
      }
      start = sorted.findIndex((i) => i.id === after.id) + 1;
      if (start === 0) return error(400, 'invalidRequest', 'The $skiptoken is no longer valid');
    }
    const page = sorted.slice(start, start + top);
    const select = expand ? (expand.select ?? 'all') : 'none';
    const body: Record<string, unknown> = { value: page.map((item) => this.itemJson(list, item, select)) };
    if (start + top < sorted.length) {
      const rest = query
        .split('&')
        .filter((p) => p && !p.startsWith('$skiptoken='))
        .join('&');
      const skip = Buffer.from(JSON.stringify({ id: page[page.length - 1]!.id })).toString('base64url');
      body['@odata.nextLink'] = `${this.origin}${request.url.split('?')[0]}?${rest}&$skiptoken=${skip}`;
    }
    return { status: 200, body };
  }

  /** SharePoint's answer to a query that would scan more than the list view threshold. */
  private overThreshold(list: List): FakeResponse {
    this.thresholdRefusals.push(list.displayName);
    return error(
      500,
      'generalException',
      'The attempted operation is prohibited because it exceeds the list view threshold.',
    );
  }

  // --- SharePoint REST: list views (Graph v1.0 has none) -------------------------------------------

  private sharePoint(request: FakeRequest): FakeResponse {
    const path = decodeURIComponent(request.url.split('?')[0]!);
    const match = /^\/sites\/objektnav\/_api\/web\/lists\/getbytitle\('((?:[^']|'')*)'\)\/views(.*)$/i.exec(
      path,
    );
    if (!match) return this.unknown(request);
    const list = [...this.lists.values()].find((l) => l.displayName === match[1]!.replace(/''/g, "'"));
    if (!list)
      return {
        status: 404,
        body: {
          'odata.error': { code: '-1, System.ArgumentException', message: { value: 'List does not exist.' } },
        },
      };
    const rest = match[2]!;
    const method = request.method;
    const viewJson = (v: View) => ({
      Id: v.Id,
      Title: v.Title,
      DefaultView: v.DefaultView,
      RowLimit: v.RowLimit,
      ViewQuery: v.ViewQuery,
    });
    if (rest === '' && method === 'GET') return { status: 200, body: { value: list.views.map(viewJson) } };
    if (rest === '' && method === 'POST') {
      const b = request.body as {
        Title?: string;
        RowLimit?: number;
        ViewQuery?: string;
        DefaultView?: boolean;
      };
      if (!b?.Title) return error(400, 'invalidRequest', 'Title is required');
      const view: View = {
        Id: randomUUID(),
        Title: b.Title,
        DefaultView: false,
        RowLimit: b.RowLimit ?? 30,
        ViewQuery: b.ViewQuery ?? '',
        fields: ['LinkTitle'],
      };
      if (b.DefaultView) {
        for (const v of list.views) v.DefaultView = false;
        view.DefaultView = true;
      }
      list.views.push(view);
      return { status: 201, body: viewJson(view) };
    }
    const vm = /^\('([0-9a-f-]+)'\)(.*)$/i.exec(rest);
    const view = vm ? list.views.find((v) => v.Id === vm[1]) : undefined;
    if (!vm || !view) return this.unknown(request);
    const sub = vm[2]!;
    if (sub === '' && method === 'POST' && request.headers['x-http-method'] === 'MERGE') {
      const b = request.body as Partial<View>;
      if (b.RowLimit !== undefined) view.RowLimit = b.RowLimit;
      if (b.ViewQuery !== undefined) view.ViewQuery = b.ViewQuery;
      return { status: 204 };
    }
    if (sub === '/viewfields' && method === 'GET')
      return {
        status: 200,
        body: {
          Items: [...view.fields],
          SchemaXml: view.fields.map((f) => `<FieldRef Name="${f}" />`).join(''),
        },
      };
    if (sub === '/viewfields/removeallviewfields' && method === 'POST') {
      view.fields = [];
      return { status: 200, body: {} };
    }
    const add = /^\/viewfields\/addviewfield\('([^']+)'\)$/.exec(sub);
    if (add && method === 'POST') {
      const name = add[1]!;
      if (name !== 'LinkTitle' && !list.columns.some((c) => c.name === name))
        return error(400, 'invalidRequest', `Column '${name}' does not exist.`);
      view.fields.push(name);
      return { status: 200, body: {} };
    }
    return this.unknown(request);
  }
}

export async function startFakeGraph(): Promise<FakeGraph> {
  return new FakeGraph().start();
}

/**
 * The shapes of dependsOn that Graph accepts in one $batch (its SDK's BatchRequestContent checks the
 * same): none at all; each request on the one before it; or every dependent on the same single request,
 * which depends on none.
 */
function acceptedDependencies(requests: { id: string; dependsOn?: string[] }[]): boolean {
  const deps = requests.map((r) => r.dependsOn ?? []);
  if (deps.every((d) => d.length === 0)) return true;
  const serial = requests.every((r, i) =>
    i === 0 ? deps[0]!.length === 0 : deps[i]!.length === 1 && deps[i]![0] === requests[i - 1]!.id,
  );
  if (serial) return true;
  const targets = new Set(deps.filter((d) => d.length > 0).map((d) => d.join(',')));
  if (targets.size !== 1 || deps.some((d) => d.length > 1)) return false;
  const [target] = [...targets];
  const root = requests.find((r) => r.id === target);
  return root !== undefined && (root.dependsOn ?? []).length === 0;
}
