// A local stand-in for the Bot Connector service: records every activity the bot posts or updates and
// answers like the real one ({ id } of the activity). Failures can be injected, with Retry-After.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  conversationId: string;
  activityId: string | null;
  body: any;
  authorization: string | undefined;
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** Every request that arrived, matched or not (method and path), for "received nothing" checks. */
  requests: string[];
  /** The Adaptive Card of a call, if it carries one. */
  cardOf(call: ConnectorCall): any;
  /** The next `count` requests fail with `status` (and Retry-After seconds when given). */
  failNext(count: number, status: number, retryAfterSeconds?: number): void;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const requests: string[] = [];
  let failures: { status: number; retryAfter?: number }[] = [];
  let counter = 0;
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    void (async () => {
      const body = await readBody(req);
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      res.setHeader('Content-Type', 'application/json');
      if (!match) {
        res.statusCode = 404;
        res.end(
          JSON.stringify({ error: { code: 'NotFound', message: `No route ${req.method} ${req.url}` } }),
        );
        return;
      }
      const failure = failures.shift();
      if (failure) {
        if (failure.retryAfter !== undefined) res.setHeader('Retry-After', String(failure.retryAfter));
        res.statusCode = failure.status;
        res.end(JSON.stringify({ error: { code: 'ServiceError', message: 'Injected failure' } }));
        return;
      }
      let conversationId: string;
      let activityId: string | null;
      try {
        conversationId = decodeURIComponent(match[1]!);
        activityId = match[2] ? decodeURIComponent(match[2]) : null;
      } catch {
        // What the real service does with a path it cannot read (the bot sent an id as it got it).
        res.statusCode = 400;
        res.end(JSON.stringify({ error: { code: 'BadArgument', message: 'Malformed path' } }));
        return;
      }
      calls.push({
        method: req.method ?? '',
        conversationId,
        activityId,
        body,
        authorization: req.headers.authorization,
      });
      // POST …/activities creates; POST …/activities/{id} replies; PUT …/activities/{id} updates.
      const id = req.method === 'PUT' && activityId ? activityId : `activity-${++counter}`;
      res.statusCode = req.method === 'PUT' ? 200 : 201;
      res.end(JSON.stringify({ id }));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    requests,
    cardOf: (call) =>
      call.body?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')
        ?.content,
    failNext(count, status, retryAfterSeconds) {
      failures = [
        ...failures,
        ...Array.from({ length: count }, () => ({ status, retryAfter: retryAfterSeconds })),
      ];
    },
    reset() {
      calls.length = 0;
      requests.length = 0;
      failures = [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
