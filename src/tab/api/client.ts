// The tab's one way to the API. Sends the chosen demo person and the language, and turns error
// answers into ApiError with the server's message (already in the reader's language).
export const DEMO_COOKIE = 'objektnav-demo-user';
const STORAGE_KEY = 'objektnav.demoUser';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** What an import's file picker takes: CSV and Excel workbooks (ADR 0028). */
export const SHEET_ACCEPT = `.csv,.txt,.xlsx,text/csv,${XLSX_TYPE}`;

/** A chosen file as an import sends it: a workbook's bytes (by its name or type), else its text. */
export async function readSheetFile(file: File): Promise<{ csv: string } | { xlsx: ArrayBuffer }> {
  return /\.xlsx$/i.test(file.name) || file.type === XLSX_TYPE
    ? { xlsx: await file.arrayBuffer() }
    : { csv: await file.text() };
}

/** Bytes as base64, for a workbook sent inside JSON (the system register's import). */
export function base64Of(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  let binary = '';
  for (let i = 0; i < view.length; i += 0x8000)
    binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** How long a prefetched answer may wait for its view: past that, the view asks again. */
const EARLY_FRESH_MS = 10_000;

export class ApiClient {
  private personId: string | null;
  /** Entra mode: where each request's bearer token comes from (the demo header is then never sent). */
  private token: (() => Promise<string>) | null = null;
  /** Answers started by `prefetch`, waiting for the view that asks for them. */
  private readonly early = new Map<string, { at: number; answer: Promise<unknown> }>();

  constructor(
    private readonly locale: string,
    private readonly base = '',
  ) {
    this.personId = readChosenPerson();
  }

  get actingPersonId(): string | null {
    return this.personId;
  }

  /** Entra mode: sign every request with a token from this provider. */
  useToken(provider: () => Promise<string>): void {
    this.early.clear();
    this.token = provider;
  }

  /** Demo mode: act as this person from now on (kept across reloads). */
  actAs(personId: string | null): void {
    this.early.clear();
    this.personId = personId;
    try {
      if (personId) window.localStorage.setItem(STORAGE_KEY, personId);
      else window.localStorage.removeItem(STORAGE_KEY);
    } catch {
      // storage can be blocked in some hosts; the cookie still carries the choice
    }
    document.cookie = personId
      ? `${DEMO_COOKIE}=${encodeURIComponent(personId)}; path=/; SameSite=Lax`
      : `${DEMO_COOKIE}=; path=/; max-age=0`;
  }

  async request<T>(
    method: string,
    path: string,
    /**
     * `csv`: the body is a CSV file's text (the outcome import), sent as text/csv; `xlsx`: an Excel
     * workbook's bytes, sent as they are.
     */
    options: { body?: unknown; ifMatch?: string; csv?: string; xlsx?: ArrayBuffer } = {},
  ): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': this.locale };
    if (this.token) headers['Authorization'] = `Bearer ${await this.token()}`;
    else if (this.personId) headers['X-Demo-User'] = this.personId;
    if (options.ifMatch) headers['If-Match'] = options.ifMatch;
    if (options.csv !== undefined) headers['Content-Type'] = 'text/csv; charset=utf-8';
    else if (options.xlsx !== undefined) headers['Content-Type'] = XLSX_TYPE;
    else if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.base}${path}`, {
      method,
      headers,
      // Live data: the API sends no Cache-Control, and an object's detail carries the object's own ETag
      // although it also holds its roles and products, so a cached answer can hide a change just made.
      cache: 'no-store',
      body:
        options.csv ??
        options.xlsx ??
        (options.body === undefined ? undefined : JSON.stringify(options.body)),
    });
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    const json = text ? (JSON.parse(text) as unknown) : undefined;
    if (!res.ok) {
      const error = (
        json as { error?: { code?: string; message?: string; fields?: { path: string; message: string }[] } }
      )?.error;
      throw new ApiError(
        res.status,
        error?.code ?? 'unknown',
        error?.message ?? res.statusText,
        error?.fields ?? [],
      );
    }
    return json as T;
  }

  get<T>(path: string) {
    const early = this.early.get(path);
    if (early) {
      this.early.delete(path);
      if (Date.now() - early.at <= EARLY_FRESH_MS) return early.answer as Promise<T>;
    }
    return this.request<T>('GET', path);
  }

  /**
   * Starts a GET the page is about to make, while its code is still loading (the object tab's data need not
   * wait for the object view's chunks). The view's own first `get` of that path takes the answer; it is
   * taken once, and only while fresh, so a later reload always asks the server again.
   */
  prefetch(path: string): void {
    if (this.early.has(path)) return;
    const answer = this.request('GET', path);
    // A failed early answer is reported by the view that takes it, not here.
    answer.catch(() => undefined);
    this.early.set(path, { at: Date.now(), answer });
  }
  /** Actions on a record that change it (replace, adjust, correct) name the version they act on. */
  post<T>(path: string, body: unknown = {}, ifMatch?: string) {
    return this.request<T>('POST', path, ifMatch ? { body, ifMatch } : { body });
  }
  patch<T>(path: string, body: unknown, ifMatch: string) {
    return this.request<T>('PATCH', path, { body, ifMatch });
  }
  /** Deletes, like updates, name the version they remove (the eTag shown); the server requires it. */
  delete(path: string, ifMatch: string) {
    return this.request<void>('DELETE', path, { ifMatch });
  }
}

function readChosenPerson(): string | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored) return stored;
  } catch {
    // fall back to the cookie
  }
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${DEMO_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(DEMO_COOKIE.length + 1)) || null : null;
}
