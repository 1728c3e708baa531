// The object tab on SharePoint, request by request (issue 18): which API requests the page makes when it
// is opened cold in Chromium, and for each the Graph round trips, their sequential depth, the Graph
// requests inside them and the resource units, counted at the fake of Graph. Counts, not timings: they do
// not depend on the machine's load. `npm run bench:sharepoint` prints the table (BENCH_ONLY=tab alone).
import { chromium } from 'playwright-core';
import type { App } from '../src/composition';
import type { FakeGraph, LoggedRequest } from '../tests/support/fakeGraph';

/** A fixed delay per round trip while counting depth: long enough that the server's own work does not blur it. */
const DEPTH_PROBE_MS = 60;

export interface RequestCost {
  roundTrips: number;
  /** The longest chain of round trips that waited for one another (what latency multiplies). */
  depth: number;
  requests: number;
  units: number;
}

/**
 * Sequential depth of logged round trips taken with a fixed delay: a round trip is one deeper than the
 * deepest that had been answered before it was sent.
 */
export function depthOf(log: readonly LoggedRequest[]): number {
  const sorted = [...log].sort((a, b) => a.at - b.at);
  const depth: number[] = [];
  sorted.forEach((r, i) => {
    let d = 0;
    for (let j = 0; j < i; j++) {
      const q = sorted[j]!;
      if (q.at + q.delayMs <= r.at) d = Math.max(d, depth[j]!);
    }
    depth.push(d + 1);
  });
  return Math.max(0, ...depth);
}

/** Counts what `work` costs at the fake: once without delay (the counts), once with a fixed one (the depth). */
export async function costOf(fake: FakeGraph, work: () => Promise<void>): Promise<RequestCost> {
  const latency = fake.latencyMs;
  const jitter = fake.latencyJitter;
  try {
    fake.latencyMs = 0;
    fake.resetLog();
    await work();
    const { roundTrips, requests, units } = fake.cost();
    fake.latencyMs = DEPTH_PROBE_MS;
    fake.latencyJitter = 0;
    fake.resetLog();
    await work();
    return { roundTrips, depth: depthOf(fake.log), requests, units };
  } finally {
    fake.latencyMs = latency;
    fake.latencyJitter = jitter;
  }
}

interface PageRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

/**
 * The API requests the object tab makes when opened cold in headless Chromium, in the order sent, by the
 * demo person `as` (the demo cookie, as the tab's person picker leaves it), and what the load cost at the
 * fake of Graph (with a fixed delay per round trip, for its depth).
 */
export async function objectTabRequests(
  app: App,
  fake: FakeGraph,
  objectId: string,
  as: string,
): Promise<{ requests: PageRequest[]; load: RequestCost }> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'objektnav-demo-user', value: as, url: app.url }]);
    const page = await context.newPage();
    const seen: PageRequest[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (!url.pathname.startsWith('/api/')) return;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(r.headers()))
        if (k === 'x-demo-user' || k === 'accept-language') headers[k] = v;
      seen.push({ method: r.method(), path: url.pathname + url.search, headers });
    });
    const latency = fake.latencyMs;
    const jitter = fake.latencyJitter;
    fake.latencyMs = DEPTH_PROBE_MS;
    fake.latencyJitter = 0;
    fake.resetLog();
    try {
      await page.goto(`${app.url}/tab/objects/${objectId}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
    } finally {
      fake.latencyMs = latency;
      fake.latencyJitter = jitter;
    }
    const { roundTrips, requests, units } = fake.cost();
    return { requests: seen, load: { roundTrips, depth: depthOf(fake.log), requests, units } };
  } finally {
    await browser.close();
  }
}

async function send(app: App, r: PageRequest) {
  const res = await fetch(`${app.url}${r.path}`, { method: r.method, headers: r.headers });
  await res.arrayBuffer();
  if (res.status >= 300) throw new Error(`${r.method} ${r.path} answered ${res.status}`);
}

/**
 * Each of the page's requests alone, then all of them together as the page sends them (in parallel).
 * `warm`: each is sent once first, as a running server has already answered them (its short caches).
 */
export async function objectTabCosts(app: App, fake: FakeGraph, requests: PageRequest[]) {
  const all = async () => void (await Promise.all(requests.map((r) => send(app, r))));
  const rows: { name: string; cost: RequestCost }[] = [];
  for (const r of requests) {
    await send(app, r);
    rows.push({ name: `${r.method} ${r.path}`, cost: await costOf(fake, () => send(app, r)) });
  }
  const together = await costOf(fake, all);
  return { rows, together };
}

/** Markdown: the object tab's requests on SharePoint, each alone and together. */
export async function objectTabFigures(
  app: App,
  fake: FakeGraph,
  objectId: string,
  as: string,
): Promise<string[]> {
  const { requests, load } = await objectTabRequests(app, fake, objectId, as);
  const { rows, together } = await objectTabCosts(app, fake, requests);
  const line = (name: string, c: RequestCost) =>
    `| ${name} | ${c.roundTrips} | ${c.depth} | ${c.requests} | ${c.units} |`;
  return [
    'The object tab opened cold in Chromium as a demo person: first the whole load on a server that has',
    'answered nothing yet; then each API request the page made, counted alone at the fake of Graph (after',
    'one uncounted answer, as a running server has given), and all of them together as the page sends them.',
    'Depth is the longest chain of round trips that wait for one another (what latency multiplies).',
    '',
    '| request | round trips | depth | Graph requests | RU |',
    '|---|---:|---:|---:|---:|',
    line("the page's first load on a fresh server (every request, nothing kept yet)", load),
    ...rows.map((r) => line(r.name.replace(/\/[0-9a-f-]{8,}|\/\d+(?=\/|$|\?)/g, '/{id}'), r.cost)),
    line(`all ${requests.length} together (target ≤ 15 RU)`, together),
  ];
}
