// The system register and map in the tab (issue 17): the map renders the demo data, is navigated with the
// keyboard, and its table lists every integration; the register's import dry run shows the rejected rows
// with their reasons; axe is clean in the light and dark themes; at 320 px the page does not scroll sideways.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { closeTab as close, axeClean, sidewaysScroll, openTab } from '../support/openTab';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(120_000);

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

const open = (path: string, as?: string, width = 1280) => openTab(browser, t, path, { as, width });

interface ApiMap {
  nodes: { id: string; name: string }[];
  edges: { from: string; to: string; information: string; retiredEnd: string | null }[];
}

const activeName = (page: Page) =>
  page.evaluate(
    () =>
      (
        globalThis as unknown as {
          document: { activeElement: { getAttribute(n: string): string | null } | null };
        }
      ).document.activeElement?.getAttribute('data-name') ?? null,
  );

describe('system map', () => {
  it('renders the demo data, and its table lists every integration with retired ends flagged', async () => {
    const api = (await t.call('GET', '/api/system-map')).body as ApiMap;
    expect(api.edges.length).toBeGreaterThan(30);
    const o = await open('/tab/it?section=map');
    await o.page.getByTestId('system-map').waitFor();
    await expect(o.page.getByTestId('map-node').count()).resolves.toBe(api.nodes.length);
    await expect(o.page.getByTestId('map-edge').count()).resolves.toBe(api.edges.length);
    const rows = await o.page.getByTestId('edge-row').allInnerTexts();
    expect(rows).toHaveLength(api.edges.length);
    const name = new Map(api.nodes.map((n) => [n.id, n.name]));
    for (const e of api.edges) {
      expect(
        rows.some(
          (r) => r.includes(name.get(e.from)!) && r.includes(name.get(e.to)!) && r.includes(e.information),
        ),
      ).toBe(true);
    }
    const retired = api.edges.filter((e) => e.retiredEnd !== null).length;
    expect(retired).toBeGreaterThanOrEqual(3);
    await expect(o.page.getByTestId('retired-flag').count()).resolves.toBe(retired);
    await expect(o.page.locator('[data-testid="map-edge"][data-retired="true"]').count()).resolves.toBe(
      retired,
    );
    await close(o);
  });

  it('is navigated with the keyboard: arrows move between systems, Enter shows the map around one', async () => {
    const api = (await t.call('GET', '/api/system-map')).body as ApiMap;
    const o = await open('/tab/it?section=map');
    await o.page.getByTestId('system-map').waitFor();
    // Exactly one system is in the tab order; Tab from the scope control reaches it.
    await expect(o.page.locator('[data-testid="map-node"][tabindex="0"]').count()).resolves.toBe(1);
    await o.page.getByTestId('map-scope').focus();
    await o.page.keyboard.press('Tab');
    expect(await activeName(o.page)).toBe(api.nodes[0]!.name);
    await o.page.keyboard.press('ArrowDown');
    expect(await activeName(o.page)).toBe(api.nodes[1]!.name);
    await expect(o.page.getByTestId('map-announcement').innerText()).resolves.toContain(api.nodes[1]!.name);
    await o.page.keyboard.press('End');
    expect(await activeName(o.page)).toBe(api.nodes.at(-1)!.name);
    await o.page.keyboard.press('Home');
    // Treserva: the first demo system with many integrations, found by arrowing to it.
    const target = api.nodes.findIndex((n) => n.name === 'Treserva');
    for (let i = 0; i < target; i++) await o.page.keyboard.press('ArrowDown');
    expect(await activeName(o.page)).toBe('Treserva');
    await o.page.keyboard.press('Enter');
    const around = (await t.call('GET', `/api/system-map?systemId=${api.nodes[target]!.id}`)).body as ApiMap;
    await o.page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-testid="edge-row"]').length === n,
      around.edges.length,
    );
    await expect(o.page.getByTestId('map-node').count()).resolves.toBe(around.nodes.length);
    expect(o.page.url()).toContain(`systemId=${api.nodes[target]!.id}`);
    await close(o);
  });
});

describe('system register', () => {
  it('the import dry run shows the rejected rows with their reasons, and changes nothing', async () => {
    const before = ((await t.call('GET', '/api/systems')).body as unknown[]).length;
    const o = await open('/tab/it', 'Elin Bergqvist');
    await o.page.getByTestId('system-table').waitFor();
    const csv = [
      'System;Objekt;Livscykel;Konfidentialitet;Personuppgifter',
      'Ny lärplattform;UKF;Införs;3;Ja',
      'Påhittat;XYZ;I drift;;Nej',
      'Annat;UKF;Pensionerad;9;Nej',
    ].join('\r\n');
    await o.page.getByTestId('import-file').setInputFiles({
      name: 'system.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    await o.page.getByTestId('import-dry-run').click();
    await o.page.getByTestId('import-report').waitFor();
    await expect(o.page.getByTestId('import-row-reject').count()).resolves.toBe(2);
    await expect(o.page.getByTestId('import-row-create').count()).resolves.toBe(1);
    const rejected = (await o.page.getByTestId('import-row-reject').allInnerTexts()).join('\n');
    expect(rejected).toContain('Objektet ”XYZ” finns inte');
    expect(rejected).toContain('Livscykeln ”Pensionerad” är okänd');
    expect(rejected).toContain('Konfidentialitet ”9”');
    await expect(o.page.getByRole('status').filter({ hasText: 'Provkörning' }).count()).resolves.toBe(1);
    await axeClean(o.page);
    expect(((await t.call('GET', '/api/systems')).body as unknown[]).length).toBe(before);
    await close(o);
  });

  it('searches, and shows what depends on a system in one click', async () => {
    const o = await open('/tab/it', 'Erik Sjöberg');
    await o.page.getByTestId('system-search').fill('Äldre verksamhetssystem');
    await o.page.waitForFunction(
      () =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-testid="system-row"]').length === 1,
    );
    await o.page.getByTestId('dependents').click();
    const dialog = o.page.getByRole('dialog');
    await dialog.getByTestId('edge-table').waitFor();
    await expect(dialog.getByTestId('edge-row').count()).resolves.toBe(2);
    await expect(dialog.getByTestId('retired-flag').count()).resolves.toBe(2);
    await axeClean(o.page);
    await close(o);
  });
});

describe('themes and narrow screens', () => {
  it.each(['default', 'dark'] as const)('register and map pass axe in the %s theme', async (theme) => {
    const reg = await open(`/tab/it?theme=${theme}`, 'Elin Bergqvist');
    await reg.page.getByTestId('system-table').waitFor();
    await axeClean(reg.page);
    await close(reg);
    const map = await open(`/tab/it?section=map&theme=${theme}`, 'Elin Bergqvist');
    await map.page.getByTestId('system-map').waitFor();
    await axeClean(map.page);
    await close(map);
  });

  it('at 320 px neither the register nor the map scrolls the page sideways', async () => {
    for (const path of ['/tab/it', '/tab/it?section=map']) {
      const o = await open(path, 'Elin Bergqvist', 320);
      await o.page.getByTestId(path.includes('map') ? 'system-map' : 'system-table').waitFor();
      expect(await sidewaysScroll(o.page)).toBeLessThanOrEqual(0);
      await close(o);
    }
  });
});
