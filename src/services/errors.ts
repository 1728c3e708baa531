// Errors a use case can end in. Each carries a message key, rendered in the caller's language at the
// edge (HTTP answer, card), so the same refusal reads the same in the tab and in Teams.
import type { MessageKey } from '../i18n/messages';

export type ErrorKind =
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'notFound'
  | 'conflict'
  | 'preconditionRequired'
  | 'unavailable';

export interface FieldError {
  /** Dotted path into the payload, e.g. "business.hours". */
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: ErrorKind,
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
    readonly fields: FieldError[] = [],
  ) {
    super(key);
    this.name = 'AppError';
  }
}

/** The services Objektnav depends on at run time; each outage has its own message. */
export type Dependency = 'sharepoint' | 'identity' | 'calendar';

const UNAVAILABLE_KEYS = {
  sharepoint: 'error.sharepointUnavailable',
  identity: 'error.identityUnavailable',
  calendar: 'error.calendarUnavailable',
} as const satisfies Record<Dependency, MessageKey>;

/** Seconds a caller is asked to wait when the dependency did not say (Retry-After). */
export const DEFAULT_RETRY_AFTER_SECONDS = 30;

/**
 * A dependency is down, throttling beyond what a request may wait, or unreachable: nothing the caller
 * did wrong, nothing written (the store undoes what it began), and worth trying again later. HTTP
 * answers 503 with Retry-After.
 */
export class ServiceUnavailable extends AppError {
  readonly retryAfterSeconds: number;
  constructor(
    readonly dependency: Dependency,
    retryAfterSeconds: number = DEFAULT_RETRY_AFTER_SECONDS,
    /** For the log only (never shown): what failed, e.g. "GET /sites/… → 503". */
    readonly detail = '',
  ) {
    super('unavailable', UNAVAILABLE_KEYS[dependency]);
    this.name = 'ServiceUnavailable';
    // At least a second (0 would invite an immediate retry storm), at most an hour.
    this.retryAfterSeconds = Math.min(3600, Math.max(1, Math.ceil(retryAfterSeconds)));
  }
}

export const notFound = (what: string, id: string) =>
  new AppError('notFound', 'error.notFound', { what, id });
export const conflict = (key: MessageKey = 'error.staleEtag', params: Record<string, string | number> = {}) =>
  new AppError('conflict', key, params);

/** Store-level failures seen as use-case outcomes; anything else is a fault and stays as it is. */
export function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof Error && error.name === 'StoreConflictError') return conflict();
  if (error instanceof Error && error.name === 'StoreNotFoundError') {
    const e = error as Error & { collection?: string; id?: string };
    return notFound(e.collection ?? 'record', e.id ?? '');
  }
  return null;
}
