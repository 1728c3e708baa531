// The tab's one write step (useWrite's run): after a successful write the dialog reloads what changed
// and then closes; after a refused one it does neither and keeps the server's words.
import { runWrite } from '../../src/tab/views/object/structure/writeSteps';

interface Failure {
  message: string;
  conflict: boolean;
}
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}
const toError = (e: unknown): Failure => ({
  message: e instanceof Error ? e.message : String(e),
  conflict: e instanceof Refusal && e.status === 409,
});

function recorder() {
  const steps: string[] = [];
  let error: Failure | null = null;
  return {
    steps,
    error: () => error,
    state: {
      setBusy: (busy: boolean) => steps.push(busy ? 'busy' : 'idle'),
      setError: (e: Failure | null) => {
        error = e;
      },
    },
  };
}

const tick = () => new Promise((r) => setTimeout(r, 5));
const refuse = (status: number, message: string) => async () => {
  throw new Refusal(status, message);
};

it('on success: writes, refreshes, and closes only once the refresh has finished', async () => {
  const r = recorder();
  const ok = await runWrite(r.state, async () => r.steps.push('write'), toError, undefined, {
    refresh: async () => {
      await tick();
      r.steps.push('refreshed');
    },
    close: () => r.steps.push('closed'),
  });
  expect(ok).toBe(true);
  expect(r.steps).toEqual(['busy', 'write', 'idle', 'refreshed', 'closed']);
  expect(r.error()).toBeNull();
});

it('either step may be left out', async () => {
  const r = recorder();
  const nothing = async () => undefined;
  expect(await runWrite(r.state, nothing, toError, undefined, { close: () => r.steps.push('closed') })).toBe(
    true,
  );
  expect(
    await runWrite(r.state, nothing, toError, undefined, { refresh: () => r.steps.push('refreshed') }),
  ).toBe(true);
  expect(await runWrite(r.state, nothing, toError)).toBe(true);
  expect(r.steps.filter((s) => s !== 'busy' && s !== 'idle')).toEqual(['closed', 'refreshed']);
});

it('a refusal neither refreshes nor closes, and keeps the message', async () => {
  const r = recorder();
  const ok = await runWrite(r.state, refuse(403, 'Bara objektägarna får göra det.'), toError, undefined, {
    refresh: () => r.steps.push('refreshed'),
    close: () => r.steps.push('closed'),
  });
  expect(ok).toBe(false);
  expect(r.steps).toEqual(['busy', 'idle']);
  expect(r.error()).toEqual({ message: 'Bara objektägarna får göra det.', conflict: false });
});

it('a conflict (409) reloads through onConflict but does not close', async () => {
  const r = recorder();
  const ok = await runWrite(
    r.state,
    refuse(409, 'Någon annan har ändrat posten.'),
    toError,
    () => r.steps.push('conflict-reload'),
    { refresh: () => r.steps.push('refreshed'), close: () => r.steps.push('closed') },
  );
  expect(ok).toBe(false);
  expect(r.steps).toEqual(['busy', 'conflict-reload', 'idle']);
  expect(r.error()?.conflict).toBe(true);
});

it('a new write clears the last failure before it starts', async () => {
  const r = recorder();
  await runWrite(r.state, refuse(400, 'Fel.'), toError);
  expect(r.error()).not.toBeNull();
  await runWrite(r.state, async () => undefined, toError);
  expect(r.error()).toBeNull();
});
