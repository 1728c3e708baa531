// The approval rule as a property, over HTTP (issue 14): random interleavings of line changes,
// submissions, withdrawals, approvals, rejections and reopenings by the demo's roles. Whenever a plan
// becomes approved, every required approver approved exactly the version that was approved, and the
// content kept as approved is the plan's content. A shorter run than the domain's property
// (tests/domain/plan/approvalProperty.test.ts): each step is a real request.
import fc from 'fast-check';
import { startTestApp, type TestApp } from '../support/testApp';

let t: TestApp;
let aknId: string;
let sections: unknown;
const WHO = ['ownerBusiness', 'ownerIt', 'leader', 'specialist'] as const;
type Who = (typeof WHO)[number];
let people: Record<Who, string>;
let year = 2060;

type Command =
  { type: 'edit' | 'submit' | 'withdraw' | 'reopen'; by: Who } | { type: 'approve' | 'reject'; by: Who };

const command: fc.Arbitrary<Command> = fc.record({
  type: fc.constantFrom('edit', 'submit', 'withdraw', 'reopen', 'approve', 'approve', 'reject' as const),
  by: fc.constantFrom(...WHO),
}) as fc.Arbitrary<Command>;

beforeAll(async () => {
  t = await startTestApp({ env: { RATE_LIMIT_WRITES_PER_MINUTE: '0' } });
  people = {
    ownerBusiness: t.person('Karin Westberg'),
    ownerIt: t.person('Mikael Borg'),
    leader: t.person('Petra Nyström'),
    specialist: t.person('Sara Engström'),
  };
  const objects = (await t.call('GET', '/api/objects')).body as { id: string; code: string }[];
  aknId = objects.find((o) => o.code === 'AKN')!.id;
  const plans = (await t.call('GET', `/api/objects/${aknId}/plans`)).body as any[];
  // A complete plan's chapters, without the demo's links to the strategic goals of 2027: those may not
  // follow the text into the far years these plans are made for (issue 16 point 4).
  const { goals: _linked, ...chapters } = plans.find((p) => p.year === 2027).sections;
  sections = chapters;
});
afterAll(async () => {
  await t.stop();
});

/** A complete draft with two lines, ready to be submitted. */
async function freshPlan(): Promise<string> {
  const created = await t.call('POST', `/api/objects/${aknId}/plans`, {
    as: people.leader,
    body: { year: year++, sections },
  });
  expect(created.status).toBe(201);
  for (const name of ['Drift', 'Support'])
    await t.call('POST', `/api/plans/${created.body.id}/budget-lines`, {
      as: people.leader,
      body: { mainActivity: 'drift', name, assignmentType: 'maintain', it: { hours: 100, otherCost: 5000 } },
    });
  return created.body.id;
}

async function run(planId: string, c: Command) {
  const as = people[c.by];
  switch (c.type) {
    case 'edit': {
      const [line] = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body as any[];
      const plan = (await t.call('GET', `/api/plans/${planId}`)).body;
      const res = await t.call('PATCH', `/api/budget-lines/${line.id}`, {
        as,
        ifMatch: line.etag,
        body: { it: { hours: line.it.hours + 1 } },
      });
      // Only a draft's content changes, and only by its leaders and owners.
      const mayWrite = c.by !== 'specialist';
      expect(res.status).toBe(!mayWrite ? 403 : plan.status === 'draft' ? 200 : 409);
      return;
    }
    case 'approve':
    case 'reject':
      await t.call('POST', `/api/plans/${planId}/${c.type}`, {
        as,
        body: c.type === 'reject' ? { comment: 'Inte så här.' } : {},
      });
      return;
    default:
      await t.call('POST', `/api/plans/${planId}/${c.type}`, { as });
  }
}

const content = (lines: any[]) =>
  lines
    .map((l) => ({ name: l.name, business: l.business, it: l.it, sortOrder: l.sortOrder }))
    .sort((a, b) => a.sortOrder - b.sortOrder);

it('approved only when every required approver approved the exact version approved', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 3, maxLength: 12, size: 'max' }), async (commands) => {
      const planId = await freshPlan();
      let status = 'draft';
      for (const c of [{ type: 'submit', by: 'leader' } as Command, ...commands]) {
        await run(planId, c);
        const plan = (await t.call('GET', `/api/plans/${planId}`)).body;
        if (plan.status === 'approved' && status !== 'approved') {
          const kept = (await t.call('GET', `/api/plans/${planId}/approved`)).body;
          expect(kept.round).toBe(plan.approvalRound);
          // The content kept is the plan's content now: nothing changed after the answers.
          const lines = (await t.call('GET', `/api/plans/${planId}/budget-lines`)).body as any[];
          expect(content(kept.lines)).toEqual(content(lines));
          const answers = await t.app.store.planApprovals.findAll({ planId, round: plan.approvalRound });
          for (const role of ['ownerBusiness', 'ownerIt']) {
            const answer = answers.find(
              (a) => a.role === role && a.outcome === 'approved' && a.digest === kept.digest,
            );
            expect(answer).toBeDefined();
            expect(answer!.personId).toBe(people[role as Who]);
            expect(answer!.total).toBe(kept.total);
          }
        }
        status = plan.status;
      }
    }),
    {
      numRuns: process.env.TEST_STORE === 'sharepoint' ? 4 : 12,
      // Besides the random runs, one that surely approves, reopens, changes and approves again.
      examples: [
        [
          [
            { type: 'edit', by: 'leader' },
            { type: 'approve', by: 'ownerIt' },
            { type: 'approve', by: 'ownerBusiness' },
            { type: 'reopen', by: 'ownerIt' },
            { type: 'edit', by: 'leader' },
            { type: 'submit', by: 'leader' },
            { type: 'approve', by: 'ownerBusiness' },
            { type: 'withdraw', by: 'ownerBusiness' },
            { type: 'submit', by: 'ownerIt' },
            { type: 'approve', by: 'ownerIt' },
            { type: 'approve', by: 'ownerBusiness' },
          ],
        ],
      ],
    },
  );
}, 120_000);
