// Issue 15: the meeting work in the tab, in a real browser against the real server and embedded store.
// AKN's OSG convener (the business owner) changes the forum's settings, adds a meeting and moves it,
// builds its agenda (adds, takes a suggestion, reorders, removes); writes the minutes of a held meeting
// with the keyboard alone (attendance, chair, adjuster, a decision, an action item with owner and due
// date); the adjuster adjusts them; the decision is then in the register, searchable. axe finds nothing
// serious in the views opened; the Möten view has no overlapping cells and no sideways scroll.
import type { Browser, Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { until } from '../support/eventually';
import { layoutFaults } from '../support/layout';
import { openTab } from '../support/openTab';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(120_000);

let t: TestApp;
let browser: Browser;
let aknId: string;
let osgId: string;

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchChromium();
  aknId = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!.id;
  osgId = (await t.app.store.forums.findAll()).find((f) => f.kind === 'osg' && f.objectId === aknId)!.id;
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const open = (path: string, as: string, width = 1280) =>
  openTab(browser, t, path, { as, width, height: 900, locale: 'sv-SE' });

const meetingsPath = (extra = '') => `/tab/objects/${aknId}?view=meetings&year=2026${extra}`;

/** The label of the focused control, as a person using the keyboard hears it. */
const FOCUSED_LABEL = String.raw`(() => {
  const el = document.activeElement;
  if (!el) return '';
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  if (el.labels && el.labels.length) return el.labels[0].textContent.replace(/\s*\*\s*$/, '').trim();
  return (el.textContent || '').trim();
})()`;

/** Presses Tab until the control labelled `label` has the focus (never the mouse). */
async function tabTo(page: Page, label: string | RegExp) {
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const now = (await page.evaluate(FOCUSED_LABEL)) as string;
    if (typeof label === 'string' ? now === label : label.test(now)) return;
  }
  throw new Error(`Tab never reached "${String(label)}"`);
}

/**
 * Types a date into the focused date field, segment by segment in the order the field shows them. That
 * order follows the browser's own language, not the page's: headless Chromium shows month/day/year
 * whatever the context's locale, so "20270115" typed as a Swedish person would became 70115-02-02 — the
 * server refused it ("Ange ett datum som ÅÅÅÅ-MM-DD.") and "Utkastet är sparat." never appeared. The
 * order is learnt from a probe field on a blank page of the same browser, never from the page under test.
 */
async function typeDate(page: Page, iso: string) {
  const probe = await page.context().newPage();
  await probe.setContent('<input type="date" id="d">');
  await probe.focus('#d');
  await probe.keyboard.type('01022003');
  const seen = await probe.inputValue('#d');
  await probe.close();
  const [y, m, d] = iso.split('-') as [string, string, string];
  const keys = seen === '2003-01-02' ? m + d + y : seen === '2003-02-01' ? d + m + y : y + m + d;
  await page.bringToFront();
  await page.keyboard.type(keys);
  expect(await page.evaluate('document.activeElement.value')).toBe(iso);
}

/** The control the keyboard is on now. */
async function focused(page: Page): Promise<string> {
  return (await page.evaluate(FOCUSED_LABEL)) as string;
}

describe('the OSG convener', () => {
  it('changes the forum’s settings in the tab', async () => {
    const o = await open(meetingsPath(), 'Karin Westberg');
    await o.page.getByTestId('forum-settings').click();
    const dialog = o.page.getByTestId('forum-settings-dialog');
    await dialog.getByLabel('Plats').fill('Stadshuset, rum Ekan');
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await until(async () =>
      expect((await t.app.store.forums.get(osgId))!.meeting?.place).toBe('Stadshuset, rum Ekan'),
    );
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('adds a meeting, moves it, and builds its agenda', async () => {
    const o = await open(meetingsPath(), 'Karin Westberg');
    await o.page.getByTestId('add-meeting').click();
    const dialog = o.page.getByTestId('meeting-dialog');
    await dialog.getByLabel('Rubrik').fill('OSG AKN – extra');
    await dialog.getByLabel('Datum').fill('2026-12-09');
    await dialog.getByLabel('Starttid').fill('10:00');
    await dialog.getByLabel('Sluttid').fill('11:30');
    await dialog.getByRole('button', { name: 'Lägg till ett möte' }).click();
    await dialog.waitFor({ state: 'detached' });
    const added = await until(async () => {
      const m = (await t.app.store.meetings.findAll({ forumId: osgId })).find(
        (x) => x.title === 'OSG AKN – extra',
      );
      expect(m?.start).toBe('2026-12-09T09:00:00.000Z');
      return m!;
    });

    await o.page.getByTestId(`open-meeting-${added.id}`).click();
    await o.page.getByTestId('move-meeting').click();
    const move = o.page.getByTestId('move-dialog');
    await move.getByLabel('Datum').fill('2026-12-10');
    await move.getByRole('button', { name: 'Flytta' }).click();
    await move.waitFor({ state: 'detached' });
    await until(async () =>
      expect((await t.app.store.meetings.get(added.id))!.start).toBe('2026-12-10T09:00:00.000Z'),
    );

    const agenda = o.page.getByTestId('agenda');
    await agenda.getByTestId('agenda-new-title').fill('Uppföljning av budget');
    await agenda.getByRole('button', { name: 'Lägg till punkten' }).click();
    await agenda.getByTestId('agenda-new-title').fill('Övriga frågor');
    await agenda.getByRole('button', { name: 'Lägg till punkten' }).click();
    await agenda.getByTestId('agenda-new-title').fill('Punkt som utgår');
    await agenda.getByRole('button', { name: 'Lägg till punkten' }).click();
    await agenda.getByRole('button', { name: 'Ta bort: Punkt som utgår' }).click();
    const suggestion = agenda.getByTestId('agenda-suggestions').getByRole('listitem').first();
    const suggested = (await suggestion.locator('span').first().textContent())!;
    await suggestion.getByRole('button').click();
    await agenda.getByRole('button', { name: 'Flytta upp: Övriga frågor' }).click();
    await agenda.getByTestId('agenda-save').click();
    await o.page.getByText('Dagordningen är sparad.').waitFor();
    const items = (await t.app.store.meetings.get(added.id))!.agendaItems!.map((i) => i.title);
    expect(items).toHaveLength(3);
    expect(items[0]).toBe('Övriga frågor');
    expect(items[1]).toBe('Uppföljning av budget');
    expect(suggested).toContain(items[2]!);
    expect(await seriousViolations(o.page)).toEqual([]);
    expect(o.problems).toEqual([]);
    await o.context.close();
  });

  it('writes the minutes of a held meeting with the keyboard alone; the adjuster adjusts them', async () => {
    const held = (await t.app.store.meetings.findAll({ forumId: osgId }))
      .filter((m) => m.status === 'held' && m.start < '2026-06')
      .sort((a, b) => a.start.localeCompare(b.start))[0]!;
    const o = await open(meetingsPath(`&meeting=${held.id}`), 'Karin Westberg');
    await o.page.getByTestId('minutes-form').waitFor();
    const k = o.page.keyboard;
    await tabTo(o.page, 'Plats');
    await k.type('Stadshuset');
    for (const name of ['Karin Westberg', 'Mikael Borg', 'Göran Mattsson', 'Oskar Lindell']) {
      await tabTo(o.page, name);
      await k.press('Space');
    }
    await tabTo(o.page, 'Ordförande');
    await k.type('Karin');
    // Adjusted minutes name their secretary: the adjuster is refused until they do.
    await tabTo(o.page, 'Protokollförare');
    await k.type('Karin');
    await tabTo(o.page, /^Mikael Borg$/);
    // The first "Mikael Borg" after the chair is the adjuster's box (attendance came before).
    await k.press('Space');
    await tabTo(o.page, 'Lägg till paragraf');
    await k.press('Enter');
    // The new paragraph takes the focus.
    await until(async () => expect(await focused(o.page)).toBe('Rubrik för § 1'));
    await k.type('Objektplan 2027');
    await tabTo(o.page, 'Beslut i § 1');
    // A native select's type-ahead needs the first letters only.
    await k.type('godk');
    await tabTo(o.page, 'Lägg till åtgärd');
    await k.press('Enter');
    await until(async () => expect(await focused(o.page)).toBe('Åtgärd 1'));
    await k.type('Ta fram tidplan för införandet');
    await tabTo(o.page, 'Ansvarig för åtgärd 1');
    await k.type('Oskar');
    await tabTo(o.page, 'Klart senast för åtgärd 1');
    await typeDate(o.page, '2027-01-15');
    await tabTo(o.page, 'Spara utkastet');
    await k.press('Enter');
    await o.page.getByText('Utkastet är sparat.').waitFor();
    const saved = (await t.app.store.minutes.findAll({ meetingId: held.id }))[0]!;
    expect(saved.status).toBe('draft');
    expect(saved.attendance).toHaveLength(4);
    expect(saved.chairPersonId).toBe(t.person('Karin Westberg'));
    expect(saved.secretaryPersonId).toBe(t.person('Karin Westberg'));
    expect(saved.adjusterPersonIds).toEqual([t.person('Mikael Borg')]);
    expect(saved.paragraphs[0]).toMatchObject({ number: 1, title: 'Objektplan 2027', text: '' });
    expect(saved.paragraphs[0]!.decision?.kind).toBe('approvePlan');
    expect(saved.actionItems[0]).toMatchObject({
      ownerPersonId: t.person('Oskar Lindell'),
      dueDate: '2027-01-15',
    });
    expect(await seriousViolations(o.page)).toEqual([]);
    expect(o.problems).toEqual([]);
    await o.context.close();

    const a = await open(meetingsPath(`&meeting=${held.id}`), 'Mikael Borg');
    await a.page.getByTestId('minutes-adjust').click();
    await a.page.getByRole('alertdialog').getByRole('button', { name: 'Justera protokollet' }).click();
    await a.page.getByTestId('minutes-status').filter({ hasText: 'Justerat' }).waitFor();
    const register = a.page.getByTestId('decision-register');
    await register.getByTestId('decision-search').fill('objektplan 2027');
    await expect(register.getByTestId('decision-table').textContent()).resolves.toContain('Objektplan 2027');
    await register.getByTestId('decision-search').fill('finns inte alls');
    await register.getByText('Inga beslut att visa.').waitFor();
    expect(await seriousViolations(a.page)).toEqual([]);
    expect(a.problems).toEqual([]);
    await a.context.close();
  });
});

describe.each([320, 1280])('at %i px', (width) => {
  it.each(['meetings', 'contracts'])(
    'the %s view has no overlapping cells and no sideways scroll',
    async (view) => {
      const o = await open(`/tab/objects/${aknId}?view=${view}&year=2026`, 'Karin Westberg', width);
      if (view === 'meetings') await o.page.getByTestId('decision-register').waitFor();
      expect(await layoutFaults(o.page)).toEqual([]);
      expect(o.problems).toEqual([]);
      await o.context.close();
    },
  );
});
