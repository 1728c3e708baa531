// Opens a page of the tab in a browser as a demo person (the demo sign-in cookie, as the person picker
// sets it) and collects what goes wrong in it; and checks a settled page with axe. For browser tests that
// switch identity between steps in one shared browser.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from './axe';
import type { TestApp } from './testApp';

export interface OpenedTab {
  page: Page;
  context: BrowserContext;
  /** Script errors and console errors of the page (a refused write's 4xx is shown to the person, not one). */
  problems: string[];
}

export async function openTab(
  browser: Browser,
  t: TestApp,
  path: string,
  as: string | undefined,
  options: { width?: number } = {},
): Promise<OpenedTab> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 } });
  if (as) await context.addCookies([{ name: 'objektnav-demo-user', value: t.person(as), url: t.url }]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${t.url}${path}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return { page, context, problems };
}

/**
 * Axe on the settled page: a dialog or panel still animating (Fluent uses the Web Animations API) can
 * briefly leave the page behind it hidden but focusable, or its colours half-faded, which is not what
 * anyone meets.
 */
export async function axeClean(page: Page): Promise<void> {
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
    const settled = doc.getAnimations().every((a) => a.playState !== 'running');
    // A dialog that has just closed hands the page back (removes aria-hidden) a moment after it goes.
    const dialogOpen = doc.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
    return settled && (dialogOpen || !doc.getElementById('root')?.hasAttribute('aria-hidden'));
  });
  const violations = await seriousViolations(page);
  if (violations.length > 0) throw new Error(`axe on ${page.url()}:\n${JSON.stringify(violations, null, 2)}`);
}
