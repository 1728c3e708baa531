// Which pages one approval click writes to the embedded store's WAL, by B-tree (issue 18 point 5, ADR 0040).
// A commit writes every page its transaction changed, so the count is what a click's COMMIT costs. After a
// warm-up (the bench's plans, both owners), each counted click starts on an empty log: the page numbers are
// read from the WAL's frame headers and named by SQLite's `dbstat` table.
//   npm run build:server && node dist/bench/clickPages.js
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { embeddedStorePath } from '../src/adapters/storeFactory';
import { startApp } from '../src/composition';
import { jsonLogger } from '../src/adapters/logging/jsonLogger';
import { benchAppConfig, invoke, seed } from './botInvoke';

const WARMUP = 100;
const COUNTED = Number(process.env['CLICKS'] ?? 10);
const ROLES = ['ownerIt', 'ownerBusiness'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The pages (by number) the WAL holds, read from its frame headers (32-byte file header, 24 per frame). */
function walPages(path: string): Set<number> {
  const wal = readFileSync(`${path}-wal`);
  const pageSize = wal.readUInt32BE(8);
  const pages = new Set<number>();
  for (let at = 32; at + 24 + pageSize <= wal.length; at += 24 + pageSize) {
    const page = wal.readUInt32BE(at);
    if (page) pages.add(page);
  }
  return pages;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'objektnav-click-pages-'));
  const config = benchAppConfig(dir);
  const app = await startApp(config, { logger: jsonLogger('silent') });
  const path = embeddedStorePath(config);
  const db = new DatabaseSync(path);
  try {
    const plans = await seed(app.store, WARMUP + COUNTED);
    const click = async (plan: (typeof plans)[number], role: (typeof ROLES)[number]) => {
      const body = JSON.stringify(invoke(plan[role], plan.planId, plan.round));
      const res = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      if (!(await res.text()).includes('godkänt')) throw new Error(`click answered ${res.status}`);
    };
    for (const plan of plans.slice(0, WARMUP)) for (const role of ROLES) await click(plan, role);
    await sleep(300); // the outbox pass the last click nudged
    const byTree = { ownerIt: new Map<string, number>(), ownerBusiness: new Map<string, number>() };
    for (const plan of plans.slice(WARMUP))
      for (const role of ROLES) {
        // An empty log (the checkpoint thread may hold its lock a moment), then the click alone.
        for (let i = 0; i < 100; i++) {
          const { busy } = db.prepare('PRAGMA wal_checkpoint(TRUNCATE)').get() as { busy: number };
          if (!busy) break;
          await sleep(3);
        }
        await click(plan, role);
        const names = new Map(
          (db.prepare('SELECT pageno, name FROM dbstat').all() as { pageno: number; name: string }[]).map(
            (r) => [r.pageno, r.name],
          ),
        );
        for (const page of walPages(path)) {
          const name = names.get(page) ?? '(free)';
          byTree[role].set(name, (byTree[role].get(name) ?? 0) + 1);
        }
        await sleep(60);
      }
    const lines: string[] = [];
    for (const role of ROLES) {
      const total = [...byTree[role].values()].reduce((a, b) => a + b, 0);
      lines.push(
        '',
        `${role === 'ownerIt' ? 'First owner' : 'Second owner (completes the round)'}: ${(total / COUNTED).toFixed(1)} pages per click`,
        '',
        '| B-tree | pages / click |',
        '|---|---:|',
        ...[...byTree[role].entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([name, n]) => `| ${name} | ${(n / COUNTED).toFixed(1)} |`),
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    db.close();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
