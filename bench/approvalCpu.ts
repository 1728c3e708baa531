// CPU per approval click (issue 18 point 5): the bot benchmark of `npm run bench` (bench/botInvoke.ts,
// 200 adaptiveCard/action invokes through /api/messages in waves of 50 after as many untimed ones) on a
// fresh embedded store, repeated ROUNDS times, reporting each round's main-thread CPU per click beside its
// latency. With CPU_PROFILE=<file> the timed waves of the last round are profiled by V8's sampling
// profiler (the inspector, in process: the warm-up is left out) and the top self-time functions printed.
//   npm run bench:approval
//   ROUNDS=5 CPU_PROFILE=/tmp/approval.cpuprofile npm run bench:approval
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../src/composition';
import { jsonLogger } from '../src/adapters/logging/jsonLogger';
import { benchAppConfig, botInvokeFigures } from './botInvoke';

const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const PROFILE = process.env['CPU_PROFILE'];
const TOP = Number(process.env['CPU_TOP'] ?? 40);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self time per function and per place (package, our folder, Node's internals), in ms per click. */
function selfTimes(profile: Profile, clicks: number, top = TOP): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const fn = new Map<string, number>();
  const place = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') continue;
    busy += us;
    const file = url.replace(/^file:\/\//, '');
    const where = file.includes('node_modules/')
      ? `npm ${/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)![1]}`
      : file.includes('/dist/')
        ? `ours ${file.split('/dist/')[1]!.split('/').slice(0, 3).join('/')}`
        : file.startsWith('node:')
          ? `node ${file}`
          : functionName.startsWith('(')
            ? functionName
            : `native ${functionName}`;
    place.set(where, (place.get(where) ?? 0) + us);
    const key = `${functionName || '(anonymous)'} ${file.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  const per = (us: number) => (us / 1000 / clicks).toFixed(3);
  const share = (us: number) => `${((100 * us) / busy).toFixed(1)} %`;
  const table = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `| ${k} | ${per(us)} | ${share(us)} |`);
  return [
    `Busy (not idle) samples: ${per(busy)} ms per click.`,
    '',
    '| place | ms / click | share |',
    '|---|---:|---:|',
    ...table(place, 25),
    '',
    '| function (self time) | ms / click | share |',
    '|---|---:|---:|',
    ...table(fn, top),
  ];
}

async function round(profile: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'objektnav-approval-cpu-'));
  const app = await startApp(benchAppConfig(dir), { logger: jsonLogger('silent') });
  const session = profile ? new Session() : undefined;
  try {
    if (session) {
      session.connect();
      await session.post('Profiler.enable');
      await session.post('Profiler.setSamplingInterval', { interval: 100 });
    }
    const result = await botInvokeFigures(app.url, app.store, {
      before: async () => {
        if (session) await session.post('Profiler.start');
      },
      after: async () => {
        if (!session) return;
        const { profile: p } = await session.post('Profiler.stop');
        writeFileSync(PROFILE!, JSON.stringify(p));
      },
    });
    return result;
  } finally {
    session?.disconnect();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const rows: string[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const load = loadavg()[0]!.toFixed(2);
    const { summary, cpu } = await round(Boolean(PROFILE) && r === ROUNDS);
    rows.push(
      `| ${r} | ${load} | ${cpu.threadMsPerClick} | ${cpu.eluMsPerClick} | ${summary.p50} | ${summary.p95} |`,
    );
  }
  const lines = [
    '| round | load (1 min) | main-thread CPU ms / click | event loop busy ms / click | p50 ms | p95 ms |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ];
  if (PROFILE) {
    const { readFileSync } = await import('node:fs');
    lines.push('', ...selfTimes(JSON.parse(readFileSync(PROFILE, 'utf8')) as Profile, 200));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (require.main === module)
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
