// Issue 19: the tab inside a Teams meeting finds its forum meeting by the meeting chat's thread. A meeting
// Objektnav booked with CALENDAR=graph is known from its join link; any other is linked once by the
// forum's convener. Runs on both stores (the api-sharepoint project reruns tests/api).
import { GraphCalendar } from '../../src/adapters/calendar/graphCalendar';
import { FakeGraphCalendar, startFakeGraphCalendar } from '../support/fakeGraphCalendar';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let fake: FakeGraphCalendar;
let osgId: string;

beforeAll(async () => {
  fake = await startFakeGraphCalendar();
  t = await startTestApp({
    calendar: new GraphCalendar({
      baseUrl: fake.baseUrl,
      token: async (personId) => FakeGraphCalendar.tokenFor(personId),
      retryDelaySeconds: 0.05,
    }),
  });
  const akn = (await t.app.store.objects.findAll({ code: 'AKN' }))[0]!;
  osgId = (await t.app.store.forums.findAll({ kind: 'osg', objectId: akn.id }))[0]!.id;
});
afterAll(async () => {
  await t.stop();
  await fake.close();
  expect(fake.unhandled).toEqual([]);
});

const resolve = (threadId: string) =>
  t.call('GET', `/api/teams-meetings?threadId=${encodeURIComponent(threadId)}`);

describe('which forum meeting a Teams meeting is', () => {
  it('a meeting booked in the convener’s calendar is known by its join link’s thread', async () => {
    const res = await t.call('POST', `/api/forums/${osgId}/meetings`, {
      as: t.person('Karin Westberg'),
      body: { title: 'OSG AKN – extra', start: '2026-11-24T09:00:00.000Z', end: '2026-11-24T10:00:00.000Z' },
    });
    expect(res.status).toBe(201);
    expect(res.body.teamsThreadId).toMatch(/^19:meeting_[A-Za-z0-9]+@thread\.v2$/);
    expect(decodeURIComponent(res.body.joinUrl)).toContain(res.body.teamsThreadId);
    const found = await resolve(res.body.teamsThreadId);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      meeting: { id: res.body.id },
      forum: { id: osgId },
      source: 'calendar',
    });
  });

  it('an unknown or malformed thread resolves to nothing', async () => {
    for (const threadId of ['19:meeting_nobody@thread.v2', 'inte ett möte']) {
      const res = await resolve(threadId);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ meeting: null, forum: null, source: null, attendees: [] });
    }
  });

  describe('a link made once by the convener', () => {
    const thread = '19:meeting_Yzk3ZDE0NzQtMjEyZi00@thread.v2';
    async function heldMeeting() {
      return (await t.app.store.meetings.findAll({ forumId: osgId })).find((m) => m.status === 'held')!;
    }

    it('is refused to anyone but the convener, before the body is read', async () => {
      const m = await heldMeeting();
      for (const who of ['Oskar Lindell', 'Mikael Borg', 'Erik Sjöberg']) {
        const res = await t.call('PUT', `/api/meetings/${m.id}/teams-meeting`, {
          as: t.person(who),
          ifMatch: m.etag,
          body: { fel: true },
        });
        expect(res.status).toBe(403);
      }
      expect((await t.app.store.meetings.get(m.id))!.teamsThreadId).toBeUndefined();
    });

    it('names the rule when the id is not a Teams meeting’s thread', async () => {
      const m = await heldMeeting();
      const res = await t.call('PUT', `/api/meetings/${m.id}/teams-meeting`, {
        as: t.person('Karin Westberg'),
        ifMatch: m.etag,
        body: { threadId: 'https://example.org/möte' },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.fields[0]).toMatchObject({ path: 'threadId' });
      expect(res.body.error.fields[0].message).toContain('19:meeting_');
    });

    it('is stored on the meeting, audited, and found by the same lookup', async () => {
      const m = await heldMeeting();
      const stale = await t.call('PUT', `/api/meetings/${m.id}/teams-meeting`, {
        as: t.person('Karin Westberg'),
        ifMatch: '"stale"',
        body: { threadId: thread },
      });
      expect(stale.status).toBe(409);
      const res = await t.call('PUT', `/api/meetings/${m.id}/teams-meeting`, {
        as: t.person('Karin Westberg'),
        ifMatch: m.etag,
        body: { threadId: thread },
      });
      expect(res.status).toBe(200);
      expect(res.body.teamsThreadId).toBe(thread);
      const found = await resolve(thread);
      expect(found.body).toMatchObject({ meeting: { id: m.id }, source: 'link' });
      const audit = await t.app.store.auditLog.findAll({ recordId: m.id });
      expect(audit.some((a) => a.actorId === t.person('Karin Westberg'))).toBe(true);
    });

    it('never takes a Teams meeting another forum’s meeting has', async () => {
      const psg = (await t.app.store.forums.findAll({ kind: 'psg' }))[0]!;
      const other = '19:meeting_cHNnLW1vdGV0@thread.v2';
      await t.app.store.meetings.create({
        forumId: psg.id,
        title: 'PSG',
        start: '2026-12-02T09:00:00.000Z',
        end: '2026-12-02T11:00:00.000Z',
        status: 'scheduled',
        teamsThreadId: other,
      });
      const m = await heldMeeting();
      const res = await t.call('PUT', `/api/meetings/${m.id}/teams-meeting`, {
        as: t.person('Karin Westberg'),
        ifMatch: m.etag,
        body: { threadId: other },
      });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain(psg.name);
      expect((await t.app.store.meetings.get(m.id))!.teamsThreadId).toBe(thread);
    });
  });
});
