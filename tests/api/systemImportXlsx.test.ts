// The system register's import from an Excel workbook (ADR 0028) through the real HTTP server, on both
// stores: the same rows and reasons as the CSV sheet, a real .xlsx written in the test.
import { startTestApp, type TestApp } from '../support/testApp';
import { xlsxOf } from '../support/xlsx';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.stop();
});

const base64 = (bytes: Buffer) => bytes.toString('base64');

it('imports a workbook: the dry run reports rejected rows with reasons, the real run writes the rest', async () => {
  const bytes = await xlsxOf(
    [
      ['System', 'Objekt', 'Leverantör', 'Livscykel', 'Konfidentialitet', 'Personuppgifter'],
      ['Lärplattform Excel', 'UKF', 'Exempel AB', 'Införs', 3, 'Ja'], // a level as a number
      ['Okänt objekt-system', 'XYZ', null, 'I drift', null, 'Nej'],
      [null, null, null, null, null, null], // an empty row inside the sheet is skipped
      ['Konstig nivå', 'UKF', null, 'I drift', 7, 'Nej'],
    ],
    'Systemregister',
  );
  const count = async () => ((await t.call('GET', '/api/systems')).body as unknown[]).length;
  const before = await count();
  const dry = await t.call('POST', '/api/systems/import', {
    as: t.person('Elin Bergqvist'),
    body: { xlsx: base64(bytes), dryRun: true },
  });
  expect(dry.status).toBe(200);
  expect(dry.body).toMatchObject({ dryRun: true, created: 1, updated: 0, rejected: 2 });
  const rows = dry.body.rows as { line: number; outcome: string; reasons: string[] }[];
  expect(rows.map((r) => [r.line, r.outcome])).toEqual([
    [2, 'create'],
    [3, 'reject'],
    [5, 'reject'],
  ]);
  expect(rows[1]!.reasons).toEqual(['Objektet ”XYZ” finns inte (ange objektets kod).']);
  expect(await count()).toBe(before);

  const real = await t.call('POST', '/api/systems/import', {
    as: t.person('Elin Bergqvist'),
    body: { xlsx: base64(bytes), dryRun: false },
  });
  expect(real.body).toMatchObject({ dryRun: false, created: 1, rejected: 2 });
  const created = ((await t.call('GET', '/api/systems?q=Excel')).body as any[]).find(
    (s) => s.name === 'Lärplattform Excel',
  );
  expect(created).toMatchObject({ lifecycle: 'introducing', personalData: true, supplier: 'Exempel AB' });
  expect(created.classification.confidentiality).toBe(3);
});

it('refuses a sheet sent both ways, no sheet, and bytes that are not a workbook, in Swedish', async () => {
  const as = t.person('Erik Sjöberg');
  const both = await t.call('POST', '/api/systems/import', {
    as,
    body: { csv: 'a', xlsx: 'UEs=', dryRun: true },
  });
  const none = await t.call('POST', '/api/systems/import', { as, body: { dryRun: true } });
  const broken = await t.call('POST', '/api/systems/import', {
    as,
    body: { xlsx: 'UEsDBA==', dryRun: true },
  });
  const notBase64 = await t.call('POST', '/api/systems/import', { as, body: { xlsx: '%%%', dryRun: true } });
  expect([both.status, none.status, broken.status, notBase64.status]).toEqual([400, 400, 400, 400]);
  expect(both.body.error.message).toMatch(/antingen som csv/);
  expect(broken.body.error.message).toMatch(/Excel-arbetsbok/);
  expect(notBase64.body.error.message).toMatch(/base64/);
});
