// helmet's headers are recorded once and replayed on each response (src/adapters/http/security.ts): the
// replay must answer exactly as helmet itself does, with our options, on a real response.
import type { AddressInfo } from 'node:net';
import express from 'express';
import helmet from 'helmet';
import { HELMET_OPTIONS, fixedHeaders, securityHeaders } from '../../../src/adapters/http/security';

async function headersOf(app: express.Express, path: string) {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
    const headers = Object.fromEntries(res.headers.entries());
    delete headers['date'];
    return headers;
  } finally {
    server.close();
  }
}

const answer = (app: express.Express) => app.get(/.*/, (_req, res) => void res.json({ ok: true }));

describe('security headers', () => {
  it("are helmet's own, with our options, and our CSP for the API and for the tab", async () => {
    for (const path of ['/api/health', '/tab/portfolio']) {
      const ours = await headersOf(answer(express().use(securityHeaders())), path);
      const theirs = await headersOf(
        answer(
          express().use((req, res, next) => {
            res.setHeader('Content-Security-Policy', ours['content-security-policy']!);
            helmet(HELMET_OPTIONS)(req, res, next);
          }),
        ),
        path,
      );
      expect(ours).toEqual(theirs);
      expect(ours['x-powered-by']).toBeUndefined();
      expect(ours['strict-transport-security']).toMatch(/max-age=\d+/);
    }
  });

  it('records what a handler sets and removes, and refuses one that does not finish at once', () => {
    expect(fixedHeaders(helmet(HELMET_OPTIONS)).removed).toEqual(['X-Powered-By']);
    expect(() => fixedHeaders(() => undefined)).toThrow('helmet did not set its headers at once');
  });
});
