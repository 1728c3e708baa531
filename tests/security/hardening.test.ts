// Hardening at the HTTP edge and the audit log, over the real server in demo mode.
import { jsonLogger } from '../../src/adapters/logging/jsonLogger';
import { FRAME_ANCESTORS } from '../../src/adapters/http/security';
import { RateLimiter } from '../../src/adapters/shared/rateLimit';
import { AuditLogAppendOnlyError, auditedStore } from '../../src/services/audit/auditedStore';
import { data } from '../../src/services/records';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let leader: string;
let specialist: string;
let admin: string;
let lineId: string;
let lineEtag: string;
const logged: string[] = [];

beforeAll(async () => {
  t = await startTestApp({
    env: { RATE_LIMIT_WRITES_PER_MINUTE: '5' },
    logger: jsonLogger('debug', (l) => logged.push(l)),
  });
  leader = t.person('Oskar Lindell');
  specialist = t.person('Sara Engström');
  admin = t.person('Lena Holm');
  const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
  const plan = (await t.app.store.plans.findAll({ objectId: akn.id })).find((p) => p.year === 2027)!;
  // The demo's 2027 plan awaits approval, so its lines are frozen: taken back to draft, they may change.
  await t.app.store.plans.update(plan.id, { ...data(plan), status: 'draft' }, plan.etag);
  const line = (await t.app.store.budgetLines.findAll({ planId: plan.id }))[0]!;
  lineId = line.id;
  lineEtag = line.etag;
});
afterAll(async () => {
  await t.stop();
});

describe('security headers', () => {
  it('tab pages: a CSP that lets exactly Teams and Microsoft 365 frame them', async () => {
    const res = await fetch(`${t.url}/tab/portfolio`);
    const csp = res.headers.get('content-security-policy')!;
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values] as const;
      }),
    );
    expect(directives.get('frame-ancestors')).toEqual([...FRAME_ANCESTORS]);
    expect(directives.get('frame-ancestors')).toEqual(
      expect.arrayContaining([
        'https://teams.microsoft.com',
        'https://*.teams.microsoft.com',
        'https://*.cloud.microsoft',
      ]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // Demo mode talks to nobody but us.
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
  });

  it('demo mode: the tab is told there is no sign-in (and loads no MSAL)', async () => {
    expect((await t.call('GET', '/api/auth/config')).body).toEqual({ mode: 'demo' });
  });

  it('API answers are never framed nor rendered', async () => {
    const res = await fetch(`${t.url}/api/health`);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('request size', () => {
  it('a body over 1 MB → 413, store unchanged', async () => {
    const before = await t.app.store.budgetLines.get(lineId);
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: lineEtag,
      rawBody: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
    expect(await t.app.store.budgetLines.get(lineId)).toEqual(before);
  });
});

describe('rate limiting of writes (5 per minute here)', () => {
  it('the sixth write of a person in a minute → 429 with Retry-After and a Swedish message; others and reads go on', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      // Invalid on purpose (400): a refused write counts too, so that probing costs the same.
      statuses.push((await t.call('POST', '/api/objects', { as: specialist, body: { nonsense: i } })).status);
    }
    expect(statuses.every((s) => s !== 429)).toBe(true);
    const limited = await t.call('POST', '/api/objects', { as: specialist, body: {} });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(limited.body.error.code).toBe('rateLimited');
    expect(limited.body.error.message).toMatch(
      /^Du har gjort många ändringar på kort tid\. Vänta \d+ sekunder och försök sedan igen\.$/,
    );
    // Reads are not limited, and another person is not slowed down by this one.
    expect((await t.call('GET', '/api/objects', { as: specialist })).status).toBe(200);
    expect((await t.call('POST', '/api/objects', { as: leader, body: {} })).status).not.toBe(429);
  });

  it('the window resets', async () => {
    // The library reads the clock itself: fake timers move it (and fire its expiry timers).
    jest.useFakeTimers({ now: 0 });
    try {
      const limiter = new RateLimiter({ limit: 2, windowMs: 60_000 });
      expect([await limiter.take('a'), await limiter.take('a'), await limiter.take('a')]).toEqual([0, 0, 60]);
      jest.advanceTimersByTime(45_000);
      expect(await limiter.take('a')).toBe(15);
      jest.advanceTimersByTime(15_000);
      expect(await limiter.take('a')).toBe(0);
      expect(await new RateLimiter({ limit: 0, windowMs: 1 }).take('a')).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('no secrets in logs', () => {
  it('request logs carry no headers; the logger redacts credentials handed to it', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJvaWQiOiJ4In0.c2lnbmF0dXJl';
    await t.call('GET', '/api/objects?secret=1', {
      headers: { Authorization: `Bearer ${jwt}`, Cookie: 'a=b' },
    });
    const lines: string[] = [];
    const logger = jsonLogger('debug', (l) => lines.push(l));
    logger.log('info', `library said: sending Bearer ${jwt}`, {
      headers: { authorization: `Bearer ${jwt}`, cookie: 'session=1' },
      clientSecret: 'p@ss',
      accessToken: 'tok',
      error: `failed with ${jwt}`,
    });
    const all = [...logged, ...lines].join('\n');
    expect(all).not.toContain(jwt);
    expect(all).not.toContain('p@ss');
    expect(all).not.toContain('session=1');
    expect(all).not.toContain('"tok"');
    expect(lines[0]).toContain('[redacted]');
    expect(logged.some((l) => l.includes('"path":"/api/objects"'))).toBe(true);
    expect(logged.join('\n')).not.toContain('secret=1');
  });
});

describe('audit log', () => {
  it('records a write with who, when, what and before/after; administrators export it', async () => {
    const before = (await t.app.store.budgetLines.get(lineId))!;
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      as: leader,
      ifMatch: before.etag,
      body: { business: { hours: 12.5 } },
    });
    expect(res.status).toBe(200);
    lineEtag = res.body.etag;

    const exported = await t.call('GET', `/api/audit?recordId=${lineId}`, { as: admin });
    expect(exported.status).toBe(200);
    const entry = exported.body.at(-1);
    expect(entry).toMatchObject({
      actorId: leader,
      via: 'api',
      collection: 'budgetLines',
      recordId: lineId,
      action: 'update',
      at: '2026-11-23T10:00:00.000Z',
    });
    expect(entry.requestId).toBe(res.headers.get('x-request-id'));
    expect(entry.before.business).toEqual(before.business);
    const after = (await t.app.store.budgetLines.get(lineId))!;
    expect(entry.after.business).toEqual(after.business);
    expect(entry.after.business).not.toEqual(before.business);
  });

  it('creations and deletions are recorded too, refused writes are not writes', async () => {
    const created = await t.call('POST', '/api/people', {
      as: admin,
      body: { displayName: 'Test Testsson', email: 'test.testsson@example.se' },
    });
    expect(created.status).toBe(201);
    const removed = await t.call('DELETE', `/api/people/${created.body.id}`, {
      as: admin,
      ifMatch: created.body.etag,
    });
    expect(removed.status).toBe(204);
    const entries = (await t.call('GET', `/api/audit?recordId=${created.body.id}`, { as: admin })).body;
    expect(entries.map((e: any) => [e.action, e.actorId])).toEqual([
      ['create', admin],
      ['delete', admin],
    ]);
    expect(entries[0].before).toBeNull();
    expect(entries[0].after).toMatchObject({ displayName: 'Test Testsson' });
    expect(entries[1].before).toMatchObject({ displayName: 'Test Testsson' });
    expect(entries[1].after).toBeNull();
  });

  it('by person and period; CSV for spreadsheets', async () => {
    const mine = (
      await t.call('GET', `/api/audit?actorId=${leader}&from=2026-11-23&to=2026-11-23`, { as: admin })
    ).body;
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((e: any) => e.actorId === leader)).toBe(true);
    expect((await t.call('GET', `/api/audit?actorId=${leader}&to=2026-11-22`, { as: admin })).body).toEqual(
      [],
    );
    const csv = await t.call('GET', `/api/audit?recordId=${lineId}&format=csv`, { as: admin });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = (csv.body as string)
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('at,actorId,via,requestId,collection,recordId,action,before,after');
    expect(rows.at(-1)).toContain(`"${leader}","api"`);
  });

  it('only administrators export; bad filters are a 400', async () => {
    const refused = await t.call('GET', '/api/audit', { as: leader });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Bara en administratör får göra detta.');
    expect((await t.call('GET', '/api/audit')).status).toBe(401);
    expect((await t.call('GET', '/api/audit?from=igår', { as: admin })).status).toBe(400);
  });

  it('is append-only through the store the services use', async () => {
    const audited = auditedStore(t.app.store, { now: () => new Date() });
    const [entry] = await audited.auditLog.findAll({ recordId: lineId });
    await expect(audited.auditLog.update(entry!.id, { ...entry! }, entry!.etag)).rejects.toThrow(
      AuditLogAppendOnlyError,
    );
    await expect(audited.auditLog.delete(entry!.id)).rejects.toThrow(AuditLogAppendOnlyError);
  });

  it('a write inside a transaction is audited in it', async () => {
    const audited = auditedStore(t.app.store, { now: () => new Date('2026-11-23T11:00:00Z') });
    const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    await expect(
      audited.transaction(async (tx) => {
        await tx.relatedObjects.create({ objectId: akn.id, name: 'Rullas tillbaka', description: '' });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    const system = await audited.auditLog.findAll({ collection: 'relatedObjects' });
    // The embedded store rolls back the write and its audit entry together.
    if (t.app.store.kind === 'sqlite') expect(system).toEqual([]);
  });
});
