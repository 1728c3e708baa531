// The follow-up's refusals (issue 16 points 1–3) name what is refused and who may do it, as the policy
// decides it: writing the outcome, the follow-up and the objektberättelse, and answering the
// objektberättelse (the approving roles named from the approval policy).
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let planId: string;

beforeAll(async () => {
  t = await startTestApp();
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  const akn = objects.find((o) => o.code === 'AKN')!;
  const plans = (await t.call('GET', `/api/objects/${akn.id}/plans`)).body as { id: string; year: number }[];
  planId = plans.find((p) => p.year === 2025)!.id;
});
afterAll(async () => t?.stop());

it('writing the follow-up: only the object’s owners and leaders, named with what they write', async () => {
  for (const [lang, text] of [
    [
      'sv',
      'Bara objektets objektägare och objektledare får föra in utfallet och skriva uppföljningen och objektberättelsen.',
    ],
    [
      'en',
      "Only the object's owners and leaders may enter the outcome and write the follow-up and the annual report.",
    ],
  ] as const) {
    const res = await t.call('POST', `/api/plans/${planId}/report/submit`, {
      as: t.person('Sara Engström'),
      headers: { 'Accept-Language': lang },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toBe(text);
  }
});

it('answering the objektberättelse: only the approving owners, named from the approval policy', async () => {
  const res = await t.call('POST', `/api/plans/${planId}/report/approve`, {
    as: t.person('Petra Nyström'),
    body: {},
  });
  expect(res.status).toBe(403);
  expect(res.body.error.message).toContain(
    'Bara objektägare verksamhet och objektägare it godkänner eller avslår objektberättelsen',
  );
});
