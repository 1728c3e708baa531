// Serves the tab: hashed assets for a year, the HTML shell never cached, on the tab's stable URLs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';

export const TAB_PAGES = [
  '/tab/config',
  '/tab/me',
  '/tab/portfolio',
  '/tab/it',
  '/tab/services',
  // A Teams meeting's tab (issue 19): side panel and details tab.
  '/tab/meeting',
  '/tab/objects/:objectId',
];

/** The lazy chunk each page opens with (named in src/tab/routes.ts). */
const PAGE_CHUNK: Record<string, string> = {
  '/tab/config': 'config',
  '/tab/me': 'mywork',
  '/tab/portfolio': 'portfolio',
  '/tab/it': 'it',
  '/tab/services': 'it-services',
  '/tab/meeting': 'meeting-app',
  '/tab/objects/:objectId': 'object',
};

/**
 * The Link header that preloads a page's scripts (from pages.json, written by the tab's build): the
 * browser fetches them while it evaluates the entry bundle, instead of discovering them afterwards. Only
 * file names from our own build go into it, never anything from the request.
 */
function preloadLinks(tabDir: string, demo: boolean): Map<string, string> {
  const links = new Map<string, string>();
  const manifest = join(tabDir, 'pages.json');
  if (!existsSync(manifest)) return links;
  const pages = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string[]>;
  // Every page needs the small entry, then the application it loads at once (src/tab/main.tsx). Demo mode
  // draws its person picker above every page; with Entra, the sign-in's code is needed before any data.
  const first = [...(pages['tab'] ?? []), ...(pages['app'] ?? [])];
  const shared = demo ? (pages['demo-header'] ?? []) : (pages['entra-sign-in'] ?? []);
  for (const [route, chunk] of Object.entries(PAGE_CHUNK)) {
    const files = [...new Set([...first, ...(pages[chunk] ?? []), ...shared])];
    if (files.length) {
      links.set(route, files.map((f) => `</tab/assets/${f}>; rel=preload; as=script`).join(', '));
    }
  }
  return links;
}

/** What GET /api/auth/config answers: written into the page too, so the tab need not ask before it signs in. */
export type SignInConfig =
  { mode: 'demo' } | { mode: 'entra'; clientId: string; authority: string; scopes: string[] };

/**
 * The shell's empty sign-in meta tag, as written in src/tab/index.html or as the production build minifies
 * it (`<meta name=objektnav-auth content>`): both must be filled, or every tab asks GET /api/auth/config
 * before its first data.
 */
const AUTH_META = /<meta\s+name=(["']?)objektnav-auth\1[^>]*>/;

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function tabRouter(tabDir: string, signIn: SignInConfig): express.Router {
  const demo = signIn.mode === 'demo';
  const router = express.Router();
  router.use(
    '/tab/assets',
    express.static(tabDir, { index: false, immutable: true, maxAge: '365d', fallthrough: false }),
  );
  const shell = join(tabDir, 'index.html');
  const meta = `<meta name="objektnav-auth" content="${escapeAttribute(JSON.stringify(signIn))}" />`;
  let links: Map<string, string> | undefined;
  for (const page of TAB_PAGES) {
    router.get(page, (_req, res) => {
      if (!existsSync(shell)) {
        res
          .status(503)
          .type('text/plain; charset=utf-8')
          .send('Fliken är inte byggd. Kör "npm run build:tab" (ingår i npm start).');
        return;
      }
      res.setHeader('Cache-Control', 'no-cache');
      // Read once the tab is built (a server started before `npm run build:tab` finds it later).
      links ??= preloadLinks(tabDir, demo);
      const link = links.get(page);
      if (link) res.setHeader('Link', link);
      // Read each time: a few hundred bytes, and a rebuilt tab is served without a restart.
      const html = readFileSync(shell, 'utf8').replace(AUTH_META, () => meta);
      res.type('html').send(html);
    });
  }
  router.get('/', (_req, res) => res.redirect(302, '/tab/portfolio'));
  return router;
}
