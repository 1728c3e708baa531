// Issue 15: replacing the holder of a role in one step — POST /api/role-assignments/{id}/replace ends the
// old appointment and makes the new one in one transaction (both audited), refuses a stale eTag (409),
// and asks who is calling before it reads the body (a person without the right gets 403, not 400).
// Runs on the embedded store and, in the api-sharepoint project, on SharePoint over the Graph fake.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let aknId: string;
let newcomer: string;

beforeAll(async () => {
  t = await startTestApp();
  aknId = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!.id;
  const created = await t.call('POST', '/api/people', {
    as: t.person('Lena Holm'),
    body: { displayName: 'Ny Specialist', email: 'ny.specialist@example.se', title: 'Systemförvaltare' },
  });
  expect(created.status).toBe(201);
  newcomer = created.body.id;
});
afterAll(async () => {
  await t.stop();
});

const assignmentsOf = async (role: string) =>
  (await t.app.store.roleAssignments.findAll({ objectId: aknId })).filter((a) => a.role === role);
const stateOf = async () =>
  JSON.stringify(
    (await t.app.store.roleAssignments.findAll({ objectId: aknId })).map((a) => `${a.id}:${a.etag}`).sort(),
  );

it('a person who does not appoint the role is refused before the body is read; nothing changes', async () => {
  const [held] = await assignmentsOf('specialistIt');
  const before = await stateOf();
  const res = await t.call('POST', `/api/role-assignments/${held!.id}/replace`, {
    as: t.person('Sara Engström'),
    ifMatch: held!.etag,
    body: { inteEttFält: 1 },
  });
  expect(res.status).toBe(403);
  expect(res.body.error.message).toMatch(/objektledare/i);
  expect(await stateOf()).toBe(before);
});

it('an allowed person with a bad body gets 400 naming the field', async () => {
  const [held] = await assignmentsOf('specialistIt');
  const res = await t.call('POST', `/api/role-assignments/${held!.id}/replace`, {
    as: t.person('Oskar Lindell'),
    ifMatch: held!.etag,
    body: {},
  });
  expect(res.status).toBe(400);
  expect(JSON.stringify(res.body.error.fields)).toContain('personId');
});

it('a stale eTag is a 409 and the old holder stays', async () => {
  const [held] = await assignmentsOf('specialistIt');
  const before = await stateOf();
  const res = await t.call('POST', `/api/role-assignments/${held!.id}/replace`, {
    as: t.person('Oskar Lindell'),
    ifMatch: '"stale"',
    body: { personId: newcomer },
  });
  expect(res.status).toBe(409);
  expect(await stateOf()).toBe(before);
});

it('replacing with someone who already holds the role is a 409 and changes nothing', async () => {
  const [held] = await assignmentsOf('specialistIt');
  const before = await stateOf();
  const res = await t.call('POST', `/api/role-assignments/${held!.id}/replace`, {
    as: t.person('Oskar Lindell'),
    ifMatch: held!.etag,
    body: { personId: held!.personId },
  });
  expect(res.status).toBe(409);
  expect(await stateOf()).toBe(before);
});

it('the leader replaces a specialist in one step: the old ends, the new starts, both audited', async () => {
  const [held] = await assignmentsOf('specialistIt');
  const leader = t.person('Oskar Lindell');
  const res = await t.call('POST', `/api/role-assignments/${held!.id}/replace`, {
    as: leader,
    ifMatch: held!.etag,
    body: { personId: newcomer },
  });
  expect(res.status).toBe(201);
  expect(res.body).toMatchObject({ personId: newcomer, role: 'specialistIt', objectId: aknId });
  expect(await t.app.store.roleAssignments.get(held!.id)).toBeUndefined();
  const now = (await assignmentsOf('specialistIt')).map((a) => a.personId);
  expect(now).toContain(newcomer);
  expect(now).not.toContain(held!.personId);

  // Item ids are per list on SharePoint: the same id can name records of other collections.
  const log = async (recordId: string) =>
    (await t.app.store.auditLog.findAll({ recordId })).filter((e) => e.collection === 'roleAssignments');
  const ended = await log(held!.id);
  const started = await log(res.body.id);
  expect(ended.map((e) => [e.action, e.actorId])).toEqual([['delete', leader]]);
  expect(started.map((e) => [e.action, e.actorId])).toEqual([['create', leader]]);
});

it('a single-holder role is replaced without leaving it vacant or doubled (the business owner’s leader)', async () => {
  const [held] = await assignmentsOf('leaderBusiness');
  const res = await t.call('POST', `/api/role-assignments/${held!.id}/replace`, {
    as: t.person('Karin Westberg'),
    ifMatch: held!.etag,
    body: { personId: newcomer },
  });
  expect(res.status).toBe(201);
  expect((await assignmentsOf('leaderBusiness')).map((a) => a.personId)).toEqual([newcomer]);
});
