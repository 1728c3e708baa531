// "Mitt arbete" and the portfolio in a real browser against the real server and embedded store: each
// role sees its own work and reaches the right object and view; the portfolio reads at 320 px and at
// 1280 px with no cell overlapping another or spilling out of it and no horizontal page scroll; axe finds
// nothing serious in light, dark and high contrast, Swedish and English. Screenshots go to
// artifacts/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { eventually } from '../support/eventually';
import { layoutFaults } from '../support/layout';
import { openTab } from '../support/openTab';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(90_000);

const SCREENSHOTS = join(projectRoot, 'artifacts', 'screenshots');

let t: TestApp;
let browser: Browser;
let akn: { id: string };

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  t = await startTestApp();
  browser = await launchChromium();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const open = (path: string, as?: string, width = 1280) =>
  openTab(browser, t, path, { as, width, allowRefusals: false });

/** Waits for the portfolio inside the page (its own lazy chunk and request) to be drawn. */
async function portfolioDrawn(page: Page) {
  await page.waitForSelector('[data-testid="compliance-table"]', { timeout: 20_000 });
  await page.waitForSelector('[data-testid="portfolio-chart"]', { timeout: 20_000 });
}

const items = (page: Page, kind: string) =>
  page.locator(`[data-testid="work-${kind}"] [data-testid="work-item"]`);

describe('Mitt arbete for each role', () => {
  it('an owner has AKN 2027 to approve, and the item opens the plan of that year', async () => {
    const o = await open('/tab/me', 'Karin Westberg');
    await expect(o.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Mitt arbete');
    const approval = items(o.page, 'approval').first();
    await expect(approval.textContent()).resolves.toContain('Objektplan 2027');
    await expect(approval.textContent()).resolves.toContain('AKN');
    await expect(
      o.page.locator('[data-testid="work-deadline"] [data-late="true"]').count(),
    ).resolves.toBeGreaterThan(0);
    await approval.getByRole('link').click();
    await o.page.waitForURL(/\/tab\/objects\/.+view=plan/);
    expect(new URL(o.page.url()).pathname).toBe(`/tab/objects/${akn.id}`);
    expect(new URL(o.page.url()).searchParams.get('year')).toBe('2027');
    await o.page.waitForSelector('body[data-ready="true"]');
    await expect(o.page.getByRole('tab', { name: 'Objektplan', selected: true }).count()).resolves.toBe(1);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('a leader has questions at the leaders’ rung and an action item, and no portfolio', async () => {
    const o = await open('/tab/me', 'Oskar Lindell');
    await expect(items(o.page, 'escalation').count()).resolves.toBeGreaterThan(0);
    await expect(items(o.page, 'actionItem').first().textContent()).resolves.toContain('licenskostnader');
    await expect(items(o.page, 'approval').count()).resolves.toBe(0);
    await expect(o.page.getByTestId('psg-section').count()).resolves.toBe(0);
    await items(o.page, 'escalation').first().getByRole('link').click();
    await o.page.waitForURL(/view=initiatives/);
    await o.page.waitForSelector('body[data-ready="true"]');
    await expect(o.page.getByRole('tab', { name: 'Initiativ', selected: true }).count()).resolves.toBe(1);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('the PSG chair has the questions escalated to PSG and the portfolio as a section', async () => {
    const o = await open('/tab/me', 'Anders Ekström');
    await expect(items(o.page, 'escalation').count()).resolves.toBeGreaterThan(0);
    await portfolioDrawn(o.page);
    await expect(
      o.page.getByTestId('psg-section').getByRole('heading', { name: 'Portföljen (PSG)' }).count(),
    ).resolves.toBe(1);
    await expect(
      o.page.locator('[data-testid="psg-section"] [data-testid="portfolio-AKN"]').count(),
    ).resolves.toBe(1);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('a person with nothing to do is told so', async () => {
    const o = await open('/tab/me', 'Helena Berggren');
    await expect(o.page.getByTestId('mywork-summary').textContent()).resolves.toBe(
      'Inget väntar på dig just nu.',
    );
    await expect(o.page.getByTestId('work-item').count()).resolves.toBe(0);
    await expect(o.page.getByTestId('psg-section').count()).resolves.toBe(0);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });
});

describe.each([320, 1280])('at %i px', (width) => {
  it('the portfolio has no overlapping or spilling cells and no sideways scroll', async () => {
    const o = await open('/tab/portfolio?year=2027', 'Anders Ekström', width);
    await portfolioDrawn(o.page);
    // Cards on a narrow screen, a table on a wide one.
    await expect(
      o.page.getByTestId(width < 720 ? 'portfolio-cards' : 'portfolio-table').count(),
    ).resolves.toBe(1);
    expect(await layoutFaults(o.page)).toEqual([]);
    await o.page.screenshot({ path: join(SCREENSHOTS, `portfolio-${width}.png`), fullPage: true });
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('Mitt arbete (PSG chair, with the portfolio) has no overlapping cells and no sideways scroll', async () => {
    const o = await open('/tab/me', 'Anders Ekström', width);
    await portfolioDrawn(o.page);
    expect(await layoutFaults(o.page)).toEqual([]);
    await o.page.screenshot({ path: join(SCREENSHOTS, `mywork-psg-${width}.png`), fullPage: true });
    await o.context.close();
  });

  it('Mitt arbete (owner) has no sideways scroll', async () => {
    const o = await open('/tab/me', 'Karin Westberg', width);
    await portfolioDrawn(o.page);
    expect(await layoutFaults(o.page)).toEqual([]);
    await o.page.screenshot({ path: join(SCREENSHOTS, `mywork-owner-${width}.png`), fullPage: true });
    await o.context.close();
  });
});

describe.each(['default', 'dark', 'contrast'] as const)('axe in the %s theme', (theme) => {
  it.each(['sv', 'en'])('Mitt arbete and the portfolio in %s', async (lang) => {
    for (const [path, as] of [
      [`/tab/me?theme=${theme}&lang=${lang}`, 'Anders Ekström'],
      [`/tab/me?theme=${theme}&lang=${lang}`, 'Oskar Lindell'],
      [`/tab/portfolio?year=2027&theme=${theme}&lang=${lang}`, 'Anders Ekström'],
    ] as const) {
      const o = await open(path, as);
      if (as === 'Anders Ekström') await portfolioDrawn(o.page);
      expect({ path, as, violations: await seriousViolations(o.page) }).toEqual({ path, as, violations: [] });
      if (lang === 'sv' && as === 'Anders Ekström')
        await o.page.screenshot({
          path: join(SCREENSHOTS, `${path.startsWith('/tab/me') ? 'mywork' : 'portfolio'}-${theme}.png`),
          fullPage: true,
        });
      expect(o.problems).toEqual([]);
      await o.context.close();
    }
  });
});

describe('portfolio filters and drill-down', () => {
  it('filters by category, plan status and late deliverables, and keeps them in the address', async () => {
    const o = await open('/tab/portfolio?year=2027', 'Anders Ekström');
    await portfolioDrawn(o.page);
    const rows = () => o.page.locator('[data-testid="portfolio-table"] tbody tr');
    await expect(rows().count()).resolves.toBe(6);
    const objects = (await t.call('GET', '/api/objects')).body as { code: string; category: string }[];
    const support = objects.filter((x) => x.category === 'support').map((x) => x.code);
    await o.page.getByTestId('filter-category').selectOption('support');
    await expect(rows().count()).resolves.toBe(support.length);
    await expect(o.page.getByTestId('portfolio-KÖP').count()).resolves.toBe(1);
    expect(new URL(o.page.url()).searchParams.get('category')).toBe('support');
    await o.page.getByTestId('filter-category').selectOption('');
    await o.page.getByTestId('filter-status').selectOption('approved');
    await expect(rows().count()).resolves.toBe(3);
    await o.page.getByTestId('filter-status').selectOption('');
    await o.page.getByTestId('filter-late').click();
    const late = await rows().count();
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(6);
    await expect(
      o.page.locator('[data-testid="portfolio-table"] tbody tr:not(:has([data-late="true"]))').count(),
    ).resolves.toBe(0);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('the chart’s figures are in a table for screen readers', async () => {
    const o = await open('/tab/portfolio?year=2027', 'Anders Ekström');
    await portfolioDrawn(o.page);
    const table = o.page.getByTestId('portfolio-chart-table');
    await expect(table.locator('tbody tr').count()).resolves.toBe(6);
    await expect(
      o.page.locator('[data-testid="portfolio-chart"] svg').getAttribute('aria-hidden'),
    ).resolves.toBe('true');
    await expect(o.page.getByRole('table', { name: /Budget per objekt i kronor/ }).count()).resolves.toBe(1);
    await o.context.close();
  });

  it('shows meeting-frequency compliance per forum', async () => {
    const o = await open('/tab/portfolio?year=2027', 'Anders Ekström');
    await portfolioDrawn(o.page);
    const psg = await o.page.getByTestId('compliance-psg').textContent();
    expect(psg).toMatch(/\d+ \/ \d+/);
    await expect(o.page.getByTestId('compliance-osg-AKN').count()).resolves.toBe(1);
    await o.context.close();
  });

  it('drills down to the object’s plan of the year', async () => {
    const o = await open('/tab/portfolio?year=2027&lang=en', 'Anders Ekström');
    await portfolioDrawn(o.page);
    await o.page.getByTestId('portfolio-AKN').getByRole('link').click();
    await o.page.waitForURL(/\/tab\/objects\//);
    await o.page.waitForSelector('body[data-ready="true"]');
    const url = new URL(o.page.url());
    expect(url.searchParams.get('view')).toBe('plan');
    expect(url.searchParams.get('year')).toBe('2027');
    expect(url.searchParams.get('lang')).toBe('en');
    await o.context.close();
  });
});

describe('Teams integration in a browser', () => {
  it('honours a sub-entity id on load: the view and year it names', async () => {
    const sub = encodeURIComponent('view=plan&year=2027');
    const o = await open(`/tab/objects/${akn.id}?subEntityId=${sub}`, 'Oskar Lindell');
    await expect(o.page.getByRole('tab', { name: 'Objektplan', selected: true }).count()).resolves.toBe(1);
    expect(new URL(o.page.url()).searchParams.get('year')).toBe('2027');
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('the configuration page reopened for an existing tab preselects its object', async () => {
    // Teams hands the saved entity id over (pages.getConfig); a browser names it in the address.
    const o = await open(`/tab/config?entityId=objektnav-${akn.id}`, 'Oskar Lindell');
    const shown = await eventually(
      async () => (await o.page.getByTestId('config-object').textContent())?.startsWith('AKN') ?? false,
      true,
    );
    expect(shown).toBe(true);
    await expect(o.page.getByRole('link', { name: /AKN/ }).count()).resolves.toBeGreaterThan(0);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });
});
