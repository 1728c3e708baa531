// The tab in a real browser against the real server and embedded store: every view renders without
// console errors and without serious accessibility violations, in light and dark theme; the budget
// grid recomputes as you type and saves; an eTag conflict is explained; the plan exports to Word.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(60_000);

const SCREENSHOTS = join(projectRoot, 'artifacts', 'screenshots');
const kr = (n: number) =>
  new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK', maximumFractionDigits: 0 }).format(n);
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ').trim();

let t: TestApp;
let browser: Browser;
let akn: { id: string };
let plan2027: { id: string };

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  t = await startTestApp();
  browser = await launchChromium();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as { id: string; year: number }[];
  plan2027 = plans.find((p) => p.year === 2027)!;
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

/** Opens a tab URL as a person (or nobody), waits until the view says it is ready, and records every console error. */
async function open(path: string, as?: string): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
  if (as) await context.addCookies([{ name: 'objektnav-demo-user', value: t.person(as), url: t.url }]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) =>
    problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
  );
  await page.goto(`${t.url}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return { page, context, problems };
}

async function check(o: Opened, name: string) {
  const violations = await seriousViolations(o.page);
  expect(violations).toEqual([]);
  await o.page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  expect(o.problems).toEqual([]);
  await o.context.close();
}

describe.each(['default', 'dark'] as const)('every view in the %s theme', (theme) => {
  it.each(['overview', 'plan', 'initiatives', 'contracts', 'meetings'])(
    'object tab AKN: %s',
    async (view) => {
      const o = await open(`/tab/objects/${akn.id}?view=${view}&theme=${theme}`, 'Oskar Lindell');
      await expect(o.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'Administration, kommunikation och näringsliv (AKN)',
      );
      await check(o, `object-${view}-${theme}`);
    },
  );

  it('portfolio view', async () => {
    const o = await open(`/tab/portfolio?year=2027&theme=${theme}`, 'Anders Ekström');
    await check(o, `portfolio-${theme}`);
  });

  it('configuration page', async () => {
    const o = await open(`/tab/config?theme=${theme}`, 'Oskar Lindell');
    await check(o, `config-${theme}`);
  });
});

describe('object tab content', () => {
  it('asks for its first data once, and never how to sign in', async () => {
    // The server writes the sign-in configuration into the page and the small entry starts the overview's
    // requests while React and Fluent UI are still loading (issue 18): no GET /api/auth/config, and the
    // object is asked for once (the view takes the early answer instead of asking again).
    const context = await browser.newContext();
    await context.addCookies([{ name: 'objektnav-demo-user', value: t.person('Oskar Lindell'), url: t.url }]);
    const page = await context.newPage();
    const api: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/')) api.push(path);
    });
    await page.goto(`${t.url}/tab/objects/${akn.id}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
    await context.close();
    expect(api).not.toContain('/api/auth/config');
    expect(api.filter((p) => p === `/api/objects/${akn.id}`)).toHaveLength(1);
  });

  it('the overview lists the roles and the 13 products of AKN', async () => {
    const o = await open(`/tab/objects/${akn.id}`);
    await expect(o.page.getByRole('cell', { name: 'Karin Westberg' }).count()).resolves.toBe(1);
    await expect(
      o.page
        .locator('#products-heading ~ article h3, section[aria-labelledby="products-heading"] h3')
        .count(),
    ).resolves.toBe(13);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('contracts are sorted by end date and those within notice are highlighted', async () => {
    const o = await open(`/tab/objects/${akn.id}?view=contracts`);
    const states = await o.page
      .locator('tr[data-state]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
    expect(states).toContain('withinNotice');
    expect(states[0]).toBe('expired');
    await expect(o.page.locator('tr[data-state="withinNotice"]').first().textContent()).resolves.toContain(
      'Uppsägning nu',
    );
    await o.context.close();
  });

  it('the portfolio flags late deliverables and sums the portfolio', async () => {
    const api = (await t.call('GET', '/api/portfolio?year=2027')).body;
    const o = await open('/tab/portfolio?year=2027');
    await expect(
      o.page.locator('[data-testid="portfolio-UKF"] [data-late="true"]').count(),
    ).resolves.toBeGreaterThan(0);
    await expect(o.page.locator('[data-testid="portfolio-VSOA"] [data-late="true"]').count()).resolves.toBe(
      0,
    );
    expect(plain(await o.page.getByTestId('portfolio-total').textContent())).toBe(
      plain(kr(api.totals.total)),
    );
    await o.context.close();
  });

  it('speaks English when asked', async () => {
    const o = await open(`/tab/objects/${akn.id}?view=plan&lang=en`);
    await expect(o.page.getByRole('tab', { name: 'Object plan' }).count()).resolves.toBe(1);
    await o.context.close();
  });
});

describe('editing the budget grid', () => {
  it('a plan awaiting approval is frozen; a leader withdraws it in the tab, after confirming', async () => {
    const o = await open(`/tab/objects/${akn.id}?view=plan&year=2027`, 'Oskar Lindell');
    await o.page.getByTestId('plan-status').waitFor();
    await expect(o.page.locator('input[data-testid^="hours-"]').count()).resolves.toBe(0);
    await o.page.getByTestId('withdraw-plan').click();
    // Nothing happens before it is confirmed.
    await o.page.getByTestId('withdraw-confirm').waitFor();
    expect((await t.call('GET', `/api/plans/${plan2027.id}`)).body.status).toBe('preliminary');
    await o.page.getByTestId('withdraw-confirm').click();
    const status = async () => (await t.call('GET', `/api/plans/${plan2027.id}`)).body.status as string;
    expect(await eventually(status, 'draft')).toBe('draft');
    await o.page.locator('input[data-testid^="hours-"]').first().waitFor({ timeout: 10_000 });
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  async function driftLine() {
    const lines = (await t.call('GET', `/api/plans/${plan2027.id}/budget-lines`)).body as any[];
    return lines.filter((l) => l.mainActivity === 'drift')[1];
  }

  it('totals change as you type, and the change is saved on leaving the field', async () => {
    const line = await driftLine();
    const before = (await t.call('GET', `/api/plans/${plan2027.id}/budget`)).body;
    const o = await open(`/tab/objects/${akn.id}?view=plan&year=2027`, 'Oskar Lindell');
    const total = o.page.getByTestId('budget-total');
    expect(plain(await total.textContent())).toBe(plain(kr(before.totals.total)));

    const input = o.page.getByTestId(`hours-it-${line.id}`);
    const newHours = line.it.hours + 100;
    await input.fill(String(newHours).replace('.', ','));
    const expected = before.totals.total + Math.round(newHours * 720) - Math.round(line.it.hours * 720);
    // Before the field is left (nothing saved yet), the totals already show the new figure.
    expect(await eventually(async () => plain(await total.textContent()), plain(kr(expected)))).toBe(
      plain(kr(expected)),
    );
    expect((await t.call('GET', `/api/plans/${plan2027.id}/budget`)).body.totals.total).toBe(
      before.totals.total,
    );

    await input.press('Tab');
    const saved = async () =>
      (await t.call('GET', `/api/plans/${plan2027.id}/budget`)).body.totals.total as number;
    expect(await eventually(saved, expected)).toBe(expected);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('a stale eTag is explained and nothing is overwritten', async () => {
    const o = await open(`/tab/objects/${akn.id}?view=plan&year=2027`, 'Oskar Lindell');
    // Someone else changes the same line after the page was loaded.
    const line = await driftLine();
    const theirs = await t.call('PATCH', `/api/budget-lines/${line.id}`, {
      as: t.person('Petra Nyström'),
      ifMatch: line.etag,
      body: { business: { hours: 77 } },
    });
    expect(theirs.status).toBe(200);

    const input = o.page.getByTestId(`hours-business-${line.id}`);
    await input.fill('5');
    await input.press('Enter');
    const conflict = o.page.getByTestId('conflict');
    await conflict.waitFor({ timeout: 10_000 });
    expect(await conflict.textContent()).toContain('Någon annan har ändrat');
    const after = (await t.call('GET', `/api/plans/${plan2027.id}/budget-lines`)).body.find(
      (l: any) => l.id === line.id,
    );
    expect(after.business.hours).toBe(77);
    // The conflict is shown as a message, not as a console error.
    expect(o.problems.filter((p) => !p.includes('409'))).toEqual([]);
    await o.context.close();
  });

  it('nobody chosen sees the plan read-only', async () => {
    const o = await open(`/tab/objects/${akn.id}?view=plan&year=2027`);
    await expect(o.page.locator('input[data-testid^="hours-"]').count()).resolves.toBe(0);
    await o.context.close();
  });
});

describe('forum meetings', () => {
  it("the owner plans AKN's OSG meetings for a year and sees them in the tab and in the feed", async () => {
    const o = await open(`/tab/objects/${akn.id}?view=meetings&year=2028`, 'Karin Westberg');
    await o.page.getByRole('button', { name: 'Planera årets möten (2028)' }).click();
    const rows = o.page.locator('[data-testid="meetings-table"] tbody tr');
    expect(await eventually(() => rows.count(), 4)).toBe(4);
    expect(await rows.first().textContent()).toContain('8 mars 2028');
    const feed = await (await fetch(`${t.url}/calendar/objects/${akn.id}.ics`)).text();
    expect(feed).toContain('DTSTART;TZID=Europe/Stockholm:20280308T130000');
    expect(feed).toContain('RRULE:FREQ=YEARLY;BYMONTH=3,6,9,11;BYDAY=2WE;COUNT=4');
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('a leader sees the meetings but cannot plan them', async () => {
    const o = await open(`/tab/objects/${akn.id}?view=meetings&year=2029`, 'Oskar Lindell');
    await expect(o.page.getByRole('button', { name: /Planera årets möten/ }).count()).resolves.toBe(0);
    await o.context.close();
  });
});

describe('export and configuration', () => {
  it('exports the plan as a Word document with the chapters of seed 004', async () => {
    const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as {
      id: string;
      year: number;
    }[];
    const o = await open(`/tab/objects/${akn.id}?view=plan&year=2020`);
    const [download] = await Promise.all([
      o.page.waitForEvent('download'),
      o.page.getByTestId('export-docx').click(),
    ]);
    expect(download.suggestedFilename()).toBe('Objektplan AKN 2020.docx');
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = xml.replace(/<[^>]+>/g, '').replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain(
      'Objektplan för objektet Administration, kommunikation och näringsliv (AKN) för år 2020',
    );
    expect(text).toContain('18 988 100');
    expect(plans.find((p) => p.year === 2020)).toBeDefined();
    await o.context.close();
  });

  it('binds a channel to an object from the configuration page', async () => {
    const o = await open(
      '/tab/config?channelId=19%3Aakn-kanal%40thread.tacv2&teamId=team-1',
      'Oskar Lindell',
    );
    await o.page.getByTestId('config-object').click();
    await o.page.getByRole('option', { name: /^AKN/ }).click();
    await o.page.getByRole('button', { name: 'Spara' }).click();
    await o.page.getByText('Kanalen är kopplad till AKN.').waitFor();
    const binding = await t.call(
      'GET',
      `/api/channel-bindings?channelId=${encodeURIComponent('19:akn-kanal@thread.tacv2')}`,
    );
    expect(binding.body).toMatchObject({
      objectId: akn.id,
      teamId: 'team-1',
      boundByPersonId: t.person('Oskar Lindell'),
    });
    expect(o.problems).toEqual([]);
    await o.context.close();
  });
});

// Last: it retires an object of the demo.
describe('a retired object', () => {
  it('its overview lists what is still open, for its owners to finish', async () => {
    const objects = (await t.call('GET', '/api/objects')).body as any[];
    const sam = objects.find((o) => o.code === 'SAM');
    const retired = await t.call('PATCH', `/api/objects/${sam.id}`, {
      as: t.person('Erik Sjöberg'),
      ifMatch: sam.etag,
      body: { active: false },
    });
    expect(retired.status).toBe(200);
    const o = await open(`/tab/objects/${sam.id}`);
    await o.page.getByTestId('openPlans').waitFor({ timeout: 10_000 });
    await o.page.screenshot({ path: join(SCREENSHOTS, 'object-retired.png'), fullPage: false });
    const plans = await o.page.getByTestId('openPlans').locator('li').allTextContents();
    expect(plans.length).toBeGreaterThan(0);
    expect(await o.page.locator('#open-items-heading').textContent()).toBe('Öppna ärenden');
    expect(await o.page.locator('section[aria-labelledby="open-items-heading"]').textContent()).toContain(
      'Objektet är avvecklat',
    );
    expect(o.problems).toEqual([]);
    await o.context.close();
  });
});
