// The fake's latency mode and resource-unit counter (issue 18), checked by counts, not timings: which
// delay each answer was given, and what each request cost after Microsoft's published SharePoint costs.
import { GraphClient } from '../../../src/adapters/graph/graphClient';
import { RESOURCE_UNITS, requestKind, startFakeSharePoint, type FakeSharePoint } from '.';

let site: FakeSharePoint;
beforeAll(async () => {
  site = await startFakeSharePoint();
});
afterAll(() => site.close());

const listPath = (name: string) => `/sites/${site.fake.siteId}/lists/${encodeURIComponent(name)}`;

it('costs 1 unit for one item, 2 for a query and for a write, and counts each request inside a $batch', async () => {
  expect(RESOURCE_UNITS).toMatchObject({ singleRead: 1, query: 2, write: 2 });
  expect(requestKind('GET', '/v1.0/sites/s/lists/l/items/7?expand=fields')).toBe('singleRead');
  expect(requestKind('GET', '/v1.0/sites/s/lists/l/items?$filter=x')).toBe('query');
  expect(requestKind('PATCH', '/v1.0/sites/s/lists/l/items/7/fields')).toBe('write');
  expect(requestKind('POST', '/sites/objektnav/_api/web/lists/getbytitle(%27x%27)/views')).toBe('rest');

  const graph: GraphClient = site.graph();
  const people = listPath('Objektnav People');
  site.fake.resetLog();
  const created = (
    await graph.request({
      method: 'POST',
      path: `${people}/items`,
      body: { fields: { Title: 'A', OknDisplayName: 'A', OknEmail: 'a@example.org' } },
    })
  ).body as { id: string };
  await graph.request({ method: 'GET', path: `${people}/items/${created.id}?expand=fields` });
  await graph.request({ method: 'GET', path: `${people}/items?expand=fields&$top=10` });
  expect(site.fake.cost()).toMatchObject({
    roundTrips: 3,
    requests: 3,
    units: 5,
    byKind: {
      write: { requests: 1, units: 2 },
      singleRead: { requests: 1, units: 1 },
      query: { requests: 1, units: 2 },
    },
  });

  // Three requests in one $batch: one round trip, three requests, each counted on its own.
  site.fake.resetLog();
  await Promise.all([
    graph.request({ method: 'GET', path: `${people}/items/${created.id}?expand=fields` }),
    graph.request({ method: 'GET', path: `${people}/items?expand=fields&$top=10` }),
    graph.request({ method: 'GET', path: `${people}/items?expand=fields&$top=5` }),
  ]);
  expect(site.fake.log).toHaveLength(1);
  expect(site.fake.log[0]!.kind).toBe('batch');
  expect(site.fake.cost()).toMatchObject({ roundTrips: 1, requests: 3, units: 5 });
});

it('latency mode delays each round trip (a $batch once) by the set time, jittered; off by default', async () => {
  const graph = site.graph();
  const people = listPath('Objektnav People');
  site.fake.resetLog();
  await graph.request({ method: 'GET', path: `${people}/items?$top=1` });
  expect(site.fake.log[0]!.delayMs).toBe(0);

  site.fake.latencyMs = 20;
  site.fake.latencyJitter = 0.5;
  const draws = [0, 1, 0.5, 0.25];
  site.fake.random = () => draws.shift() ?? 0.5;
  try {
    site.fake.resetLog();
    await graph.request({ method: 'GET', path: `${people}/items?$top=1` }); // draw 0: 20 × (1 − 0.5)
    await graph.request({ method: 'GET', path: `${people}/items?$top=2` }); // draw 1: 20 × (1 + 0.5)
    await Promise.all([
      graph.request({ method: 'GET', path: `${people}/items?$top=3` }),
      graph.request({ method: 'GET', path: `${people}/items?$top=4` }),
    ]); // one $batch, one delay: draw 0.5, 20 × 1
    expect(site.fake.log.map((r) => r.delayMs)).toEqual([10, 30, 20]);
  } finally {
    site.fake.latencyMs = 0;
    site.fake.latencyJitter = 0;
    site.fake.random = Math.random;
  }
});
