// The steps of one write from a tab dialog, apart from React and the API client so a test can run
// them: busy, the write, the failure kept (and a reload after a conflict), then on success the
// dialog's own steps — reload what changed, then close.

/**
 * What a dialog does once its write succeeded, in this order: reload what the write changed, then close.
 * Closing after the reload means the view under the dialog already shows the saved state when it appears.
 */
export interface AfterWrite {
  refresh?: () => unknown;
  close?: () => void;
}

/** Where a write reports its state; `useWrite` keeps it in React state. */
export interface WriteState<E> {
  setBusy(busy: boolean): void;
  setError(error: E | null): void;
}

export async function runWrite<E extends { conflict: boolean }>(
  state: WriteState<E>,
  work: () => Promise<unknown>,
  toError: (error: unknown) => E,
  onConflict?: () => unknown,
  after?: AfterWrite,
): Promise<boolean> {
  state.setBusy(true);
  state.setError(null);
  let ok: boolean;
  try {
    await work();
    ok = true;
  } catch (e) {
    const failure = toError(e);
    state.setError(failure);
    // The view shows what is saved now, so the person sees the other change before trying again.
    if (failure.conflict) await onConflict?.();
    ok = false;
  } finally {
    state.setBusy(false);
  }
  if (ok && after) {
    await after.refresh?.();
    after.close?.();
  }
  return ok;
}
