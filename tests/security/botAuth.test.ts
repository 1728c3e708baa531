// With bot credentials configured, the Teams SDK checks the Bot Connector's token on every activity:
// a request without one, or with one we signed ourselves, is refused and changes nothing.
import { generateKeyPair, SignJWT } from 'jose';
import { demoObjectId } from '../../src/demo/seed';
import { cardAction } from '../support/activities';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
const BOT_ID = 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff';

beforeAll(async () => {
  t = await startTestApp({
    env: { BOT_ID, BOT_PASSWORD: 'inte-ett-riktigt-lösenord', BOT_SERVICE_URLS: 'http://127.0.0.1:9' },
  });
});
afterAll(async () => {
  await t.stop();
});

async function approveAsOwner(authorization?: string) {
  const plan = (await t.app.store.plans.findAll()).find((p) => p.year === 2027)!;
  const activity = cardAction(
    { serviceUrl: 'http://127.0.0.1:9', teamId: '19:t', channelId: '19:c', tenantId: 'tenant-1' },
    { aadObjectId: demoObjectId('akn.ownerBusiness'), teamsUserId: '29:ob', name: 'Karin Westberg' },
    'plan.approve',
    { planId: plan.id, round: plan.approvalRound },
  );
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(authorization ? { Authorization: authorization } : {}),
    },
    body: JSON.stringify(activity),
  });
  return { status: res.status, plan };
}

it('an activity without a token is refused (401) and changes nothing', async () => {
  const before = JSON.stringify(await t.app.store.planApprovals.findAll());
  const { status } = await approveAsOwner();
  expect(status).toBe(401);
  expect(JSON.stringify(await t.app.store.planApprovals.findAll())).toBe(before);
  expect(await t.app.store.conversations.findAll()).toEqual([]);
});

it('a token we signed ourselves (claiming to be the Bot Connector) is refused', async () => {
  const { privateKey } = await generateKeyPair('RS256');
  const forged = await new SignJWT({ serviceurl: 'http://127.0.0.1:9' })
    .setProtectedHeader({ alg: 'RS256', kid: 'forged' })
    .setIssuer('https://api.botframework.com')
    .setAudience(BOT_ID)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
  const before = JSON.stringify(await t.app.store.planApprovals.findAll());
  const { status } = await approveAsOwner(`Bearer ${forged}`);
  expect(status).toBe(401);
  expect(JSON.stringify(await t.app.store.planApprovals.findAll())).toBe(before);
});
