// Rate limits (issue 12, finding 9): /api/messages per conversation and per remote address, answered
// 429 with Retry-After and storing nothing; and in demo mode, ids nobody has do not each get a write
// counter of their own (they share their address's).
import { demoObjectId } from '../../src/demo/seed';
import { installation, message, type ChannelContext, type Speaker } from '../support/activities';
import { startFakeConnector, type FakeConnector } from '../support/fakeConnector';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let connector: FakeConnector;
const leader: Speaker = {
  aadObjectId: demoObjectId('akn.leaderIt'),
  teamsUserId: '29:l',
  name: 'Oskar Lindell',
};
const channel = (n: number): ChannelContext => ({
  serviceUrl: connector.url,
  teamId: `19:team-rl-${n}@thread.tacv2`,
  channelId: `19:kanal-rl-${n}@thread.tacv2`,
  tenantId: 'tenant-1',
});

async function send(activity: object) {
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after') };
}

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApp({
    env: {
      BOT_SERVICE_URLS: connector.url,
      RATE_LIMIT_BOT_CONVERSATION: '3',
      RATE_LIMIT_BOT_ADDRESS: '8',
      RATE_LIMIT_WRITES_PER_MINUTE: '2',
    },
  });
});
afterAll(async () => {
  await t.stop();
  await connector.close();
});

describe('/api/messages', () => {
  it('per conversation: the fourth activity in a minute is 429 with Retry-After; another conversation goes on', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await send(message(channel(1), leader, 'hjälp')));
    expect(statuses.map((s) => s.status)).toEqual([200, 200, 200, 429]);
    expect(Number(statuses[3]!.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(statuses[3]!.retryAfter)).toBeLessThanOrEqual(60);
    expect((await send(message(channel(2), leader, 'hjälp'))).status).toBe(200);
    // Three replies in the first conversation, one in the second: the refused one got none.
    expect(connector.calls).toHaveLength(4);
  });

  it('per address: beyond the limit every activity is 429, and a refused one stores nothing', async () => {
    // Five activities so far from this address; three more reach the limit of eight.
    for (let n = 3; n <= 5; n++) expect((await send(message(channel(n), leader, 'hjälp'))).status).toBe(200);
    const refused = await send(installation(channel(6), leader));
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(await t.app.store.conversations.findAll({ teamId: channel(6).teamId })).toEqual([]);
    // Not even a malformed body is looked at.
    const res = await fetch(`${t.url}/api/messages`, { method: 'POST', body: '{' });
    expect(res.status).toBe(429);
  });
});

describe('demo-mode writes', () => {
  it('unknown ids count against their address, not each a counter of its own', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.call('POST', '/api/contracts', { as: `finns-inte-${i}`, body: {} });
      statuses.push(res.status);
    }
    // Two unknown ids use up the address's two writes; the next unknown ones wait like anyone would.
    expect(statuses).toEqual([401, 401, 429, 429]);
    // A known person has their own count.
    const known = await t.call('POST', '/api/contracts', { as: t.person('Oskar Lindell'), body: {} });
    expect(known.status).not.toBe(429);
  });
});
