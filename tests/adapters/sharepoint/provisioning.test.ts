// Provisioning against the fake: the first run creates every list, column, index, lookup and view;
// a second run changes nothing; what went missing (an index, a column, a choice) is put back.
import { provision, VIEW_TITLE, viewFields } from '../../../src/adapters/sharepoint/provisioning';
import { LISTS, lookupName } from '../../../src/adapters/sharepoint/schema';
import { COLLECTIONS } from '../../../src/services/ports/store';
import { assertNoUnhandled, startFakeSharePoint, type FakeSharePoint } from '../../support/fakeGraph';

let site: FakeSharePoint;
const lines: string[] = [];

async function run(withViews = true) {
  lines.length = 0;
  return provision({
    graph: site.graph(),
    siteId: site.fake.siteId,
    sharePointToken: withViews ? () => ({ token: async () => site.fake.sharePointToken }) : undefined,
    log: (l) => lines.push(l),
  });
}

beforeEach(async () => {
  site = await startFakeSharePoint({ provision: false });
});
afterEach(async () => {
  await site.close();
  assertNoUnhandled(site.fake);
});

it('the first run creates every list with typed columns, indexes, lookups and a default view', async () => {
  const report = await run();
  expect(report.problems).toEqual([]);
  expect(report.viewsSkipped).toBe(false);
  for (const [name, spec] of Object.entries(LISTS)) {
    const list = site.fake.list(spec.displayName);
    const columns = new Map(list.columns.map((c) => [c.name, c]));
    expect(lines).toContain(`+ list "${spec.displayName}" created`);
    for (const c of spec.columns) {
      expect(columns.get(c.name)).toBeDefined();
      expect(lines.some((l) => l.includes(`+ column ${c.name} `))).toBe(true);
      if (c.references)
        expect(columns.get(lookupName(c))!.definition['lookup']).toMatchObject({ columnName: 'Title' });
    }
    // Every field the store port declares indexed has an indexed column.
    for (const field of COLLECTIONS[name as keyof typeof COLLECTIONS].indexed) {
      const column = spec.columns.find((c) => c.field === field)!;
      expect(columns.get(column.name)!.indexed).toBe(true);
    }
    const view = list.views.find((v) => v.Title === VIEW_TITLE)!;
    expect(view.DefaultView).toBe(true);
    expect(view.fields).toEqual(viewFields(spec));
  }
  const objects = site.fake.list('Objektnav Objects').columns;
  expect(objects.find((c) => c.name === 'OknCategory')!.definition['choice']).toMatchObject({
    choices: ['core', 'support', 'technical'],
  });
  expect(objects.find((c) => c.name === 'OknActive')!.definition['boolean']).toEqual({});
  const plans = site.fake.list('Objektnav Plans').columns;
  expect(plans.find((c) => c.name === 'OknYear')!.definition['number']).toBeDefined();
  expect(plans.find((c) => c.name === 'OknSections')!.definition['text']).toMatchObject({
    allowMultipleLines: true,
  });
  expect(
    site.fake.list('Objektnav Decisions').columns.find((c) => c.name === 'OknDecidedAt')!.definition[
      'dateTime'
    ],
  ).toBeDefined();
});

it('a second run changes nothing', async () => {
  await run();
  site.fake.resetLog();
  const report = await run();
  expect(report.changes).toEqual([]);
  expect(report.problems).toEqual([]);
  expect(site.fake.log.every((r) => r.method === 'GET')).toBe(true);
  expect(lines).toContain('= list "Objektnav Objects" exists');
  expect(lines).toContain('    = column OknCode (text, indexed)');
  expect(lines).toContain(`= view "${VIEW_TITLE}" in "Objektnav Objects"`);
});

it('a missing index, column or choice is added; a column of another type is reported, not changed', async () => {
  await run();
  const plans = site.fake.list('Objektnav Plans');
  plans.columns.find((c) => c.name === 'OknYear')!.indexed = false;
  plans.columns.splice(
    plans.columns.findIndex((c) => c.name === 'OknHourlyRate'),
    1,
  );
  const status = plans.columns.find((c) => c.name === 'OknStatus')!;
  (status.definition['choice'] as { choices: string[] }).choices = ['draft', 'approved'];
  const people = site.fake.list('Objektnav People');
  const email = people.columns.find((c) => c.name === 'OknEmail')!;
  delete email.definition['text'];
  email.definition['number'] = {};

  const report = await run(false);
  expect(report.changes).toEqual([
    '    ~ column OknYear in "Objektnav Plans": index added',
    '    ~ column OknStatus in "Objektnav Plans": choices added: preliminary, closed',
    '    + column OknHourlyRate (number) in "Objektnav Plans"',
  ]);
  expect(report.problems).toEqual([
    '    ! column OknEmail in "Objektnav People" has another type than text; left as it is',
  ]);
  expect(report.viewsSkipped).toBe(true);
  expect(lines[lines.length - 1]).toBe('views: skipped — no SharePoint token given');
  expect(plans.columns.find((c) => c.name === 'OknYear')!.indexed).toBe(true);
  expect((await run(false)).changes).toEqual([]);
});

it('the adapter opens only on a provisioned site, and says what to do otherwise', async () => {
  await expect(site.openStore()).rejects.toThrow(/lacks the lists .*npm run provision/);
  await run(false);
  const store = await site.openStore();
  expect(await store.isEmpty()).toBe(true);
});
