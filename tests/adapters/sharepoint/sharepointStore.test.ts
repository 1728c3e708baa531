import type { Store } from '../../../src/services/ports/store';
import { assertNoUnhandled, startFakeSharePoint, type FakeSharePoint } from '../../support/fakeGraph';
import { describeStoreContract } from '../storeContract';

const sites = new Map<Store, FakeSharePoint>();
describeStoreContract(
  'SharePoint lists over Graph (fake)',
  async () => {
    const site = await startFakeSharePoint();
    const store = await site.openStore();
    sites.set(store, site);
    return store;
  },
  async (store) => {
    await store.close();
    const site = sites.get(store)!;
    await site.close();
    assertNoUnhandled(site.fake);
  },
);
