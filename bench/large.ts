// `npm run bench:large`: the embedded store at a large municipality's size (issue 18 point 3): the set of
// `npm run seed:large` (300 objects × 5 plan years × 40 budget lines, 3,000 people, 20,000 audit entries)
// plus one plan of 1,000 lines, in a fresh store; then the portfolio and that plan's budget are timed
// through the real HTTP server on loopback, sequentially. Prints a Markdown table with the machine's load
// (uptime), since figures on a shared machine mean little without it.
import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startApp } from '../src/composition';
import { loadConfig } from '../src/config';
import { jsonLogger } from '../src/adapters/logging/jsonLogger';
import { LARGE_MUNICIPALITY, largeCode, loadLargeSet } from '../src/demo/large/largeSet';
import { ASSIGNMENT_TYPES, MAIN_ACTIVITIES } from '../src/domain/model';
import { EMPTY_SECTIONS } from '../src/services/plans/planService';
import { measure, type Summary } from './stats';

const TARGETS = { portfolio: 20, budget: 10 };

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'objektnav-bench-large-'));
  const app = await startApp(loadConfig({ PORT: '0', DATA_DIR: dir, DEMO_DATA: 'false' }), {
    logger: jsonLogger('silent'),
  });
  try {
    const { store } = app;
    const started = Date.now();
    await loadLargeSet(store, LARGE_MUNICIPALITY, (line) => process.stderr.write(`  ${line}\n`), 2000);
    // One object's plan of 1,000 lines (the large set's plans have 40).
    const [first] = await store.objects.findAll({ code: largeCode(0) });
    const bigPlanId = await store.transaction(async (tx) => {
      const plan = await tx.plans.create({
        objectId: first!.id,
        year: LARGE_MUNICIPALITY.lastYear + 1,
        status: 'draft',
        hourlyRate: 655,
        hoursPerFte: 1700,
        approvalRound: 0,
        sections: EMPTY_SECTIONS,
      });
      for (let n = 0; n < 1000; n++)
        await tx.budgetLines.create({
          planId: plan.id,
          mainActivity: MAIN_ACTIVITIES[n % 4]!,
          name: `Delmål ${n + 1}`,
          assignmentType: ASSIGNMENT_TYPES[n % 4]!,
          priority: (n % 3) + 1,
          business: { hours: (n * 37) % 900, otherCost: (n % 5) * 10_000 },
          it: { hours: (n * 53) % 700, otherCost: (n % 7) * 25_000 },
          sortOrder: n * 10,
        });
      return plan.id;
    });
    const loadedIn = Math.round((Date.now() - started) / 1000);
    const get = (path: string) => async () => {
      const res = await fetch(`${app.url}${path}`);
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      await res.arrayBuffer();
    };
    const year = LARGE_MUNICIPALITY.lastYear - 1;
    const load = () =>
      loadavg()
        .map((l) => l.toFixed(2))
        .join(', ');
    const before = load();
    // CPU time per request (server and client share this process), which a busy machine stretches far
    // less than it stretches the wall-clock latency.
    const timed = async (n: number, work: () => Promise<void>): Promise<[Summary, number]> => {
      const cpu = process.cpuUsage();
      const summary = await measure(n, 30, work);
      const used = process.cpuUsage(cpu);
      return [summary, Math.round(((used.user + used.system) / 1000 / (n + 30)) * 100) / 100];
    };
    const results: [string, [Summary, number], number][] = [
      [
        `GET /api/portfolio?year=${year} (300 objects)`,
        await timed(300, get(`/api/portfolio?year=${year}`)),
        TARGETS.portfolio,
      ],
      [
        'GET /api/plans/{id}/budget (1,000 lines, among 61,000)',
        await timed(300, get(`/api/plans/${bigPlanId}/budget`)),
        TARGETS.budget,
      ],
    ];
    const lines = [
      `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, embedded store (node:sqlite, WAL), ` +
        `sequential requests over loopback; large set loaded in ${loadedIn} s; load average (1, 5, 15 min) ` +
        `${before} before and ${load()} after the timing.`,
      '',
      '| request | n | p50 ms | p95 ms | p99 ms | max ms | CPU ms / request | target p95 |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
      ...results.map(
        ([name, [s, cpu], target]) =>
          `| ${name} | ${s.n} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${cpu} | ≤ ${target} ms ${s.p95 <= target ? '✔' : '✘'} |`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
