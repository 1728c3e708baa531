// `npm run seed:large` (./seedLarge.ts runs it): loads the large municipality of issue 18 (300 objects × 5 plan years × 40 budget
// lines, 3,000 people, 20,000 audit entries; src/demo/large/largeSet.ts) into the configured store,
// STORE=sqlite (DATA_DIR, the default) or STORE=sharepoint (a provisioned site). Fictional data only.
import { loadConfig } from '../config';
import { jsonLogger } from '../adapters/logging/jsonLogger';
import { openStore } from '../adapters/storeFactory';
import { LARGE_MUNICIPALITY, largeCode, loadLargeSet } from '../demo/large/largeSet';

type Env = Record<string, string | undefined>;

/** Loads the set unless it is there already (its first object code); returns what was written. */
export async function seedLargeCommand(env: Env, print: (line: string) => void): Promise<number> {
  const config = loadConfig(env);
  const store = await openStore(config, { now: () => new Date() }, jsonLogger('warn'));
  try {
    if ((await store.objects.findAll({ code: largeCode(0) })).length) {
      print(`The large set is already in the ${store.kind} store (object ${largeCode(0)} exists).`);
      return 0;
    }
    const shape = LARGE_MUNICIPALITY;
    print(
      `Loading ${shape.objects} objects × ${shape.years} plan years × ${shape.linesPerPlan} budget lines, ` +
        `${shape.people} people, ${shape.auditEntries} audit entries into the ${store.kind} store …`,
    );
    const started = Date.now();
    const counts = await loadLargeSet(store, shape, (line) => print(`  ${line}`));
    print(`Done in ${Math.round((Date.now() - started) / 1000)} s.`);
    return Object.values(counts).reduce((a, b) => a + b, 0);
  } finally {
    await store.close();
  }
}
