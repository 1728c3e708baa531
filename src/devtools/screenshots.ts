// `npm run screenshots`: every view of the tab at 320 px (Teams on a phone, the meeting side panel) and
// 1280 px, as the person who uses it, written to artifacts/screenshots/view-<name>-<width>.png (git
// ignores artifacts/). Starts the built server on a free loopback port over a fresh embedded store with
// the demo data, and drives Debian Chromium through playwright-core, as the browser tests do.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { projectRoot } from '../paths';

const WIDTHS = [320, 1280] as const;
const OUT = join(projectRoot, 'artifacts', 'screenshots');

/** The views, each as the person it is for (demo people are fictional). `{AKN}`: the object's id. */
const VIEWS: { name: string; path: string; as: string }[] = [
  { name: 'mywork-owner', path: '/tab/me', as: 'Karin Westberg' },
  { name: 'mywork-psg', path: '/tab/me', as: 'Anders Ekström' },
  { name: 'portfolio', path: '/tab/portfolio?year=2027', as: 'Anders Ekström' },
  ...['overview', 'plan', 'strategy', 'followup', 'initiatives', 'contracts', 'meetings', 'structure'].map(
    (view) => ({
      name: `object-${view}`,
      path: `/tab/objects/{AKN}?view=${view}&year=2027`,
      as: 'Oskar Lindell',
    }),
  ),
  ...['systems', 'map', 'services', 'huki', 'orders', 'projects'].map((section) => ({
    name: `it-${section}`,
    path: `/tab/it?section=${section}`,
    as: 'Camilla Strand',
  })),
  { name: 'services', path: '/tab/services', as: 'Sara Engström' },
  { name: 'config', path: '/tab/config', as: 'Oskar Lindell' },
];

function chromiumPath(): string {
  const found = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
    (p): p is string => !!p && existsSync(p),
  );
  if (!found) throw new Error('Chromium not found: apt-get install -y chromium, or set CHROMIUM_PATH');
  return found;
}

async function waitForHealth(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Objektnav did not answer at ${url}`);
}

async function main() {
  const port = Number(process.env['PORT'] ?? 3979);
  const url = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'objektnav-screenshots-'));
  const server = spawn(process.execPath, [join(projectRoot, 'dist/src/main.js')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      AUTH: 'demo',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    await waitForHealth(url);
    mkdirSync(OUT, { recursive: true });
    const people = (await (await fetch(`${url}/api/people`)).json()) as { id: string; displayName: string }[];
    const objects = (await (await fetch(`${url}/api/objects`)).json()) as { id: string; code: string }[];
    const akn = objects.find((o) => o.code === 'AKN')!.id;
    for (const view of VIEWS) {
      const person = people.find((p) => p.displayName === view.as);
      if (!person) throw new Error(`No demo person called ${view.as}`);
      for (const width of WIDTHS) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        await context.addCookies([{ name: 'objektnav-demo-user', value: person.id, url }]);
        const page = await context.newPage();
        await page.goto(`${url}${view.path.replace('{AKN}', akn)}`);
        await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
        // Lazy sections load their own data after the view says it is ready.
        await page.waitForLoadState('networkidle');
        const file = join(OUT, `view-${view.name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        await context.close();
      }
    }
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
