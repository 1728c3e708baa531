// Text is checked at the boundary, not stored as sent: control characters (other than newline and
// tab), lone surrogates and bidi overrides are refused with a Swedish field message, a title needs
// something a reader can see, and hours are kept to hundredths. Ordinary text, in any script, passes.
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let leader: string; // AKN objektledare it
let aknId: string;
let planId: string;

beforeAll(async () => {
  t = await startTestApp();
  leader = t.person('Oskar Lindell');
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  aknId = objects.find((o) => o.code === 'AKN')!.id;
  const plans = (await t.call('GET', `/api/objects/${aknId}/plans`)).body as { id: string; year: number }[];
  planId = plans.find((p) => p.year === 2027)!.id;
  // The demo's 2027 plan awaits approval and is frozen (issue 14): the leader takes it back to edit it.
  expect((await t.call('POST', `/api/plans/${planId}/withdraw`, { as: leader })).status).toBe(200);
});
afterAll(async () => {
  await t.stop();
});

const createProduct = (body: Record<string, unknown>) =>
  t.call('POST', `/api/objects/${aknId}/products`, { as: leader, body });
const createLine = (body: Record<string, unknown>) =>
  t.call('POST', `/api/plans/${planId}/budget-lines`, {
    as: leader,
    body: { mainActivity: 'drift', assignmentType: 'maintain', ...body },
  });

async function productCount() {
  return ((await t.call('GET', `/api/objects/${aknId}`)).body.products as unknown[]).length;
}

describe('names and titles', () => {
  it.each([
    ['a bell (U+0007)', 'Lön\u0007system', /styrtecken/],
    ['a NUL', 'Lön\u0000', /styrtecken/],
    ['an escape sequence', '\u001b[31mRöd', /styrtecken/],
    ['a C1 control (U+0085)', 'Lön\u0085system', /styrtecken/],
    ['a lone high surrogate', 'Lön\ud800system', /ofullständig Unicode/],
    ['a lone low surrogate', '\udc00Lön', /ofullständig Unicode/],
    ['a right-to-left override (U+202E)', 'Lön\u202Egnirts', /textriktningen/],
    ['a left-to-right embedding (U+202A)', '\u202ALön', /textriktningen/],
    ['a first-strong isolate (U+2068)', 'Lön\u2068system\u2069', /textriktningen/],
    ['only zero-width spaces', '\u200B\u200B\u200B', /synliga tecken/],
    ['only a BOM and a word joiner', '\uFEFF\u2060', /synliga tecken/],
    ['only Hangul fillers', '\u3164\u3164', /synliga tecken/],
    ['only spaces of every kind', ' \u00A0\u2003\u3000 ', /tomt/],
  ])(
    'a name with %s is refused (400, Swedish field message) and nothing is stored',
    async (_, name, rule) => {
      const before = await productCount();
      const res = await createProduct({ name });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('validation');
      expect(res.body.error.fields).toEqual([{ path: 'name', message: expect.stringMatching(rule) }]);
      expect(await productCount()).toBe(before);
    },
  );

  it('a title of an initiative follows the same rules', async () => {
    const res = await t.call('POST', `/api/objects/${aknId}/initiatives`, {
      as: leader,
      body: { title: '\u200B \u200B' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields[0]).toMatchObject({
      path: 'title',
      message: 'Måste innehålla synliga tecken.',
    });
  });

  it.each([
    'Lönesystem Heroma',
    'Ärendehantering – e-tjänster för förskola & skola',
    'Ünïcödé ÅÄÖ åäö',
    'Emoji 🗂️ och flaggor 🇸🇪',
    'العربية والعبرية עברית', // right-to-left scripts need no override
    'Family 👨‍👩‍👧 with joiners', // zero-width joiners inside visible text
    'Tab\tinside',
  ])('an ordinary name passes: %s', async (name) => {
    const res = await createProduct({ name });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe(name);
  });
});

describe('free text', () => {
  it('keeps newlines and tabs, turns CRLF into newlines, and refuses other controls', async () => {
    const ok = await createProduct({
      name: 'Med beskrivning',
      description: 'Rad 1\r\nRad 2\n\tindrag\rRad 3',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.description).toBe('Rad 1\nRad 2\n\tindrag\nRad 3');
    const bad = await createProduct({ name: 'Med styrtecken', description: 'Rad\u000b1' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      { path: 'description', message: expect.stringMatching(/styrtecken/) },
    ]);
    const lone = await createProduct({ name: 'Med surrogat', description: 'x\ud83dy' });
    expect(lone.status).toBe(400);
  });

  it('free text may carry bidi isolates (quoting right-to-left text), names may not', async () => {
    const res = await createProduct({ name: 'Citat', description: 'Hon skrev \u2067עברית\u2069 i mejlet.' });
    expect(res.status).toBe(201);
  });
});

describe('hours', () => {
  it('0.1 + 0.2 hours is stored as 0.3', async () => {
    const res = await createLine({ name: 'Flyttal', business: { hours: 0.1 + 0.2, otherCost: 0 } });
    expect(res.status).toBe(201);
    expect(res.body.business.hours).toBe(0.3);
    const patched = await t.call('PATCH', `/api/budget-lines/${res.body.id}`, {
      as: leader,
      ifMatch: res.body.etag,
      body: { it: { hours: 1.1 * 3 } }, // 3.3000000000000003
    });
    expect(patched.status).toBe(200);
    expect(patched.body.it.hours).toBe(3.3);
    const stored = await t.app.store.budgetLines.get(res.body.id);
    expect([stored!.business.hours, stored!.it.hours]).toEqual([0.3, 3.3]);
  });

  it('more than two decimals is still refused', async () => {
    const res = await createLine({ name: 'Tre decimaler', business: { hours: 1.234, otherCost: 0 } });
    expect(res.status).toBe(400);
  });
});
