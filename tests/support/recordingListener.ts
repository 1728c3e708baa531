// A local HTTP listener that records every request it gets and answers 200: the place a forged
// serviceUrl would make the bot call (an internal admin endpoint, say). Tests expect it to hear nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingListener {
  url: string;
  port: number;
  requests: { method: string; url: string; authorization: string | undefined }[];
  close(): Promise<void>;
}

export async function startRecordingListener(): Promise<RecordingListener> {
  const requests: RecordingListener['requests'] = [];
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization });
    req.resume();
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ id: 'listener' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
