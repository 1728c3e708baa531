// Runs axe-core in the page against WCAG 2.1 A and AA and returns the serious and critical violations.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * Waits until the page's finite animations have run out, and React has drawn the frame after. A Fluent
 * dialog that is closing keeps its surface, and the rest of the page aria-hidden, until its exit motion
 * ends; axe run in that moment judges a page no one reads (a slow machine shows it: CI once caught the
 * minutes' adjust dialog still closing). Endless ones (spinners) are not waited for; nor longer than 5 s.
 */
async function settled(page: Page): Promise<void> {
  // A string: this file is compiled without the DOM's types (the page's code runs in Chromium).
  await page.evaluate(`(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
      .map((a) => a.finished.catch(() => undefined));
    await Promise.race([Promise.all(finite), new Promise((r) => setTimeout(r, 5000))]);
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  })()`);
}

export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await settled(page);
  // Evaluated over the DevTools protocol rather than as a <script> element: the tab's CSP (script-src
  // 'self') rightly refuses inline scripts, and the tests keep that CSP on.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 50).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
  return (
    violations
      // Fluent UI's focus manager (tabster) adds aria-hidden focus sentinels that hand focus on at once; axe
      // reports them under aria-hidden-focus, a known false positive (microsoft/tabster#288,
      // accessibility-insights-web#7605). Only those nodes are dropped; any other node of the rule still counts.
      .map((v) =>
        v.id === 'aria-hidden-focus'
          ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes('data-tabster-dummy')) }
          : v,
      )
      .filter((v) => v.nodes.length > 0)
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
  );
}
