// The Möten view's personal calendar link (issue 12), in a real browser: made, shown once with
// "Prenumerera i Outlook" (webcal:), and revoked. The server runs in demo mode (signing in to Entra in a
// browser is another test's business); the browser is told it is Entra mode (/api/me says so), which is
// what makes the view offer a personal link instead of the open feed.
import type { Browser } from 'playwright-core';
import { feedTokenHash } from '../../src/services/feeds/feedService';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(60_000);

let t: TestApp;
let browser: Browser;

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

it('makes a personal link, shows it once with "Prenumerera i Outlook", and revokes it', async () => {
  const karin = t.person('Karin Westberg');
  const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies([{ name: 'objektnav-demo-user', value: karin, url: t.url }]);
  await context.route(
    (url) => url.pathname === '/api/me',
    async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...(await response.json()), authMode: 'entra' } });
    },
  );
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${t.url}/tab/objects/${akn.id}?view=meetings&year=2027`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });

  await page.getByRole('button', { name: 'Skapa min kalenderlänk' }).click();
  const field = page.getByLabel('Din kalenderlänk');
  await field.waitFor();
  const url = await field.inputValue();
  expect(url).toMatch(new RegExp(`^${t.url}/calendar/objects/${akn.id}\\.ics\\?token=[A-Za-z0-9_-]{43}$`));
  const token = new URL(url).searchParams.get('token')!;
  const subscribe = page.getByRole('link', { name: 'Prenumerera i Outlook' });
  expect(await subscribe.getAttribute('href')).toBe(url.replace(/^http:/, 'webcal:'));
  expect((await fetch(url)).status).toBe(200);
  // The server keeps the hash, never the token.
  const stored = await t.app.store.feedTokens.findAll({ personId: karin });
  expect(stored.filter((f) => !f.revokedAt).map((f) => f.tokenHash)).toEqual([feedTokenHash(token)]);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Återkalla länken' }).click();
  await page.getByText('Länken är återkallad').waitFor();
  await expect(page.getByLabel('Din kalenderlänk').count()).resolves.toBe(0);
  expect(
    await eventually(
      async () =>
        (await t.app.store.feedTokens.findAll({ personId: karin })).filter((f) => !f.revokedAt).length,
      0,
    ),
  ).toBe(0);
  // Back in the view later, the link is not shown again: only that there is none.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  await page.getByRole('button', { name: 'Skapa min kalenderlänk' }).waitFor();
  expect(problems).toEqual([]);
  await context.close();
});
