// The use cases without HTTP: the services over the embedded store with the demo data, wrapped in the
// audited store exactly as the composition root wraps it, and a person's request context by name.
import { sheetReader } from '../../src/adapters/sheets/sheetReader';
import { openSqliteStore } from '../../src/adapters/sqlite/sqliteStore';
import { loadDemoData } from '../../src/demo/seed';
import { auditedStore } from '../../src/services/audit/auditedStore';
import { runInAuditScope } from '../../src/services/audit/auditScope';
import { loadActor, type RequestContext } from '../../src/services/context';
import { createServices, type Services } from '../../src/services';
import type { Store } from '../../src/services/ports/store';

export const NOW = new Date('2026-11-23T10:00:00.000Z');

export interface Harness {
  /** The plain store, for reading what a use case left behind. */
  store: Store;
  services: Services;
  /** The request context of the demo person with this name. */
  as(name: string): Promise<RequestContext>;
  /** Runs a write as that person, in the audit scope the HTTP edge would open. */
  acting<R>(ctx: RequestContext, work: () => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

export async function servicesHarness(now: () => Date = () => NOW): Promise<Harness> {
  const clock = { now };
  const store = openSqliteStore({ path: ':memory:', now });
  await loadDemoData(store);
  const services = createServices({ store: auditedStore(store, clock), clock, sheets: sheetReader() });
  return {
    store,
    services,
    async as(name) {
      const person = (await store.people.findAll()).find((p) => p.displayName === name);
      if (!person) throw new Error(`no demo person ${name}`);
      return { actor: await loadActor(store, person.id), locale: 'sv' };
    },
    acting: (ctx, work) =>
      runInAuditScope({ via: 'api', requestId: null, personId: ctx.actor?.personId ?? null }, work),
    close: () => store.close(),
  };
}

/** The object of the demo with this code. */
export async function objectByCode(store: Store, code: string) {
  return (await store.objects.findAll({ code }))[0]!;
}
