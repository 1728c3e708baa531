// Issue 18's promise that a view's SharePoint cost does not grow with the portfolio: the resource units of
// the object tab, the portfolio and an approval click on the demo data grown to 10 objects, and then to
// 300 (each added object with a 2027 plan of 25 lines and its kept totals, and an OSG that met twice this
// year: tests/support/portfolio.ts, as the portfolio's cost test builds them). Counted at the fake of
// Graph without latency (counts do not depend on it), each path run once uncounted first, so that both
// sizes find the instance's caches (names, the clicker's Teams id) in the same state.
//   BENCH_ONLY=scale npm run bench:sharepoint
import type { App } from '../src/composition';
import type { FakeGraph } from '../tests/support/fakeGraph';
import { addPortfolioObjects } from '../tests/support/portfolio';
import { call, costOnce, demoPaths, TARGETS, type Cost } from './latency';

const SIZES = [10, Number(process.env['SCALE_OBJECTS'] ?? 300)] as const;

/** Counted after one uncounted run, so that the caches are as a running server has them. */
async function counted(
  fake: FakeGraph,
  work: () => Promise<void>,
  settle: () => Promise<void> = async () => undefined,
): Promise<Cost> {
  fake.latencyMs = 0;
  await settle();
  await work();
  return costOnce(fake, work, settle);
}

export async function scaleFigures(app: App, fake: FakeGraph): Promise<string[]> {
  const { store } = app;
  const paths = await demoPaths(app);
  // Per size an uncounted and a counted click, after the owner's very first click (their Teams id).
  await paths.preparePlans(1 + 2 * SIZES.length);
  await paths.click();
  let added = 0;
  const at: { objects: number; tab: Cost; portfolio: Cost; approval: Cost }[] = [];
  for (const size of SIZES) {
    const objects = (await store.objects.findAll()).length;
    added = await addPortfolioObjects(store, Math.max(0, size - objects), added);
    await paths.settle();
    const tab = await counted(fake, paths.objectTab);
    const portfolio = await counted(fake, paths.portfolio);
    const approval = await counted(fake, paths.click, paths.settle);
    // Equal units must not come from a portfolio cut short: it lists every object.
    const count = (await store.objects.findAll()).length;
    const listed = (await call(app, 'GET', '/api/portfolio?year=2027', paths.viewer))['objects'] as unknown[];
    if (listed.length !== count) throw new Error(`portfolio lists ${listed.length} of ${count} objects`);
    at.push({ objects: count, tab, portfolio, approval });
  }
  const [small, large] = at as [(typeof at)[0], (typeof at)[0]];
  const cell = (c: Cost) => `${c.units} (${c.roundTrips} / ${c.requests})`;
  const row = (name: string, key: 'tab' | 'portfolio' | 'approval', target: number) =>
    `| ${name} | ${cell(small[key])} | ${cell(large[key])} | ≤ ${target}, equal ${large[key].units === small[key].units && large[key].units <= target ? '✔' : '✘'} |`;
  return [
    `Resource units per view as the portfolio grows from ${small.objects} to ${large.objects} objects (RU, in brackets round trips / Graph requests; counted at the fake of Graph):`,
    '',
    `| view | at ${small.objects} objects | at ${large.objects} objects | target |`,
    '|---|---:|---:|---|',
    row('object tab: me, the overview, people (AKN)', 'tab', TARGETS.tab.units),
    row('portfolio: GET /api/portfolio?year=2027', 'portfolio', TARGETS.portfolio.units),
    row('approval click through /api/messages (AKN, first owner)', 'approval', TARGETS.approval.units),
  ];
}
