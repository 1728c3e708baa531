// When the outbox is read: a burst of nudges shares one pass, and a kick while a pass runs is followed by
// another pass (the running one may have read the outbox before the kick's message was written).
import { join } from 'node:path';
import type { OutboxMessage } from '../../../src/domain/model';
import type { CardRenderer } from '../../../src/adapters/bot/cardRenderer';
import type { Connector } from '../../../src/adapters/bot/connector';
import { OutboxDispatcher } from '../../../src/adapters/bot/outboxDispatcher';
import { openSqliteStore } from '../../../src/adapters/sqlite/sqliteStore';
import type { Logger } from '../../../src/services/ports/logger';
import type { Store } from '../../../src/services/ports/store';
import { eventually } from '../../support/eventually';
import { tempDir } from '../../support/tempDir';

const NOW = new Date('2026-11-23T10:00:00Z');

function message(n: number): OutboxMessage {
  return {
    action: 'post',
    subject: { type: 'planApproval', planId: `plan-${n}` },
    subjectKey: `planApproval:plan-${n}|19:c`,
    conversationId: '19:c',
    serviceUrl: 'https://smba.example/',
    locale: 'sv',
    status: 'pending',
    attempts: 0,
    nextAttemptAt: NOW.toISOString(),
    lastError: '',
    activityId: null,
  };
}

let dir: ReturnType<typeof tempDir>;
let store: Store;
let posted: string[];
let passes: number;
/** Posts begun (a pass that has begun one has read the outbox). */
let posting: number;
/** Holds each post until the test lets it go, to keep a pass running. */
let gate: Promise<void>;
/** Every dispatcher a test made, stopped after it even when it fails (a live one would count passes in the next test). */
let made: OutboxDispatcher[];

function dispatcher(nudgeDelayMs: number) {
  const connector: Connector = {
    async post(_url, _conversation, card) {
      posting++;
      await gate;
      posted.push(String((card as { planId?: string }).planId));
      return `activity-${posted.length}`;
    },
    async update() {},
  };
  const renderer = {
    render: async (subject: { planId: string }) => ({ planId: subject.planId }),
  } as unknown as CardRenderer;
  const silent: Logger = { log() {}, enabled: () => false };
  const d = new OutboxDispatcher(store, renderer, connector, { now: () => NOW }, silent, {
    intervalMs: 3_600_000,
    nudgeDelayMs,
  });
  made.push(d);
  const runOnce = d.runOnce.bind(d);
  d.runOnce = () => {
    passes++;
    return runOnce();
  };
  return d;
}

beforeEach(() => {
  dir = tempDir();
  store = openSqliteStore({ path: join(dir.path, 'o.db') });
  posted = [];
  passes = 0;
  posting = 0;
  gate = Promise.resolve();
  made = [];
});

afterEach(async () => {
  jest.useRealTimers();
  for (const d of made) await d.stop();
  await store.close();
  dir.cleanup();
});

it('nudges within the delay share one pass, which sends every message queued meanwhile', async () => {
  // The nudge's delay runs on a fake clock, so a slow machine cannot stretch the burst past it; the
  // store's group commit (setImmediate) still runs for real.
  jest.useFakeTimers({ doNotFake: ['Date', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask'] });
  const d = dispatcher(30);
  for (let n = 1; n <= 5; n++) {
    await store.outbox.create(message(n));
    d.nudge();
  }
  expect(passes).toBe(0); // nothing yet: the requests that nudged have answered first
  jest.advanceTimersByTime(29);
  expect(passes).toBe(0);
  jest.advanceTimersByTime(1);
  expect(passes).toBe(1);
  jest.useRealTimers();
  await eventually(async () => posted.length, 5);
  expect(posted.sort()).toEqual(['plan-1', 'plan-2', 'plan-3', 'plan-4', 'plan-5']);
  expect(passes).toBe(1);
  await d.stop();
});

it('a kick while a pass runs gets a pass of its own after it, shared with other kicks meanwhile', async () => {
  const d = dispatcher(3_600_000);
  let release!: () => void;
  gate = new Promise((r) => (release = r));
  await store.outbox.create(message(1));
  const first = d.kick();
  await eventually(async () => posting, 1);
  // Written after the running pass read the outbox: that pass cannot see it.
  await store.outbox.create(message(2));
  const second = d.kick();
  const third = d.kick();
  expect(third).toBe(second);
  release();
  expect(await first).toBe(1);
  expect(await second).toBe(1);
  expect(posted).toEqual(['plan-1', 'plan-2']);
  expect(passes).toBe(2);
  await d.stop();
});

it('a stopped dispatcher runs no more passes: nudges are ignored and kicks send nothing', async () => {
  const d = dispatcher(10);
  await d.stop();
  await store.outbox.create(message(1));
  d.nudge();
  expect(await d.kick()).toBe(0);
  await new Promise((r) => setTimeout(r, 50));
  expect(passes).toBe(0);
  // Started again, it sends.
  d.start();
  expect(await d.kick()).toBe(1);
  await d.stop();
});

describe('what happens to a post whose outcome is lost (issue 12: a card was posted twice)', () => {
  let now: number;
  let calls: string[];
  let failWith: unknown;

  function lossy() {
    const connector: Connector = {
      async post(_url, _conversation, card) {
        calls.push(`post ${String((card as { planId?: string }).planId)}`);
        if (failWith) throw failWith;
        return `activity-${calls.length}`;
      },
      async update(_url, _conversation, activityId) {
        calls.push(`update ${activityId}`);
      },
    };
    const renderer = {
      render: async (subject: { planId: string }) => ({ planId: subject.planId }),
    } as unknown as CardRenderer;
    const logged: string[] = [];
    const logger: Logger = { log: (_l, m) => void logged.push(m), enabled: () => true };
    const d = new OutboxDispatcher(store, renderer, connector, { now: () => new Date(now) }, logger, {
      intervalMs: 3_600_000,
      nudgeDelayMs: 3_600_000,
    });
    return { d, logged };
  }

  beforeEach(() => {
    // The store stamps updatedAt with the real clock: the lease is counted from there.
    now = Date.now();
    calls = [];
    failWith = undefined;
  });

  it('a post left in "sending" by an instance that died is marked uncertain after the lease, never re-posted', async () => {
    const { d, logged } = lossy();
    const m = await store.outbox.create({ ...message(1), status: 'sending' });
    expect(await d.kick()).toBe(0);
    now += 3 * 60_000;
    expect(await d.kick()).toBe(0);
    now += 60 * 60_000;
    expect(await d.kick()).toBe(0);
    expect(calls).toEqual([]);
    expect(await store.outbox.get(m.id)).toMatchObject({ status: 'uncertain' });
    expect(logged).toContain('card may have been posted; not posted again');
  });

  it('an update left in "sending" is sent again after the lease: replacing a card twice shows the same', async () => {
    const { d } = lossy();
    const m = await store.outbox.create({
      ...message(1),
      action: 'update',
      status: 'sending',
      activityId: 'activity-7',
    });
    now += 3 * 60_000;
    expect(await d.kick()).toBe(1);
    expect(calls).toEqual(['update activity-7']);
    expect(await store.outbox.get(m.id)).toMatchObject({ status: 'sent' });
  });

  it('a connection that breaks after the request left: uncertain, not retried', async () => {
    const { d } = lossy();
    failWith = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    const m = await store.outbox.create(message(1));
    expect(await d.kick()).toBe(0);
    now += 60 * 60_000;
    failWith = undefined;
    expect(await d.kick()).toBe(0);
    expect(calls).toEqual(['post plan-1']);
    expect(await store.outbox.get(m.id)).toMatchObject({
      status: 'uncertain',
      attempts: 1,
      lastError: expect.stringContaining('ECONNRESET'),
    });
  });

  it('an answer from the Bot Connector, or no connection at all, says it was not posted: retried', async () => {
    const { d } = lossy();
    failWith = Object.assign(new Error('Request failed with status code 503'), {
      response: { status: 503, headers: {} },
    });
    const a = await store.outbox.create(message(1));
    expect(await d.kick()).toBe(0);
    failWith = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    now += 60_000;
    expect(await d.kick()).toBe(0);
    expect(await store.outbox.get(a.id)).toMatchObject({ status: 'pending', attempts: 2 });
    failWith = undefined;
    now += 60_000;
    expect(await d.kick()).toBe(1);
    expect(calls).toEqual(['post plan-1', 'post plan-1', 'post plan-1']);
    expect(await store.outbox.get(a.id)).toMatchObject({ status: 'sent', attempts: 3 });
  });

  it('the card is rendered before the claim: a render that fails leaves the message pending, unclaimed', async () => {
    const connector: Connector = { post: async () => 'x', update: async () => undefined };
    const renderer = {
      render: async () => {
        throw new Error('the plan is gone');
      },
    } as unknown as CardRenderer;
    const silent: Logger = { log() {}, enabled: () => false };
    const d = new OutboxDispatcher(store, renderer, connector, { now: () => new Date(now) }, silent, {
      intervalMs: 3_600_000,
      nudgeDelayMs: 3_600_000,
    });
    const m = await store.outbox.create(message(1));
    expect(await d.kick()).toBe(0);
    expect(await store.outbox.get(m.id)).toMatchObject({
      status: 'pending',
      attempts: 1,
      lastError: 'the plan is gone',
    });
  });
});
