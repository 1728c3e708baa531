// Form helpers of the object administration: validation as you type with the server's own zod schemas
// (src/services/schemas.ts, the same rules and Swedish messages), and one way to run a write and
// keep what the server answered (message, field errors, whether it was a conflict).
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import zodEn from 'zod/v4/locales/en.js';
import zodSv from 'zod/v4/locales/sv.js';
import { ApiError } from '../../../api/client';
import type { Lang } from '../../../i18n';
import { runWrite, type AfterWrite } from './writeSteps';

export type { AfterWrite } from './writeSteps';

export type FieldErrors = Record<string, string>;

const LOCALE_ERRORS = { sv: zodSv().localeError, en: zodEn().localeError };

/** The schema's complaints, by dotted field path (first message per field), as the server words them. */
export function validate(schema: z.ZodType, value: unknown, lang: Lang): FieldErrors {
  const result = schema.safeParse(value, { error: LOCALE_ERRORS[lang] });
  if (result.success) return {};
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(body)';
    errors[path] ??= issue.message;
  }
  return errors;
}

export interface WriteError {
  message: string;
  /** 409: someone else changed the record (or the change collides with the data); the view reloads. */
  conflict: boolean;
  fields: FieldErrors;
}

export function toWriteError(error: unknown): WriteError {
  if (error instanceof ApiError) {
    const fields: FieldErrors = {};
    for (const f of error.fields) fields[f.path] ??= f.message;
    return { message: error.message, conflict: error.status === 409, fields };
  }
  return { message: error instanceof Error ? error.message : String(error), conflict: false, fields: {} };
}

export interface Write {
  busy: boolean;
  error: WriteError | null;
  clear(): void;
  /**
   * Runs a write; answers true when it succeeded. A failure is kept in `error`, never thrown, and then
   * nothing of `after` runs: the dialog stays open with the server's words.
   */
  run(work: () => Promise<unknown>, after?: AfterWrite): Promise<boolean>;
}

export function useWrite(onConflict?: () => unknown): Write {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<WriteError | null>(null);
  const run = useCallback(
    (work: () => Promise<unknown>, after?: AfterWrite) =>
      runWrite<WriteError>({ setBusy, setError }, work, toWriteError, onConflict, after),
    [onConflict],
  );
  return { busy, error, run, clear: useCallback(() => setError(null), []) };
}

/**
 * What to show under a field: the server's complaint after a failed save, else the schema's, but only
 * once the person has touched the field (or tried to save) — an empty form does not start out red.
 */
export function fieldMessage(
  name: string,
  live: FieldErrors,
  touched: ReadonlySet<string>,
  submitted: boolean,
  server: WriteError | null,
): string | undefined {
  const fromServer = server?.fields[name];
  if (fromServer) return fromServer;
  if (submitted || touched.has(name)) return live[name];
  return undefined;
}

/** Touched fields of a form, and whether the person has tried to submit it. */
export function useTouched() {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  return {
    touched,
    submitted,
    touch: useCallback((name: string) => setTouched((s) => (s.has(name) ? s : new Set([...s, name]))), []),
    submit: useCallback(() => setSubmitted(true), []),
    reset: useCallback(() => {
      setTouched(new Set());
      setSubmitted(false);
    }, []),
  };
}
