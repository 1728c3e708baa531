// Demo identity: the person chosen in the UI, sent as the X-Demo-User header or the objektnav-demo-user
// cookie. It proves nothing, which is why it only runs with AUTH=demo and the UI says so in a banner.
import { AppError } from '../../services/errors';
import type { IdentityPort, RequestCredentials } from '../../services/ports/identity';

export const DEMO_HEADER = 'x-demo-user';
export const DEMO_COOKIE = 'objektnav-demo-user';

function header(request: RequestCredentials, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * The chosen person's id, as sent. Whether that person exists is settled when the request loads the
 * actor (one read, together with their roles), so the demo identity costs no round trip of its own.
 */
export function demoIdentity(
  options: { personByObjectId?: (oid: string) => Promise<string | undefined> } = {},
): IdentityPort {
  return {
    mode: 'demo',
    // In the demo a chat user is linked to a demo person by "agera som", which sets that person's
    // Entra object id: the same look-up as Entra's.
    async identifyChatUser(aadObjectId) {
      if (!aadObjectId || !options.personByObjectId) return null;
      return (await options.personByObjectId(aadObjectId)) ?? null;
    },
    async identify(request) {
      const chosen =
        header(request, DEMO_HEADER)?.trim() || cookieValue(header(request, 'cookie'), DEMO_COOKIE)?.trim();
      if (!chosen) return null;
      if (chosen.length > 100) {
        throw new AppError('unauthenticated', 'error.unknownDemoUser', { id: chosen.slice(0, 100) });
      }
      return chosen;
    },
  };
}
