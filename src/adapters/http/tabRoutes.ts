// Serves the tab: hashed assets for a year, the HTML shell never cached, on the tab's stable URLs.
import { existsSync } from 'node:fs';
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

export function tabRouter(tabDir: string): express.Router {
  const router = express.Router();
  router.use(
    '/tab/assets',
    express.static(tabDir, { index: false, immutable: true, maxAge: '365d', fallthrough: false }),
  );
  const shell = join(tabDir, 'index.html');
  router.get(TAB_PAGES, (_req, res) => {
    if (!existsSync(shell)) {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Fliken är inte byggd. Kör "npm run build:tab" (ingår i npm start).');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(shell);
  });
  router.get('/', (_req, res) => res.redirect(302, '/tab/portfolio'));
  return router;
}
