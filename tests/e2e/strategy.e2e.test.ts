// The goal chain and the strategic object plan in the tab (issue 16), through the page only: the model
// owner links AKN's plan goal to a focus area no one served; PSG (the deputy municipal director) sees it
// in the goal chain and the year wheel's three deliverables per object; AKN's leader writes a strategic
// object plan 2027–2029 and submits it, and both owners approve it. Every view passes axe in the light and
// dark themes, and at 320 px the page never scrolls sideways. Reads through the API only check the page.
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { closeTab as close, openTab } from '../support/openTab';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(180_000);

interface Node {
  scrollWidth: number;
  clientWidth: number;
}
declare const document: { documentElement: Node };

let t: TestApp;
let browser: Browser;
let akn: { id: string };
let docId: string;

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchChromium();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  const docs = (await t.call('GET', '/api/steering-documents')).body as { id: string; kind: string }[];
  docId = docs.find((d) => d.kind === 'strategicPlan')!.id;
});

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const open = (path: string, as: string, width = 1366) => openTab(browser, t, path, { as, width });

async function noSidewaysScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

const focusArea = (page: Page, id: string) => page.getByTestId(`chain-focus-${id}`);

it('the model owner links a plan goal to a strategic focus area, and PSG sees it in the goal chain', async () => {
  const mo = await open('/tab/portfolio?year=2027', 'Erik Sjöberg');
  await mo.page.getByRole('heading', { name: 'Målkedjan' }).waitFor();
  await focusArea(mo.page, 'm4-f1').getByText('Ingen bidrar ännu').waitFor();
  await mo.page.getByTestId('link-goal').click();
  const dialog = mo.page.getByTestId('link-goal-dialog');
  await dialog.getByTestId('link-object').selectOption(akn.id);
  await dialog.getByTestId('link-source').locator('option').nth(1).waitFor({ state: 'attached' });
  const goal = await dialog.getByTestId('link-source').locator('option').nth(1).textContent();
  await dialog.getByTestId('link-source').selectOption({ index: 1 });
  await dialog.getByTestId('link-target').selectOption(`${docId}|m4|m4-f1`);
  expect(await seriousViolations(mo.page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Koppla' }).click();
  await dialog.waitFor({ state: 'detached' });
  const goalText = goal!.replace(/^\d{4}: /, '');
  await focusArea(mo.page, 'm4-f1').getByText(goalText).waitFor();
  await close(mo);

  for (const theme of ['default', 'dark'] as const) {
    const psg = await open(`/tab/portfolio?year=2027&theme=${theme}`, 'Anders Ekström');
    const contributor = focusArea(psg.page, 'm4-f1').getByTestId('contributor');
    await contributor.getByText(goalText).waitFor();
    await contributor.getByText('AKN').waitFor();
    // PSG sees, does not link, and is told who does in the policy's words.
    expect(await psg.page.getByTestId('link-goal').count()).toBe(0);
    await psg.page
      .getByTestId('goal-link-why')
      .getByText('Bara objektets objektägare och objektledare, eller modellansvarig, får koppla', {
        exact: false,
      })
      .waitFor();
    expect(await psg.page.getByTestId('unserved').textContent()).not.toContain('Digital arbetsplats');
    // The year wheel's three deliverables: FST's strategic plan is a late draft.
    const fst = psg.page.getByTestId('deliverables-FST');
    await fst.locator('[data-kind="strategicPlan"][data-late="true"]').getByText('Försenad').waitFor();
    await psg.page.getByTestId('deliverables-AKN').getByText('Objektberättelse').waitFor();
    expect(await seriousViolations(psg.page)).toEqual([]);
    await close(psg);
  }

  const narrow = await open('/tab/portfolio?year=2027', 'Anders Ekström', 320);
  await focusArea(narrow.page, 'm4-f1').getByTestId('contributor').first().waitFor();
  await noSidewaysScroll(narrow.page);
  await close(narrow);

  // What the page did, as the API tells it.
  const links = (await t.call('GET', `/api/objects/${akn.id}/goal-links`)).body as any[];
  expect(links.some((l) => l.goalId === 'm4' && l.focusAreaId === 'm4-f1')).toBe(true);
});

it("AKN's leader links a 2027 plan goal to a goal of AKN's strategic plan, and sees it on the plan", async () => {
  const plan2027 = async () => {
    const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as any[];
    return (await t.call('GET', `/api/plans/${plans.find((p) => p.year === 2027).id}`)).body;
  };
  const o = await open(`/tab/objects/${akn.id}?view=plan&year=2027`, 'Petra Nyström');
  // The demo's 2027 plan awaits approval: the leader withdraws it to change it.
  await o.page.getByTestId('withdraw-plan').click();
  await o.page.getByTestId('withdraw-confirm').click();
  const picker = o.page.getByTestId('goal-0-strategic');
  await picker.locator('summary').click();
  // The demo's 2027 goals already serve the strategic goal for 2027 (s2); the leader adds 2028's.
  await expect(picker.getByTestId('goal-0-strategic-s2').isChecked()).resolves.toBe(true);
  await picker.getByTestId('goal-0-strategic-s3').check();
  await o.page
    .getByTestId('goal-0-serves')
    .getByText(/avvecklade/)
    .waitFor();
  expect(await seriousViolations(o.page)).toEqual([]);
  const refs = (await plan2027()).sections.goals[0].strategicRefs;
  expect(refs.map((r: any) => r.goalId)).toEqual(['s2', 's3']);
  await close(o);
  // The plan's reader (the specialist) sees what the goal serves, and why they cannot link it: the
  // policy's words, the same as the server's refusal.
  const reader = await open(`/tab/objects/${akn.id}?view=plan&year=2027`, 'Nils Åberg');
  await reader.page.getByTestId('goal-serves').first().getByText('Tjänar strategiska mål').waitFor();
  await reader.page
    .getByTestId('strategic-link-why')
    .getByText(
      'Bara objektägare verksamhet, objektägare it, objektledare verksamhet och objektledare it får koppla objektplanens mål till strategiska mål',
      { exact: false },
    )
    .waitFor();
  expect(await seriousViolations(reader.page)).toEqual([]);
  await close(reader);
});

it("every goal of a demo object's 2027 plan shows the strategic goal it serves", async () => {
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  const sam = objects.find((o) => o.code === 'SAM')!;
  const [strategic] = (await t.call('GET', `/api/objects/${sam.id}/strategic-plans`)).body as any[];
  const goal2027 = strategic.years.find((y: any) => y.year === 2027).goals[0].text as string;
  const reader = await open(`/tab/objects/${sam.id}?view=plan&year=2027`, 'Nils Åberg');
  const items = reader.page.getByTestId('goal-list').locator('li');
  await items.first().waitFor();
  const count = await items.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++)
    await items.nth(i).getByTestId('goal-serves').getByText(goal2027, { exact: false }).waitFor();
  await close(reader);
  // Its strategic object plan, read by someone who may not write it, says who may: the policy's words.
  const plans = await open(`/tab/objects/${sam.id}?view=strategy`, 'Nils Åberg');
  await plans.page
    .getByTestId('strategic-plan-read-only')
    .getByText(
      'Du kan läsa planen. Bara objektets objektägare och objektledare får skriva den strategiska objektplanen',
      { exact: false },
    )
    .waitFor();
  await close(plans);
});

it("AKN's leader writes and submits a strategic object plan; both owners approve it", async () => {
  const leader = await open(`/tab/objects/${akn.id}?view=strategy`, 'Oskar Lindell');
  await leader.page.getByTestId('new-strategic-plan').click();
  const create = leader.page.getByTestId('create-strategic-plan');
  await create.getByTestId('sp-from').fill('2027');
  await create.getByTestId('sp-to').fill('2029');
  await create.getByRole('button', { name: 'Skapa' }).click();
  await create.waitFor({ state: 'detached' });
  const card = leader.page.getByTestId('strategic-plan-2027-preliminary');
  await card.getByTestId('edit-strategic-plan').click();
  const edit = leader.page.getByTestId('edit-strategic-plan-dialog');
  await edit.getByTestId('sp-assumptions').fill('Oförändrad ram; e-arkivet tas i drift.');
  await edit.getByTestId('sp-goals-2027').fill('E-arkiv upphandlat');
  await edit.getByTestId('sp-target-2027').selectOption(`${docId}|m2|m2-f1`);
  await edit.getByTestId('sp-investments').fill('2028; Införande av e-arkiv; 900 000');
  await edit.getByTestId('sp-lifecycle').fill('2028; införa; E-arkiv');
  expect(await seriousViolations(leader.page)).toEqual([]);
  await edit.getByRole('button', { name: 'Spara' }).click();
  await edit.waitFor({ state: 'detached' });
  await card.getByText('E-arkiv upphandlat').waitFor();
  await card.getByTestId('submit-strategic-plan').click();
  await card.getByTestId('strategic-status').getByText('Väntar på godkännande').waitFor();
  expect(await seriousViolations(leader.page)).toEqual([]);
  await close(leader);

  for (const [owner, theme] of [
    ['Karin Westberg', 'default'],
    ['Mikael Borg', 'dark'],
  ] as const) {
    const o = await open(`/tab/objects/${akn.id}?view=strategy&theme=${theme}`, owner);
    const c = o.page.getByTestId('strategic-plan-2027-preliminary');
    await c.getByTestId('approve-strategic-plan').click();
    await c.getByTestId('approve-strategic-plan').waitFor({ state: 'detached' });
    expect(await seriousViolations(o.page)).toEqual([]);
    await close(o);
  }
  const narrow = await open(`/tab/objects/${akn.id}?view=strategy`, 'Karin Westberg', 320);
  await narrow.page
    .getByTestId('strategic-plan-2027-preliminary')
    .getByTestId('strategic-status')
    .getByText('Godkänd')
    .waitFor();
  await noSidewaysScroll(narrow.page);
  await close(narrow);

  const plans = (await t.call('GET', `/api/objects/${akn.id}/strategic-plans`)).body as any[];
  const p = plans.find((x) => x.fromYear === 2027);
  expect(p).toMatchObject({ status: 'approved', investments: [{ year: 2028, amount: 900000 }] });
});
