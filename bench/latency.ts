// SharePoint at real latency (issue 18): the app with STORE=sharepoint against the fake of Graph in its
// latency mode (GRAPH_LATENCY_MS per round trip, default 100, jittered ±20 %), on the demo data. For each
// path it reports the round trips, Graph requests and SharePoint resource units (counted at the fake after
// Microsoft's published costs, without latency: counts do not depend on it) and the time it takes with the
// latency (sequential samples). Prints Markdown; docs/benchmarks.md keeps the figures of record.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { tabDir } from '../src/paths';
import type { App } from '../src/composition';
import type { FakeGraph } from '../tests/support/fakeGraph';
import { summarise, type Summary } from './stats';
import { invoke } from './botInvoke';

const LATENCY_MS = Number(process.env['GRAPH_LATENCY_MS'] ?? 100);
const JITTER = 0.2;
const SAMPLES = Number(process.env['LATENCY_SAMPLES'] ?? 7);
export const TARGETS = {
  tab: { units: 15, ms: 1000 },
  portfolio: { units: 20, ms: 800 },
  approval: { units: 25, ms: 600 },
};

export interface Cost {
  roundTrips: number;
  requests: number;
  units: number;
}

/**
 * What `once` costs at the fake of Graph, run once without latency after `settle` (work an earlier run
 * left to finish after its answer, uncounted). Shared by the latency figures and bench/scale.ts.
 */
export async function costOnce(
  fake: FakeGraph,
  once: () => Promise<unknown>,
  settle: () => Promise<void> = async () => undefined,
): Promise<Cost> {
  fake.latencyMs = 0;
  await settle();
  fake.resetLog();
  await once();
  const { roundTrips, requests, units } = fake.cost();
  // BENCH_TRACE=1: every Graph request counted, to compare with the cost tests' COST_TRACE.
  if (process.env['BENCH_TRACE'])
    for (const r of fake.log)
      process.stderr.write(
        `${r.kind} ${r.units} ${r.method} ${r.url.split('?')[0]}${(r.inner ?? []).map((i) => `\n    ${i.kind} ${i.units} ${i.method} ${i.url.replace(/\$expand=fields\(\$select=[^)]*\)&?/, '')}`).join('')}\n`,
      );
  return { roundTrips, requests, units };
}

/**
 * Runs `once` without latency to count its cost, then SAMPLES times with latency to time it. `settle`, if
 * given, runs untimed and uncounted before each run (work an earlier run left to finish after its answer).
 */
async function measure(
  fake: FakeGraph,
  once: () => Promise<number | void>,
  settle: () => Promise<void> = async () => undefined,
): Promise<{ cost: Cost; time: Summary }> {
  const cost = await costOnce(fake, once, settle);
  fake.latencyMs = LATENCY_MS;
  fake.latencyJitter = JITTER;
  const times: number[] = [];
  try {
    for (let i = 0; i < SAMPLES; i++) {
      await settle();
      const started = performance.now();
      // A path that times itself (the tab, from its navigation to its ready mark) says how long it took.
      const took = await once();
      times.push(typeof took === 'number' ? took : performance.now() - started);
    }
  } finally {
    fake.latencyMs = 0;
  }
  return { cost, time: summarise(times) };
}

export async function call(
  app: App,
  method: string,
  path: string,
  as?: string,
  body?: unknown,
  ifMatch?: string,
) {
  const headers: Record<string, string> = {};
  if (as) headers['X-Demo-User'] = as;
  if (ifMatch) headers['If-Match'] = ifMatch;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path} answered ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : undefined) as Record<string, unknown>;
}

/**
 * The object tab in headless Chromium, cold (a new context each load), until it shows its data, as the
 * demo person `as` (the demo cookie): the requests a person's tab makes, identification included, as the
 * cost test counts them (tests/adapters/sharepoint/tabAndApprovalCost.test.ts). Each load answers the time
 * from its navigation to the moment the tab marks itself ready (`objektnav-ready`), as the embedded store's
 * figure is read (bench/tab.ts): making and closing the test browser's context is not the tab's time.
 */
async function coldTab(app: App, objectId: string, as: string) {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const load = async () => {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'objektnav-demo-user', value: as, url: app.url }]);
    try {
      const page = await context.newPage();
      await page.goto(`${app.url}/tab/objects/${objectId}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
      return await page.evaluate(
        () => performance.getEntriesByName('objektnav-ready')[0]?.startTime ?? performance.now(),
      );
    } finally {
      await context.close();
    }
  };
  return { load, close: () => browser.close() };
}

/**
 * The paths of issue 18 on the demo data, as the tab and the bot send them: the object tab's API requests
 * (AKN, as a viewer), the portfolio, and an approval click by AKN's IT owner on a fresh submitted plan.
 * Shared by the latency figures and the figures at 300 objects (bench/scale.ts), so both count the same.
 */
export async function demoPaths(app: App) {
  const { store } = app;
  const who = async (name: string) => (await store.people.findAll()).find((p) => p.displayName === name)!;
  const akn = (await store.objects.findAll({ code: 'AKN' }))[0]!;
  const viewer = (await who('Sara Engström')).id;
  const leader = (await who('Petra Nyström')).id;

  // An approval click: the IT owner's Action.Execute through /api/messages, each on a fresh submitted plan.
  const owner = await who('Mikael Borg');
  const aad = owner.entraObjectId ?? randomUUID();
  if (!owner.entraObjectId) {
    const { id: _id, etag, createdAt: _c, updatedAt: _u, ...rest } = owner;
    await store.people.update(owner.id, { ...rest, entraObjectId: aad }, etag);
  }
  let year = 2040;
  // Each plan with its approval round, read here: the click's data carries it (the card was rendered with
  // it), so reading it is no part of the click (the bench counted that read as the click's until now).
  const freshPlans: { planId: string; round: number }[] = [];
  const preparePlans = async (count: number) => {
    for (let i = 0; i < count; i++, year++) {
      const created = await call(app, 'POST', `/api/objects/${akn.id}/plans`, leader, {
        year,
        copyFromYear: 2027,
      });
      const planId = String(created['id']);
      await call(app, 'POST', `/api/plans/${planId}/submit`, leader, {});
      freshPlans.push({ planId, round: (await store.plans.get(planId))!.approvalRound });
    }
  };
  return {
    akn,
    viewer,
    leader,
    who,
    objectTab: async () => {
      await Promise.all(
        ['/api/me', `/api/objects/${akn.id}`, '/api/people'].map((p) => call(app, 'GET', p, viewer)),
      );
    },
    portfolio: async () => void (await call(app, 'GET', '/api/portfolio?year=2027', viewer)),
    /** Submits `count` plans of AKN for later clicks (their making is no part of a click). */
    preparePlans,
    click: async () => {
      const { planId, round } = freshPlans.shift()!;
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(invoke(aad, planId, round)),
      });
      const text = await res.text();
      if (res.status !== 200 || !text.includes('godkänt'))
        throw new Error(`approval click: ${res.status} ${text.slice(0, 300)}`);
    },
    // An answer nudges the outbox dispatcher, whose pass runs 25 ms after the answer (ADR 0009; 2 queries,
    // 4 RU when nothing is queued). It is no part of the click's answer, but landed in the next click's
    // count and time: the bench said 28 RU and 8 round trips where tabAndApprovalCost.test.ts, whose
    // dispatcher waits an hour, said 23 and 6. Each click now starts once the last one's pass is done.
    settle: async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await app.dispatcher.kick();
    },
  };
}

export async function latencyFigures(app: App, fake: FakeGraph): Promise<string[]> {
  const { store } = app;
  const paths = await demoPaths(app);
  const { akn, viewer, leader, who } = paths;
  const rows: string[] = [];
  const row = (name: string, m: { cost: Cost; time: Summary }, target?: { units: number; ms: number }) =>
    rows.push(
      `| ${name} | ${m.cost.roundTrips} | ${m.cost.requests} | ${m.cost.units}${target ? ` ${m.cost.units <= target.units ? '✔' : '✘'} (≤ ${target.units})` : ''} | ${m.time.p50} / ${m.time.p95}${target ? ` ${m.time.p95 <= target.ms ? '✔' : '✘'} (≤ ${target.ms})` : ''} |`,
    );

  // The object tab: in Chromium when the tab is built, and its API requests as the page sends them.
  if (existsSync(join(tabDir, 'index.html'))) {
    const tab = await coldTab(app, akn.id, viewer);
    try {
      await tab.load(); // the server's first answers (and Chromium's start) are not the tab's
      row(
        'object tab interactive in Chromium, cold (every request of the load)',
        await measure(fake, tab.load),
        TARGETS.tab,
      );
    } finally {
      await tab.close();
    }
  }
  row(
    'object tab: the API requests the page makes (me, the overview, people), in parallel',
    await measure(fake, paths.objectTab),
    TARGETS.tab,
  );
  row(
    `portfolio: GET /api/portfolio?year=2027 (${(await store.objects.findAll()).length} objects)`,
    await measure(fake, paths.portfolio),
    TARGETS.portfolio,
  );

  // One plan more than the samples: a first, uncounted click records the owner's Teams id, stores the
  // conversation and warms the instance's name cache (ADR 0035), as a running server's clicks find them;
  // the count is a later click.
  await paths.preparePlans(SAMPLES + 2);
  await paths.click();
  const approval = await measure(fake, paths.click, paths.settle);
  row(
    'approval click: adaptiveCard/action through /api/messages (first owner, not their first click)',
    approval,
    TARGETS.approval,
  );

  // A budget edit and a minutes save, each sent again with the eTag it answered.
  const draft = (await call(app, 'POST', `/api/objects/${akn.id}/plans`, leader, {
    year: 2060,
    copyFromYear: 2027,
  })) as {
    id: string;
  };
  const [line] = (await call(app, 'GET', `/api/plans/${draft.id}/budget-lines`, leader)) as unknown as {
    id: string;
    etag: string;
    business: { hours: number };
  }[];
  let lineEtag = line!.etag;
  let hours = line!.business.hours;
  row(
    'budget edit: PATCH /api/budget-lines/{id}',
    await measure(fake, async () => {
      const saved = await call(
        app,
        'PATCH',
        `/api/budget-lines/${line!.id}`,
        leader,
        { business: { hours: ++hours } },
        lineEtag,
      );
      lineEtag = String(saved['etag']);
    }),
  );

  const osg = (await store.forums.findAll({ objectId: akn.id, kind: 'osg' }))[0]!;
  const chair = await who('Karin Westberg');
  const meeting = await store.meetings.create({
    forumId: osg.id,
    title: 'OSG (bench)',
    start: '2026-11-20T08:00:00.000Z',
    end: '2026-11-20T09:00:00.000Z',
    status: 'scheduled',
  });
  let minutesEtag: string | undefined;
  let n = 0;
  row(
    'minutes save: PUT /api/meetings/{id}/minutes (the draft again)',
    await measure(fake, async () => {
      const saved = await call(
        app,
        'PUT',
        `/api/meetings/${meeting.id}/minutes`,
        chair.id,
        { attendance: [chair.id], paragraphs: [{ title: 'Läget', text: `Version ${++n}` }] },
        minutesEtag,
      );
      minutesEtag = (saved['minutes'] as { etag: string }).etag;
    }),
  );

  return [
    `At ${LATENCY_MS} ms per Graph round trip (±${JITTER * 100} %, the fake's latency mode), ${SAMPLES} sequential samples each;`,
    "round trips, Graph requests and resource units (RU, after Microsoft's published costs: 1 per single-item read,",
    '2 per query or write, each request inside a `$batch` on its own) counted once without latency.',
    '',
    '| path | round trips | Graph requests | RU | ms p50 / p95 |',
    '|---|---:|---:|---:|---:|',
    ...rows,
  ];
}
