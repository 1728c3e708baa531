// The tab's sign-in sequence (src/tab/auth/tokenFlow.ts), step by step with stand-ins for MSAL and
// teams-js: silent first, interactive only when Entra asks for the user, the host's SSO as fallback.
import { acquireToken, SignInRequiredError, type TokenSteps } from '../../src/tab/auth/tokenFlow';

class InteractionRequired extends Error {}
class NaaUnavailable extends Error {}
const messages = { consentNeeded: 'Godkänn appen', failed: 'Gick inte att logga in' };

function steps(over: Partial<TokenSteps>, calls: string[]): TokenSteps {
  const step = (name: string, result: string | Error) => async () => {
    calls.push(name);
    if (result instanceof Error) throw result;
    return result;
  };
  return {
    silent: step('silent', 'silent-token'),
    interactive: step('interactive', 'interactive-token'),
    hostToken: step('host', 'host-token'),
    needsInteraction: (e) => e instanceof InteractionRequired,
    naaUnavailable: (e) => e instanceof NaaUnavailable,
    ...Object.fromEntries(
      Object.entries(over).map(([k, v]) => [k, typeof v === 'string' || v instanceof Error ? step(k, v) : v]),
    ),
  } as TokenSteps;
}

it('silent first: no prompt when a token can be had quietly', async () => {
  const calls: string[] = [];
  expect(await acquireToken(steps({}, calls), messages)).toBe('silent-token');
  expect(calls).toEqual(['silent']);
});

it('consent or sign-in needed → the interactive step, and only then', async () => {
  const calls: string[] = [];
  const s = steps({ silent: new InteractionRequired() as never }, calls);
  expect(await acquireToken(s, messages)).toBe('interactive-token');
  expect(calls).toEqual(['silent', 'interactive']);
});

it('consent needed but the prompt fails (blocked popup) → a clear message', async () => {
  const calls: string[] = [];
  const s = steps(
    { silent: new InteractionRequired() as never, interactive: new Error('popup_window_error') as never },
    calls,
  );
  await expect(acquireToken(s, messages)).rejects.toEqual(new SignInRequiredError('Godkänn appen'));
});

it('a host without nested app authentication → Teams getAuthToken, never a prompt', async () => {
  const calls: string[] = [];
  const s = steps({ silent: new NaaUnavailable() as never }, calls);
  expect(await acquireToken(s, messages)).toBe('host-token');
  expect(calls).toEqual(['silent', 'host']);
});

it('other failures try the host SSO, then say sign-in failed', async () => {
  const calls: string[] = [];
  const s = steps({ silent: new Error('network') as never, hostToken: new Error('no host') as never }, calls);
  await expect(acquireToken(s, messages)).rejects.toEqual(new SignInRequiredError('Gick inte att logga in'));
  expect(calls).toEqual(['silent', 'hostToken']);
});

it('in a plain browser (no host step) a failure is reported without a prompt', async () => {
  const calls: string[] = [];
  const s = { ...steps({ silent: new Error('network') as never }, calls), hostToken: undefined };
  await expect(acquireToken(s, messages)).rejects.toBeInstanceOf(SignInRequiredError);
  expect(calls).toEqual(['silent']);
});
