// `npm run totals`: finds a plan whose kept totals differ from its lines (exit 3, the plan named), and with
// --repair rewrites them, after which a check is clean.
import { join } from 'node:path';
import { openSqliteStore } from '../../src/adapters/sqlite/sqliteStore';
import { totalsCommand } from '../../src/cli/commands';
import { loadDemoData } from '../../src/demo/seed';
import { data } from '../../src/services/records';
import { tempDir } from '../support/tempDir';

it('checks, reports and repairs drift in the embedded store', async () => {
  const dir = tempDir();
  try {
    const store = openSqliteStore({ path: join(dir.path, 'objektnav.db') });
    await loadDemoData(store);
    const [kept] = (await store.planTotals.find({ limit: 1 })).items;
    const wrong = structuredClone(data(kept!));
    wrong.lines += 1;
    await store.planTotals.update(kept!.id, wrong, kept!.etag);
    await store.close();

    const env = { DATA_DIR: dir.path, STORE: 'sqlite' };
    const out: string[] = [];
    expect(await totalsCommand(env, (l) => out.push(l), false)).toBe(3);
    expect(out.join('\n')).toContain(kept!.planId);
    expect(out.at(-1)).toMatch(/ 1 with totals that differ/);
    out.length = 0;
    expect(await totalsCommand(env, (l) => out.push(l), true)).toBe(0);
    expect(out.at(-1)).toMatch(/1 repaired/);
    out.length = 0;
    expect(await totalsCommand(env, (l) => out.push(l), false)).toBe(0);
    expect(out.at(-1)).toMatch(/ 0 with totals that differ/);
  } finally {
    dir.cleanup();
  }
});
