// The follow-up of AKN's 2025 in the tab (issue 16), through the page only: a leader imports a month of
// outcome from a finance export (dry run first), writes the August follow-up and marks it ready, drafts and
// completes the objektberättelse and submits it; both owners approve it. The table's total is the API's to
// the krona. The view passes axe in the light and dark themes. Reads through the API only check the page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { eventually } from '../support/eventually';
import { startTestApp, type TestApp } from '../support/testApp';
import { xlsxOf } from '../support/xlsx';

jest.setTimeout(180_000);

let t: TestApp;
let browser: Browser;
let akn: { id: string };
let planId: string;
const P = { leader: '', ownerBusiness: '', ownerIt: '' };

async function holderOf(role: string): Promise<string> {
  const roles = (await t.call('GET', `/api/role-assignments?objectId=${akn.id}`)).body as any[];
  return roles.find((r) => r.role === role)!.personId;
}

beforeAll(async () => {
  // A municipality that follows up by tertial as well as in August (FOLLOW_UP_PERIODS).
  t = await startTestApp({ env: { FOLLOW_UP_PERIODS: 'tertial1,august,tertial2' } });
  browser = await launchChromium();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  P.leader = await holderOf('leaderBusiness');
  P.ownerBusiness = await holderOf('ownerBusiness');
  P.ownerIt = await holderOf('ownerIt');
  const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as any[];
  planId = plans.find((p) => p.year === 2025)!.id;
  // The demo's August follow-up and drafted objektberättelse are taken out: this story writes them.
  for (const f of await t.app.store.interimFollowUps.findAll({ planId }))
    await t.app.store.interimFollowUps.delete(f.id);
  for (const r of await t.app.store.planReports.findAll({ planId }))
    await t.app.store.planReports.delete(r.id);
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

async function open(personId: string, theme = 'default'): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  await context.addCookies([{ name: 'objektnav-demo-user', value: personId, url: t.url }]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 4\d\d/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${t.url}/tab/objects/${akn.id}?view=followup&year=2025&theme=${theme}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  await page.getByTestId('outcome-table').waitFor();
  return { page, context, problems };
}

async function close(o: Opened) {
  expect(o.problems).toEqual([]);
  await o.context.close();
}

const outcome = async () => (await t.call('GET', `/api/plans/${planId}/outcome`)).body;

it('a leader imports December from the finance export after a dry run; the table shows the API total', async () => {
  const o = await open(P.leader);
  const csv = [
    'Period;Ansvar;Konto;Belopp',
    '2025-12;7111;7010;10 000,50',
    '2025-12;7142;6540;2 500',
    '2025-12;9999;6540;100',
  ].join('\r\n');
  await o.page.getByTestId('import-file').setInputFiles({
    name: 'utfall-december.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await o.page.getByRole('button', { name: 'Provkör' }).click();
  const result = o.page.getByTestId('import-result');
  await result.getByText('2 rader godtas').waitFor();
  await result.getByText(/Rad 4: Koden "9999" finns inte/).waitFor();
  expect((await outcome()).totals).toEqual((await outcome()).totals); // nothing written by the dry run
  const before = await t.app.store.outcomeEntries.findAll({ planId, period: '2025-12' });
  await o.page.getByRole('button', { name: 'Importera', exact: true }).click();
  await o.page.getByText('Importerat: 2 rader.').waitFor();
  const after = await t.app.store.outcomeEntries.findAll({ planId, period: '2025-12' });
  expect(after.filter((e) => e.source === 'import')).toHaveLength(2);
  expect(before.filter((e) => e.source === 'import').length).toBeGreaterThan(2);
  const total = (await outcome()).totals.actual as number;
  const digits = (text: string | null) => (text ?? '').replace(/\D/g, '');
  const want = Number.isInteger(total) ? String(total) : total.toFixed(2).replace('.', '');
  const shown = await eventually(
    async () => digits(await o.page.getByTestId('outcome-total-actual').textContent()),
    want,
  );
  expect(shown).toBe(want);
  await close(o);
});

it('a leader imports November from an Excel workbook: dates, numbers and a broken row', async () => {
  const o = await open(P.leader);
  const bytes = await xlsxOf([
    ['Bokföringsperiod', 'Ansvar', 'Konto', 'Belopp'],
    [{ date: '2025-11-30' }, '7111', 7010, 8000.25],
    [{ date: '2025-11-30' }, '7142', '6540', '1 250,75'],
    [{ date: '2025-11-30' }, '7142', '6540', 5],
  ]);
  await o.page.getByTestId('import-file').setInputFiles({
    name: 'utfall-november.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: bytes,
  });
  await o.page.getByRole('button', { name: 'Provkör' }).click();
  const result = o.page.getByTestId('import-result');
  await result.getByText('2 rader godtas').waitFor();
  await result.getByText(/Rad 4: Raden upprepar period 2025-11/).waitFor();
  await o.page.getByRole('button', { name: 'Importera', exact: true }).click();
  await o.page.getByText('Importerat: 2 rader.').waitFor();
  const november = await t.app.store.outcomeEntries.findAll({ planId, period: '2025-11' });
  expect(november.filter((e) => e.source === 'import').reduce((sum, e) => sum + e.amountOre, 0)).toBe(
    800025 + 125075,
  );
  await close(o);
});

it('a leader writes the August follow-up and marks it ready for the OSG', async () => {
  const o = await open(P.leader);
  const section = o.page.locator('section', {
    has: o.page.getByRole('heading', { name: 'Delårsuppföljning augusti' }),
  });
  await section.getByRole('combobox', { name: 'Status' }).first().selectOption('atRisk');
  await section.getByRole('textbox', { name: 'Kommentar' }).first().fill('Upphandlingen är försenad.');
  await section.getByRole('textbox', { name: 'Budget och prognos' }).fill('Prognosen håller.');
  await section.getByRole('button', { name: 'Spara' }).click();
  await section.getByText('Utkast', { exact: true }).waitFor();
  await section.getByRole('button', { name: 'Klar för objektstyrgruppen' }).click();
  await section.getByText('Klar, väntar på OSG', { exact: true }).waitFor();
  const [f] = await t.app.store.interimFollowUps.findAll({ planId });
  expect(f!.status).toBe('ready');
  expect(f!.goals[0]).toMatchObject({ status: 'atRisk', comment: 'Upphandlingen är försenad.' });
  await close(o);
});

it('where the municipality uses tertials, a leader writes tertial 1 beside the August follow-up', async () => {
  const o = await open(P.leader);
  const section = o.page.locator('section', {
    has: o.page.getByRole('heading', { name: 'Delårsuppföljning augusti' }),
  });
  await section.getByTestId('followup-period').selectOption('tertial1');
  await section.getByRole('combobox', { name: 'Status' }).first().selectOption('deviating');
  await section.getByRole('textbox', { name: 'Kommentar' }).first().fill('Tertial 1: avvikelse i driften.');
  await section.getByRole('button', { name: 'Spara' }).click();
  await section.getByText('Utkast', { exact: true }).waitFor();
  const tertial = (await t.app.store.interimFollowUps.findAll({ planId })).find(
    (f) => f.period === 'tertial1',
  );
  expect(tertial!.goals[0]).toMatchObject({
    status: 'deviating',
    comment: 'Tertial 1: avvikelse i driften.',
  });
  // The August follow-up written before is untouched, and the picker says where each period stands.
  const august = (await t.app.store.interimFollowUps.findAll({ planId })).find((f) => f.period === 'august');
  expect(august!.status).toBe('ready');
  await section
    .getByRole('option', { name: 'Delårsrapport augusti – Klar, väntar på OSG' })
    .waitFor({ state: 'attached' });
  await close(o);
});

it('a leader drafts and completes the objektberättelse and submits it; both owners approve', async () => {
  const o = await open(P.leader);
  const section = o.page.locator('section', {
    has: o.page.getByRole('heading', { name: 'Objektberättelse' }),
  });
  await section.getByRole('button', { name: 'Skapa utkast' }).click();
  await section.getByRole('textbox', { name: 'Lärdomar' }).waitFor();
  await section.getByRole('textbox', { name: 'Lärdomar' }).fill('Upphandla i god tid.');
  await section
    .getByRole('textbox', { name: /Inför kommande år/ })
    .fill('Ny e-tjänsteplattform\nFler utbildningar');
  await section.getByRole('button', { name: 'Spara' }).click();
  expect(
    await eventually(
      async () => (await t.call('GET', `/api/plans/${planId}/report`)).body.report.lessons,
      'Upphandla i god tid.',
    ),
  ).toBe('Upphandla i god tid.');
  await section.getByRole('button', { name: 'Skicka till objektstyrgruppen' }).click();
  await section.getByText('Väntar på godkännande', { exact: true }).waitFor();
  await close(o);

  for (const owner of [P.ownerBusiness, P.ownerIt]) {
    const w = await open(owner);
    const s = w.page.locator('section', { has: w.page.getByRole('heading', { name: 'Objektberättelse' }) });
    await s.getByRole('button', { name: 'Godkänn' }).click();
    await s.getByRole('button', { name: 'Godkänn' }).waitFor({ state: 'detached' });
    await close(w);
  }
  const report = (await t.call('GET', `/api/plans/${planId}/report`)).body;
  expect(report.report.status).toBe('approved');
  expect(report.report.nextYear).toEqual(['Ny e-tjänsteplattform', 'Fler utbildningar']);
});

it.each(['default', 'dark'] as const)('axe finds nothing serious in the %s theme', async (theme) => {
  const o = await open(P.leader, theme);
  await o.page.waitForFunction(() =>
    (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
      .getAnimations()
      .every((a) => a.playState !== 'running'),
  );
  expect(await seriousViolations(o.page)).toEqual([]);
  await close(o);
});

it('a reader is told why they cannot write the follow-up, in the policy’s words', async () => {
  const o = await open(t.person('Nils Åberg'));
  await o.page
    .getByTestId('followup-read-only')
    .getByText(
      'Du kan läsa uppföljningen. Bara objektets objektägare och objektledare får föra in utfallet och skriva uppföljningen och objektberättelsen.',
    )
    .waitFor();
  expect(await seriousViolations(o.page)).toEqual([]);
  await close(o);
});
