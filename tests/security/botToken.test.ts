// With bot credentials, over real HTTP and with real signatures: the Bot Connector's key set and an
// Entra tenant's are published by a local server, and the SDK is pointed at it (its cloud settings),
// so the SDK's own JWT validation runs. What it does not check, Objektnav does: the serviceUrl is on
// the allow-list, and the token's serviceurl claim names it (an Entra-issued token carries none).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PUBLIC, withOverrides } from '@microsoft/teams.api';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { demoObjectId } from '../../src/demo/seed';
import { COLLECTIONS, type CollectionName } from '../../src/services/ports/store';
import { cardAction, message, type ChannelContext, type Speaker } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { startRecordingListener, type RecordingListener } from '../support/recordingListener';
import { startTestApp, type TestApp } from '../support/testApp';

const BOT_ID = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';
const TENANT = '11111111-2222-4333-8444-555555555555';

interface KeyPair {
  privateKey: CryptoKey;
  jwk: JWK;
}
async function newKey(kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, use: 'sig', alg: 'RS256' } };
}

let keys: Server;
let host: string;
let botFramework: KeyPair;
let entraTenant: KeyPair;
let t: TestApp;
let a: FakeConnector;
let b: FakeConnector;
let listener: RecordingListener;
let ch: ChannelContext;
const owner: Speaker = {
  aadObjectId: demoObjectId('akn.ownerBusiness'),
  teamsUserId: '29:ob',
  name: 'Karin Westberg',
};

/** A token as the Bot Connector signs it: issuer api.botframework.com, audience the bot, serviceurl. */
function connectorToken(serviceurl: string | undefined, key = botFramework, kid = 'bf-1') {
  return new SignJWT(serviceurl === undefined ? {} : { serviceurl })
    .setProtectedHeader({ alg: 'RS256', kid })
    .setIssuer('https://api.botframework.com')
    .setAudience(BOT_ID)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(key.privateKey);
}

/** A token any Entra tenant can get for the bot's app id (client credentials): no serviceurl claim. */
function entraToken() {
  return new SignJWT({ tid: TENANT, appid: 'cccccccc-0000-4000-8000-00000000000c' })
    .setProtectedHeader({ alg: 'RS256', kid: 'entra-1' })
    .setIssuer(`${host}/${TENANT}/v2.0`)
    .setAudience(BOT_ID)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(entraTenant.privateKey);
}

async function send(activity: object, token?: string) {
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: res.status, text: await res.text() };
}

async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[])
    out[name] = (await t.app.store[name].findAll()).map((r) => `${r.id}:${r.etag}`).sort();
  return JSON.stringify(out);
}

async function approval() {
  const plan = (await t.app.store.plans.findAll()).find((p) => p.year === 2027)!;
  return { planId: plan.id, round: plan.approvalRound };
}

beforeAll(async () => {
  botFramework = await newKey('bf-1');
  entraTenant = await newKey('entra-1');
  keys = createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/v1/.well-known/keys') res.end(JSON.stringify({ keys: [botFramework.jwk] }));
    else if (req.url === `/${TENANT}/discovery/v2.0/keys`)
      res.end(JSON.stringify({ keys: [entraTenant.jwk] }));
    else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
  host = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
  a = await startFakeConnector();
  b = await startFakeConnector();
  listener = await startRecordingListener();
  t = await startTestApp({
    env: { BOT_ID, BOT_PASSWORD: 'inte-ett-riktigt-lösenord', BOT_SERVICE_URLS: `${a.url},${b.url}` },
    bot: {
      cloud: withOverrides(PUBLIC, {
        openIdMetadataUrl: `${host}/v1/.well-known/openidconfiguration`,
        loginEndpoint: host,
      }),
    },
  });
  ch = {
    serviceUrl: a.url,
    teamId: '19:team-jwt@thread.tacv2',
    channelId: '19:kanal-jwt@thread.tacv2',
    tenantId: 'tenant-1',
  };
});
afterAll(async () => {
  await t.stop();
  await Promise.all([a.close(), b.close(), listener.close()]);
  await new Promise<void>((resolve) => keys.close(() => resolve()));
});

it('a card action signed by the Bot Connector for this serviceUrl is handled (the control)', async () => {
  const res = await send(
    cardAction(ch, owner, 'plan.refresh', await approval()),
    await connectorToken(a.url),
  );
  expect(res.status).toBe(200);
  expect(await t.app.store.conversations.findAll({ conversationId: ch.channelId })).toHaveLength(1);
});

it('a signed activity naming a serviceUrl off the allow-list is refused (400): no request, nothing stored', async () => {
  const before = await snapshot();
  for (const serviceUrl of [`${listener.url}/internal/admin/delete?x=`, `${listener.url}/`]) {
    const at = { ...ch, serviceUrl, channelId: '19:kanal-annan@thread.tacv2' };
    const token = await connectorToken(serviceUrl);
    expect((await send(message(at, owner, 'hjälp'), token)).status).toBe(400);
    expect((await send(cardAction(at, owner, 'plan.approve', await approval()), token)).status).toBe(400);
  }
  await new Promise((r) => setTimeout(r, 50));
  expect(listener.requests).toEqual([]);
  expect(await snapshot()).toBe(before);
});

it('a token for one connector address does not vouch for another (401)', async () => {
  const before = await snapshot();
  const at = { ...ch, serviceUrl: b.url };
  expect(
    (await send(cardAction(at, owner, 'plan.approve', await approval()), await connectorToken(a.url))).status,
  ).toBe(401);
  expect(
    (await send(cardAction(at, owner, 'plan.approve', await approval()), await connectorToken(undefined)))
      .status,
  ).toBe(401);
  expect(await snapshot()).toBe(before);
});

it('an Entra token for the bot app (which any tenant can obtain) is refused: it names no serviceUrl', async () => {
  // The SDK accepts it (issuer and key of the token's own tenant) and checks no serviceurl for it.
  const before = await snapshot();
  const res = await send(cardAction(ch, owner, 'plan.approve', await approval()), await entraToken());
  expect(res.status).toBe(401);
  expect(await snapshot()).toBe(before);
});

it('a signed activity from another allowed address is answered, but the stored reference stays', async () => {
  const [stored] = await t.app.store.conversations.findAll({ conversationId: ch.channelId });
  const at = { ...ch, serviceUrl: b.url };
  const res = await send(
    cardAction(at, owner, 'plan.refresh', await approval()),
    await connectorToken(b.url),
  );
  expect(res.status).toBe(200);
  const [after] = await t.app.store.conversations.findAll({ conversationId: ch.channelId });
  expect(after).toEqual(stored);
  expect(after!.serviceUrl).toBe(a.url);
  // Another tenant never: a conversation id does not move between tenants.
  const foreign = { ...ch, tenantId: 'tenant-2' };
  expect(
    (await send(cardAction(foreign, owner, 'plan.refresh', await approval()), await connectorToken(a.url)))
      .status,
  ).toBe(403);
});
