// Issue 19: the forum meeting in its Teams meeting's side panel, at 320 px, in a real browser against the
// real server and embedded store. The browser stands in for Teams the way the tab's host does: the
// meeting's chat thread and the frame come in the address (?threadId=…&frame=sidePanel), as teams-js
// hands them over inside Teams. The convener links the Teams meeting once; as secretary she records
// attendance, two decisions — one refused at once, outside the OSG's mandate — and an action item, saved
// as she goes; the object tab's Möten shows the same minutes. axe finds nothing serious, light and dark.
import type { Browser } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { launchChromium } from '../support/browser';
import { until as untilPasses } from '../support/eventually';
import { layoutFaults } from '../support/layout';
import { openTab } from '../support/openTab';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(150_000);

let t: TestApp;
let browser: Browser;
let aknId: string;
let meetingId: string;
const THREAD = '19:meeting_T2JqZWt0bmF2LXBhbmVs@thread.v2';

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchChromium();
  aknId = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!.id;
  const osg = (await t.app.store.forums.findAll()).find((f) => f.kind === 'osg' && f.objectId === aknId)!;
  // A meeting under way on the app's day (the server allows minutes only of a meeting that has begun).
  const start = new Date(DEMO_NOW.getTime() - 3600_000).toISOString();
  const end = new Date(DEMO_NOW.getTime() + 3600_000).toISOString();
  meetingId = (
    await t.app.store.meetings.create({
      forumId: osg.id,
      title: 'OSG AKN – extra',
      start,
      end,
      status: 'scheduled',
      seriesId: null,
      originalStart: start,
      joinUrl: null,
      scheduledByPersonId: t.person('Karin Westberg'),
      agendaItems: [
        { title: 'Objektplan 2027', source: 'convener' },
        { title: 'Prioritering mellan objekten', source: 'convener' },
        { title: 'Övriga frågor', source: 'convener' },
      ],
    })
  ).id;
});
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const open = (path: string, as: string, width = 320) =>
  openTab(browser, t, path, { as, width, height: 800, locale: 'sv-SE' });

/** The panel saves as you go, and a save can wait for the one before it: a longer wait than the default. */
const until = <T>(check: () => Promise<T>) => untilPasses(check, 15_000, 150);

const panel = (theme = '') =>
  `/tab/meeting?threadId=${encodeURIComponent(THREAD)}&frame=sidePanel${theme ? `&theme=${theme}` : ''}`;
const stored = async () => (await t.app.store.minutes.findAll({ meetingId }))[0];

it('a delegate who does not convene is told who links the Teams meeting', async () => {
  const o = await open(panel(), 'Oskar Lindell');
  await o.page.getByText('Teams-mötet är inte kopplat').waitFor();
  expect(await o.page.getByTestId('link-meeting-choice').count()).toBe(0);
  expect(o.problems).toEqual([]);
  await o.context.close();
});

it('the convener links the Teams meeting once, then keeps the minutes in the side panel', async () => {
  const o = await open(panel(), 'Karin Westberg');
  const p = o.page;
  await p.getByTestId('link-meeting-choice').selectOption({ index: 1 });
  await p.getByRole('button', { name: 'Koppla' }).click();
  await p.getByTestId('meeting-side-panel').waitFor();
  expect((await t.app.store.meetings.get(meetingId))!.teamsThreadId).toBe(THREAD);
  const agenda = p.getByTestId('meeting-agenda-list');
  await expect(agenda.locator('[aria-current="step"]').textContent()).resolves.toContain('Objektplan 2027');

  // Attendance, chair and secretary: saved as she goes.
  const form = p.getByTestId('minutes-form');
  for (const name of ['Karin Westberg', 'Mikael Borg', 'Göran Mattsson', 'Oskar Lindell'])
    await form.getByRole('group', { name: 'Närvarande' }).getByLabel(name).check();
  await form.getByLabel('Ordförande').selectOption({ label: 'Karin Westberg' });
  await form.getByLabel('Protokollförare').selectOption({ label: 'Karin Westberg' });
  await until(async () => expect((await stored())?.attendance).toHaveLength(4));

  // The first decision: the paragraph takes the agenda's current item.
  await form.getByTestId('add-paragraph').click();
  await expect(form.getByLabel('Rubrik för § 1').inputValue()).resolves.toBe('Objektplan 2027');
  await form.getByLabel('Beslut i § 1').selectOption('approvePlan');
  await until(async () => expect((await stored())?.paragraphs[0]?.decision?.kind).toBe('approvePlan'));
  await agenda.locator('[aria-current="step"]', { hasText: 'Prioritering' }).waitFor();

  // The second: outside the OSG's mandate, refused as it is taken, with the rule and who decides.
  await form.getByTestId('add-paragraph').click();
  await form.getByLabel('Beslut i § 2').selectOption('crossObjectPriority');
  const refusal = form.getByTestId('paragraph-2').getByText(/utanför objektstyrgruppens mandat/);
  await refusal.waitFor();
  await expect(refusal.textContent()).resolves.toContain('PSG fattar sådana beslut');
  await new Promise((r) => setTimeout(r, 1500));
  expect((await stored())!.paragraphs).toHaveLength(1);
  expect(await seriousViolations(p)).toEqual([]);
  // Recorded as a paragraph without a decision (the question goes to PSG).
  await form.getByLabel('Beslut i § 2').selectOption('');
  await until(async () => expect((await stored())!.paragraphs).toHaveLength(2));

  // An action item with owner and due date.
  await form.getByTestId('add-action').click();
  await form.getByLabel(/^Åtgärd 1/).fill('Lyft prioriteringen till PSG');
  await form.getByLabel('Ansvarig för åtgärd 1').selectOption({ label: 'Oskar Lindell' });
  await form.getByLabel('Klart senast för åtgärd 1').fill('2027-01-15');
  await until(async () =>
    expect((await stored())!.actionItems).toEqual([
      {
        title: 'Lyft prioriteringen till PSG',
        ownerPersonId: t.person('Oskar Lindell'),
        dueDate: '2027-01-15',
      },
    ]),
  );
  await p.getByText('Utkastet är sparat.').waitFor();
  const minutes = (await stored())!;
  expect(minutes).toMatchObject({
    status: 'draft',
    chairPersonId: t.person('Karin Westberg'),
    secretaryPersonId: t.person('Karin Westberg'),
  });
  expect(minutes.paragraphs.map((x) => [x.title, x.decision?.kind ?? null])).toEqual([
    ['Objektplan 2027', 'approvePlan'],
    ['Prioritering mellan objekten', null],
  ]);
  expect(await layoutFaults(p)).toEqual([]);
  expect(await seriousViolations(p)).toEqual([]);
  expect(o.problems).toEqual([]);
  await o.context.close();
});

it('the side panel reads clean in the dark theme too', async () => {
  const o = await open(panel('dark'), 'Karin Westberg');
  await o.page.getByTestId('minutes-form').waitFor();
  expect(await layoutFaults(o.page)).toEqual([]);
  expect(await seriousViolations(o.page)).toEqual([]);
  expect(o.problems).toEqual([]);
  await o.context.close();
});

it('the object tab shows the same minutes', async () => {
  const o = await open(
    `/tab/objects/${aknId}?view=meetings&year=2026&meeting=${meetingId}`,
    'Karin Westberg',
    1280,
  );
  const form = o.page.getByTestId('minutes-form');
  await form.waitFor();
  await expect(form.getByLabel('Rubrik för § 1').inputValue()).resolves.toBe('Objektplan 2027');
  await expect(form.getByLabel('Beslut i § 1').inputValue()).resolves.toBe('approvePlan');
  await expect(form.getByLabel('Rubrik för § 2').inputValue()).resolves.toBe('Prioritering mellan objekten');
  await expect(form.getByLabel(/^Åtgärd 1/).inputValue()).resolves.toBe('Lyft prioriteringen till PSG');
  expect(o.problems).toEqual([]);
  await o.context.close();
});

it('a choice made while the first save is on its way is kept and saved', async () => {
  // A second meeting, already linked, with no minutes yet: its first save creates the draft (none → draft).
  const osgId = (await t.app.store.meetings.get(meetingId))!.forumId;
  const start = new Date(DEMO_NOW.getTime() - 1800_000).toISOString();
  const thread = '19:meeting_Rm9yc3RhLXNwYXJhbmRldA@thread.v2';
  const second = await t.app.store.meetings.create({
    forumId: osgId,
    title: 'OSG AKN – uppföljning',
    start,
    end: new Date(DEMO_NOW.getTime() + 1800_000).toISOString(),
    status: 'scheduled',
    seriesId: null,
    originalStart: start,
    joinUrl: null,
    teamsThreadId: thread,
    scheduledByPersonId: t.person('Karin Westberg'),
    agendaItems: [{ title: 'Uppföljning', source: 'convener' }],
  });
  const o = await openTab(browser, t, `/tab/meeting?threadId=${encodeURIComponent(thread)}&frame=sidePanel`, {
    as: 'Karin Westberg',
    width: 320,
    height: 800,
    locale: 'sv-SE',
  });
  const p = o.page;
  // Hold the first save on its way to the server until the next choices are made.
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let posted!: () => void;
  const firstPost = new Promise<void>((r) => (posted = r));
  await p.route(`**/api/meetings/${second.id}/minutes`, async (route) => {
    if (route.request().method() === 'POST') {
      posted();
      await held;
    }
    await route.continue();
  });
  const form = p.getByTestId('minutes-form');
  const present = form.getByRole('group', { name: 'Närvarande', exact: true });
  await present.getByLabel('Karin Westberg').check();
  await firstPost;
  await present.getByLabel('Mikael Borg').check();
  await form.getByLabel('Ordförande').selectOption({ label: 'Karin Westberg' });
  release();
  const minutes = async () => (await t.app.store.minutes.findAll({ meetingId: second.id }))[0];
  await until(async () =>
    expect(await minutes()).toMatchObject({
      attendance: [t.person('Karin Westberg'), t.person('Mikael Borg')],
      chairPersonId: t.person('Karin Westberg'),
    }),
  );
  // The form still shows what she chose.
  await expect(form.getByLabel('Ordförande').inputValue()).resolves.toBe(t.person('Karin Westberg'));
  await expect(present.getByLabel('Mikael Borg').isChecked()).resolves.toBe(true);
  expect(o.problems).toEqual([]);
  await o.context.close();
});
