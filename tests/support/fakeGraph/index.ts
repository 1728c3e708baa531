// A fake SharePoint site, provisioned with Objektnav's lists, for tests and the bench.
import { GraphClient } from '../../../src/adapters/graph/graphClient';
import { provision } from '../../../src/adapters/sharepoint/provisioning';
import { openSharePointStore, type SharePointStore } from '../../../src/adapters/sharepoint/sharepointStore';
import { FakeGraph, startFakeGraph } from './fakeGraph';

export {
  FakeGraph,
  startFakeGraph,
  RESOURCE_UNITS,
  requestKind,
  type LoggedRequest,
  type RequestKind,
} from './fakeGraph';

export interface FakeSharePoint {
  fake: FakeGraph;
  /** Environment that points the app at the fake (STORE=sharepoint). */
  env: Record<string, string>;
  graph(options?: { retryDelaySeconds?: number }): GraphClient;
  openStore(): Promise<SharePointStore>;
  close(): Promise<void>;
}

export async function startFakeSharePoint(options: { provision?: boolean } = {}): Promise<FakeSharePoint> {
  const fake = await startFakeGraph();
  const graph = (o: { retryDelaySeconds?: number } = {}) =>
    new GraphClient({
      baseUrl: fake.graphBaseUrl,
      token: async () => fake.token,
      retryDelaySeconds: o.retryDelaySeconds ?? 0.05,
    });
  if (options.provision !== false) await provision({ graph: graph(), siteId: fake.siteId });
  return {
    fake,
    env: {
      STORE: 'sharepoint',
      GRAPH_BASE_URL: fake.graphBaseUrl,
      SHAREPOINT_SITE_ID: fake.siteId,
      GRAPH_ACCESS_TOKEN: fake.token,
    },
    graph,
    openStore: () => openSharePointStore({ graph: graph(), siteId: fake.siteId }),
    close: () => fake.close(),
  };
}

/** Fails when the fake was sent a request it does not know. */
export function assertNoUnhandled(fake: FakeGraph): void {
  if (fake.unhandled.length)
    throw new Error(`The fake Graph got requests it does not handle:\n  ${fake.unhandled.join('\n  ')}`);
}
