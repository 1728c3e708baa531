// A refused link from an objektplan's goal to a strategic goal (issue 16 point 4) says which rule it
// broke and who may link — the roles named from the policy's one home for the rule — in Swedish and in
// English. The plan is left unchanged by every refusal. The strategic object plan's own refusals name
// what is refused and who may do it, too.
import { translate } from '../../src/i18n/messages';
import { strategicLinkers } from '../../src/domain/authorization/policy';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let akn: { id: string };
let fst: { id: string };
const P = { leader: '', modelOwner: '' };

beforeAll(async () => {
  t = await startTestApp();
  P.leader = t.person('Petra Nyström');
  P.modelOwner = t.person('Erik Sjöberg');
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  akn = objects.find((o) => o.code === 'AKN')!;
  fst = objects.find((o) => o.code === 'FST')!;
});
afterAll(async () => t?.stop());

const strategicPlanOf = async (objectId: string) =>
  ((await t.call('GET', `/api/objects/${objectId}/strategic-plans`)).body as any[])[0];

async function draft(year: number) {
  const created = await t.call('POST', `/api/objects/${akn.id}/plans`, {
    as: P.leader,
    body: { year, sections: { goals: [{ text: 'Stabil drift' }] } },
  });
  expect(created.status).toBe(201);
  return created.body as { id: string; etag: string };
}

async function refusal(plan: { id: string; etag: string }, ref: unknown, lang: 'sv' | 'en', as = P.leader) {
  const res = await t.call('PATCH', `/api/plans/${plan.id}`, {
    as,
    ifMatch: plan.etag,
    headers: { 'Accept-Language': lang },
    body: { sections: { goals: [{ id: 'g1', text: 'Stabil drift', lineIds: [], strategicRefs: [ref] }] } },
  });
  const after = (await t.call('GET', `/api/plans/${plan.id}`)).body;
  expect(after.etag).toBe(plan.etag);
  return { status: res.status, message: res.body.error.message as string };
}

const whoMay = {
  sv: 'Bara objektägare verksamhet, objektägare it, objektledare verksamhet och objektledare it får koppla',
  en: 'Only the business object owner, IT object owner, business object leader and IT object leader may link',
};

it('the roles named are the policy rule’s own', () => {
  expect(translate('sv', 'forbidden.notStrategicLinker', { linkers: strategicLinkers() })).toContain(
    whoMay.sv,
  );
  expect(translate('en', 'forbidden.notStrategicLinker', { linkers: strategicLinkers() })).toContain(
    whoMay.en,
  );
});

describe('a wrong strategic link', () => {
  let plan: { id: string; etag: string };
  let strategic: { id: string };
  beforeAll(async () => {
    plan = await draft(2028);
    strategic = await strategicPlanOf(akn.id);
  });

  it('to an unknown goal of the object’s strategic plan names that plan, not the municipality’s documents', async () => {
    for (const lang of ['sv', 'en'] as const) {
      const r = await refusal(plan, { strategicPlanId: strategic.id, goalId: 's9' }, lang);
      expect(r.status).toBe(400);
      expect(r.message).toContain(
        lang === 'sv' ? 'finns inte i den strategiska objektplanen' : 'is not in the strategic object plan',
      );
      expect(r.message).toContain(whoMay[lang]);
    }
  });

  it('to another object’s strategic plan, or to an unknown one, names the rule and who may link', async () => {
    const other = await strategicPlanOf(fst.id);
    for (const lang of ['sv', 'en'] as const) {
      const r = await refusal(plan, { strategicPlanId: other.id, goalId: 's1' }, lang);
      expect(r.status).toBe(400);
      expect(r.message).toContain(lang === 'sv' ? 'annat objekt' : 'another object');
      expect(r.message).toContain(whoMay[lang]);
      const unknown = await refusal(plan, { strategicPlanId: 'nope', goalId: 's1' }, lang);
      expect(unknown.message).toContain(whoMay[lang]);
    }
  });

  it('to a strategic plan not covering the plan’s year names the years and who may link', async () => {
    const late = await draft(2029);
    const r = await refusal(late, { strategicPlanId: strategic.id, goalId: 's1' }, 'sv');
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/2026–2028 och täcker inte planens år 2029/);
    expect(r.message).toContain(whoMay.sv);
  });

  it('by someone who may not write the plan: 403 naming who may', async () => {
    const r = await refusal(plan, { strategicPlanId: strategic.id, goalId: 's1' }, 'sv', P.modelOwner);
    expect(r.status).toBe(403);
    expect(r.message).toBe(translate('sv', 'forbidden.notOwnerOrLeader'));
  });
});

describe("the strategic object plan's refusals name what and who", () => {
  it('writing one: only the object’s owners and leaders', async () => {
    const res = await t.call('POST', `/api/objects/${akn.id}/strategic-plans`, {
      as: t.person('Sara Engström'),
      body: {},
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(
      'Bara objektets objektägare och objektledare får skriva den strategiska objektplanen, skicka in den och dra tillbaka den.',
    );
  });

  it('approving one: only the approving owners, named from the approval policy', async () => {
    const strategic = await strategicPlanOf(akn.id);
    for (const [lang, text] of [
      [
        'sv',
        'Bara objektägare verksamhet och objektägare it godkänner eller avslår den strategiska objektplanen',
      ],
      [
        'en',
        'Only the business object owner and IT object owner approve or reject the strategic object plan',
      ],
    ] as const) {
      const res = await t.call('POST', `/api/strategic-plans/${strategic.id}/approve`, {
        as: P.leader,
        headers: { 'Accept-Language': lang },
        body: {},
      });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toContain(text);
    }
  });
});
