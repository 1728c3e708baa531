// The cost of one statement of an approval click's reads, timed alone (ADR 0040 addendum): the approval
// bench's database (its seed of plans, each with its owners and 20 budget lines), each statement run
// many times inside one read transaction, as the click's reads run inside its write transaction. Each
// is timed with its page size bound (`LIMIT ?`, as the store did) and written into the text (as it does).
//   npm run build:server && node dist/bench/statements.js
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { embeddedStorePath } from '../src/adapters/storeFactory';
import { startApp } from '../src/composition';
import { jsonLogger } from '../src/adapters/logging/jsonLogger';
import { benchAppConfig, seed } from './botInvoke';

const RUNS = Number(process.env['RUNS'] ?? 20_000);
const COLUMNS = 'id, version, created_at, updated_at, seq, data, seq AS sort_key';

/** µs per run of a statement, after a tenth as many untimed runs. */
function timed(db: DatabaseSync, sql: string, params: SQLInputValue[]): number {
  const statement = db.prepare(sql);
  statement.setReturnArrays(true);
  for (let i = 0; i < RUNS / 10; i++) statement.all(...params);
  const start = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) statement.all(...params);
  return Number(process.hrtime.bigint() - start) / 1000 / RUNS;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'objektnav-statements-'));
  try {
    const config = benchAppConfig(dir);
    const app = await startApp(config, { logger: jsonLogger('silent') });
    const plans = await seed(app.store, 200);
    await app.close();
    const db = new DatabaseSync(embeddedStorePath(config));
    const plan = plans[100]!;
    const { data } = db.prepare('SELECT data FROM plans WHERE id = ?').get(plan.planId) as { data: string };
    const objectId = (JSON.parse(data) as { objectId: string }).objectId;
    const byField = (table: string, field: string) =>
      `SELECT ${COLUMNS} FROM "${table}" WHERE json_extract(data, '$.${field}') = ? ORDER BY seq ASC`;
    const reads: [string, string, SQLInputValue[]][] = [
      ["the plan's approvals (none yet)", byField('planApprovals', 'planId'), [plan.planId]],
      ["the plan's 20 budget lines", byField('budgetLines', 'planId'), [plan.planId]],
      ["the object's role assignments", byField('roleAssignments', 'objectId'), [objectId]],
      ['the clicker by Entra object id', byField('people', 'entraObjectId'), [plan.ownerIt]],
    ];
    db.exec('BEGIN');
    const rows = ['| read | bound `LIMIT ?` µs | `LIMIT 501` written in µs |', '|---|---:|---:|'];
    for (const [name, sql, params] of reads) {
      const bound = timed(db, `${sql} LIMIT ?`, [...params, 501]);
      const written = timed(db, `${sql} LIMIT 501`, params);
      rows.push(`| ${name} | ${bound.toFixed(2)} | ${written.toFixed(2)} |`);
    }
    db.exec('COMMIT');
    db.close();
    process.stdout.write(
      `${RUNS} runs of each statement, inside one read transaction:\n\n${rows.join('\n')}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
