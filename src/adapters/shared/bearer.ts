// The bearer token of an Authorization header, which the HTTP adapter reads to open the signed-in scope
// for delegated calls; a helper any adapter may share.

/** The bearer token of a request's Authorization header, if any. */
export function bearerToken(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S+)$/i.exec(value.trim()) : null;
  return match ? match[1]! : null;
}
