// Outages answer 503, quickly, and leave nothing half-written: Graph down or throttling beyond the
// retry budget (SharePoint store over the fake of Graph), Graph out of reach, the Entra authority host
// out of reach (a malformed bearer is refused without asking it), On-Behalf-Of's token endpoint out of
// reach, and the bot's endpoint during a store outage.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INetworkModule } from '@azure/msal-node';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { ConfigError, loadConfig } from '../../src/config';
import { entraIdentity } from '../../src/adapters/identity/entraIdentity';
import { onBehalfOf } from '../../src/adapters/identity/onBehalfOf';
import { LISTS } from '../../src/adapters/sharepoint/schema';
import { ServiceUnavailable } from '../../src/services/errors';
import type { Logger } from '../../src/services/ports/logger';
import { message } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { startFakeSharePoint, type FakeSharePoint } from '../support/fakeGraph';
import { startTestApp, type TestApp } from '../support/testApp';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const BUDGET_MS = 1500;
const silent: Logger = { log: () => undefined, enabled: () => false };

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
/** Shaped like an Entra access token (header, claims, a signature) but signed by nobody. */
const plausibleToken = (n = 0) =>
  [
    b64({ alg: 'RS256', typ: 'JWT', kid: 'key-1' }),
    b64({ oid: `00000000-0000-4000-8000-00000000000${n % 10}`, tid: TENANT, aud: CLIENT_ID, exp: 9e9 }),
    Buffer.from(`signature-${n}`).toString('base64url'),
  ].join('.');

/** A host that accepts connections and drops them: reachable in name, answering nothing. */
async function droppingHost(): Promise<{ url: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req) => {
    hits.push(req.url ?? '');
    req.socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('SharePoint down (Graph answers 503/429, or nothing)', () => {
  let site: FakeSharePoint;
  let connector: FakeConnector;
  let t: TestApp;
  let modelOwner: string;

  beforeAll(async () => {
    site = await startFakeSharePoint();
    connector = await startFakeConnector();
    t = await startTestApp({
      env: { ...site.env, GRAPH_RETRY_BUDGET_MS: String(BUDGET_MS), BOT_SERVICE_URLS: connector.url },
    });
    modelOwner = t.person('Erik Sjöberg');
  });
  afterEach(() => site.fake.clearThrottles());
  afterAll(async () => {
    await t.stop();
    await connector.close();
    await site.close();
  });

  it('Graph answering 503 to everything: 503 within the retry budget, in Swedish, with Retry-After', async () => {
    site.fake.throttle(10_000, 1, () => true, 503);
    const started = Date.now();
    const res = await t.call('GET', '/api/objects');
    const elapsed = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('unavailable');
    expect(res.body.error.message).toMatch(/^SharePoint svarar inte just nu/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // It did wait for Graph's retries, but no longer than the budget (plus one round trip's slack).
    expect(site.fake.log.length).toBeGreaterThan(1);
    expect(elapsed).toBeLessThan(BUDGET_MS + 1000);
  });

  it('English when asked, the same 503', async () => {
    site.fake.throttle(10_000, 1, () => true, 503);
    const res = await t.call('GET', '/api/objects', { headers: { 'Accept-Language': 'en' } });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/^SharePoint is not answering right now/);
  });

  it('429 with a Retry-After beyond the budget: 503 at once, passing Graph’s Retry-After on', async () => {
    site.fake.throttle(10_000, 20, () => true, 429);
    const started = Date.now();
    const res = await t.call('GET', '/api/objects');
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('20');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('the budget is per request, not per call: slow retries on every call still end within it', async () => {
    // Every distinct Graph request is throttled once (Retry-After 1 s), then answered: each call on its
    // own would fit the budget, but the request makes several in a row.
    const seen = new Set<string>();
    site.fake.throttle(
      10_000,
      1,
      (method, url) => {
        if (url.endsWith('/$batch')) return false; // the requests inside, not the envelope
        const first = !seen.has(`${method} ${url}`);
        seen.add(`${method} ${url}`);
        return first;
      },
      503,
    );
    const aknId = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!.id;
    const started = Date.now();
    const res = await t.call('POST', `/api/objects/${aknId}/products`, {
      as: t.person('Oskar Lindell'),
      body: { name: 'Långsam produkt' },
    });
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeLessThan(BUDGET_MS + 1000);
    site.fake.clearThrottles();
    const products = await t.app.store.products.findAll({ objectId: aknId });
    expect(products.some((p) => p.name === 'Långsam produkt')).toBe(false);
  });

  it('a write that fails half-way is undone: no object, no forum, no audit entry', async () => {
    const forums = site.fake.list(LISTS.forums.displayName).id;
    const before = {
      objects: (await t.app.store.objects.findAll()).length,
      forums: (await t.app.store.forums.findAll()).length,
      audit: (await t.app.store.auditLog.findAll()).length,
    };
    // The object is created, then its OSG forum cannot be: SharePoint is down for that list.
    site.fake.throttle(
      10_000,
      1,
      (method, url) => method === 'POST' && url.includes(`/lists/${forums}/items`),
      503,
    );
    site.fake.resetLog();
    const res = await t.call('POST', '/api/objects', {
      as: modelOwner,
      body: { code: 'AVBR', name: 'Avbrutet objekt', category: 'support' },
    });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/^SharePoint svarar inte just nu/);
    site.fake.clearThrottles();
    expect(await t.app.store.objects.findAll({ code: 'AVBR' })).toEqual([]);
    expect({
      objects: (await t.app.store.objects.findAll()).length,
      forums: (await t.app.store.forums.findAll()).length,
      audit: (await t.app.store.auditLog.findAll()).length,
    }).toEqual(before);
    // The object was really written, and really undone (not merely never sent).
    const sent = site.fake.log.flatMap((r) => r.inner ?? [r]);
    expect(sent.some((r) => r.method === 'DELETE')).toBe(true);
  });

  it('the bot answers a message during the outage without a 500, and says why', async () => {
    const ch = { serviceUrl: connector.url, teamId: '19:t', channelId: '19:c', tenantId: 'tenant-1' };
    const from = { aadObjectId: 'a-b-c', teamsUserId: '29:x', name: 'Någon' };
    site.fake.throttle(10_000, 1, () => true, 503);
    const res = await fetch(`${t.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(message(ch, from, 'status')),
    });
    expect(res.status).toBe(200);
    const said = connector.calls.map((c) => JSON.stringify(connector.cardOf(c)?.body ?? []));
    expect(said.some((s) => s.includes('SharePoint svarar inte just nu'))).toBe(true);
  });

  it('Graph out of reach altogether (connection refused): 503, not 500', async () => {
    await site.close();
    const res = await t.call('GET', '/api/objects');
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/^SharePoint svarar inte just nu/);
  });
});

describe('the Entra authority host out of reach (AUTH=entra)', () => {
  let authority: Awaited<ReturnType<typeof droppingHost>>;
  let t: TestApp;

  beforeAll(async () => {
    authority = await droppingHost();
    t = await startTestApp({
      env: {
        AUTH: 'entra',
        ENTRA_TENANT_ID: TENANT,
        ENTRA_CLIENT_ID: CLIENT_ID,
        ENTRA_AUTHORITY_HOST: authority.url,
        // Entra mode refuses to start without bot credentials (issue 12, finding 1).
        BOT_ID: 'b07b07b0-0000-4000-8000-000000000b07',
        BOT_PASSWORD: 'inte-ett-riktigt-lösenord',
      },
    });
  });
  afterAll(async () => {
    await t.stop();
    await authority.close();
  });

  const get = (bearer: string) =>
    t.call('GET', '/api/objects', { headers: { Authorization: `Bearer ${bearer}` } });

  it('a bearer that is no JWT is refused 401 without any request to the authority', async () => {
    const malformed = [
      'garbage',
      'a.b.c',
      `${b64({ alg: 'RS256', kid: 'k' })}.not-json.sig`,
      `${b64({ alg: 'none', kid: 'k' })}.${b64({ oid: 'x' })}.`,
      `${b64({ alg: 'HS256', kid: 'k' })}.${b64({ oid: 'x' })}.c2ln`,
      `${b64({ alg: 'RS256' })}.${b64({ oid: 'x' })}.c2ln`, // no key id
      `${b64(['RS256'])}.${b64({ oid: 'x' })}.c2ln`,
      `${b64({ alg: 'RS256', kid: 'k' })}.${b64({ oid: 'x' })}.c2ln.extra`,
    ];
    for (const token of malformed) {
      const res = await get(token);
      expect([token, res.status]).toEqual([token, 401]);
      expect(res.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    }
    expect(authority.hits).toEqual([]);
  });

  it('a well-formed token: 503 "Inloggningstjänsten svarar inte", and the failure is remembered', async () => {
    const res = await get(plausibleToken());
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/^Inloggningstjänsten .*svarar inte just nu/);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(authority.hits).toHaveLength(1);
    // A flood of tokens meanwhile makes no flood of requests to the authority host.
    const flood = await Promise.all(Array.from({ length: 25 }, (_, i) => get(plausibleToken(i + 1))));
    expect(flood.map((r) => r.status)).toEqual(Array(25).fill(503));
    expect(authority.hits).toHaveLength(1);
  });
});

describe('the authority host answers its metadata but not its keys', () => {
  it('503, remembered: the keys are not asked again for every token', async () => {
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url?.endsWith('/.well-known/openid-configuration')) {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ issuer: `${host}/${TENANT}/v2.0`, jwks_uri: `${host}/${TENANT}/keys` }));
      } else req.socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const identity = entraIdentity({
        config: {
          tenantId: TENANT,
          clientId: CLIENT_ID,
          authorityHost: host,
          allowedTenants: [TENANT],
          apiScope: 'access_as_user',
        },
        clock: { now: () => new Date() },
        logger: silent,
        personByObjectId: async () => 'p1',
      });
      const identify = (n: number) =>
        identity.identify({ headers: { authorization: `Bearer ${plausibleToken(n)}` } });
      const first = await identify(1).catch((e: unknown) => e);
      expect(first).toBeInstanceOf(ServiceUnavailable);
      expect((first as ServiceUnavailable).dependency).toBe('identity');
      const before = requests.length;
      for (let i = 2; i < 12; i++) await expect(identify(i)).rejects.toBeInstanceOf(ServiceUnavailable);
      expect(requests.length).toBe(before);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the authority host going down after keys were fetched', () => {
  it('tokens signed with a held key still pass; unknown keys wait (503) without a request each', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    const jwk = { ...(await exportJWK(publicKey)), kid: 'key-1', use: 'sig', alg: 'RS256' };
    let up = true;
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (!up) return req.socket.destroy();
      res.setHeader('Content-Type', 'application/json');
      if (req.url?.endsWith('/.well-known/openid-configuration'))
        res.end(JSON.stringify({ issuer: `${host}/${TENANT}/v2.0`, jwks_uri: `${host}/${TENANT}/keys` }));
      else res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const signed = (kid: string) =>
      new SignJWT({ oid: 'o-1', tid: TENANT, scp: 'access_as_user' })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
        .setIssuer(`${host}/${TENANT}/v2.0`)
        .setAudience(CLIENT_ID)
        .setIssuedAt()
        .setExpirationTime('10m')
        .sign(privateKey);
    try {
      const identity = entraIdentity({
        config: {
          tenantId: TENANT,
          clientId: CLIENT_ID,
          authorityHost: host,
          allowedTenants: [TENANT],
          apiScope: 'access_as_user',
        },
        clock: { now: () => new Date() },
        logger: silent,
        personByObjectId: async (oid) => (oid === 'o-1' ? 'person-1' : undefined),
        keysCooldownMs: 0,
      });
      const identify = async (kid: string) =>
        identity.identify({ headers: { authorization: `Bearer ${await signed(kid)}` } });
      expect(await identify('key-1')).toBe('person-1');
      up = false;
      // A key we do not hold: the key set is asked for once, fails, and that is remembered.
      await expect(identify('key-2')).rejects.toBeInstanceOf(ServiceUnavailable);
      const asked = requests.length;
      expect(await identify('key-1')).toBe('person-1');
      for (let i = 0; i < 5; i++) await expect(identify('key-2')).rejects.toBeInstanceOf(ServiceUnavailable);
      expect(requests.length).toBe(asked);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('On-Behalf-Of with the token endpoint out of reach', () => {
  it('is an identity outage (503), not a fault', async () => {
    const host = await droppingHost();
    // MSAL's HTTP goes to the dropping host instead of login.microsoftonline.com.
    const rewrite = (url: string) => url.replace('https://login.microsoftonline.com', host.url);
    const networkClient: INetworkModule = {
      async sendGetRequestAsync(url, options) {
        const res = await fetch(rewrite(url), { headers: options?.headers });
        return { status: res.status, headers: {}, body: (await res.json()) as never };
      },
      async sendPostRequestAsync(url, options) {
        const res = await fetch(rewrite(url), {
          method: 'POST',
          headers: options?.headers,
          body: options?.body,
        });
        return { status: res.status, headers: {}, body: (await res.json()) as never };
      },
    };
    try {
      const obo = onBehalfOf({
        clientId: CLIENT_ID,
        clientSecret: 'inte-en-riktig-hemlighet',
        tenantId: TENANT,
        authorityHost: 'https://login.microsoftonline.com',
        logger: silent,
        networkClient,
      });
      const error = await obo
        .tokenFor({ oid: 'o', assertion: plausibleToken() }, [
          'https://graph.microsoft.com/Calendars.ReadWrite',
        ])
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceUnavailable);
      expect((error as ServiceUnavailable).dependency).toBe('identity');
      expect(host.hits.length).toBeGreaterThan(0);
    } finally {
      await host.close();
    }
  });
});

describe('GRAPH_RETRY_BUDGET_MS', () => {
  it('defaults to 5 s, takes 0 (never wait) to 120 s, and refuses anything else at start', () => {
    expect(loadConfig({}).graphRetryBudgetMs).toBe(5000);
    expect(loadConfig({ GRAPH_RETRY_BUDGET_MS: '0' }).graphRetryBudgetMs).toBe(0);
    for (const bad of ['fem', '-1', '1.5', '600000'])
      expect(() => loadConfig({ GRAPH_RETRY_BUDGET_MS: bad })).toThrow(ConfigError);
  });
});
