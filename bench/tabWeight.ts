// The weight of the tab's first paint: the JavaScript files the built page (dist/tab/index.html) loads
// before it can draw (its entry and the application), gzip-compressed as a server would send them. Shared
// by `npm run bench` and the test that fails when the entry grows past its target
// (tests/tab/bundleSize.test.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { tabDir } from '../src/paths';

/** Issue 18's target for the tab entry's initial JavaScript (issue 15 asked for ≤ 160 KB). */
export const INITIAL_JS_TARGET_KB = 120;

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(join(tabDir, file)), { level: 9 }).length / 1024;
}

/**
 * The scripts every page loads before it can draw anything: the entry the built HTML names, and the
 * application it imports at once (the "app" chunks in pages.json, preloaded with the entry). The entry is
 * small on purpose (it starts the page's requests before the application is evaluated); the weight of the
 * first paint is both together.
 */
export function initialScripts(): string[] {
  const index = join(tabDir, 'index.html');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build\` first`);
  const html = readFileSync(index, 'utf8');
  // The built HTML is minified: attribute quotes are optional.
  const files = [...html.matchAll(/<script[^>]+src="?\/tab\/assets\/([^" >]+)/g)].map((m) => m[1]!);
  if (files.length === 0) throw new Error(`No entry script found in ${index}`);
  const manifest = join(tabDir, 'pages.json');
  if (!existsSync(manifest)) throw new Error(`${manifest} is missing: run \`npm run build\` first`);
  const app = (JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string[]>)['app'] ?? [];
  return [...new Set([...files, ...app])];
}

export function initialJsKb(): number {
  return initialScripts().reduce((sum, f) => sum + gzipKb(f), 0);
}

/** Every other script of the build (lazy chunks), largest first, with its gzip size. */
export function lazyChunks(): { name: string; kb: number }[] {
  const initial = initialScripts();
  return readdirSync(tabDir)
    .filter((f) => f.endsWith('.js') && !initial.includes(f))
    .map((f) => ({ name: f.replace(/\.[0-9a-f]{8}\.js$/, ''), kb: gzipKb(f) }))
    .sort((a, b) => b.kb - a.kb);
}
