// The message extension driven through the bot's real endpoint (/api/messages) with the invokes Teams
// sends: composeExtension/query from the compose box, composeExtension/submitAction from a message's "…"
// menu, and composeExtension/queryLink for a pasted Objektnav address, on the embedded store with the
// demo data.
import {
  composeQuery,
  composeQueryLink,
  composeSubmit,
  type ChannelContext,
  speaker,
  type Speaker,
} from '../../support/activities';
import { startFakeConnector, type FakeConnector } from '../../support/fakeConnector';
import { startTestApp, type TestApp } from '../../support/testApp';

let t: TestApp;
let connector: FakeConnector;
let ch: ChannelContext;
let akn: { id: string };

const leader = speaker('akn.leaderIt', 'Oskar Lindell');
const stranger: Speaker = {
  aadObjectId: '11111111-2222-4333-8444-555555555555',
  teamsUserId: '29:stranger',
  name: 'Okänd',
};

/** Teams' limit for a message extension's answer; ours should be far inside it. */
const TEAMS_LIMIT_MS = 5000;

async function send(activity: object) {
  const started = performance.now();
  const res = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined, ms: performance.now() - started };
}

const cards = (body: any): any[] => body.composeExtension.attachments.map((a: any) => a.content);
const titleOf = (card: any): string => card.body[1].text;
const factsOf = (card: any): Record<string, string> =>
  Object.fromEntries(card.body[2].facts.map((f: any) => [f.title, f.value]));

beforeAll(async () => {
  connector = await startFakeConnector();
  t = await startTestApp({ env: { BOT_SERVICE_URLS: connector.url } });
  ch = {
    serviceUrl: connector.url,
    teamId: '19:team-akn@thread.tacv2',
    channelId: '19:kanal-akn@thread.tacv2',
    tenantId: 'tenant-1',
  };
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
});

afterAll(async () => {
  await t.stop();
  await connector.close();
});

describe('composeExtension/query', () => {
  it('finds an object by its code: the object first, a card with its essentials and "Öppna i Objektnav"', async () => {
    const res = await send(composeQuery(ch, leader, 'AKN'));
    expect(res.status).toBe(200);
    expect(res.body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    const [first, ...rest] = res.body.composeExtension.attachments;
    expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(first.preview).toMatchObject({
      contentType: 'application/vnd.microsoft.card.thumbnail',
      content: { title: 'Objekt: Administration, kommunikation och näringsliv (AKN)' },
    });
    const card = first.content;
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(titleOf(card)).toBe('Administration, kommunikation och näringsliv \\(AKN\\)');
    expect(factsOf(card)['Objektägare']).toContain('Karin Westberg');
    expect(factsOf(card)['Objektägare']).toContain('Mikael Borg');
    expect(factsOf(card)['Objektledare']).toContain('Oskar Lindell');
    expect(card.actions).toEqual([
      { type: 'Action.OpenUrl', title: 'Öppna i Objektnav', url: `${t.url}/tab/objects/${akn.id}` },
    ]);
    // Then the object's plans, newest first, each opening the plan view of its year.
    const plans = rest.map((a: any) => a.content).filter((c: any) => c.body[0].text === 'Objektplan');
    expect(plans.length).toBeGreaterThan(0);
    expect(titleOf(plans[0])).toBe('Objektplan AKN 2027');
    expect(plans[0].actions[0].url).toBe(`${t.url}/tab/objects/${akn.id}?view=plan&year=2027`);
  });

  it('finds by name: an object by a word of its name, a system, a plan by "AKN 2027", a decision by its title', async () => {
    const byName = cards((await send(composeQuery(ch, leader, 'kommunikation'))).body);
    expect(titleOf(byName[0])).toContain('\\(AKN\\)');

    const system = cards((await send(composeQuery(ch, leader, 'W3D3'))).body)[0];
    expect(system.body[0].text).toBe('System');
    expect(titleOf(system)).toBe('W3D3');
    expect(factsOf(system)).toMatchObject({ Objekt: 'AKN', Leverantör: 'Formpipe' });
    expect(system.actions[0].url).toMatch(/\/tab\/it\?section=systems&system=/);

    const plan = cards((await send(composeQuery(ch, leader, 'AKN 2027'))).body)[0];
    expect(titleOf(plan)).toBe('Objektplan AKN 2027');
    expect(factsOf(plan)['Planår']).toBe('2027');

    const decision = cards((await send(composeQuery(ch, leader, 'budgetförutsättningar'))).body)[0];
    expect(decision.body[0].text).toBe('Beslut');
    expect(titleOf(decision)).toBe('Budgetförutsättningar för objektplanerna 2027');
    expect(factsOf(decision)).toMatchObject({ Forum: 'Portföljstyrgrupp (PSG)' });
    expect(decision.actions[0].url).toBe(`${t.url}/tab/portfolio`);
  });

  it('answers in English to an English client', async () => {
    const res = await send(composeQuery(ch, leader, 'AKN', { locale: 'en-US' }));
    const card = cards(res.body)[0];
    expect(card.body[0].text).toBe('Object');
    expect(factsOf(card)['Object owners']).toContain('Karin Westberg');
    expect(card.actions[0].title).toBe('Open in Objektnav');
  });

  it('says so when nothing matches', async () => {
    const res = await send(composeQuery(ch, leader, 'finnsinte'));
    expect(res.body.composeExtension).toEqual({
      type: 'message',
      text: expect.stringContaining('Inget i Objektnav matchar "finnsinte"'),
    });
  });

  it('from a message\'s "…" menu (the action command), shares what the message names, or what is typed', async () => {
    const named = await send(composeSubmit(ch, leader, {}, 'Har alla läst AKN 2027 inför mötet?'));
    expect(named.status).toBe(200);
    expect(titleOf(cards(named.body)[0])).toBe('Objektplan AKN 2027');
    const typed = await send(composeSubmit(ch, leader, { query: 'W3D3' }, 'Vad gäller för avtalet?'));
    expect(titleOf(cards(typed.body)[0])).toBe('W3D3');
    const refused = await send(composeSubmit(ch, stranger, {}, 'AKN'));
    expect(refused.body.composeExtension.type).toBe('message');
  });

  it('opened without a query, lists the objects the person holds a role in', async () => {
    const res = await send({
      ...composeQuery(ch, leader, ''),
      value: { commandId: 'searchObjektnav', parameters: [{ name: 'initialRun', value: 'true' }] },
    });
    expect(cards(res.body).map(titleOf)).toEqual(['Administration, kommunikation och näringsliv \\(AKN\\)']);
  });

  it('respects permissions: someone Objektnav does not know is told so and sees nothing of the register', async () => {
    const res = await send(composeQuery(ch, stranger, 'AKN'));
    expect(res.status).toBe(200);
    expect(res.body.composeExtension.type).toBe('message');
    expect(res.body.composeExtension.text).toContain('Objektnav känner inte igen ditt konto');
    expect(JSON.stringify(res.body)).not.toContain('Karin Westberg');
    // Nothing was posted into the conversation: the answer is the invoke's own.
    expect(connector.calls).toHaveLength(0);
  });

  it("answers well within Teams' time limit on the embedded store", async () => {
    const times: number[] = [];
    for (const q of ['AKN', 'kommunikation', 'W3D3', 'AKN 2027', 'PSG', '']) {
      const res = await send(composeQuery(ch, leader, q));
      expect(res.status).toBe(200);
      times.push(res.ms);
    }
    // Half the limit: the reads are a handful of indexed or whole-collection queries on a local file.
    expect(Math.max(...times)).toBeLessThan(TEAMS_LIMIT_MS / 2);
  });
});

describe('composeExtension/queryLink', () => {
  it('unfurls an Objektnav address of an object into the same card the search gives', async () => {
    const res = await send(composeQueryLink(ch, leader, `${t.url}/tab/objects/${akn.id}`));
    expect(res.status).toBe(200);
    const [card] = cards(res.body);
    expect(titleOf(card)).toBe('Administration, kommunikation och näringsliv \\(AKN\\)');
    const searched = cards((await send(composeQuery(ch, leader, 'AKN'))).body)[0];
    expect(card).toEqual(searched);
  });

  it("unfurls a plan's address into the plan's card", async () => {
    const res = await send(
      composeQueryLink(ch, leader, `${t.url}/tab/objects/${akn.id}?view=plan&year=2027`),
    );
    expect(titleOf(cards(res.body)[0])).toBe('Objektplan AKN 2027');
  });

  it('leaves other addresses, unknown records and unknown people alone (no card)', async () => {
    for (const [who, url] of [
      [leader, 'https://example.org/tab/objects/x'],
      [leader, `${t.url}/tab/objects/finns-inte`],
      [leader, `${t.url}/api/objects`],
      [stranger, `${t.url}/tab/objects/${akn.id}`],
    ] as const) {
      const res = await send(composeQueryLink(ch, who, url));
      expect(res.status).toBe(200);
      expect(res.body.composeExtension).toEqual({
        type: 'result',
        attachmentLayout: 'list',
        attachments: [],
      });
    }
  });
});
