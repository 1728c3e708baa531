// The layer rules of .dependency-cruiser.cjs hold on the tree, and they are real: a planted violation of
// each kind fails the same check that `npm run lint` runs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = join(__dirname, '..', '..');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');

function cruise(paths: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(
      depcruise,
      [...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

const planted: string[] = [];
function plant(path: string, source: string): string {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  planted.push(file);
  return path;
}
afterEach(() => {
  for (const f of planted.splice(0)) rmSync(f, { force: true });
});

jest.setTimeout(60_000);

it('the tree keeps the layer rules', () => {
  const { ok, output } = cruise(['src']);
  expect(output).not.toMatch(/error/);
  expect(ok).toBe(true);
});

it.each([
  [
    'domain-is-pure',
    'src/domain/budget/zzPlanted.ts',
    "import { AppError } from '../../services/errors';\nexport const x = AppError;\n",
  ],
  [
    'domain-is-pure',
    'src/domain/zzPlanted.ts',
    "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
  ],
  [
    'services-use-no-adapter',
    'src/services/zzPlanted.ts',
    "import { jsonLogger } from '../adapters/logging/jsonLogger';\nexport const x = jsonLogger;\n",
  ],
  [
    'adapters-are-independent',
    'src/adapters/bot/zzPlanted.ts',
    "import { openSqliteStore } from '../sqlite/sqliteStore';\nexport const x = openSqliteStore;\n",
  ],
  [
    'tab-talks-http',
    'src/tab/zzPlanted.ts',
    "import { AppError } from '../services/errors';\nexport const x = AppError;\n",
  ],
])('a planted violation of %s fails the check', (rule, path, source) => {
  const file = plant(path, source);
  const { ok, output } = cruise([file]);
  expect(ok).toBe(false);
  expect(output).toContain(rule);
});
