// Small helpers every use case shares: load-or-404, optimistic concurrency, dropping record metadata.
import { AppError, conflict, notFound } from './errors';
import type { RecordMeta, Stored } from './ports/store';

export async function mustGet<T>(
  collection: { get(id: string): Promise<Stored<T> | undefined> },
  what: string,
  id: string,
): Promise<Stored<T>> {
  const record = await collection.get(id);
  if (!record) throw notFound(what, id);
  return record;
}

/**
 * Updates and deletes must say which version they change; a stale version is a conflict, not a silent
 * overwrite. `*` matches whatever version is current (RFC 9110 §13.1.1): the caller says "any", and
 * the write is still made against the version just read, so a change in between is still a conflict.
 */
export function checkEtag(current: RecordMeta, ifMatch: string | undefined): string {
  if (ifMatch === undefined || ifMatch.trim() === '')
    throw new AppError('preconditionRequired', 'error.ifMatchRequired');
  if (ifMatch.trim() === '*') return current.etag;
  if (normaliseEtag(ifMatch) !== normaliseEtag(current.etag)) throw conflict();
  return current.etag;
}

/** Accepts the eTag with or without quotes and weak prefix, as HTTP clients vary. */
export function normaliseEtag(etag: string): string {
  return etag
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');
}

export function data<T>(record: Stored<T>): T {
  const {
    id: _id,
    etag: _etag,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = record as Stored<T> & Record<string, unknown>;
  return rest as T;
}

/** Shallow patch: keys present in `patch` (even with value undefined dropped) replace the current ones. */
export function patched<T extends object>(current: T, patch: Partial<T>): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) if (value !== undefined) next[key] = value;
  return next as T;
}

/**
 * Check-then-create keeps a key unique only while one writer at a time checks: on SharePoint, which has
 * no transactions, two server instances may both find no record and both create one (ADR 0031). So
 * after creating, look again: when the record just made is not the oldest with the key, the older one
 * stands and this one goes — `refusal` is thrown, and the transaction undoes the create. Of two racing
 * writers exactly one keeps its record; on the embedded store, whose writers are serialised, the second
 * look finds only ours.
 */
export async function keepOldest<W>(
  collection: {
    findAll(where: W, orderBy: { field: 'createdAt' }): Promise<{ id: string }[]>;
  },
  where: W,
  createdId: string,
  refusal: () => Error,
): Promise<void> {
  const [oldest] = await collection.findAll(where, { field: 'createdAt' });
  if (oldest && oldest.id !== createdId) throw refusal();
}
