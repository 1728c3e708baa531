// The tab's tables at 320 px (Teams on a phone, the meeting side panel) and 1280 px (issue 15): in every
// object view, the plan (read as a reader, written as a leader, beside last year's), the portfolio with its
// year wheel and goal chain, no two cells of a table overlap, no cell's content spills into the next and
// the page never scrolls sideways — measured from the elements' bounding boxes (tests/support/layout.ts).
// The editable budget grid scrolls inside its own section at 320 px and stays usable with the keyboard.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { layoutFaults } from '../support/layout';
import { closeTab, openTab, type Opened } from '../support/openTab';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(180_000);

let t: TestApp;
let browser: Browser;
const ids: Record<string, string> = {};
/** A leader of UKF, whose 2027 plan is a draft in the demo (the editable grid). */
let ukfLeader = '';

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchChromium();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  for (const o of objects) ids[o.code] = o.id;
  const ukf = (await t.call('GET', `/api/objects/${ids['UKF']}`)).body as {
    roleAssignments: { role: string; personName: string }[];
  };
  ukfLeader = ukf.roleAssignments.find((r) => r.role === 'leaderBusiness')!.personName;
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const open = (path: string, as: string, width: number) => openTab(browser, t, path, { as, width });

async function noFaults(o: Opened, what: string) {
  expect({ what, faults: await layoutFaults(o.page) }).toEqual({ what, faults: [] });
  await closeTab(o);
}

describe.each([320, 1280])('at %i px', (width) => {
  it.each(['overview', 'strategy', 'structure', 'initiatives', 'contracts', 'meetings'])(
    'the object view %s',
    async (view) => {
      const o = await open(`/tab/objects/${ids['AKN']}?view=${view}`, 'Oskar Lindell', width);
      await noFaults(o, view);
    },
  );

  it('the plan as a reader sees it: budget, summary, FTE and the comparison with last year', async () => {
    const o = await open(`/tab/objects/${ids['AKN']}?view=plan&year=2027`, 'Anders Ekström', width);
    await o.page.getByTestId('compare-table').waitFor();
    // Read-only: the lines are a FitTable (cards when narrow), not inputs.
    await expect(o.page.locator('[data-testid^="hours-business-"]').count()).resolves.toBe(0);
    await expect(o.page.locator('[data-testid^="line-"]').count()).resolves.toBeGreaterThan(5);
    await noFaults(o, 'plan, read');
  });

  it('the follow-up of a year with outcome: plan against outcome, the interim follow-up, the report', async () => {
    const o = await open(`/tab/objects/${ids['AKN']}?view=followup&year=2025`, 'Anders Ekström', width);
    await o.page.getByTestId('outcome-table').waitFor();
    await noFaults(o, 'follow-up');
  });

  it('the plan as its leader writes it: the editable grid scrolls in its own section', async () => {
    const o = await open(`/tab/objects/${ids['UKF']}?view=plan&year=2027`, ukfLeader, width);
    await o.page.locator('[data-testid^="hours-business-"]').first().waitFor();
    await noFaults(o, 'plan, editable');
  });

  it('the portfolio with its year wheel and goal chain', async () => {
    const o = await open('/tab/portfolio?year=2027', 'Anders Ekström', width);
    await o.page.getByTestId('compliance-table').waitFor();
    await o.page.locator('[data-testid^="deliverables-"]').first().waitFor();
    await o.page.getByTestId('contributor').first().waitFor();
    await noFaults(o, 'portfolio');
  });
});

it('on a phone the editable grid is still reached and typed in with the keyboard alone', async () => {
  const o = await open(`/tab/objects/${ids['UKF']}?view=plan&year=2027`, ukfLeader, 320);
  const first = o.page.locator('[data-testid^="hours-business-"]').first();
  await first.waitFor();
  const testId = (await first.getAttribute('data-testid'))!;
  let reached = false;
  for (let i = 0; i < 300 && !reached; i++) {
    await o.page.keyboard.press('Tab');
    reached = await o.page.evaluate(
      (id) =>
        (
          globalThis as unknown as {
            document: { activeElement: { getAttribute(n: string): string | null } | null };
          }
        ).document.activeElement?.getAttribute('data-testid') === id,
      testId,
    );
  }
  expect(reached).toBe(true);
  // The focused field is scrolled into view inside its section, and takes a Swedish number.
  await o.page.keyboard.press('Control+A');
  await o.page.keyboard.type('12,5');
  await o.page.keyboard.press('Tab');
  expect(await first.inputValue()).toMatch(/^12,50?$/);
  const box = await first.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 320).toBe(true);
  await closeTab(o);
});
