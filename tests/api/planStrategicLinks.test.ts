// Issue 16 point 4: the objektplan's förvaltningsmål name the strategic goals they serve — only goals of
// the object's own strategic object plan whose years cover the plan's year. On both stores; each refusal
// leaves the plan unchanged.
import JSZip from 'jszip';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let akn: { id: string };
let fst: { id: string };
const P = { leader: '', specialist: '' };

beforeAll(async () => {
  t = await startTestApp();
  P.leader = t.person('Petra Nyström');
  P.specialist = t.person('Sara Engström');
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  fst = objects.find((o) => o.code === 'FST')!;
});
afterAll(async () => t?.stop());

const strategicPlanOf = async (objectId: string) =>
  ((await t.call('GET', `/api/objects/${objectId}/strategic-plans`)).body as any[])[0];

describe('plan goals linked to the strategic goals', () => {
  let plan: { id: string; etag: string };
  let strategic: { id: string; fromYear: number; toYear: number; years: any[] };

  beforeAll(async () => {
    strategic = await strategicPlanOf(akn.id);
    expect([strategic.fromYear, strategic.toYear]).toEqual([2026, 2028]);
    const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: P.leader,
      body: { year: 2028, sections: { goals: [{ text: 'Stabil drift' }, { text: 'Fler e-tjänster' }] } },
    });
    expect(created.status).toBe(201);
    plan = created.body;
  });

  const write = (as: string, refs: unknown, ifMatch = plan.etag) =>
    t.call('PATCH', `/api/plans/${plan.id}`, {
      as,
      ifMatch,
      body: {
        sections: {
          goals: [
            { id: 'g1', text: 'Stabil drift', lineIds: [], strategicRefs: refs },
            { id: 'g2', text: 'Fler e-tjänster', lineIds: [] },
          ],
        },
      },
    });

  async function refused(as: string, refs: unknown, status: number, ifMatch?: string) {
    const before = (await t.call('GET', `/api/plans/${plan.id}`)).body;
    const res = await write(as, refs, ifMatch);
    expect(res.status).toBe(status);
    const after = (await t.call('GET', `/api/plans/${plan.id}`)).body;
    expect(after.etag).toBe(before.etag);
    return res.body.error.message as string;
  }

  it('a leader links a goal to two strategic goals; they are read back with the plan', async () => {
    const refs = [
      { strategicPlanId: strategic.id, goalId: 's1' },
      { strategicPlanId: strategic.id, goalId: 's3' },
    ];
    const res = await write(P.leader, refs);
    expect(res.status).toBe(200);
    expect(res.body.sections.goals[0]).toEqual({
      id: 'g1',
      text: 'Stabil drift',
      lineIds: [],
      strategicRefs: refs,
    });
    expect(res.body.sections.goals[1].strategicRefs).toBeUndefined();
    plan = res.body;
    const read = (await t.call('GET', `/api/plans/${plan.id}`)).body;
    expect(read.sections.goals[0].strategicRefs).toEqual(refs);
  });

  it('the Word plan names, under the goal, the strategic goals it serves', async () => {
    const res = await fetch(`${t.url}/api/plans/${plan.id}/document.docx`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(Buffer.from(await res.arrayBuffer()));
    const xml = await zip.file('word/document.xml')!.async('string');
    const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const s1 = strategic.years[0].goals[0].text as string;
    const s3 = strategic.years[2].goals[0].text as string;
    const after = text.slice(text.indexOf('Stabil drift'));
    expect(after).toContain(`Tjänar strategiska mål: ${s1} (2026); ${s3} (2028)`);
    expect(text.slice(text.indexOf('Fler e-tjänster'))).not.toContain('Tjänar strategiska mål');
  });

  it('refuses a strategic goal of another object, naming the rule', async () => {
    const other = await strategicPlanOf(fst.id);
    const msg = await refused(P.leader, [{ strategicPlanId: other.id, goalId: 's1' }], 400);
    expect(msg).toMatch(/annat objekt/);
  });

  it('refuses a strategic plan whose years do not cover the plan year', async () => {
    const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: P.leader,
      body: { year: 2029, sections: { goals: [{ text: 'Mål' }] } },
    });
    expect(created.status).toBe(201);
    const res = await t.call('PATCH', `/api/plans/${created.body.id}`, {
      as: P.leader,
      ifMatch: created.body.etag,
      body: {
        sections: {
          goals: [
            { id: 'g1', text: 'Mål', strategicRefs: [{ strategicPlanId: strategic.id, goalId: 's1' }] },
          ],
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/2026–2028 och täcker inte planens år 2029/);
    const after = (await t.call('GET', `/api/plans/${created.body.id}`)).body;
    expect(after.etag).toBe(created.body.etag);
    expect(after.sections.goals[0].strategicRefs).toBeUndefined();
  });

  it('refuses an unknown strategic goal, someone without a role (403 before the body), and a stale eTag (409)', async () => {
    expect(await refused(P.leader, [{ strategicPlanId: strategic.id, goalId: 's9' }], 400)).toMatch(/s9/);
    await refused(P.specialist, [{ strategicPlanId: 'x', goalId: 42 }], 403);
    await refused(P.leader, [{ strategicPlanId: strategic.id, goalId: 's2' }], 409, '"stale"');
  });

  it('a new plan for a year outside the strategic plan is refused its links', async () => {
    const res = await t.call('POST', `/api/objects/${akn.id}/plans`, {
      as: P.leader,
      body: {
        year: 2031,
        sections: {
          goals: [{ text: 'Mål', strategicRefs: [{ strategicPlanId: strategic.id, goalId: 's1' }] }],
        },
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/2026–2028/);
    const years = ((await t.call('GET', `/api/objects/${akn.id}/plans`)).body as any[]).map((p) => p.year);
    expect(years).not.toContain(2031);
  });
});
