// CALENDAR=graph end to end: the convener signs in with Entra, schedules in the tab's API, and Objektnav
// books the meetings in their own calendar with a token obtained On-Behalf-Of their sign-in. Entra's
// metadata and keys, the token exchange and Graph are local stand-ins; everything else is the app's own.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { ConfigError, loadConfig } from '../../../src/config';
import type { DelegatedTokenPort, DelegatedUser } from '../../../src/services/ports/delegatedToken';
import { FakeGraphCalendar, startFakeGraphCalendar } from '../../support/fakeGraphCalendar';
import { DEMO_NOW, startTestApp, type TestApp } from '../../support/testApp';

const TENANT = '11111111-2222-4333-8444-555555555555';
const CLIENT_ID = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const NOW_S = Math.floor(DEMO_NOW.getTime() / 1000);

let keys: { privateKey: CryptoKey; jwk: JWK };
let entra: Server;
let entraHost = '';
let calendar: FakeGraphCalendar;
let t: TestApp;
const exchanges: { user: DelegatedUser; scopes: string[] }[] = [];
let personOfOid: Map<string, string>;

/** Stands in for the On-Behalf-Of exchange: records what it was asked and answers with the person's Graph token. */
const obo: DelegatedTokenPort = {
  async tokenFor(user, scopes) {
    exchanges.push({ user, scopes });
    return FakeGraphCalendar.tokenFor(personOfOid.get(user.oid)!);
  },
};

async function signIn(oid: string): Promise<string> {
  return new SignJWT({ oid, tid: TENANT, scp: 'access_as_user', ver: '2.0' })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'k1' })
    .setIssuer(`${entraHost}/${TENANT}/v2.0`)
    .setAudience(CLIENT_ID)
    .setIssuedAt(NOW_S - 60)
    .setNotBefore(NOW_S - 60)
    .setExpirationTime(NOW_S + 3600)
    .sign(keys.privateKey);
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256', { extractable: true });
  keys = {
    privateKey: pair.privateKey,
    jwk: { ...(await exportJWK(pair.publicKey)), kid: 'k1', use: 'sig', alg: 'RS256' },
  };
  entra = createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    if (req.url === `/${TENANT}/v2.0/.well-known/openid-configuration`) {
      res.end(
        JSON.stringify({
          issuer: `${entraHost}/${TENANT}/v2.0`,
          jwks_uri: `${entraHost}/${TENANT}/discovery/v2.0/keys`,
        }),
      );
    } else if (req.url === `/${TENANT}/discovery/v2.0/keys`) res.end(JSON.stringify({ keys: [keys.jwk] }));
    else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => entra.listen(0, '127.0.0.1', resolve));
  entraHost = `http://127.0.0.1:${(entra.address() as AddressInfo).port}`;
  calendar = await startFakeGraphCalendar();
  t = await startTestApp({
    env: {
      AUTH: 'entra',
      // AUTH=entra needs the bot's credentials too (the bot is not exercised here).
      BOT_ID: 'b07b07b0-0000-4000-8000-000000000b07',
      BOT_PASSWORD: 'inte-ett-riktigt-lösenord',
      ENTRA_TENANT_ID: TENANT,
      ENTRA_CLIENT_ID: CLIENT_ID,
      ENTRA_AUTHORITY_HOST: entraHost,
      CALENDAR: 'graph',
      ENTRA_CLIENT_SECRET: 'api-secret',
      GRAPH_BASE_URL: calendar.baseUrl,
    },
    delegatedTokens: obo,
  });
  const people = await t.app.store.people.findAll();
  personOfOid = new Map(people.filter((p) => p.entraObjectId).map((p) => [p.entraObjectId!, p.id]));
});
afterAll(async () => {
  await t.stop();
  await calendar.close();
  await new Promise<void>((resolve) => entra.close(() => resolve()));
});

const oidOf = async (name: string) =>
  (await t.app.store.people.findAll()).find((p) => p.displayName === name)!.entraObjectId!;

describe('CALENDAR=graph with Entra sign-in', () => {
  it('the signed-in owner books the OSG year in her own calendar, On-Behalf-Of her token', async () => {
    const objects = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const osg = (await t.app.store.forums.findAll({ kind: 'osg', objectId: objects.id }))[0]!;
    const bearer = await signIn(await oidOf('Karin Westberg'));
    const res = await t.call('POST', `/api/forums/${osg.id}/meeting-series`, {
      body: { year: 2027 },
      headers: { Authorization: `Bearer ${bearer}` },
    });
    expect(res.status).toBe(201);
    expect(res.body.every((m: any) => m.joinUrl)).toBe(true);
    expect(calendar.calendar('me')).toHaveLength(4);
    // The exchange got her own token, for the calendar scope, and Graph saw the token it returned.
    expect(exchanges.at(-1)).toEqual({
      user: { oid: await oidOf('Karin Westberg'), assertion: bearer },
      scopes: ['https://graph.microsoft.com/Calendars.ReadWrite'],
    });
    const karin = t.person('Karin Westberg');
    expect(
      calendar
        .requests('POST')
        .every((r) => r.headers['authorization'] === `Bearer ${FakeGraphCalendar.tokenFor(karin)}`),
    ).toBe(true);
  });

  it('someone else signed in cannot book: the convener rule refuses first', async () => {
    const objects = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
    const osg = (await t.app.store.forums.findAll({ kind: 'osg', objectId: objects.id }))[0]!;
    const before = calendar.requests('POST').length;
    const bearer = await signIn(await oidOf('Oskar Lindell'));
    const res = await t.call('POST', `/api/forums/${osg.id}/meetings`, {
      body: { title: 'Extra', start: '2027-01-20T13:00:00+01:00', end: '2027-01-20T14:00:00+01:00' },
      headers: { Authorization: `Bearer ${bearer}` },
    });
    expect(res.status).toBe(403);
    expect(calendar.requests('POST').length).toBe(before);
  });
});

describe('configuration', () => {
  it('CALENDAR=graph needs Entra sign-in and the API secret', () => {
    expect(() => loadConfig({ CALENDAR: 'graph' })).toThrow(ConfigError);
    expect(() => loadConfig({ CALENDAR: 'graph' })).toThrow(/AUTH=entra[\s\S]*ENTRA_CLIENT_SECRET/);
    expect(loadConfig({}).calendar).toEqual({ kind: 'ics' });
  });
});
