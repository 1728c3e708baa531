// The follow-up of the year over HTTP (issue 16 §1–3), on both stores: the code table, a finance export
// imported with a dry run and broken rows, idempotent re-import, sums that reconcile to the krona from the
// rows through the API to the Word objektberättelse, the interim follow-up with its agenda suggestion and
// PSG roll-up, and the objektberättelse drafted, completed, approved by the owners and carried forward.
import JSZip from 'jszip';
import { MAIN_ACTIVITIES } from '../../src/domain/model';
import { COLLECTIONS, type CollectionName } from '../../src/services/ports/store';
import { startTestApp, type TestApp } from '../support/testApp';
import { excelSerial, xlsxOf } from '../support/xlsx';

let t: TestApp;
let akn: { id: string };
let plan: { id: string };
const P = { leader: '', ownerBusiness: '', ownerIt: '', specialist: '' };

async function snapshot(): Promise<string> {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    if (name === 'auditLog') continue;
    out[name] = (await t.app.store[name].findAll()).map((r) => `${r.id}:${r.etag}`).sort();
  }
  return JSON.stringify(out);
}

async function holderOf(objectId: string, role: string): Promise<string> {
  const roles = (await t.call('GET', `/api/role-assignments?objectId=${objectId}`)).body as any[];
  return roles.find((r) => r.role === role)!.personId;
}

async function documentText(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!).join(''))
    .filter((line) => line !== '')
    .join('\n')
    .replace(/\u00a0/g, ' ');
}

const csv = (rows: string[][]) => rows.map((r) => r.join(';')).join('\r\n');
const importCsv = (text: string, dryRun: boolean, as = P.leader) =>
  t.call('POST', `/api/plans/${plan.id}/outcome/imports?dryRun=${dryRun}`, {
    as,
    rawBody: text,
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const importXlsx = (bytes: Uint8Array, dryRun: boolean, as = P.leader) =>
  t.call('POST', `/api/plans/${plan.id}/outcome/imports?dryRun=${dryRun}`, {
    as,
    rawBody: bytes,
    headers: { 'Content-Type': XLSX },
  });

/** Every code: K-<activity>-<side>-<bucket>. */
const CODES = MAIN_ACTIVITIES.flatMap((mainActivity) =>
  (['business', 'it'] as const).flatMap((side) =>
    (['maintain', 'develop'] as const).map((bucket) => ({
      code: `K${mainActivity.slice(0, 3).toUpperCase()}${side[0]}${bucket[0]}`,
      mainActivity,
      side,
      bucket,
    })),
  ),
);

beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_WRITES_PER_MINUTE: '0' } });
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  P.leader = await holderOf(akn.id, 'leaderBusiness');
  P.ownerBusiness = await holderOf(akn.id, 'ownerBusiness');
  P.ownerIt = await holderOf(akn.id, 'ownerIt');
  P.specialist = await holderOf(akn.id, 'specialistIt');
  const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as any[];
  plan =
    plans.find((p) => p.year === 2025) ??
    (
      await t.call('POST', `/api/objects/${akn.id}/plans`, {
        as: P.leader,
        body: { year: 2025, copyFromYear: 2026 },
      })
    ).body;
  // A plan of its own: the demo's outcome (if any) is cleared so the sums below are only this test's.
  for (const e of await t.app.store.outcomeEntries.findAll({ planId: plan.id }))
    await t.app.store.outcomeEntries.delete(e.id);
  for (const f of await t.app.store.interimFollowUps.findAll({ planId: plan.id }))
    await t.app.store.interimFollowUps.delete(f.id);
  for (const r of await t.app.store.planReports.findAll({ planId: plan.id }))
    await t.app.store.planReports.delete(r.id);
  const mapping = await t.call('GET', `/api/objects/${akn.id}/outcome-mapping`);
  const put = await t.call('PUT', `/api/objects/${akn.id}/outcome-mapping`, {
    as: P.leader,
    body: { codes: CODES },
    ...(mapping.body.etag ? { ifMatch: mapping.body.etag } : {}),
  });
  expect(put.status).toBe(200);
}, 60_000);

afterAll(async () => t?.stop());

it('refuses a person without a role in the object before reading the file (403, not 400)', async () => {
  const before = await snapshot();
  const res = await importCsv('nonsense', false, P.specialist);
  expect(res.status).toBe(403);
  expect(res.body.error.message).toMatch(/objektägare och objektledare/);
  expect(await snapshot()).toBe(before);
});

it('a dry run of broken rows rejects exactly those with Swedish reasons and writes nothing', async () => {
  const text = csv([
    ['Period', 'Ansvar', 'Konto', 'Belopp'],
    ['2025-01', CODES[0]!.code, '4010', '12 345,50'], // accepted: space and comma decimal
    ['2025-01', 'OKÄND', '4010', '100'], // unknown code
    ['2025-13', CODES[0]!.code, '4010', '100'], // bad month
    ['2025-01', CODES[1]!.code, '4010', '12,3,4'], // bad amount
    ['2025-01', CODES[0]!.code, '4010', '99'], // duplicate of row 2
    ['202502', CODES[1]!.code, '4020', '-1 000'], // accepted: credit, compact period
    ['2024-12', CODES[1]!.code, '4020', '5'], // outside the year
  ]);
  const before = await snapshot();
  const res = await importCsv(text, true);
  expect(res.status).toBe(200);
  expect(res.body.accepted.map((a: any) => [a.row, a.amount])).toEqual([
    [2, 12345.5],
    [7, -1000],
  ]);
  expect(res.body.rejected.map((r: any) => [r.row, r.reason])).toEqual([
    [3, 'unknownCode'],
    [4, 'badPeriod'],
    [5, 'badAmount'],
    [6, 'duplicateRow'],
    [8, 'periodOutsideYear'],
  ]);
  expect(res.body.rejected[0].message).toMatch(/Koden "OKÄND" finns inte i objektets kodtabell/);
  expect(res.body.rejected[3].message).toMatch(/från rad 2/);
  expect(await snapshot()).toBe(before);
});

it('reads an Excel workbook by the same rules: numbers, dates and serials, Swedish text, broken rows', async () => {
  const bytes = await xlsxOf([
    ['Bokföringsperiod', 'Ansvar', 'Konto', 'Belopp'],
    [{ date: '2025-01-31' }, CODES[0]!.code, 4010, 12345.5], // a date cell, a number
    [{ serial: excelSerial('2025-02-28') }, CODES[0]!.code, '4010', '1 234,50'], // a serial, Swedish text
    [202503, CODES[1]!.code, '4020', -1000], // a period as a number
    [{ date: '2025-01-15' }, CODES[0]!.code, '4010', 1], // duplicate of row 2 (same month, code, account)
    ['mars', CODES[1]!.code, '4020', 5], // bad period
    [{ date: '2024-12-31' }, CODES[1]!.code, '4020', 5], // outside the year
    ['2025-04', 'OKÄND', '4020', 5], // unknown code
    ['2025-04', CODES[1]!.code, '4020', 10.005], // more than two decimals
    [null, null, null, null], // an empty row is not a row
    ['2025-05', CODES[1]!.code, '4020', '12,3,4'], // bad amount text
  ]);
  const before = await snapshot();
  const dry = await importXlsx(bytes, true);
  expect(dry.status).toBe(200);
  expect(dry.body.accepted.map((a: any) => [a.row, a.period, a.account, a.amount])).toEqual([
    [2, '2025-01', '4010', 12345.5],
    [3, '2025-02', '4010', 1234.5],
    [4, '2025-03', '4020', -1000],
  ]);
  expect(dry.body.rejected.map((r: any) => [r.row, r.reason])).toEqual([
    [5, 'duplicateRow'],
    [6, 'badPeriod'],
    [7, 'periodOutsideYear'],
    [8, 'unknownCode'],
    [9, 'badAmount'],
    [11, 'badAmount'],
  ]);
  expect(dry.body.rejected[0].message).toMatch(/från rad 2/);
  expect(dry.body.rejected[4].message).toMatch(/Beloppet "10.005" går inte att läsa/);
  expect(dry.body.totals.accepted).toBe(12345.5 + 1234.5 - 1000);
  expect(await snapshot()).toBe(before);

  const done = await importXlsx(bytes, false);
  expect([done.status, done.body.accepted.length]).toEqual([200, 3]);
  const entries = await t.app.store.outcomeEntries.findAll({ planId: plan.id });
  expect(entries.reduce((sum, e) => sum + e.amountOre, 0)).toBe(1234550 + 123450 - 100000);
});

it('refuses a file that is not a workbook, and a JSON body, with Swedish reasons', async () => {
  const broken = await importXlsx(Buffer.from('PK\u0003\u0004 not really'), true);
  expect(broken.status).toBe(400);
  expect(broken.body.error.message).toMatch(/Excel-arbetsbok/);
  const json = await t.call('POST', `/api/plans/${plan.id}/outcome/imports?dryRun=true`, {
    as: P.leader,
    body: { csv: 'a;b' },
  });
  expect(json.status).toBe(400);
  expect(json.body.error.message).toMatch(/text\/csv eller som Excel-arbetsbok/);
  const quote = await importCsv('Period;Ansvar;Konto;Belopp\n"2025-01;x;1;2\n', true);
  expect(quote.status).toBe(400);
  expect(quote.body.error.message).toMatch(/citattecken/);
});

it('a year of generated outcome reconciles to the krona: rows = API = Word; re-import changes nothing', async () => {
  let seed = 16;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const rows: string[][] = [['Period', 'Ansvar', 'Konto', 'Belopp']];
  let totalOre = 0;
  const perActivity = new Map<string, number>();
  for (let m = 1; m <= 12; m++)
    for (const c of CODES)
      for (const account of ['4010', '5410']) {
        const ore = Math.floor(rand() * 5_000_000) - 100_000;
        totalOre += ore;
        perActivity.set(c.mainActivity, (perActivity.get(c.mainActivity) ?? 0) + ore);
        const kr = (Math.abs(ore) / 100)
          .toFixed(2)
          .replace('.', ',')
          .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        rows.push([`2025-${String(m).padStart(2, '0')}`, c.code, account, `${ore < 0 ? '-' : ''}${kr}`]);
      }
  const text = csv(rows);
  const first = await importCsv(text, false);
  expect([first.status, first.body.rejected]).toEqual([200, []]);
  expect(first.body.accepted).toHaveLength(12 * CODES.length * 2);

  const outcome = (await t.call('GET', `/api/plans/${plan.id}/outcome`)).body;
  expect(outcome.currency).toBe('SEK');
  expect(outcome.through).toBe('2025-12');
  expect(Math.round(outcome.totals.actual * 100)).toBe(totalOre);
  for (const row of outcome.rows) {
    expect(Math.round(row.actual * 100)).toBe(perActivity.get(row.mainActivity));
    const sides = ['business', 'it'].flatMap((s) => ['maintain', 'develop'].map((b) => row[s][b].actual));
    expect(Math.round(sides.reduce((a: number, b: number) => a + b, 0) * 100)).toBe(
      perActivity.get(row.mainActivity),
    );
    // At the year's end the forecast is the outcome.
    expect(row.forecast).toBe(row.actual);
  }

  // Importing the same file again is idempotent: the periods are replaced by the same rows.
  const again = await importCsv(text, false);
  expect(again.body.replaces).toBe(12 * CODES.length * 2);
  const after = (await t.call('GET', `/api/plans/${plan.id}/outcome`)).body;
  expect(after.totals).toEqual(outcome.totals);
  expect(await t.app.store.outcomeEntries.findAll({ planId: plan.id })).toHaveLength(12 * CODES.length * 2);

  // The Word objektberättelse states the same sum.
  const res = await fetch(`${t.url}/api/plans/${plan.id}/report.docx`);
  expect(res.status).toBe(200);
  const doc = await documentText(Buffer.from(await res.arrayBuffer()));
  const kr = (ore: number) => {
    const whole = Math.trunc(ore / 100);
    const rest = Math.abs(ore) % 100;
    return `${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')}${rest ? `,${String(rest).padStart(2, '0')}` : ''}`;
  };
  expect(doc).toContain(`Summa\n${kr(Math.round(outcome.totals.planned * 100))}\n${kr(totalOre)}\n`);
});

it('manual hours per budget line and month count in the hours, refused outside the year', async () => {
  const lines = (await t.call('GET', `/api/plans/${plan.id}/budget-lines`)).body as any[];
  const bad = await t.call('POST', `/api/plans/${plan.id}/outcome/entries`, {
    as: P.leader,
    body: { budgetLineId: lines[0].id, side: 'it', period: '2026-01', hours: 10 },
  });
  expect(bad.status).toBe(400);
  expect(bad.body.error.message).toMatch(/utanför planens år 2025/);
  const ok = await t.call('POST', `/api/plans/${plan.id}/outcome/entries`, {
    as: P.leader,
    body: { budgetLineId: lines[0].id, side: 'it', period: '2025-03', hours: 12.5, amount: 0 },
  });
  expect(ok.status).toBe(201);
  const outcome = (await t.call('GET', `/api/plans/${plan.id}/outcome`)).body;
  const row = outcome.rows.find((r: any) => r.mainActivity === lines[0].mainActivity);
  expect(row.hours.it.actual).toBe(12.5);
});

it('the August follow-up: written by a leader, marked ready, suggested to the OSG, noted by an owner, rolled up', async () => {
  const list = (await t.call('GET', `/api/plans/${plan.id}/follow-ups`)).body;
  const [goal] = list.targets;
  const refused = await t.call('PUT', `/api/plans/${plan.id}/follow-ups/august`, {
    as: P.specialist,
    body: { goals: [] },
  });
  expect(refused.status).toBe(403);
  const written = await t.call('PUT', `/api/plans/${plan.id}/follow-ups/august`, {
    as: P.leader,
    body: {
      goals: [{ goalId: goal.goalId, status: 'atRisk', comment: 'Leverantören är sen.' }],
      budgetComment: 'Prognosen håller.',
    },
  });
  expect(written.status).toBe(200);
  const early = await t.call('POST', `/api/follow-ups/${written.body.id}/note`, { as: P.ownerBusiness });
  expect(early.status).toBe(409);
  expect((await t.call('POST', `/api/follow-ups/${written.body.id}/ready`, { as: P.leader })).status).toBe(
    200,
  );
  const forums = (await t.call('GET', `/api/forums`)).body as any[];
  const osg = forums.find((f) => f.kind === 'osg' && f.objectId === akn.id);
  const suggestions = await t.app.services.agenda.suggestions(osg);
  expect(suggestions.map((s) => s.title)).toContain('Delårsuppföljning augusti AKN 2025 att notera');
  const byLeader = await t.call('POST', `/api/follow-ups/${written.body.id}/note`, { as: P.leader });
  expect(byLeader.status).toBe(403);
  const noted = await t.call('POST', `/api/follow-ups/${written.body.id}/note`, { as: P.ownerBusiness });
  expect(noted.body.status).toBe('noted');
  const roll = (await t.call('GET', '/api/follow-ups?year=2025')).body;
  const mine = roll.objects.find((o: any) => o.code === 'AKN');
  expect(mine.followUp.status).toBe('noted');
  expect(mine.goals.atRisk).toBe(1);
});

it('the objektberättelse: drafted from the year, completed, approved by both owners, carried forward', async () => {
  const existing = (await t.call('GET', `/api/plans/${plan.id}/report`)).body;
  if (!existing.report) {
    const created = await t.call('POST', `/api/plans/${plan.id}/report`, { as: P.leader });
    expect(created.status).toBe(201);
  }
  let report = (await t.call('GET', `/api/plans/${plan.id}/report`)).body;
  expect(report.meetings.required).toBeGreaterThan(0);
  const patched = await t.call('PATCH', `/api/plans/${plan.id}/report`, {
    as: P.leader,
    ifMatch: report.report.etag,
    body: {
      summary: 'Ett år av stabil förvaltning.',
      lessons: 'Planera uppgraderingar tidigare.',
      nextYear: ['Byt e-tjänsteplattform'],
    },
  });
  expect(patched.status).toBe(200);
  expect((await t.call('POST', `/api/plans/${plan.id}/report/submit`, { as: P.leader })).status).toBe(200);
  const leaderApproves = await t.call('POST', `/api/plans/${plan.id}/report/approve`, {
    as: P.leader,
    body: {},
  });
  expect(leaderApproves.status).toBe(403);
  const one = await t.call('POST', `/api/plans/${plan.id}/report/approve`, { as: P.ownerBusiness, body: {} });
  expect(one.body.report.status).toBe('preliminary');
  const two = await t.call('POST', `/api/plans/${plan.id}/report/approve`, { as: P.ownerIt, body: {} });
  expect(two.body.report.status).toBe('approved');
  report = (await t.call('GET', `/api/plans/${plan.id}/report`)).body;
  expect(report.approval.complete).toBe(true);
  const res = await fetch(`${t.url}/api/plans/${plan.id}/report.docx`);
  const doc = await documentText(Buffer.from(await res.arrayBuffer()));
  expect(doc).toContain('Planera uppgraderingar tidigare.');
  expect(doc).toContain('Byt e-tjänsteplattform');
  expect(doc).toMatch(/hållna möten av minst/);
});
