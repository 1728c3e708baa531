// AUTH=entra over real HTTP: tokens signed with a local key set that a local server publishes the way
// Entra does (OpenID metadata + JWKS on 127.0.0.1), so signature, issuer, audience, lifetime, tenant
// and the oid → person mapping are all checked by the real adapter.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { ConfigError, loadConfig } from '../../src/config';
import type { Logger } from '../../src/services/ports/logger';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/testApp';

const TENANT = '11111111-2222-4333-8444-555555555555';
const OTHER_TENANT = '99999999-8888-4777-8666-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const NOW_S = Math.floor(DEMO_NOW.getTime() / 1000);

interface KeyPair {
  kid: string;
  privateKey: CryptoKey;
  jwk: JWK;
}

async function newKey(kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { kid, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' } };
}

/** A stand-in for login.microsoftonline.com: tenant metadata and the keys endpoint. */
class FakeEntra {
  published: JWK[] = [];
  keyFetches = 0;
  private server: Server;
  host = '';
  constructor() {
    this.server = createServer((req, res) => {
      const base = `${this.host}/${TENANT}`;
      if (req.url === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ issuer: `${base}/v2.0`, jwks_uri: `${base}/discovery/v2.0/keys` }));
      } else if (req.url === `/${TENANT}/discovery/v2.0/keys`) {
        this.keyFetches++;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify({ keys: this.published }));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
  }
  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.host = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  issuer(tenant = TENANT) {
    return `${this.host}/${tenant}/v2.0`;
  }
  close() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const entra = new FakeEntra();
let key: KeyPair;
let t: TestApp;
const logged: string[] = [];
const logger: Logger = {
  log: (level, message, fields) => logged.push(JSON.stringify({ level, message, ...fields })),
  enabled: () => true,
};
let oid: (name: string) => string;
let lineId: string;
let lineEtag: string;

interface TokenOptions {
  claims?: Record<string, unknown>;
  signWith?: KeyPair;
  kid?: string;
}

async function token(person: string, o: TokenOptions = {}): Promise<string> {
  const k = o.signWith ?? key;
  return new SignJWT({
    oid: oid(person),
    tid: TENANT,
    scp: 'access_as_user',
    ver: '2.0',
    ...o.claims,
  })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: o.kid ?? k.kid })
    .setIssuer((o.claims?.['iss'] as string | undefined) ?? entra.issuer())
    .setAudience((o.claims?.['aud'] as string | undefined) ?? CLIENT_ID)
    .setIssuedAt(NOW_S - 60)
    .setNotBefore((o.claims?.['nbf'] as number | undefined) ?? NOW_S - 60)
    .setExpirationTime((o.claims?.['exp'] as number | undefined) ?? NOW_S + 3600)
    .sign(k.privateKey);
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

function get(path: string, bearer?: string, extra: Record<string, string> = {}) {
  return t.call('GET', path, {
    headers: { ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}), ...extra },
  });
}

beforeAll(async () => {
  await entra.start();
  key = await newKey('key-1');
  entra.published = [key.jwk];
  t = await startTestApp({
    env: {
      AUTH: 'entra',
      // AUTH=entra needs the bot's credentials too (the bot is not exercised here).
      BOT_ID: 'b07b07b0-0000-4000-8000-000000000b07',
      BOT_PASSWORD: 'inte-ett-riktigt-lösenord',
      ENTRA_TENANT_ID: TENANT,
      ENTRA_CLIENT_ID: CLIENT_ID,
      ENTRA_AUTHORITY_HOST: entra.host,
    },
    logger,
    entraKeysCooldownMs: 0,
  });
  const people = await t.app.store.people.findAll();
  oid = (name) => {
    const p = people.find((x) => x.displayName === name);
    if (!p?.entraObjectId) throw new Error(`no object id for ${name}`);
    return p.entraObjectId;
  };
  const objects = await t.app.store.objects.findAll({ code: 'AKN' });
  const plan = (await t.app.store.plans.findAll({ objectId: objects[0]!.id })).find((p) => p.year === 2027)!;
  const line = (await t.app.store.budgetLines.findAll({ planId: plan.id }))[0]!;
  lineId = line.id;
  lineEtag = line.etag;
});
afterAll(async () => {
  await t.stop();
  await entra.close();
});

describe('valid tokens', () => {
  it('a valid token → 200, and the token is the person', async () => {
    const res = await get('/api/me', await token('Oskar Lindell'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ authMode: 'entra', person: { displayName: 'Oskar Lindell' } });
  });

  it('a write with a valid token of a person with the role → 200', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      headers: { Authorization: `Bearer ${await token('Oskar Lindell')}` },
      ifMatch: lineEtag,
      body: { business: { hours: 7 } },
    });
    expect(res.status).toBe(200);
    lineEtag = res.body.etag;
  });

  it('a valid token of a person without the role → 403 with the reason', async () => {
    const res = await t.call('PATCH', `/api/budget-lines/${lineId}`, {
      headers: { Authorization: `Bearer ${await token('Sara Engström')}` },
      ifMatch: lineEtag,
      body: { business: { hours: 8 } },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('v1-style audience api://{host}/{clientId} is accepted', async () => {
    const aud = `api://objektnav.example.se/${CLIENT_ID}`;
    expect((await get('/api/me', await token('Oskar Lindell', { claims: { aud } }))).status).toBe(200);
  });

  it('within the clock skew (expired 30 s ago) is still accepted', async () => {
    const res = await get('/api/me', await token('Oskar Lindell', { claims: { exp: NOW_S - 30 } }));
    expect(res.status).toBe(200);
  });

  it('the tab learns how to sign in before it has a token; the CSP lets MSAL reach the authority', async () => {
    const res = await get('/api/auth/config');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      mode: 'entra',
      clientId: CLIENT_ID,
      authority: `${entra.host}/${TENANT}`,
      scopes: [`api://${CLIENT_ID}/access_as_user`],
    });
    const page = await fetch(`${t.url}/tab/portfolio`);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${entra.host}`);
  });

  it('/api/health answers without a token (liveness probes)', async () => {
    expect((await get('/api/health')).status).toBe(200);
  });

  it('a rotated key (new kid) is fetched and accepted', async () => {
    const next = await newKey('key-2');
    entra.published = [key.jwk, next.jwk];
    const before = entra.keyFetches;
    const res = await get('/api/me', await token('Oskar Lindell', { signWith: next }));
    expect(res.status).toBe(200);
    expect(entra.keyFetches).toBe(before + 1);
    // Cached afterwards: the same key does not fetch again.
    await get('/api/me', await token('Oskar Lindell', { signWith: next }));
    expect(entra.keyFetches).toBe(before + 1);
  });
});

describe('refused tokens → 401', () => {
  async function expect401(bearer: string | undefined, message?: RegExp | string) {
    const res = await get('/api/me', bearer);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
    if (bearer !== undefined) expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    if (message) expect(res.body.error.message).toMatch(message);
    return res;
  }

  it('no token', async () => {
    await expect401(undefined, 'Du behöver logga in med ditt organisationskonto för att använda Objektnav.');
  });

  it('the demo header proves nothing in Entra mode', async () => {
    const res = await get('/api/me', undefined, { 'X-Demo-User': oid('Oskar Lindell') });
    expect(res.status).toBe(401);
  });

  it('expired', async () => {
    await expect401(
      await token('Oskar Lindell', { claims: { exp: NOW_S - 300 } }),
      'Din inloggning har gått ut. Ladda om sidan för att logga in igen.',
    );
  });

  it('not yet valid', async () => {
    await expect401(await token('Oskar Lindell', { claims: { nbf: NOW_S + 600 } }), /gäller inte ännu/);
  });

  it('wrong audience', async () => {
    await expect401(
      await token('Oskar Lindell', { claims: { aud: '00000003-0000-0000-c000-000000000000' } }),
      /audience/,
    );
    await expect401(
      await token('Oskar Lindell', { claims: { aud: `api://evil/${CLIENT_ID}x` } }),
      /audience/,
    );
  });

  it('wrong issuer', async () => {
    await expect401(
      await token('Oskar Lindell', { claims: { iss: `https://evil.example/${TENANT}/v2.0` } }),
      /issuer/,
    );
  });

  it('wrong tenant', async () => {
    await expect401(
      await token('Oskar Lindell', { claims: { tid: OTHER_TENANT, iss: entra.issuer(OTHER_TENANT) } }),
      `Konton från din organisation (klient-id ${OTHER_TENANT}) får inte logga in i den här Objektnav-installationen.`,
    );
  });

  it('bad signature: signed by a key that is not published, under a published kid', async () => {
    const forged = await newKey('key-1');
    await expect401(await token('Oskar Lindell', { signWith: forged }), /signature/);
  });

  it('bad signature: a tampered payload', async () => {
    const [h, , s] = (await token('Sara Engström')).split('.');
    const payload = b64({
      oid: oid('Oskar Lindell'),
      tid: TENANT,
      scp: 'access_as_user',
      iss: entra.issuer(),
      aud: CLIENT_ID,
      exp: NOW_S + 3600,
    });
    await expect401(`${h}.${payload}.${s}`, /signature/);
  });

  it('alg none', async () => {
    const unsigned = `${b64({ alg: 'none', typ: 'JWT', kid: key.kid })}.${b64({
      oid: oid('Oskar Lindell'),
      tid: TENANT,
      scp: 'access_as_user',
      iss: entra.issuer(),
      aud: CLIENT_ID,
      exp: NOW_S + 3600,
    })}.`;
    await expect401(unsigned);
  });

  it('HS256 signed with the public key as the secret (algorithm confusion)', async () => {
    const secret = new TextEncoder().encode(JSON.stringify(key.jwk));
    const forged = await new SignJWT({ oid: oid('Oskar Lindell'), tid: TENANT, scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'HS256', kid: key.kid })
      .setIssuer(entra.issuer())
      .setAudience(CLIENT_ID)
      .setExpirationTime(NOW_S + 3600)
      .sign(secret);
    await expect401(forged, /algorithm/);
  });

  it('an ID token (no scope) is not an access token', async () => {
    await expect401(await token('Oskar Lindell', { claims: { scp: undefined } }), /scope/);
  });

  it('not a JWT at all', async () => {
    await expect401('abc.def', /format/);
  });

  it('unknown oid → 401 with a clear Swedish message', async () => {
    const stranger = '0f0f0f0f-0000-4000-8000-000000000001';
    const forStranger = await new SignJWT({ oid: stranger, tid: TENANT, scp: 'access_as_user' })
      .setProtectedHeader({ alg: 'RS256', kid: key.kid })
      .setIssuer(entra.issuer())
      .setAudience(CLIENT_ID)
      .setExpirationTime(NOW_S + 3600)
      .sign(key.privateKey);
    await expect401(
      forStranger,
      `Ditt konto (objekt-id ${stranger}) är inte kopplat till någon person i Objektnav. Be en administratör lägga upp dig med ditt Entra-objekt-id.`,
    );
  });

  it('no token ever reaches the log', async () => {
    const secret = await token('Oskar Lindell', { claims: { exp: NOW_S - 300 } });
    await get('/api/me', secret);
    const signature = secret.split('.')[2]!;
    expect(logged.some((l) => l.includes('bearer token refused'))).toBe(true);
    expect(logged.join('\n')).not.toContain(signature);
    expect(logged.join('\n')).not.toMatch(/Bearer /);
  });
});

describe('configuration', () => {
  const base = { DATA_DIR: '/tmp/x' };
  const bot = { BOT_ID: 'b07b07b0-0000-4000-8000-000000000b07', BOT_PASSWORD: 'inte-ett-riktigt-lösenord' };
  it('AUTH=entra without a client id refuses to start', () => {
    expect(() => loadConfig({ ...base, AUTH: 'entra', ENTRA_TENANT_ID: TENANT })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, AUTH: 'entra', ENTRA_TENANT_ID: TENANT })).toThrow(/ENTRA_CLIENT_ID/);
  });
  it('demo mode with sign-in settings present but incomplete refuses to start', () => {
    expect(() => loadConfig({ ...base, ENTRA_CLIENT_ID: CLIENT_ID })).toThrow(
      /refusing to start in demo mode[\s\S]*ENTRA_TENANT_ID/,
    );
  });
  it('demo mode with complete sign-in settings refuses too: never silently less secure', () => {
    expect(() => loadConfig({ ...base, ENTRA_CLIENT_ID: CLIENT_ID, ENTRA_TENANT_ID: TENANT })).toThrow(
      /set AUTH=entra/,
    );
  });
  it('ENTRA_TENANT_ID alone (SharePoint credentials) keeps the demo mode', () => {
    expect(loadConfig({ ...base, ENTRA_TENANT_ID: TENANT }).auth).toBe('demo');
  });
  it('keys over plain HTTP only from loopback', () => {
    const entraEnv = { ...base, ...bot, AUTH: 'entra', ENTRA_TENANT_ID: TENANT, ENTRA_CLIENT_ID: CLIENT_ID };
    expect(() => loadConfig({ ...entraEnv, ENTRA_AUTHORITY_HOST: 'http://login.example.com' })).toThrow(
      /https/,
    );
    expect(loadConfig({ ...entraEnv }).entra).toMatchObject({
      authorityHost: 'https://login.microsoftonline.com',
      allowedTenants: [TENANT],
    });
  });
  it("'organizations' needs the allowed tenants listed", () => {
    const env = {
      ...base,
      ...bot,
      AUTH: 'entra',
      ENTRA_TENANT_ID: 'organizations',
      ENTRA_CLIENT_ID: CLIENT_ID,
    };
    expect(() => loadConfig(env)).toThrow(/ENTRA_ALLOWED_TENANTS/);
    expect(
      loadConfig({ ...env, ENTRA_ALLOWED_TENANTS: `${TENANT}, ${OTHER_TENANT}` }).entra?.allowedTenants,
    ).toEqual([TENANT, OTHER_TENANT]);
  });
});
