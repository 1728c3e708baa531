// The tab's HTML shell: the server writes how to sign in into the page and names the page's scripts in a
// Link preload header, so the object tab's code, data and sign-in need not wait for one another (issue 18).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { tabRouter, type SignInConfig } from '../../../src/adapters/http/tabRoutes';
import { tempDir } from '../../support/tempDir';

const SHELL =
  '<html><head><meta name="objektnav-auth" content="" /><script defer src="/tab/assets/tab.1.js"></script></head></html>';

async function serve(signIn: SignInConfig, pages?: Record<string, string[]>) {
  const dir = tempDir();
  writeFileSync(join(dir.path, 'index.html'), SHELL);
  if (pages) writeFileSync(join(dir.path, 'pages.json'), JSON.stringify(pages));
  const app = express().use(tabRouter(dir.path, signIn));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get: (path: string) => fetch(`${base}${path}`),
    close: () => {
      server.close();
      dir.cleanup();
    },
  };
}

const PAGES = {
  tab: ['tab.1.js'],
  app: ['react.7.js', 'app.8.js'],
  'entra-sign-in': ['msal.9.js', 'entra-sign-in.10.js'],
  object: ['shared.2.js', 'object.3.js'],
  portfolio: ['shared.2.js', 'portfolio.4.js'],
  'demo-header': ['picker.5.js', 'demo-header.6.js'],
};

test('writes the sign-in configuration into the page, escaped for an attribute', async () => {
  const entra: SignInConfig = {
    mode: 'entra',
    clientId: 'c"1<x>',
    authority: 'https://login.microsoftonline.com/t',
    scopes: ['api://x/access_as_user'],
  };
  const site = await serve(entra, PAGES);
  try {
    const html = await (await site.get('/tab/portfolio')).text();
    const content = /<meta name="objektnav-auth" content="([^"]*)" \/>/.exec(html)![1]!;
    expect(content).not.toContain('<');
    const decoded = content
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(JSON.parse(decoded)).toEqual(entra);
  } finally {
    site.close();
  }
});

test("names the entry, the application, the page's own scripts, and the demo header's or the sign-in's for preloading", async () => {
  const demo = await serve({ mode: 'demo' }, PAGES);
  try {
    const res = await demo.get('/tab/objects/abc');
    expect(res.headers.get('link')).toBe(
      ['tab.1.js', 'react.7.js', 'app.8.js', 'shared.2.js', 'object.3.js', 'picker.5.js', 'demo-header.6.js']
        .map((f) => `</tab/assets/${f}>; rel=preload; as=script`)
        .join(', '),
    );
    expect(res.headers.get('cache-control')).toBe('no-cache');
  } finally {
    demo.close();
  }
  const entra = await serve({ mode: 'entra', clientId: 'c', authority: 'a', scopes: [] }, PAGES);
  try {
    const link = (await entra.get('/tab/portfolio')).headers.get('link')!;
    expect(link).toContain('portfolio.4.js');
    expect(link).not.toContain('object.3.js');
    expect(link).not.toContain('demo-header');
    expect(link).toMatch(
      /^<\/tab\/assets\/tab\.1\.js>; rel=preload; as=script, <\/tab\/assets\/react\.7\.js>/,
    );
    expect(link).toContain('entra-sign-in.10.js');
  } finally {
    entra.close();
  }
});

test('serves the page without a preload header when the build wrote no page list', async () => {
  const site = await serve({ mode: 'demo' });
  try {
    const res = await site.get('/tab/me');
    expect(res.status).toBe(200);
    expect(res.headers.get('link')).toBeNull();
  } finally {
    site.close();
  }
});

test('fills in the sign-in meta tag as the production build minifies it (unquoted, empty attribute)', async () => {
  // html-webpack-plugin in production mode writes `<meta name=objektnav-auth content>`: a shell the
  // server could not fill would send every tab to GET /api/auth/config before its first data.
  const dir = tempDir();
  writeFileSync(
    join(dir.path, 'index.html'),
    '<!doctype html><html lang=sv><head><meta charset=utf-8><meta name=objektnav-auth content><script defer src=/tab/assets/tab.1.js></script></head><body></body></html>',
  );
  const server = express()
    .use(tabRouter(dir.path, { mode: 'demo' }))
    .listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const html = await (await fetch(`http://127.0.0.1:${port}/tab/me`)).text();
    expect(html).toContain('<meta name="objektnav-auth" content="{&quot;mode&quot;:&quot;demo&quot;}" />');
    expect(html.match(/objektnav-auth/g)).toHaveLength(1);
  } finally {
    server.close();
    dir.cleanup();
  }
});
