// The portfolio's cost on SharePoint does not grow with the portfolio (issue 18): the same Graph requests
// and resource units at 10 objects as at 50, each with a plan of 25 lines and an OSG that met this year
// (built by tests/support/portfolio.ts, which the bench's portfolio figure shares),
// within the target of 20 resource units, counted at the fake of Graph after Microsoft's published costs.
import { startApp, type App } from '../../../src/composition';
import { loadConfig } from '../../../src/config';
import { jsonLogger } from '../../../src/adapters/logging/jsonLogger';
import { startFakeSharePoint, assertNoUnhandled, type FakeSharePoint } from '../../support/fakeGraph';
import { DEMO_NOW } from '../../support/testApp';
import { tempDir } from '../../support/tempDir';
import { addPortfolioObjects } from '../../support/portfolio';

let site: FakeSharePoint;
let app: App;
let dir: ReturnType<typeof tempDir>;
let count = 0;

beforeAll(async () => {
  site = await startFakeSharePoint();
  site.fake.now = () => DEMO_NOW;
  dir = tempDir();
  app = await startApp(
    loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir.path, DEMO_DATA: 'false', ...site.env }),
    {
      clock: { now: () => DEMO_NOW },
      logger: jsonLogger('silent'),
      bot: { dispatcher: { intervalMs: 3_600_000, nudgeDelayMs: 3_600_000 } },
      reminderIntervalMs: 3_600_000,
    },
  );
}, 60_000);
afterAll(async () => {
  await app.close();
  await site.close();
  dir.cleanup();
  assertNoUnhandled(site.fake);
});

/** Objects with a 2027 plan of 25 lines (and its kept totals), and an OSG with two meetings this year. */
async function addObjects(n: number) {
  count = await addPortfolioObjects(app.store, n, count);
}

async function portfolioCost() {
  site.fake.resetLog();
  const res = await fetch(`${app.url}/api/portfolio?year=2027`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as {
    objects: { budget: { totals: { total: number } } | null }[];
    compliance: { held: number }[];
  };
  const { roundTrips, requests, units } = site.fake.cost();
  return { roundTrips, requests, units, body };
}

it('costs the same Graph requests and resource units at 10 objects as at 50, within 20 units', async () => {
  await addObjects(10);
  const ten = await portfolioCost();
  expect(ten.body.objects).toHaveLength(10);
  expect(ten.body.compliance.every((c) => c.held === 2)).toBe(true);
  await addObjects(40);
  const fifty = await portfolioCost();
  expect(fifty.body.objects).toHaveLength(50);
  expect(fifty.body.compliance).toHaveLength(50);
  expect(
    fifty.body.objects.every((o) => o.budget!.totals.total === ten.body.objects[0]!.budget!.totals.total),
  ).toBe(true);
  expect({ requests: fifty.requests, units: fifty.units, roundTrips: fifty.roundTrips }).toEqual({
    requests: ten.requests,
    units: ten.units,
    roundTrips: ten.roundTrips,
  });
  expect(fifty.units).toBeLessThanOrEqual(20);
}, 120_000);
