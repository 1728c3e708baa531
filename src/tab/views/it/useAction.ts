// A write from a section of the it-organisation page: runs it, reloads what it changed, and keeps the
// server's refusal (in words) to show next to the form.
import { useCallback, useState } from 'react';

export function useAction(reload: () => Promise<void>) {
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (work: () => Promise<unknown>): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        await work();
        await reload();
        return true;
      } catch (e) {
        setError(e instanceof Error ? e : new Error(String(e)));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [reload],
  );
  return { run, error, busy, clear: () => setError(null) };
}
