// Every Fluent Spinner in the tab is a progressbar to a screen reader and needs a name (axe's
// aria-progressbar-name), unless it only decorates a button that already says what is happening.
// A Suspense fallback is drawn for a few milliseconds, so the browser's axe run sees it only when
// the machine is slow: this reads the source instead, so a nameless spinner fails every time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '../../src/tab');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx$/.test(name) ? [path] : [];
  });
}

function namelessSpinners(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/<Spinner\b[^>]*?\/?>/gs)) {
    if (/\blabel=|aria-label=|aria-labelledby=|aria-hidden/.test(m[0])) continue;
    const line = text.slice(0, m.index).split('\n').length;
    found.push(`${relative(root, file)}:${line}`);
  }
  return found;
}

it('every spinner in the tab has a name or is hidden from assistive technology', () => {
  expect(sources(root).flatMap(namelessSpinners)).toEqual([]);
});
