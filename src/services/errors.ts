// Errors a use case can end in. Each carries a message key, rendered in the caller's language at the
// edge (HTTP answer, card), so the same refusal reads the same in the tab and in Teams.
import type { MessageKey } from '../i18n/messages';

export type ErrorKind =
  'validation' | 'unauthenticated' | 'forbidden' | 'notFound' | 'conflict' | 'preconditionRequired';

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
