// The service catalogue, HUKI matrix, orders and project portfolio in the tab (issue 17 points 3–6): each
// section renders the demo data; an order goes from need to acceptance in the tab, each step taken by the
// person the policy allows (the owners' approval above the threshold included); a matrix with two H is
// refused with the rule in words; the catalogue opens as a page of its own; axe is clean in the light and
// dark themes; at 320 px nothing scrolls sideways.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { closeTab as close, axeClean, sidewaysScroll, openTab } from '../support/openTab';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(120_000);

let t: TestApp;
let browser: Browser;

beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_WRITES_PER_MINUTE: '0' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const open = (path: string, as?: string, width = 1280) => openTab(browser, t, path, { as, width });

const SECTIONS = [
  ['services', 'service'],
  ['huki', 'huki-row'],
  ['orders', 'order'],
  ['projects', 'project'],
] as const;

describe('the sections render the demo data', () => {
  it.each(SECTIONS)('%s', async (section, row) => {
    const o = await open(`/tab/it?section=${section}`, 'Camilla Strand');
    await o.page.getByTestId(row).first().waitFor();
    expect(await o.page.getByTestId(row).count()).toBeGreaterThanOrEqual(5);
    await close(o);
  });

  it('the catalogue opens as a page of its own, outside Teams', async () => {
    const o = await open('/tab/services', 'Sara Engström');
    await o.page.getByTestId('service').first().waitFor();
    expect(await o.page.getByTestId('service').count()).toBe(
      (await t.call('GET', '/api/services')).body.length,
    );
    await close(o);
  });
});

describe('an order from need to acceptance in the tab', () => {
  const TITLE = 'Webbformulär för felanmälan';

  async function orderCard(page: Page) {
    const card = page.getByTestId('order').filter({ hasText: TITLE });
    await card.waitFor();
    return card;
  }

  async function stateOf(page: Page) {
    return (await orderCard(page)).getByTestId('order-state-label').textContent();
  }

  it('each step by the person the policy allows', async () => {
    // The department's orderer registers the need.
    let o = await open('/tab/it?section=orders', 'Petra Nyström');
    await o.page.getByLabel('Rubrik').fill(TITLE);
    await o.page.getByRole('button', { name: 'Registrera behov' }).click();
    expect(await stateOf(o.page)).toBe('Behov');
    // Only the orderer function is offered the assessment.
    expect(await (await orderCard(o.page)).getByRole('button', { name: 'Bedöm' }).count()).toBe(0);
    await close(o);

    // The orderer function assesses above the threshold, naming the performer.
    o = await open('/tab/it?section=orders', 'Camilla Strand');
    let card = await orderCard(o.page);
    await card.getByLabel('Kostnad').fill('250000');
    await card.getByLabel('Utförare').selectOption({ label: 'Sara Engström' });
    await card.getByRole('button', { name: 'Bedöm' }).click();
    await o.page.getByTestId('order').filter({ hasText: TITLE }).getByText('Hos objektägarna').waitFor();
    await close(o);

    // Both owners approve.
    for (const owner of ['Karin Westberg', 'Mikael Borg']) {
      o = await open('/tab/it?section=orders', owner);
      card = await orderCard(o.page);
      await Promise.all([
        o.page.waitForResponse((r) => r.url().includes('/approve')),
        card.getByRole('button', { name: 'Godkänn', exact: true }).click(),
      ]);
      await close(o);
    }

    // The performer estimates and delivers.
    o = await open('/tab/it?section=orders', 'Sara Engström');
    card = await orderCard(o.page);
    expect(await stateOf(o.page)).toBe('Hos utföraren');
    await card.getByLabel('Timmar').fill('40');
    await card.getByLabel('Kostnad').fill('26200');
    await card.getByLabel('Klart senast').fill('2027-01-31');
    await card.getByRole('button', { name: 'Lämna uppskattning' }).click();
    await o.page.getByTestId('order').filter({ hasText: TITLE }).getByText('Uppskattad').waitFor();
    await (await orderCard(o.page)).getByRole('button', { name: 'Leverera' }).click();
    await o.page.getByTestId('order').filter({ hasText: TITLE }).getByText('Levererad').waitFor();
    await close(o);

    // The orderer accepts.
    o = await open('/tab/it?section=orders', 'Petra Nyström');
    await (await orderCard(o.page)).getByRole('button', { name: 'Godkänn leveransen' }).click();
    await o.page.getByTestId('order').filter({ hasText: TITLE }).getByText('Godkänd').waitFor();
    await close(o);
    const stored = (await t.call('GET', '/api/orders?state=accepted')).body.find(
      (x: any) => x.title === TITLE,
    );
    expect(stored.approvals).toHaveLength(2);
  });
});

describe('the HUKI matrix', () => {
  it('refuses a second H with the rule in words', async () => {
    const o = await open('/tab/it?section=huki', 'Erik Sjöberg');
    const row = o.page.getByTestId('huki-row').first();
    await row.waitFor();
    const selects = row.locator('select');
    const values = await selects.evaluateAll((els) =>
      els.map((e) => (e as unknown as { value: string }).value),
    );
    const notH = values.findIndex((v) => v !== 'H');
    await selects.nth(notH).selectOption('H');
    await row.getByRole('button', { name: /^Spara/ }).click();
    await o.page.getByText(/exakt en huvudansvarig \(H\)/).waitFor();
    await close(o);
  });
});

describe('the places of issue 17 that were missing', () => {
  it("an owner sets the object's threshold for the owners' approval, and returns it to the default", async () => {
    const o = await open('/tab/it?section=orders', 'Mikael Borg');
    const form = o.page.getByTestId('order-thresholds');
    await form
      .getByLabel('Objekt')
      .selectOption({ label: 'Administration, kommunikation och näringsliv (AKN)' });
    await form.getByLabel('Ny beloppsgräns för AKN (kr)').fill('400 000');
    await form.getByRole('button', { name: 'Spara beloppsgränsen' }).click();
    await form.getByText(/Egen gräns: AKN 400\s000\skr/).waitFor();
    const akn = ((await t.call('GET', '/api/objects')).body as any[]).find((x) => x.code === 'AKN');
    expect(akn.orderApprovalThreshold).toBe(400_000);
    await form.getByRole('button', { name: /Återgå till 100\s000\skr/ }).click();
    // The demo's FST keeps its own; AKN is gone from the list.
    await form.getByText(/Egen gräns: FST 250\s000\skr\./).waitFor();
    await close(o);
    // Someone who may not set it reads the rule instead of a form.
    const reader = await open('/tab/it?section=orders', 'Petra Nyström');
    await reader.page
      .getByTestId('order-thresholds')
      .getByText(/sätts av objektets objektägare/)
      .waitFor();
    expect(await reader.page.getByRole('button', { name: 'Spara beloppsgränsen' }).count()).toBe(0);
    await close(reader);
  });

  it("the model owner binds a HUKI role to the model's role, and the matrix names its holder per object", async () => {
    const o = await open('/tab/it?section=huki', 'Erik Sjöberg');
    const role = o.page.getByTestId('huki-role').first();
    await role.waitFor();
    const name = await role.getByRole('textbox').first().inputValue();
    await role
      .getByLabel(`Modellens roll för ${name}`)
      .selectOption({ label: 'Objektägare it (i objektet)' });
    await Promise.all([
      o.page.waitForResponse((r) => r.url().includes('/api/huki-roles/') && r.request().method() === 'PATCH'),
      role.getByRole('button', { name: `Spara ${name}` }).click(),
    ]);
    await o.page
      .getByTestId('huki-object')
      .selectOption({ label: 'Administration, kommunikation och näringsliv (AKN)' });
    await o.page
      .getByRole('columnheader', {
        name: new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*Mikael Borg`),
      })
      .waitFor();
    await close(o);
  });

  it("the portfolio shows a project's budget against the outcome of its object plan", async () => {
    const o = await open('/tab/it?section=projects', 'Camilla Strand');
    const shop = o.page.getByTestId('project').filter({ hasText: 'E-handel för hela kommunen' });
    await shop
      .getByTestId('project-outcome')
      .getByText(/från objektplanens uppföljning 2025/)
      .waitFor();
    await shop.getByRole('button', { name: 'Ändra E-handel för hela kommunen' }).click();
    expect(await shop.getByLabel('Utfall från objektplan').inputValue()).not.toBe('');
    await close(o);
  });
});

describe('themes and narrow screens', () => {
  it.each(['default', 'dark'] as const)('every section passes axe in the %s theme', async (theme) => {
    for (const [section, row] of SECTIONS) {
      const o = await open(`/tab/it?section=${section}&theme=${theme}`, 'Camilla Strand');
      await o.page.getByTestId(row).first().waitFor();
      await axeClean(o.page);
      await close(o);
    }
    const page = await open(`/tab/services?theme=${theme}`, 'Sara Engström');
    await page.page.getByTestId('service').first().waitFor();
    await axeClean(page.page);
    await close(page);
  });

  it('at 320 px no section scrolls sideways', async () => {
    // Each section as the person who gets its forms (the widest view of it).
    const editor = {
      services: 'Camilla Strand',
      huki: 'Erik Sjöberg',
      orders: 'Camilla Strand',
      projects: 'Camilla Strand',
    };
    for (const [section, row] of SECTIONS) {
      const o = await open(`/tab/it?section=${section}`, editor[section], 320);
      await o.page.getByTestId(row).first().waitFor();
      expect([section, await sidewaysScroll(o.page)]).toEqual([section, 0]);
      await close(o);
    }
  });
});
