// CPU per approval click (issue 18 point 5): the bot benchmark of `npm run bench` (bench/botInvoke.ts,
// 200 adaptiveCard/action invokes through /api/messages in waves of 50 after as many untimed ones) on a
// fresh embedded store, repeated ROUNDS times, reporting each round's main-thread CPU per click beside its
// latency. With CPU_PROFILE=<file> the timed waves of the last round are profiled by V8's sampling
// profiler (the inspector, in process: the warm-up is left out) and the top self-time functions printed.
//   npm run bench:approval
//   ROUNDS=5 CPU_PROFILE=/tmp/approval.cpuprofile npm run bench:approval
//   HEAP_PROFILE=1 npm run bench:approval   (bytes allocated per click, by place and function)
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApp } from '../src/composition';
import { jsonLogger } from '../src/adapters/logging/jsonLogger';
import { benchAppConfig, botInvokeFigures } from './botInvoke';

const ROUNDS = Number(process.env['ROUNDS'] ?? 3);
const PROFILE = process.env['CPU_PROFILE'];
// With HEAP_PROFILE=1 the last round's timed waves are sampled for allocations instead (a heap profile
// and a CPU profile at once would each disturb the other).
const HEAP = process.env['HEAP_PROFILE'] === '1';
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

/** Where a frame's code lives (a package, our folder, Node's internals, native) and the function's key. */
function placeOf({ functionName, url, lineNumber }: ProfileNode['callFrame']) {
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
  const key = `${functionName || '(anonymous)'} ${file.split('/').slice(-2).join('/')}:${lineNumber + 1}`;
  return { where, key };
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated per click by place and by function, from V8's sampling heap profile of the waves. */
function allocations(head: HeapNode, clicks: number, top = TOP): string[] {
  const place = new Map<string, number>();
  const fn = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode) => {
    if (node.selfSize) {
      const { where, key } = placeOf(node.callFrame);
      total += node.selfSize;
      place.set(where, (place.get(where) ?? 0) + node.selfSize);
      fn.set(key, (fn.get(key) ?? 0) + node.selfSize);
    }
    node.children.forEach(walk);
  };
  walk(head);
  const kb = (bytes: number) => (bytes / 1024 / clicks).toFixed(1);
  return [
    `Allocated (sampled every 1 KB): ${kb(total)} KB per click.`,
    ...tables(place, fn, top, ['KB / click'], (bytes) => [kb(bytes)]),
  ];
}

/** A profile's two tables, largest first: by place (25 rows), then by function (`top` rows). */
function tables(
  place: Map<string, number>,
  fn: Map<string, number>,
  top: number,
  columns: string[],
  cells: (value: number) => string[],
): string[] {
  const head = (first: string) => [
    '',
    `| ${[first, ...columns].join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
  ];
  const rows = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, value]) => `| ${[k, ...cells(value)].join(' | ')} |`);
  return [...head('place'), ...rows(place, 25), ...head('function'), ...rows(fn, top)];
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
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') continue;
    busy += us;
    const { where, key } = placeOf(frame);
    place.set(where, (place.get(where) ?? 0) + us);
    fn.set(key, (fn.get(key) ?? 0) + us);
  }
  const per = (us: number) => (us / 1000 / clicks).toFixed(3);
  const share = (us: number) => `${((100 * us) / busy).toFixed(1)} %`;
  return [
    `Busy (not idle) samples: ${per(busy)} ms per click (functions by self time).`,
    ...tables(place, fn, top, ['ms / click', 'share'], (us) => [per(us), share(us)]),
  ];
}

async function round(profile: 'cpu' | 'heap' | null) {
  const dir = mkdtempSync(join(tmpdir(), 'objektnav-approval-cpu-'));
  const app = await startApp(benchAppConfig(dir), { logger: jsonLogger('silent') });
  const session = profile ? new Session() : undefined;
  let heap: HeapNode | undefined;
  try {
    if (session) {
      session.connect();
      if (profile === 'cpu') {
        await session.post('Profiler.enable');
        await session.post('Profiler.setSamplingInterval', { interval: 100 });
      } else await session.post('HeapProfiler.enable');
    }
    const result = await botInvokeFigures(app.url, app.store, {
      before: async () => {
        if (profile === 'cpu') await session!.post('Profiler.start');
        // Every allocation sampled, not only what is still alive when sampling stops.
        if (profile === 'heap')
          await session!.post('HeapProfiler.startSampling', {
            samplingInterval: 1024,
            includeObjectsCollectedByMajorGC: true,
            includeObjectsCollectedByMinorGC: true,
          });
      },
      after: async () => {
        if (profile === 'cpu') {
          const { profile: p } = await session!.post('Profiler.stop');
          writeFileSync(PROFILE!, JSON.stringify(p));
        }
        if (profile === 'heap')
          heap = (await session!.post('HeapProfiler.stopSampling')).profile.head as unknown as HeapNode;
      },
    });
    return { ...result, heap };
  } finally {
    session?.disconnect();
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const rows: string[] = [];
  let allocated: string[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    const load = loadavg()[0]!.toFixed(2);
    const last = r === ROUNDS;
    const { summary, cpu, heap } = await round(last && HEAP ? 'heap' : last && PROFILE ? 'cpu' : null);
    if (heap) allocated = allocations(heap, 200);
    rows.push(
      `| ${r} | ${load} | ${cpu.threadMsPerClick} | ${cpu.eluMsPerClick} | ${summary.p50} | ${summary.p95} |`,
    );
  }
  const lines = [
    '| round | load (1 min) | main-thread CPU ms / click | event loop busy ms / click | p50 ms | p95 ms |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows,
  ];
  if (allocated.length) lines.push('', ...allocated);
  if (PROFILE && !HEAP) {
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
