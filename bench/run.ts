// `npm run bench`: latency of the API on the embedded store, measured through the real HTTP server
// on loopback. Prints a Markdown table; docs/benchmarks.md keeps the figures of record.
import { cpus } from 'node:os';
import { startApp } from '../src/composition';
import { jsonLogger } from '../src/adapters/logging/jsonLogger';
import { MAIN_ACTIVITIES, ASSIGNMENT_TYPES, OBJECT_CATEGORIES } from '../src/domain/model';
import type { StoreCollections } from '../src/services/ports/store';
import { EMPTY_SECTIONS } from '../src/services/plans/planService';
import { measure, type Summary } from './stats';
import { tabFigures } from './tab';
import { benchAppConfig, botInvokeFigures } from './botInvoke';
import { sharePointFigures } from './sharepoint';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkTotals } from '../src/services/plans/planTotals';
import { join } from 'node:path';

const TARGET_MS = 20;

async function addLines(tx: StoreCollections, planId: string, count: number, seed: number) {
  for (let i = 0; i < count; i++) {
    const n = seed + i;
    await tx.budgetLines.create({
      planId,
      mainActivity: MAIN_ACTIVITIES[n % 4]!,
      name: `Delmål ${i + 1}`,
      assignmentType: ASSIGNMENT_TYPES[n % 4]!,
      priority: (n % 3) + 1,
      business: { hours: (n * 37) % 900, otherCost: (n % 5) * 10_000 },
      it: { hours: (n * 53) % 700, otherCost: (n % 7) * 25_000 },
      sortOrder: i * 10,
    });
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'objektnav-bench-'));
  const config = benchAppConfig(dir);
  const app = await startApp(config, {
    logger: jsonLogger('silent'),
  });
  try {
    const { store } = app;
    // One plan with 1,000 budget lines.
    const bigPlanId = await store.transaction(async (tx) => {
      const object = await tx.objects.create({
        code: 'BIG',
        name: 'Stort objekt',
        category: 'core',
        description: '',
        lineOrganisationIds: [],
        active: true,
      });
      const plan = await tx.plans.create({
        objectId: object.id,
        year: 2027,
        status: 'draft',
        hourlyRate: 655,
        hoursPerFte: 1700,
        approvalRound: 0,
        sections: EMPTY_SECTIONS,
      });
      await addLines(tx, plan.id, 1000, 1);
      return plan.id;
    });
    // A portfolio of 50 objects × 5 years, 25 lines a plan.
    await store.transaction(async (tx) => {
      for (let o = 0; o < 50; o++) {
        const object = await tx.objects.create({
          code: `O${o}`,
          name: `Objekt ${o}`,
          category: OBJECT_CATEGORIES[o % 3]!,
          description: '',
          lineOrganisationIds: [],
          active: true,
        });
        for (let y = 2024; y <= 2028; y++) {
          const plan = await tx.plans.create({
            objectId: object.id,
            year: y,
            status: y < 2027 ? 'approved' : 'draft',
            hourlyRate: 655,
            hoursPerFte: 1700,
            approvalRound: 0,
            sections: EMPTY_SECTIONS,
          });
          await addLines(tx, plan.id, 25, o * 100 + y);
        }
      }
    });

    // The plans were written past the use cases: their kept totals come from the repair (ADR 0030).
    await checkTotals(store, { repair: true });

    const get = (path: string) => async () => {
      const res = await fetch(`${app.url}${path}`);
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      await res.arrayBuffer();
    };
    const check = (await (await fetch(`${app.url}/api/plans/${bigPlanId}/budget`)).json()) as {
      rows: unknown[];
    };
    if (check.rows.length !== 4) throw new Error('unexpected budget shape');

    const results: [string, Summary][] = [
      [
        'GET /api/plans/{id}/budget (1,000 lines)',
        await measure(300, 30, get(`/api/plans/${bigPlanId}/budget`)),
      ],
      [
        'GET /api/plans/{id}/budget-lines (1,000 lines)',
        await measure(100, 10, get(`/api/plans/${bigPlanId}/budget-lines`)),
      ],
      [
        'GET /api/portfolio?year=2027 (50 objects × 5 years)',
        await measure(300, 30, get('/api/portfolio?year=2027')),
      ],
      ['GET /api/objects (51 objects)', await measure(300, 30, get('/api/objects'))],
    ];

    const lines = [
      `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, embedded store (node:sqlite, WAL), sequential requests over loopback.`,
      '',
      '| request | n | p50 ms | p95 ms | p99 ms | max ms | target p95 |',
      '|---|---:|---:|---:|---:|---:|---|',
      ...results.map(
        ([name, s]) =>
          `| ${name} | ${s.n} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.max} | ${name.includes('budget (') || name.includes('portfolio') ? `< ${TARGET_MS} ms ${s.p95 < TARGET_MS ? '✔' : '✘'}` : '—'} |`,
      ),
    ];
    process.stdout.write(`${lines.join('\n')}\n\n`);
    const objectId = (await store.objects.findAll({ code: 'BIG' }))[0]!.id;
    process.stdout.write(`${(await tabFigures(app.url, objectId)).join('\n')}\n\n`);
    process.stdout.write(`${(await botInvokeFigures(app.url, store)).lines.join('\n')}\n\n`);
    process.stdout.write(`${(await sharePointFigures()).join('\n')}\n`);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
