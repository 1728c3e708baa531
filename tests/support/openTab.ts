// The browser set-up every tab test repeats, once: a fresh context (its own cookies and cache) at a
// width, acting as a demo person through the demo cookie, every console error and page error recorded,
// and the page opened once the view says it is ready (body[data-ready]). With the checks the tests run
// on an open page: axe on the settled page and how far it scrolls sideways.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './axe';

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors (and failed requests when asked), in the order they came. */
  problems: string[];
}

export interface OpenOptions {
  /** The demo person's name (resolved by the app); nobody when left out. */
  as?: string;
  width?: number;
  height?: number;
  locale?: string;
  acceptDownloads?: boolean;
  /**
   * A refused write is shown in the page; the browser also logs the failed request ("status of 4xx"),
   * which is not a fault of the page. Set false where no request may fail.
   */
  allowRefusals?: boolean;
  /** Record requests that fail at the network level too. */
  recordFailedRequests?: boolean;
}

/** The part of the test app the browser needs: its address and the demo people's ids. */
export interface TabHost {
  url: string;
  person(name: string): string;
}

export async function openTab(
  browser: Browser,
  app: TabHost,
  path: string,
  options: OpenOptions = {},
): Promise<Opened> {
  const { as, width = 1280, height = 900, locale, acceptDownloads, allowRefusals = true } = options;
  const context = await browser.newContext({
    viewport: { width, height },
    ...(locale ? { locale } : {}),
    ...(acceptDownloads ? { acceptDownloads } : {}),
  });
  if (as) await context.addCookies([{ name: 'objektnav-demo-user', value: app.person(as), url: app.url }]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    if (allowRefusals && /status of 4\d\d/.test(m.text())) return;
    problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  if (options.recordFailedRequests)
    page.on('requestfailed', (r) =>
      problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`),
    );
  await page.goto(`${app.url}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return { page, context, problems };
}

/** Closes the page's context after checking that nothing went wrong in it. */
export async function closeTab(o: Opened): Promise<void> {
  expect(o.problems).toEqual([]);
  await o.context.close();
}

/**
 * Waits until the page has settled: Fluent's motion (Web Animations) has finished, and a dialog that has
 * just closed has handed the page back (removed aria-hidden from the root) — what a person meets.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const doc = (
      globalThis as unknown as {
        document: {
          getAnimations(): { playState: string }[];
          querySelector(s: string): unknown;
          getElementById(id: string): { hasAttribute(a: string): boolean } | null;
        };
      }
    ).document;
    const still = doc.getAnimations().every((a) => a.playState !== 'running');
    const dialogOpen = doc.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
    return still && (dialogOpen || !doc.getElementById('root')?.hasAttribute('aria-hidden'));
  });
}

/** Axe (WCAG 2.1 A/AA) on the settled page finds nothing serious or critical. */
export async function axeClean(page: Page): Promise<void> {
  await settled(page);
  expect(await seriousViolations(page)).toEqual([]);
}

/** How far the page scrolls sideways (0: not at all). */
export function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
    ).document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}
