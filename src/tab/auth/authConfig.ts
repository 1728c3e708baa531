// How the tab signs in. The server writes it into the page (a meta tag), so the tab knows at once and, in
// demo mode, can ask for the page's data while its code is still loading; GET /api/auth/config is the
// fallback for a page served without it.
export type AuthConfig =
  { mode: 'demo' } | { mode: 'entra'; clientId: string; authority: string; scopes: string[] };

/** The configuration the server wrote into the page, or null when it wrote none. */
export function configWrittenInPage(): AuthConfig | null {
  const content = document.querySelector('meta[name="objektnav-auth"]')?.getAttribute('content');
  if (!content) return null;
  try {
    const config = JSON.parse(content) as AuthConfig;
    return config.mode === 'demo' || config.mode === 'entra' ? config : null;
  } catch {
    return null;
  }
}

export async function readAuthConfig(): Promise<AuthConfig> {
  const written = configWrittenInPage();
  if (written) return written;
  const res = await fetch('/api/auth/config', { headers: { Accept: 'application/json' } });
  return (await res.json()) as AuthConfig;
}
