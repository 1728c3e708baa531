// Copilot's questions (issue 19 point 3), each through the function the API plugin declares: the test
// reads the plugin and its OpenAPI description from the app package's sources, calls the mapped
// operation with the parameters the description names, on the demo data, checks the data, and renders
// the function's Adaptive Card template with each result as Copilot does.
import { Template } from 'adaptivecards-templating';
import { fillTemplate } from '../../src/appPackage/buildPackage';
import { COPILOT_FUNCTIONS, copilotFiles } from '../../src/appPackage/copilot';
import { startTestApp, type TestApp } from '../support/testApp';

// The library's ESM build does not load in Node; its UMD build does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

/** What the Adaptive Cards library finds wrong with a card (schema 1.5, as Copilot renders). */
function problems(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  context.targetVersion = AC.Versions.v1_5;
  card.parse(json, context);
  const out: string[] = [];
  for (let i = 0; i < context.eventCount; i++) out.push(context.getEventAt(i).message);
  for (const event of card.validateProperties().validationEvents) out.push(event.message);
  return out;
}

const PUBLIC_URL = 'https://objektnav.kommun.example';
const values = {
  PUBLIC_URL,
  APP_DOMAIN: 'objektnav.kommun.example',
  ENTRA_CLIENT_ID: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
  COPILOT_OAUTH_REFERENCE_ID: 'objektnav-oauth',
};
const { plugin, spec } = copilotFiles((t) => fillTemplate(t, values), '1.0.0', values) as any;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.stop();
});

/** The operation the plugin's function is bound to, in the plugin's own OpenAPI description. */
function operationOf(name: string) {
  for (const [path, ops] of Object.entries(spec.paths as Record<string, Record<string, any>>))
    for (const [method, op] of Object.entries(ops)) if (op.operationId === name) return { path, method, op };
  throw new Error(`no operation ${name}`);
}

/** Calls a function as Copilot would: only parameters the description names, path ones in the path. */
async function callFunction(name: string, args: Record<string, string>, as = t.person('Oskar Lindell')) {
  const { path, method, op } = operationOf(name);
  const params = op.parameters as { name: string; in: string; required: boolean }[];
  for (const key of Object.keys(args)) expect(params.map((p) => p.name)).toContain(key);
  for (const p of params) if (p.required) expect(args).toHaveProperty(p.name);
  let url = path;
  const query = new URLSearchParams();
  for (const p of params) {
    const value = args[p.name];
    if (value === undefined) continue;
    if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(value));
    else query.set(p.name, value);
  }
  const res = await t.call(method.toUpperCase(), `${url}${query.size ? `?${query}` : ''}`, { as });
  return res;
}

/** The function's answer cards: its static template expanded with each result at data_path. */
function cardsOf(name: string, body: unknown): any[] {
  const fn = plugin.functions.find((f: any) => f.name === name);
  const { data_path: dataPath, static_template: template } = fn.capabilities.response_semantics;
  // The plugins' data paths are one member of the answer ("$.contracts").
  const member = /^\$\.(\w+)$/.exec(dataPath)![1]!;
  const items = (body as Record<string, unknown[]>)[member]!;
  return items.map((item) => {
    const card = new Template(template).expand({ $root: item });
    // The rendered card is a valid Adaptive Card with nothing left unbound.
    expect(JSON.stringify(card)).not.toMatch(/\$\{/);
    expect(problems(card)).toEqual([]);
    return card;
  });
}

const textOf = (card: any) => JSON.stringify(card);

describe('Copilot functions, one per question, on the demo data', () => {
  it('declares exactly the functions the agent is for, each a read of the API', () => {
    expect(plugin.functions.map((f: any) => f.name).sort()).toEqual([...COPILOT_FUNCTIONS].sort());
    for (const name of COPILOT_FUNCTIONS) expect(operationOf(name).method).toBe('get');
  });

  it('"Vilka avtal måste sägas upp detta kvartal?" → the contracts whose last day of notice is in Q4 2026', async () => {
    const res = await callFunction('listContractsDueForNotice', {});
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ today: '2026-11-23', from: '2026-10-01', to: '2026-12-31' });
    const titles = res.body.contracts.map((c: any) => c.title);
    expect(titles).toContain('eArkiv LTA – licens, drift och support'); // notice by 2026-12-31
    expect(titles).toContain('Flexite ärendehantering – licens och support'); // notice by 2026-10-31
    expect(titles).not.toContain('W3D3 – licens, support och underhåll'); // notice by 2026-08-28: Q3
    for (const c of res.body.contracts)
      expect(c.noticeDate >= '2026-10-01' && c.noticeDate <= '2026-12-31').toBe(true);
    const lta = res.body.contracts.find((c: any) => c.title.startsWith('eArkiv LTA'));
    expect(lta).toMatchObject({
      objectCode: 'AKN',
      supplier: 'Formpipe',
      noticeDate: '2026-12-31',
      endDate: '2027-12-31',
    });

    const cards = cardsOf('listContractsDueForNotice', res.body);
    const card = cards[titles.indexOf(lta.title)];
    expect(textOf(card)).toContain('eArkiv LTA');
    expect(card.body[1].facts).toContainEqual({ title: 'Sista uppsägningsdag', value: '2026-12-31' });
    expect(card.actions[0].url).toBe(`${PUBLIC_URL}/tab/objects/${lta.objectId}?view=contracts`);
  });

  it('a period the question names (from, to) is used instead of the quarter', async () => {
    const res = await callFunction('listContractsDueForNotice', { from: '2026-07-01', to: '2026-09-30' });
    expect(res.body.contracts.map((c: any) => c.title)).toContain('W3D3 – licens, support och underhåll');
  });

  it('"Vilka planer är sena?" → the plans behind the year wheel, with the deadlines they missed', async () => {
    const res = await callFunction('listLatePlans', {});
    expect(res.status).toBe(200);
    expect(res.body.plans.length).toBeGreaterThan(0);
    for (const p of res.body.plans) {
      expect(p.late.length).toBeGreaterThan(0);
      for (const d of p.late) expect(d.due < '2026-11-23').toBe(true);
    }
    // AKN's 2027 plan is still preliminary: the approved plan was due in the autumn and is late.
    const akn = res.body.plans.find((p: any) => p.objectCode === 'AKN' && p.year === 2027);
    expect(akn).toMatchObject({ status: 'preliminary' });
    expect(akn.late.map((d: any) => d.deliverable)).toEqual(['objectPlanApproved']);

    const cards = cardsOf('listLatePlans', res.body);
    const card = cards[res.body.plans.indexOf(akn)];
    expect(card.body[0].text).toBe('Objektplan AKN 2027');
    expect(card.body[4].facts).toEqual([{ title: 'Objektplan godkänd av OSG', value: akn.late[0].due }]);
    expect(card.actions[0].url).toBe(`${PUBLIC_URL}/tab/objects/${akn.objectId}?view=plan&year=2027`);
  });

  it('"Vad beslutade PSG i september?" → forum=PSG, month=2026-09: the budget frame', async () => {
    const res = await callFunction('listForumDecisions', { forum: 'PSG', month: '2026-09' });
    expect(res.status).toBe(200);
    expect(res.body.forum).toMatchObject({ kind: 'psg', name: 'Portföljstyrgrupp (PSG)' });
    expect(res.body.decisions.map((d: any) => d.title)).toEqual([
      'Budgetförutsättningar för objektplanerna 2027',
    ]);
    expect(res.body.decisions[0].date.startsWith('2026-09')).toBe(true);

    const [card] = cardsOf('listForumDecisions', res.body);
    expect(card.body[0].text).toBe('Budgetförutsättningar för objektplanerna 2027');
    expect(card.body[1].facts[0]).toEqual({ title: 'Forum', value: 'Portföljstyrgrupp (PSG)' });
    expect(textOf(card)).toContain('oförändrad ram');
    expect(card.actions[0].url).toBe(`${PUBLIC_URL}/tab/portfolio`);
    // Another month has none; an object's code names its OSG.
    expect(
      (await callFunction('listForumDecisions', { forum: 'PSG', month: '2026-08' })).body.decisions,
    ).toEqual([]);
    const osg = await callFunction('listForumDecisions', { forum: 'AKN', month: '2026-09' });
    expect(osg.body.forum.kind).toBe('osg');
    expect(osg.body.decisions.map((d: any) => d.title)).toContain(
      'Förstärkning av förvaltningen av W3D3 under 2027',
    );
  });

  it('"Vem är objektägare för AKN?" → code=AKN: Karin Westberg (verksamhet) and Mikael Borg (it)', async () => {
    const res = await callFunction('getObjectRolesByCode', { code: 'AKN' });
    expect(res.status).toBe(200);
    expect(res.body.object).toMatchObject({ code: 'AKN' });
    const holders = (role: string) =>
      res.body.roles.find((r: any) => r.role === role).people.map((p: any) => p.displayName);
    expect(holders('ownerBusiness')).toEqual(['Karin Westberg']);
    expect(holders('ownerIt')).toEqual(['Mikael Borg']);

    const cards = cardsOf('getObjectRolesByCode', res.body);
    const owner = cards[res.body.roles.findIndex((r: any) => r.role === 'ownerBusiness')];
    expect(owner.body[0].text).toBe('Objektägare verksamhet');
    expect(owner.body[2].facts[0].title).toBe('Karin Westberg');
    // One role asked for, only that one.
    const only = await callFunction('getObjectRolesByCode', { code: 'akn', role: 'ownerIt' });
    expect(only.body.roles.map((r: any) => r.role)).toEqual(['ownerIt']);
  });

  it('answers for the signed-in person: without one, a 403 that says why; an unknown code is a 404', async () => {
    for (const name of COPILOT_FUNCTIONS) {
      const args =
        name === 'listForumDecisions'
          ? { forum: 'PSG' }
          : name === 'getObjectRolesByCode'
            ? { code: 'AKN' }
            : {};
      const { path } = operationOf(name);
      const res = await t.call(
        'GET',
        `${path.replace('{code}', 'AKN')}${'forum' in args ? '?forum=PSG' : ''}`,
      );
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain('känner inte igen ditt konto');
    }
    expect((await callFunction('getObjectRolesByCode', { code: 'XYZ' })).status).toBe(404);
    expect((await callFunction('listForumDecisions', { forum: 'nope' })).status).toBe(404);
  });
});
