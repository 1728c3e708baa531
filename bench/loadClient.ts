// A load generator on its own thread: it posts prepared requests to the server, all at once, and
// reports each one's latency. Run beside the server in one process, a client on the server's own event
// loop would add its CPU time to every latency it measures. One worker serves all waves, keeping its
// connections open between them, as the Bot Connector keeps its connections to a bot.
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

export interface Job {
  /** The JSON body to POST. */
  body: string;
}

interface Wave {
  url: string;
  jobs: Job[];
  /** The answer must contain this text (a wrong answer fails the benchmark instead of timing it). */
  expect: string;
}

export interface LoadClient {
  /** Posts every job concurrently; resolves with the latencies in ms. */
  run(url: string, jobs: Job[], expect: string): Promise<number[]>;
  close(): Promise<void>;
}

export function startLoadClient(): LoadClient {
  const worker = new Worker(__filename);
  worker.unref();
  let queue = Promise.resolve();
  return {
    run(url, jobs, expect) {
      const wave: Wave = { url, jobs, expect };
      const result = queue.then(
        () =>
          new Promise<number[]>((resolve, reject) => {
            const onError = (error: Error) => reject(error);
            worker.once('error', onError);
            worker.once('message', (m: { samples?: number[]; error?: string }) => {
              worker.off('error', onError);
              if (m.error) reject(new Error(m.error));
              else resolve(m.samples!);
            });
            worker.postMessage(wave);
          }),
      );
      queue = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    close: async () => {
      await worker.terminate();
    },
  };
}

async function send(wave: Wave): Promise<number[]> {
  return Promise.all(
    wave.jobs.map(async (job) => {
      const started = process.hrtime.bigint();
      const res = await fetch(wave.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: job.body,
      });
      const text = await res.text();
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (res.status !== 200 || !text.includes(wave.expect))
        throw new Error(`unexpected answer ${res.status}: ${text.slice(0, 300)}`);
      return ms;
    }),
  );
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (wave: Wave) => {
    send(wave).then(
      (samples) => port.postMessage({ samples }),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
