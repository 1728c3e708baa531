// Where the bot may send: the Bot Connector's serviceUrl comes in every activity, and the SDK posts its
// replies (and we post proactive cards) to whatever it says. Left open, that makes the bot a request
// forger for anyone who can reach /api/messages, so every serviceUrl is checked against an allow-list
// before it is stored or used, and once more on every outgoing request.

/**
 * Microsoft's Bot Connector for Teams, in the public and national clouds. Exact hosts where Microsoft
 * names them (learn.microsoft.com, Agents SDK TeamsServiceEndpoints); for 21Vianet, whose connector
 * host is not listed in one place, the Teams domain suffix that Microsoft's own Teams SDK
 * (teams.net ServiceUrlValidator) accepts. Regional paths (/amer/, /emea/, …) are on these hosts.
 */
export const MICROSOFT_BOT_CONNECTORS = [
  'https://smba.trafficmanager.net', // public cloud
  'https://smba.infra.gcc.teams.microsoft.com', // GCC
  'https://smba.infra.gov.teams.microsoft.us', // GCC High
  'https://smba.infra.dod.teams.microsoft.us', // DoD
  'https://*.teams.microsoftonline.cn', // China (21Vianet)
] as const;

/** Microsoft 365 Agents Playground's default port (npm run playground); it answers at localhost. */
export const PLAYGROUND_PORT = 56150;

export const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'] as const;

/** One allowed origin: a scheme, a host (or `*.` and a domain suffix) and a port. */
interface Allowed {
  protocol: 'http:' | 'https:';
  host: string;
  wildcard: boolean;
  port: string;
}

export class ServiceUrlRefused extends Error {
  constructor(reason: string) {
    super(`serviceUrl refused: ${reason}`);
    this.name = 'ServiceUrlRefused';
  }
}

// Hosts as DNS names (or IPv4), ports as digits, paths of plain characters: nothing a URL parser could
// read two ways (backslashes, user info, percent-encoding, "@", spaces, query, fragment).
const ENTRY = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(?::(\d{1,5}))?\/?$/i;
const SERVICE_URL = /^(https?):\/\/([a-z0-9.-]+)(?::(\d{1,5}))?(\/[a-z0-9._~\-/]*)?$/i;
const HOST = /^(?!-)[a-z0-9-]{1,63}(?:\.(?!-)[a-z0-9-]{1,63})*$/i;

/** Parses one allow-list entry; returns the problem in words, or the entry. */
export function parseAllowed(entry: string): Allowed | string {
  const m = ENTRY.exec(entry.trim());
  if (!m) return `"${entry}" is not scheme://host[:port] (no path, user info, query or fragment)`;
  const [, scheme, star, host, port] = m;
  if (!HOST.test(host!)) return `"${entry}" has a malformed host`;
  const protocol = `${scheme!.toLowerCase()}:` as Allowed['protocol'];
  const p = Number(port ?? (protocol === 'https:' ? 443 : 80));
  if (p < 1 || p > 65535) return `"${entry}" has a port out of range`;
  return { protocol, host: host!.toLowerCase(), wildcard: Boolean(star), port: String(p) };
}

/** True for http://127.0.0.1:<port> and http://localhost:<port>, the only places a demo may answer. */
export function isLoopbackEntry(a: Allowed): boolean {
  return a.protocol === 'http:' && !a.wildcard && (LOOPBACK_NAMES as readonly string[]).includes(a.host);
}

export interface ServiceUrlPolicy {
  /** The reason a serviceUrl may not be used, or null when it may. */
  refusal(serviceUrl: string): string | null;
  /** The same for a request about to be sent (a serviceUrl with the connector's path appended). */
  requestRefusal(url: string): string | null;
  /** The allow-list as configured (for logs and docs). */
  readonly entries: readonly string[];
}

export function serviceUrlPolicy(entries: readonly string[]): ServiceUrlPolicy {
  const allowed = entries.map((e) => {
    const parsed = parseAllowed(e);
    if (typeof parsed === 'string') throw new Error(parsed);
    return parsed;
  });
  const allows = (protocol: string, host: string, port: string) =>
    allowed.some(
      (a) =>
        a.protocol === protocol &&
        a.port === String(Number(port)) &&
        (a.wildcard ? host.endsWith(`.${a.host}`) : host === a.host),
    );
  return {
    entries,
    requestRefusal(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return 'not a URL';
      }
      if (parsed.username || parsed.password) return 'user info in the URL';
      const port = parsed.port || (parsed.protocol === 'https:' ? '443' : '80');
      return allows(parsed.protocol, parsed.hostname.toLowerCase(), port)
        ? null
        : `${parsed.protocol}//${parsed.hostname}:${port} is not an allowed Bot Connector`;
    },
    refusal(serviceUrl) {
      if (typeof serviceUrl !== 'string' || serviceUrl.length > 2000) return 'not a URL';
      const m = SERVICE_URL.exec(serviceUrl);
      if (!m) return 'not a plain http(s) URL (user info, query, fragment and escapes are refused)';
      const protocol = `${m[1]!.toLowerCase()}:`;
      const host = m[2]!.toLowerCase();
      const port = m[3] ?? (protocol === 'https:' ? '443' : '80');
      // Dot segments would let a path climb out of the connector's prefix on some parsers.
      if (/(^|\/)\.\.?(\/|$)/.test(m[4] ?? '')) return 'dot segments in the path';
      // No connector path has an empty segment, and "//" after the origin reads as a new authority to
      // code that resolves paths relative to it.
      if ((m[4] ?? '').includes('//')) return 'an empty segment in the path';
      return allows(protocol, host, port)
        ? null
        : `${protocol}//${host}:${port} is not an allowed Bot Connector`;
    },
  };
}

/** Normalised for comparing with the token's serviceurl claim, the way the SDK compares them. */
export function sameServiceUrl(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\/+$/, '').toLowerCase();
  return norm(a) === norm(b);
}
