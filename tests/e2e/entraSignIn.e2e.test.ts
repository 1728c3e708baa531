// The tab in Entra mode in a real browser: it asks the server how to sign in, loads MSAL (its own
// chunk), and starts a redirect sign-in at the tenant's authority with PKCE, our client id, the API
// scope and the registered redirect URI. Microsoft's endpoints are answered by the browser harness
// (route interception), so nothing leaves the machine; the CSP is the real one.
import type { Browser, Request } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(60_000);

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const LOGIN = 'https://login.microsoftonline.com';

let t: TestApp;
let browser: Browser;

beforeAll(async () => {
  t = await startTestApp({
    env: {
      AUTH: 'entra',
      ENTRA_TENANT_ID: TENANT,
      ENTRA_CLIENT_ID: CLIENT_ID,
      // AUTH=entra needs the bot's credentials too (the bot is not exercised here).
      BOT_ID: 'b07b07b0-0000-4000-8000-000000000b07',
      BOT_PASSWORD: 'inte-ett-riktigt-lösenord',
    },
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

it('a plain browser is sent to Entra to sign in, with PKCE and the API scope', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  const tenantBase = `${LOGIN}/${TENANT}`;
  await context.route(`${LOGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname.endsWith('/discovery/instance')) {
      return route.fulfill({
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({
          tenant_discovery_endpoint: `${tenantBase}/v2.0/.well-known/openid-configuration`,
          metadata: [
            {
              preferred_network: 'login.microsoftonline.com',
              preferred_cache: 'login.windows.net',
              aliases: ['login.microsoftonline.com'],
            },
          ],
        }),
      });
    }
    if (url.pathname.endsWith('/.well-known/openid-configuration')) {
      return route.fulfill({
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
        body: JSON.stringify({
          issuer: `${tenantBase}/v2.0`,
          authorization_endpoint: `${tenantBase}/oauth2/v2.0/authorize`,
          token_endpoint: `${tenantBase}/oauth2/v2.0/token`,
          end_session_endpoint: `${tenantBase}/oauth2/v2.0/logout`,
          jwks_uri: `${tenantBase}/discovery/v2.0/keys`,
        }),
      });
    }
    // The sign-in page itself: show something so the navigation ends.
    return route.fulfill({ contentType: 'text/html', body: '<title>Entra</title><p>Logga in</p>' });
  });
  const authorize = page.waitForRequest((r: Request) =>
    r.url().startsWith(`${tenantBase}/oauth2/v2.0/authorize`),
  );
  await page.goto(`${t.url}/tab/objects/whatever`);
  const request = await authorize;
  const params = new URL(request.url()).searchParams;
  expect(params.get('client_id')).toBe(CLIENT_ID);
  expect(params.get('response_type')).toBe('code');
  expect(params.get('redirect_uri')).toBe(`${t.url}/tab/portfolio`);
  expect(params.get('scope')?.split(' ')).toContain(`api://${CLIENT_ID}/access_as_user`);
  expect(params.get('code_challenge_method')).toBe('S256');
  expect(params.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // MSAL came in its own chunk, after the tab's bundle asked the server how to sign in.
  expect(scripts.some((s) => /\/tab\/assets\/entra-sign-in\.[0-9a-f]+\.js$/.test(s))).toBe(true);
  expect(cspViolations).toEqual([]);
  await context.close();
});

it('the demo mode never loads MSAL', async () => {
  // Another server in the default (demo) mode.
  const demo = await startTestApp();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${demo.url}/tab/portfolio`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    expect(scripts.filter((s) => s.includes('entra-sign-in'))).toEqual([]);
    await context.close();
  } finally {
    await demo.stop();
  }
});
