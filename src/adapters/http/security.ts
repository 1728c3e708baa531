// Response headers: the part of hardening that lives at the HTTP edge (throttling: ../shared/rateLimit).
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The hosts that may frame the tab: Teams, the Microsoft 365 app and Outlook, as Microsoft's tab
 * requirements list them (learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements),
 * including *.cloud.microsoft, where the web clients are moving. Nobody else may frame it (clickjacking).
 */
export const FRAME_ANCESTORS = [
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.cloud.microsoft',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
] as const;

/**
 * The tab's Content Security Policy. Scripts only from our own origin (the bundle has no inline
 * script); styles allow 'unsafe-inline' because Fluent UI (Griffel) injects style elements at run time.
 * In Entra mode MSAL talks to the authority host (token requests, and a hidden iframe for silent
 * renewal in a plain browser).
 */
export function tabContentSecurityPolicy(authorityHost?: string): string {
  const identity = authorityHost ? ` ${authorityHost}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${identity}`,
    `frame-src 'self'${identity}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
  ].join('; ');
}

/** JSON and files from the API are never rendered as pages nor framed. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Response headers by helmet: its defaults (nosniff, HSTS, no DNS prefetch, no cross-domain policies,
 * origin-keyed agent clusters, same-origin resource policy, X-Powered-By gone) with our policies:
 * - Referrer-Policy same-origin: object ids and plan years sit in tab URLs; other origins need not see them.
 * - No X-Frame-Options: its SAMEORIGIN would keep Teams from framing the tab; frame-ancestors in the CSP
 *   says exactly who may (and browsers prefer it where both are sent).
 * - No Cross-Origin-Opener-Policy: MSAL's sign-in popup in a plain browser reports back through
 *   window.opener, which same-origin would cut.
 * - The CSP is ours (above): one for the API, one for the tab's pages, which names the identity host.
 */
export const HELMET_OPTIONS = {
  referrerPolicy: { policy: 'same-origin' },
  xFrameOptions: false,
  crossOriginOpenerPolicy: false,
  // Ours below: it differs between the API and the tab's pages, and the tab's names the identity host.
  contentSecurityPolicy: false,
} as const satisfies Parameters<typeof helmet>[0];

export function securityHeaders(options: { authorityHost?: string } = {}): RequestHandler {
  const headers = helmet(HELMET_OPTIONS);
  const tabCsp = tabContentSecurityPolicy(options.authorityHost);
  const fixed = fixedHeaders(headers);
  return (req, res, next) => {
    res.setHeader('Content-Security-Policy', req.path.startsWith('/api/') ? API_CSP : tabCsp);
    for (const [name, value] of fixed.set) res.setHeader(name, value);
    for (const name of fixed.removed) res.removeHeader(name);
    next();
  };
}

/**
 * What helmet does to a response, recorded once and replayed. With the CSP ours, each of its middlewares
 * sets or removes one constant header and none reads the request (helmet 8), yet a request ran the chain
 * of them, a closure and a call of `next` each: 3 % of an approval click's CPU. A test holds the replay
 * to helmet's own answer.
 */
export function fixedHeaders(handler: RequestHandler): { set: [string, string][]; removed: string[] } {
  const set: [string, string][] = [];
  const removed: string[] = [];
  const res = {
    setHeader(name: string, value: unknown) {
      set.push([name, String(value)]);
      return res;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let done = false;
  handler(
    {} as Parameters<RequestHandler>[0],
    res as unknown as Parameters<RequestHandler>[1],
    (error?: unknown) => {
      if (error) throw error;
      done = true;
    },
  );
  if (!done) throw new Error('helmet did not set its headers at once');
  return { set, removed };
}
