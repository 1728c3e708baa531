// Response headers and write throttling: the parts of hardening that live at the HTTP edge.
import type { NextFunction, Request, Response } from 'express';

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

export function securityHeaders(options: { authorityHost?: string } = {}) {
  const tabCsp = tabContentSecurityPolicy(options.authorityHost);
  return (req: Request, res: Response, next: NextFunction) => {
    // Browsers must not guess a JSON answer or an upload into script or HTML.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // Object ids and plan years sit in tab URLs; other origins need not see them.
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Content-Security-Policy', req.path.startsWith('/api/') ? API_CSP : tabCsp);
    next();
  };
}

export interface RateLimitOptions {
  /** Writes per key per window; 0 turns throttling off. */
  limit: number;
  windowMs: number;
  now?: () => number;
}

/**
 * A fixed-window counter per key (the person, or the address when nobody is identified). In memory:
 * one process serves the app (ADR 0004); behind several instances each counts its own share.
 */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();
  private readonly now: () => number;
  constructor(private readonly options: RateLimitOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Counts one write; returns the seconds to wait when over the limit, else 0. */
  take(key: string): number {
    if (this.options.limit <= 0) return 0;
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.options.windowMs) {
      if (this.windows.size > 10_000) this.sweep(now);
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count <= this.options.limit) return 0;
    return Math.max(1, Math.ceil((w.start + this.options.windowMs - now) / 1000));
  }

  /** Forgets finished windows so that many one-off callers cannot grow the map without bound. */
  private sweep(now: number) {
    for (const [key, w] of this.windows) if (now - w.start >= this.options.windowMs) this.windows.delete(key);
  }
}
