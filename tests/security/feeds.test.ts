// Issue 12, finding 3: in Entra mode the calendar feeds answered anyone, with the names and e-mail
// addresses of organiser and attendees. Now a feed answers only through a person's own link (a 256-bit
// token, stored hashed, revocable); without one it is the 404 of a calendar that does not exist.
import { randomBytes } from 'node:crypto';
import { demoObjectId } from '../../src/demo/seed';
import type { Logger } from '../../src/services/ports/logger';
import { startFakeEntra, type FakeEntra } from '../support/fakeEntra';
import { DEMO_NOW, startTestApp, type TestApp } from '../support/testApp';

let entra: FakeEntra;
let t: TestApp;
let aknId: string;
let psgId: string;
/** Every name and e-mail address a feed could give away. */
let personal: string[];
const logged: string[] = [];
const logger: Logger = {
  log: (level, message, fields) => void logged.push(JSON.stringify({ level, message, ...fields })),
  enabled: () => true,
};

beforeAll(async () => {
  entra = await startFakeEntra();
  t = await startTestApp({
    env: { ...entra.env, BOT_ID: 'bbbbbbbb-cccc-4ddd-8eee-ffffffffffff', BOT_PASSWORD: 'inte-på-riktigt' },
    logger,
  });
  aknId = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!.id;
  psgId = (await t.app.store.forums.findAll({ kind: 'psg' }))[0]!.id;
  personal = (await t.app.store.people.findAll()).flatMap((p) => [p.displayName, p.email]);
});
afterAll(async () => {
  await t.stop();
  await entra.close();
});

const bearer = async (oid: string) => ({ Authorization: `Bearer ${await entra.token(oid, DEMO_NOW)}` });
const owner = () => bearer(demoObjectId('akn.ownerBusiness'));

async function feed(path: string, token?: string) {
  const res = await fetch(
    `${t.url}${path}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`,
  );
  return { status: res.status, body: await res.text(), headers: res.headers };
}

function expectNothingRevealed(res: { status: number; body: string }) {
  expect(res.status).toBe(404);
  expect(res.body).toBe('Hittade inte kalendern.');
  for (const p of personal) expect(res.body).not.toContain(p);
}

async function issue(headers: Record<string, string>) {
  const res = await t.call('POST', '/api/me/feed-token', { headers });
  expect(res.status).toBe(201);
  return res.body as { token: string; createdAt: string };
}

it('a feed without a token answers 404 and names nobody', async () => {
  expectNothingRevealed(await feed(`/calendar/objects/${aknId}.ics`));
  expectNothingRevealed(await feed(`/calendar/forums/${psgId}.ics`));
});

it('a wrong token, malformed or well-formed, is the same 404 as an unknown calendar', async () => {
  expectNothingRevealed(await feed(`/calendar/objects/${aknId}.ics`, 'gissning'));
  expectNothingRevealed(await feed(`/calendar/objects/${aknId}.ics`, randomBytes(32).toString('base64url')));
  const { token } = await issue(await owner());
  expectNothingRevealed(await feed(`/calendar/forums/finns-inte.ics`, token));
  expectNothingRevealed(await feed(`/calendar/objects/finns-inte.ics`, token));
});

it('with a valid token: the calendar, with the people invited, cached by nobody in between', async () => {
  const { token } = await issue(await owner());
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const res = await feed(`/calendar/objects/${aknId}.ics`, token);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
  expect(res.headers.get('cache-control')).toBe('private, no-store');
  expect(res.body).toContain('BEGIN:VCALENDAR');
  expect(res.body).toContain('Karin Westberg');
  expect((await feed(`/calendar/forums/${psgId}.ics`, token)).status).toBe(200);
  // The token travels in the query, which the request log does not record.
  expect(logged.some((l) => l.includes(token))).toBe(false);
});

it('a new link ends the old one; a revoked link answers 404', async () => {
  const first = await issue(await owner());
  const second = await issue(await owner());
  expectNothingRevealed(await feed(`/calendar/objects/${aknId}.ics`, first.token));
  expect((await feed(`/calendar/objects/${aknId}.ics`, second.token)).status).toBe(200);
  expect((await t.call('GET', '/api/me/feed-token', { headers: await owner() })).body).toEqual({
    active: true,
    createdAt: second.createdAt,
  });

  const revoked = await t.call('POST', '/api/me/feed-token/revoke', { headers: await owner() });
  expect(revoked.status).toBe(204);
  expectNothingRevealed(await feed(`/calendar/objects/${aknId}.ics`, second.token));
  expect((await t.call('GET', '/api/me/feed-token', { headers: await owner() })).body).toEqual({
    active: false,
    createdAt: null,
  });
});

it('only the hash is stored, and making and revoking links is audited with who did it', async () => {
  const { token } = await issue(await owner());
  await t.call('POST', '/api/me/feed-token/revoke', { headers: await owner() });
  const karin = t.person('Karin Westberg');
  const stored = await t.app.store.feedTokens.findAll({ personId: karin });
  expect(JSON.stringify(stored)).not.toContain(token);
  const entries = await t.app.store.auditLog.findAll({ collection: 'feedTokens' });
  expect(JSON.stringify(entries)).not.toContain(token);
  const mine = entries.filter((e) => e.actorId === karin && e.via === 'api');
  expect(mine.map((e) => e.action)).toEqual(expect.arrayContaining(['create', 'update']));
  expect(mine.find((e) => e.action === 'update' && (e.after as any)?.revokedAt)).toBeDefined();
});

it('the links are the signed-in person’s: none without sign-in, none for a person without a role', async () => {
  expect((await t.call('POST', '/api/me/feed-token')).status).toBe(401);
  expect((await t.call('GET', '/api/me/feed-token')).status).toBe(401);
  const oid = '0e0e0e0e-0000-4000-8000-00000000000e';
  await t.app.store.people.create({
    displayName: 'Utan Roll',
    email: 'utan.roll@example.se',
    title: '',
    entraObjectId: oid,
  });
  const refused = await t.call('POST', '/api/me/feed-token', { headers: await bearer(oid) });
  expect(refused.status).toBe(403);
  expect(refused.body.error.message).toContain('roll');
});

it('a link stops working when its holder no longer holds a role', async () => {
  const oid = '0d0d0d0d-0000-4000-8000-00000000000d';
  const person = await t.app.store.people.create({
    displayName: 'Tillfällig Specialist',
    email: 'tillfallig@example.se',
    title: '',
    entraObjectId: oid,
  });
  const role = await t.app.store.roleAssignments.create({
    personId: person.id,
    role: 'specialistIt',
    objectId: aknId,
  });
  const { token } = await issue(await bearer(oid));
  expect((await feed(`/calendar/objects/${aknId}.ics`, token)).status).toBe(200);
  await t.app.store.roleAssignments.delete(role.id);
  expectNothingRevealed(await feed(`/calendar/objects/${aknId}.ics`, token));
});
