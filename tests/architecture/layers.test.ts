// The layer rules of .dependency-cruiser.cjs and eslint.config.js hold on the tree, and they are real: a
// planted violation of each kind fails the same checks that `npm run lint` runs. Violations are planted in
// a temporary copy of the project, so that nothing else running in this worktree (a build, an editor,
// another suite) ever sees them.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../support/tempDir';

const root = join(__dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

let copy: { path: string; cleanup(): void };
beforeAll(() => {
  copy = tempDir('objektnav-layers-');
  for (const f of ['src', '.dependency-cruiser.cjs', 'eslint.config.js', 'tsconfig.json', 'package.json'])
    cpSync(join(root, f), join(copy.path, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy.path, 'node_modules'), 'dir');
});
afterAll(() => copy.cleanup());

function run(cwd: string, tool: string, args: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(bin(tool), args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
const cruise = (cwd: string, paths: string[]) =>
  run(cwd, 'depcruise', [...paths, '--config', '.dependency-cruiser.cjs', '--output-type', 'err']);

const planted: string[] = [];
function plant(path: string, source: string): string {
  const file = join(copy.path, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  planted.push(file);
  return path;
}
afterEach(() => {
  for (const f of planted.splice(0)) rmSync(f, { force: true });
});

jest.setTimeout(120_000);

it('the tree keeps the layer rules', () => {
  const { ok, output } = cruise(root, ['src']);
  expect(output).not.toMatch(/error/);
  expect(ok).toBe(true);
});

// A planted module is imported by nothing, so no-orphans fails too; each case asserts its own rule by name.
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
    'adapters-are-independent',
    'src/adapters/calendar/zzPlanted.ts',
    "import { GraphClient } from '../sharepoint/connect';\nexport const x = GraphClient;\n",
  ],
  [
    'adapters-are-independent',
    'src/adapters/shared/zzPlanted.ts',
    "import { openSqliteStore } from '../sqlite/sqliteStore';\nexport const x = openSqliteStore;\n",
  ],
  [
    'tab-talks-http',
    'src/tab/zzPlanted.ts',
    "import { AppError } from '../services/errors';\nexport const x = AppError;\n",
  ],
  ['no-orphans', 'src/services/zzUnused.ts', 'export const unused = 1;\n'],
])('a planted violation of %s fails the check', (rule, path, source) => {
  plant(path, source);
  const { ok, output } = cruise(copy.path, [path]);
  expect(ok).toBe(false);
  expect(output).toContain(rule);
});

it('ESLint refuses an import out of the domain at any depth, and Node I/O in it', () => {
  const path = plant(
    'src/domain/budget/zzPlanted.ts',
    "import { AppError } from '../../services/errors';\nimport { openStore } from '../../adapters/storeFactory';\n" +
      "import { readFileSync } from 'node:fs';\nexport const x = [AppError, openStore, readFileSync];\n",
  );
  const { ok, output } = run(copy.path, 'eslint', [path]);
  expect(ok).toBe(false);
  expect(output).toContain("'../../services/errors' import is restricted");
  expect(output).toContain("'../../adapters/storeFactory' import is restricted");
  expect(output).toContain("'node:fs' import is restricted");
  // The same module, clean, passes: what failed above was the imports.
  const clean = plant('src/domain/budget/zzClean.ts', 'export const x = 1;\n');
  expect(run(copy.path, 'eslint', [clean]).ok).toBe(true);
});
