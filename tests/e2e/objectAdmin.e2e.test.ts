// The object's structure through the tab only (issue 15, "Object"): the model owner creates "Vård och
// omsorg" in the portfolio, the appointers appoint its owners and leaders (one replaced in one step),
// a leader adds a product with a business and an IT component, links another object's component, adds a
// related object and a contract. The test makes no API calls of its own except to check the result; every
// change is the page's. The new dialogs and the Struktur view pass axe in light and dark themes, and at
// 320 px the page does not scroll sideways.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import { launchChromium } from '../support/browser';
import { closeTab as close, axeClean, sidewaysScroll, openTab } from '../support/openTab';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(120_000);

const SCREENSHOTS = join(projectRoot, 'artifacts', 'screenshots');

let t: TestApp;
let browser: Browser;
/** The object the model owner creates in the first test. */
let vo: { id: string } | undefined;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  t = await startTestApp();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const open = (path: string, as?: string, width = 1280) => openTab(browser, t, path, { as, width });

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const structure = (as: string, theme = 'default', width = 1280) =>
  open(`/tab/objects/${vo!.id}?view=structure&theme=${theme}`, as, width);

/** Chooses a person in the picker by typing part of the name. */
async function choosePerson(dialog: Locator, page: Page, name: string) {
  const field = dialog.getByTestId('person-field');
  await field.click();
  await field.pressSequentially(name.split(' ')[0]!);
  await page.getByRole('option', { name: new RegExp(name) }).click();
}

async function appoint(as: string, role: string, person: string) {
  const o = await structure(as);
  await o.page.getByTestId(`appoint-${role}`).click();
  const dialog = o.page.getByTestId('role-dialog');
  await choosePerson(dialog, o.page, person);
  await dialog.getByRole('button', { name: 'Utse' }).click();
  await expect(o.page.getByTestId(`role-${role}`).getByText(person).waitFor()).resolves.toBeUndefined();
  await close(o);
}

async function detail() {
  return (await t.call('GET', `/api/objects/${vo!.id}`)).body;
}

describe('the model owner and the appointers set up "Vård och omsorg" in the tab', () => {
  it('the model owner creates the object from the portfolio and lands on its tab', async () => {
    const o = await open('/tab/portfolio?year=2027', 'Erik Sjöberg');
    await o.page.getByTestId('new-object').click();
    const dialog = o.page.getByTestId('create-object-dialog');
    await dialog.waitFor();
    // Validates as you type, with the server's words.
    await dialog.getByTestId('object-name').fill('x');
    await dialog.getByTestId('object-name').fill('');
    await expect(dialog.getByText('Får inte vara tomt.').count()).resolves.toBeGreaterThan(0);
    await dialog.getByTestId('object-code').fill('vo');
    await expect(dialog.getByTestId('object-code').inputValue()).resolves.toBe('VO');
    await dialog.getByTestId('object-name').fill('Vård och omsorg');
    await dialog.getByTestId('object-category').selectOption('core');
    await dialog.getByTestId('object-description').fill('Digitalt stöd för vård och omsorg i hemmet.');
    await dialog.getByLabel('Vård- och omsorgsförvaltningen').check();
    await axeClean(o.page);
    await shot(o.page, 'object-admin-create-dialog-default');
    await Promise.all([
      o.page.waitForURL(/\/tab\/objects\/[^/?]+\?.*view=structure/),
      dialog.getByRole('button', { name: 'Skapa' }).click(),
    ]);
    await o.page.waitForSelector('[data-testid="structure-view"]');
    const id = /\/tab\/objects\/([^/?]+)/.exec(o.page.url())![1]!;
    vo = { id: decodeURIComponent(id) };
    await expect(o.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Vård och omsorg (VO)',
    );
    // The model owner records the structure but appoints no object roles: the view says so.
    await expect(o.page.getByText('Du utser inte till några av rollerna här.').count()).resolves.toBe(1);
    await expect(o.page.getByTestId('appoint-ownerBusiness').count()).resolves.toBe(0);
    await close(o);
    const created = await detail();
    expect(created).toMatchObject({ code: 'VO', name: 'Vård och omsorg', category: 'core', active: true });
    expect(created.lineOrganisations.map((l: { name: string }) => l.name)).toEqual([
      'Vård- och omsorgsförvaltningen',
    ]);
  });

  it('the municipal director and the IT manager appoint the owners, the owners the leaders', async () => {
    await appoint('Helena Berggren', 'ownerBusiness', 'Birgitta Lövgren');
    await appoint('Johan Falk', 'ownerIt', 'Daniel Holmgren');
    await appoint('Birgitta Lövgren', 'leaderBusiness', 'Frida Blomqvist');
    await appoint('Daniel Holmgren', 'leaderIt', 'Viktor Dahlén');

    // The business owner replaces the business leader in one step.
    const o = await structure('Birgitta Lövgren');
    await o.page.getByRole('button', { name: /^Byt: Frida Blomqvist/ }).click();
    const dialog = o.page.getByTestId('role-dialog');
    await choosePerson(dialog, o.page, 'Maja Sandberg');
    await axeClean(o.page);
    await shot(o.page, 'object-admin-replace-dialog-default');
    await dialog.getByRole('button', { name: 'Byt' }).click();
    await o.page.getByTestId('role-leaderBusiness').getByText('Maja Sandberg').waitFor();
    await expect(
      o.page.getByTestId('role-leaderBusiness').getByText('Frida Blomqvist').count(),
    ).resolves.toBe(0);
    // Not hers to appoint: the IT leader is the IT owner's.
    await expect(o.page.getByTestId('role-leaderIt').getByRole('button').count()).resolves.toBe(0);
    await close(o);

    const roles = (await detail()).roleAssignments.map((r: any) => `${r.role}:${r.personName}`).sort();
    expect(roles).toEqual([
      'leaderBusiness:Maja Sandberg',
      'leaderIt:Viktor Dahlén',
      'ownerBusiness:Birgitta Lövgren',
      'ownerIt:Daniel Holmgren',
    ]);
  });

  it('a leader adds a product with a business and an IT component, and links another object’s component', async () => {
    const o = await structure('Maja Sandberg');
    const page = o.page;
    await page.getByTestId('new-product').click();
    let dialog = page.getByTestId('product-dialog');
    await dialog.getByTestId('product-name').fill('Hemtjänst');
    await axeClean(page);
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByTestId('product-Hemtjänst').waitFor();

    await page.getByTestId('new-business-component-Hemtjänst').click();
    dialog = page.getByTestId('component-dialog');
    await dialog.getByTestId('component-name').fill('Biståndsbedömning');
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByTestId('product-Hemtjänst').getByText('Biståndsbedömning').waitFor();

    await page.getByTestId('new-it-component-Hemtjänst').click();
    dialog = page.getByTestId('component-dialog');
    await dialog.getByTestId('component-name').fill('Verksamhetssystem omsorg');
    await dialog.getByTestId('component-supplier').fill('Omsorgsdata AB');
    await dialog.getByTestId('component-lifecycle').selectOption('introducing');
    await axeClean(page);
    await shot(page, 'object-admin-component-dialog-default');
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByTestId('product-Hemtjänst').getByText('Verksamhetssystem omsorg').waitFor();

    // A component another object manages (many-to-many across objects).
    await page.getByTestId('link-component-Hemtjänst').click();
    dialog = page.getByTestId('link-dialog');
    await dialog.getByTestId('link-owner').selectOption({ label: 'FST – Förutsättningsskapande teknik' });
    await dialog
      .locator('[data-testid="link-component"] option:not([value=""])')
      .first()
      .waitFor({ state: 'attached' });
    const foreign = await dialog
      .locator('[data-testid="link-component"] option:not([value=""])')
      .first()
      .textContent();
    await dialog.getByTestId('link-component').selectOption({ label: foreign! });
    await axeClean(page);
    await dialog.getByRole('button', { name: 'Koppla komponent' }).click();
    await page.getByTestId('product-Hemtjänst').getByText(`${foreign} (förvaltas av FST)`).waitFor();

    // A related object picked from the list.
    await page.getByTestId('add-related').click();
    dialog = page.getByTestId('related-dialog');
    await dialog
      .getByTestId('related-object')
      .selectOption({ label: 'VSOA – Vård, stöd, omsorg och arbetsmarknad' });
    await dialog
      .getByTestId('related-description')
      .fill('Delar verksamhetssystem och e-tjänster för bistånd.');
    await axeClean(page);
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await page.getByTestId('related-Vård, stöd, omsorg och arbetsmarknad').waitFor();
    await axeClean(page);
    await shot(page, 'object-admin-structure-default');
    await close(o);

    const d = await detail();
    const product = d.products.find((p: any) => p.name === 'Hemtjänst');
    const names = product.componentIds.map((id: string) => d.components.find((c: any) => c.id === id)?.name);
    expect(names).toEqual(expect.arrayContaining(['Biståndsbedömning', 'Verksamhetssystem omsorg', foreign]));
    expect(d.components.find((c: any) => c.name === 'Verksamhetssystem omsorg')).toMatchObject({
      kind: 'it',
      supplier: 'Omsorgsdata AB',
      lifecycle: 'introducing',
    });
  });

  it('the related object is shown from both sides', async () => {
    const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
    const vsoa = objects.find((x) => x.code === 'VSOA')!;
    const o = await open(`/tab/objects/${vsoa.id}?view=structure`, 'Annika Forsberg');
    await expect(o.page.getByTestId('related-from').getByText('VO – Vård och omsorg').count()).resolves.toBe(
      1,
    );
    await close(o);
  });

  it('a leader adds a contract to the IT component in the Avtal view', async () => {
    const o = await open(`/tab/objects/${vo!.id}?view=contracts`, 'Viktor Dahlén');
    await o.page.getByTestId('new-contract').click();
    const dialog = o.page.getByTestId('contract-dialog');
    await dialog.getByTestId('contract-title').fill('Drift och förvaltning omsorgssystem');
    await dialog.getByTestId('contract-start').fill('2026-01-01');
    // The server's date rule, as you type.
    await dialog.getByTestId('contract-end').fill('2025-12-31');
    await dialog.getByText('Avtalets slutdatum måste vara efter startdatum.').waitFor();
    await dialog.getByTestId('contract-end').fill('2029-12-31');
    await dialog.getByTestId('contract-notice').fill('6');
    await expect(dialog.getByTestId('contract-supplier').inputValue()).resolves.toBe('Omsorgsdata AB');
    await axeClean(o.page);
    await shot(o.page, 'object-admin-contract-dialog-default');
    await dialog.getByRole('button', { name: 'Lägg till' }).click();
    await o.page.getByRole('cell', { name: 'Drift och förvaltning omsorgssystem', exact: true }).waitFor();
    await close(o);
    const contracts = (await detail()).contracts;
    expect(contracts).toHaveLength(1);
    expect(contracts[0]).toMatchObject({
      componentName: 'Verksamhetssystem omsorg',
      supplier: 'Omsorgsdata AB',
      endDate: '2029-12-31',
      noticePeriodMonths: 6,
    });
  });

  it('a stale description is explained with the other person’s text, and saved on the second try', async () => {
    const o = await structure('Birgitta Lövgren');
    await o.page.getByTestId('edit-object').click();
    const dialog = o.page.getByTestId('edit-object-dialog');
    // Someone else saves first.
    const before = await detail();
    const theirs = await t.call('PATCH', `/api/objects/${vo!.id}`, {
      as: t.person('Daniel Holmgren'),
      ifMatch: before.etag,
      body: { description: 'Daniels text.' },
    });
    expect(theirs.status).toBe(200);
    await dialog.getByTestId('object-description').fill('Birgittas text.');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.getByTestId('conflict').waitFor();
    await dialog.getByText('Nu sparat: Daniels text.').waitFor();
    await axeClean(o.page);
    await shot(o.page, 'object-admin-conflict-default');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect((await detail()).description).toBe('Birgittas text.');
    await close(o);
  });
});

describe('the new views in the dark theme and at 320 px', () => {
  it.each(['default', 'dark', 'contrast'] as const)(
    'Struktur as a leader and as nobody, %s theme',
    async (theme) => {
      const o = await structure('Maja Sandberg', theme);
      await axeClean(o.page);
      await shot(o.page, `object-structure-${theme}`);
      await o.page.getByRole('button', { name: 'Ändra: Hemtjänst' }).click();
      await o.page.getByTestId('product-dialog').waitFor();
      await axeClean(o.page);
      await o.page.keyboard.press('Escape');
      await o.page.getByRole('button', { name: 'Ta bort: Hemtjänst' }).click();
      await o.page.getByTestId('confirm-dialog').waitFor();
      await axeClean(o.page);
      await shot(o.page, `object-admin-confirm-${theme}`);
      await o.page.getByTestId('confirm-dialog').getByRole('button', { name: 'Avbryt' }).click();
      await close(o);

      // Nobody chosen: everything readable, nothing offered, and the view says why.
      const nobody = await structure('', theme);
      await expect(nobody.page.getByTestId('read-only').count()).resolves.toBeGreaterThan(0);
      await expect(nobody.page.getByTestId('new-product').count()).resolves.toBe(0);
      await axeClean(nobody.page);
      await close(nobody);
    },
  );

  it.each(['default', 'dark'] as const)(
    'dialogs of the portfolio and the Avtal view, %s theme',
    async (theme) => {
      const p = await open(`/tab/portfolio?year=2027&theme=${theme}`, 'Lena Holm');
      await p.page.getByTestId('new-object').click();
      await p.page.getByTestId('create-object-dialog').waitFor();
      await axeClean(p.page);
      await p.page.keyboard.press('Escape');
      await p.page.getByTestId('people').click();
      await p.page.getByTestId('people-dialog').waitFor();
      await axeClean(p.page);
      await shot(p.page, `object-admin-people-${theme}`);
      await close(p);

      const c = await open(`/tab/objects/${vo!.id}?view=contracts&theme=${theme}`, 'Viktor Dahlén');
      await c.page.getByTestId('new-contract').click();
      await c.page.getByTestId('contract-dialog').waitFor();
      await axeClean(c.page);
      await close(c);
    },
  );

  it('in English, with the keyboard alone: a leader adds a product', async () => {
    const o = await open(`/tab/objects/${vo!.id}?view=structure&lang=en`, 'Maja Sandberg');
    await o.page.getByRole('heading', { name: 'Roles in the object' }).waitFor();
    await o.page.getByTestId('new-product').focus();
    await o.page.keyboard.press('Enter');
    await o.page.getByTestId('product-dialog').waitFor();
    // Focus starts in the dialog's first field; Enter submits the form.
    await o.page.keyboard.type('Trygghetslarm');
    await o.page.keyboard.press('Enter');
    await o.page.getByTestId('product-Trygghetslarm').waitFor();
    // Escape closes a dialog without saving.
    await o.page.getByTestId('new-product').focus();
    await o.page.keyboard.press('Enter');
    await o.page.getByTestId('product-dialog').waitFor();
    await o.page.keyboard.press('Escape');
    await o.page.getByTestId('product-dialog').waitFor({ state: 'detached' });
    await axeClean(o.page);
    await shot(o.page, 'object-structure-en');
    await close(o);
  });

  it('at 320 px neither the Struktur view nor its dialogs scroll the page sideways', async () => {
    const o = await structure('Maja Sandberg', 'default', 320);
    const overflow = () => sidewaysScroll(o.page);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(o.page, 'object-structure-320');
    await o.page.getByRole('button', { name: 'Koppla komponent: Hemtjänst' }).click();
    await o.page.getByTestId('link-dialog').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shot(o.page, 'object-admin-link-dialog-320');
    await close(o);

    const p = await open('/tab/portfolio?year=2027', 'Erik Sjöberg', 320);
    await p.page.getByTestId('new-object').click();
    await p.page.getByTestId('create-object-dialog').waitFor();
    expect(await sidewaysScroll(p.page)).toBeLessThanOrEqual(0);
    await shot(p.page, 'object-admin-create-dialog-320');
    await close(p);
  });
});
