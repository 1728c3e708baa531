// Demo data of the goal chain (issue 16 point 5): a fictional municipality's IT policy and strategic plan,
// shaped like seed 003 (two areas of principles; four goals with focus areas and expected results), the
// demo objects' plan goals and a few initiatives linked to them, and strategic object plans 2026–2028,
// whose goals for 2027 every goal of the objects' 2027 plans serves (issue 16 point 4; ./plans).
// The municipality, "Älvby kommun", is invented; no names from the seeds.
import type { ObjectPlan, StrategicGoalRef } from '../domain/model';
import { planGoals } from '../domain/plan/goals';
import type { GoalRef, SteeringDocument, StrategicObjectPlan } from '../domain/strategy/model';
import { linkableStrategicPlans, strategicLinkProblem } from '../domain/strategy/planGoalLinks';
import type { Stored } from '../services/ports/store';
import type { StoreCollections } from '../services/ports/store';

export const DEMO_POLICY: SteeringDocument = {
  kind: 'policy',
  level: 'local',
  title: 'Policy för it-utveckling och digitalisering, Älvby kommun',
  adoptedBy: 'Kommunfullmäktige',
  fromYear: 2025,
  toYear: null,
  vision:
    'It och digital utveckling är en förändringsmotor i Älvby kommuns utveckling och en möjliggörare för effektiva informationsflöden och ökad öppenhet.',
  areas: [
    {
      id: 'o1',
      title: 'Nytta för invånare och företag, stärkt demokrati och öppenhet',
      principles: [
        { id: 'p1', text: 'Kommunen erbjuder trygga och tillförlitliga digitala tjänster' },
        { id: 'p2', text: 'Kommunen minskar sin miljöpåverkan genom digitalisering och grön it' },
        { id: 'p3', text: 'Digitala tjänster utgår från invånarnas och företagens behov' },
        { id: 'p4', text: 'Digitala tjänster är lätta att hitta, enkla att använda och samordnade' },
        { id: 'p5', text: 'Digitala tjänster främjar insyn och delaktighet och motverkar utanförskap' },
        { id: 'p6', text: 'Kommunen gör sina informationsresurser tillgängliga för vidare användning' },
        { id: 'p7', text: 'Erfarenhetsutbyte med samverkanspartner höjer kvaliteten i it-utvecklingen' },
      ],
    },
    {
      id: 'o2',
      title: 'Tydliga och öppna strukturer för it-utveckling',
      principles: [
        { id: 'p8', text: 'It-kostnaderna är tydligt finansierade, öppna och förutsägbara' },
        { id: 'p9', text: 'It följs upp tillsammans med övrig verksamhetsuppföljning' },
        { id: 'p10', text: 'It-verksamheten är samordnad för strategisk styrning och effektivitet' },
        { id: 'p11', text: 'System, leverantörer, avtal och upphandling följer gemensamma processer' },
        { id: 'p12', text: 'Verksamhetsutveckling och it-utveckling sker tillsammans, över gränserna' },
      ],
    },
  ],
  goals: [],
};

export const DEMO_STRATEGIC_PLAN: SteeringDocument = {
  kind: 'strategicPlan',
  level: 'local',
  title: 'Strategisk plan för it-utveckling och digitalisering 2026–2028, Älvby kommun',
  adoptedBy: 'Kommunstyrelsen',
  fromYear: 2026,
  toYear: 2028,
  vision:
    'Kommunstyrelsens förverkligande av policyn; följs upp och revideras vid delårsbokslutet i augusti.',
  areas: [],
  goals: [
    {
      id: 'm1',
      title: 'It-styrning',
      description: 'Att styra så att it-utveckling och digitalisering ger största möjliga verksamhetsnytta.',
      expectedResult:
        'Förändringar i it-miljön sker samordnat, leder till samutnyttjade lösningar, färre dubbelfunktioner och effektiv förvaltning.',
      focusAreas: [
        { id: 'm1-f1', title: 'Styrdokument för it med koppling till verksamhetsstyrningen' },
        { id: 'm1-f2', title: 'Samlat grepp om it-leverantörer och it-avtal' },
        { id: 'm1-f3', title: 'Gemensam process för förvaltning och utveckling av verksamhetssystem' },
        { id: 'm1-f4', title: 'Fastställd och uppnådd informationssäkerhetsnivå' },
      ],
    },
    {
      id: 'm2',
      title: 'Digitalisering',
      description: 'Digitala tjänster som bidrar till ökad öppenhet, service och effektivitet.',
      expectedResult:
        'Digitalt är norm och det är enkelt att ha kontakt med kommunen; öppna data stimulerar innovation och insyn.',
      focusAreas: [
        { id: 'm2-f1', title: 'Kommungemensamt e-arkiv' },
        { id: 'm2-f2', title: 'Öppna data' },
        { id: 'm2-f3', title: 'Digitala tjänster och digital kommunikation som norm' },
      ],
    },
    {
      id: 'm3',
      title: 'Verksamhetssystem',
      description:
        'En genomtänkt uppsättning verksamhetssystem som förnyas och utvecklas utifrån en samlad bild av funktionerna.',
      expectedResult:
        'En dokumenterad uppsättning verksamhetssystem som drivs och utvecklas utifrån en gemensam arkitektur och tydliga behov.',
      focusAreas: [
        { id: 'm3-f1', title: 'Ärendehantering som stöder en effektiv handläggning' },
        { id: 'm3-f2', title: 'Förnyelse av verksamhetssystem enligt gemensam process' },
        { id: 'm3-f3', title: 'Integrationer enligt gemensam arkitektur' },
      ],
    },
    {
      id: 'm4',
      title: 'It-infrastruktur',
      description: 'En robust infrastruktur med väl avvägda tekniska lösningar utifrån verksamhetens behov.',
      expectedResult:
        'En digital arbetsplats som främjar samverkan, och en trygg och tillförlitlig infrastruktur som stabil plattform.',
      focusAreas: [
        { id: 'm4-f1', title: 'Digital arbetsplats' },
        { id: 'm4-f2', title: 'Trygg och tillförlitlig drift' },
        { id: 'm4-f3', title: 'Hållbar och ansvarsfull it-produktion' },
      ],
    },
  ],
};

// ── The demo objects' part, as data ─────────────────────────────────────────────────────────────────
// One row per object, and one row per year of the strategic object plans (`{code}` and `{name}` are the
// object's); the loader below only walks these tables.

interface ObjectRow {
  /** The strategic goal and focus area the object's first plan goal (and first initiative) serves. */
  serves: [goalId: string, focusAreaId: string | null];
  /** Behind on the year wheel: its strategic plan is still a preliminary draft, so it is flagged late. */
  behind?: true;
}

const OBJECTS: Record<string, ObjectRow> = {
  VSOA: { serves: ['m3', 'm3-f1'] },
  UKF: { serves: ['m2', 'm2-f3'] },
  SAM: { serves: ['m3', 'm3-f3'] },
  KÖP: { serves: ['m1', 'm1-f2'] },
  FST: { serves: ['m4', 'm4-f2'], behind: true },
  AKN: { serves: ['m2', 'm2-f1'] },
};

/** The years 2026–2028 of every strategic object plan: direction, the year's goal and what it serves. */
const YEARS: { year: number; direction: string; goal: string; serves: 'm1-f3' | 'object' }[] = [
  {
    year: 2026,
    direction: 'Stabilisera förvaltningen och kartlägga komponenternas livscykel.',
    goal: 'Kartlagd livscykel för {code}:s komponenter',
    serves: 'm1-f3',
  },
  {
    year: 2027,
    direction: 'Förnya det som är nära slutet av sin livscykel och samordna med närliggande objekt.',
    goal: 'Förnyad lösning för {code} upphandlad och i införande',
    serves: 'object',
  },
  {
    year: 2028,
    direction: 'Förvalta i den nya lösningen och avveckla det som ersatts.',
    goal: 'Ersatta komponenter i {code} avvecklade',
    serves: 'object',
  },
];

const ASSUMPTIONS =
  'Planeringsförutsättningar för {name}: oförändrad ram i driftbudgeten, ökade krav på informationssäkerhet och en åldrande systemflora som behöver förnyas under perioden.';

const LIFECYCLE_CHANGES: StrategicObjectPlan['lifecycleChanges'] = [
  {
    id: 'c1',
    change: 'replace',
    component: 'Ny lösning för {code}',
    componentId: null,
    replaces: 'Nuvarande verksamhetssystem',
    year: 2027,
    note: 'Avtalet löper ut; upphandling under 2026.',
  },
  {
    id: 'c2',
    change: 'retire',
    component: 'Nuvarande verksamhetssystem',
    componentId: null,
    replaces: '',
    year: 2028,
    note: '',
  },
];

const INVESTMENTS: StrategicObjectPlan['investments'] = [
  { year: 2026, description: 'Förstudie och upphandling', amount: 250_000 },
  { year: 2027, description: 'Införande av ny lösning', amount: 1_200_000 },
  { year: 2028, description: 'Avveckling och arkivering', amount: 300_000 },
];

const APPROVED_AT = '2026-02-20T10:00:00.000Z';

/** What the strategic part of the demo made before the object plans, for the parts loaded after it. */
export interface StrategicDemo {
  /** The municipality's strategic plan (the steering document). */
  documentId: string;
  /** Each object's strategic object plan 2026–2028, as stored. */
  objectPlans: Stored<StrategicObjectPlan>[];
}

/**
 * The municipality's steering documents and every object's strategic object plan 2026–2028. Loaded before
 * the object plans: their 2027 goals serve these strategic goals (./plans), and a plan's goals are part of
 * the version its approvers answered, so they are written with the plan, never changed after it.
 */
export async function loadStrategicPlans(tx: StoreCollections): Promise<StrategicDemo> {
  await tx.steeringDocuments.create(DEMO_POLICY);
  const plan = await tx.steeringDocuments.create(DEMO_STRATEGIC_PLAN);
  const objectPlans: Stored<StrategicObjectPlan>[] = [];
  for (const object of await tx.objects.findAll()) {
    const row = OBJECTS[object.code];
    const fill = (text: string) => text.replaceAll('{code}', object.code).replaceAll('{name}', object.name);
    const [goalId, focusAreaId] = row?.serves ?? ['m1', null];
    const behind = row?.behind === true;
    const owners = await tx.roleAssignments.findAll({ objectId: object.id });
    const ownerOf = (role: 'ownerBusiness' | 'ownerIt') => owners.find((a) => a.role === role)?.personId;
    const approvals = behind
      ? []
      : (['ownerBusiness', 'ownerIt'] as const).flatMap((role) => {
          const personId = ownerOf(role);
          return personId
            ? [{ role, personId, round: 1, outcome: 'approved' as const, comment: '', at: APPROVED_AT }]
            : [];
        });
    const ref = (goal: string, focusArea: string | null): GoalRef => ({
      documentId: plan.id,
      goalId: goal,
      focusAreaId: focusArea,
    });
    objectPlans.push(
      await tx.strategicPlans.create({
        objectId: object.id,
        fromYear: YEARS[0]!.year,
        toYear: YEARS.at(-1)!.year,
        version: behind ? 'preliminary' : 'final',
        status: behind ? 'draft' : 'approved',
        approvalRound: behind ? 0 : 1,
        assumptions: fill(ASSUMPTIONS),
        years: YEARS.map((y, i) => ({
          year: y.year,
          direction: y.direction,
          goals: [
            {
              id: `s${i + 1}`,
              text: fill(y.goal),
              refs: [y.serves === 'object' ? ref(goalId, focusAreaId) : ref('m1', y.serves)],
            },
          ],
        })),
        steeringRefs: [
          { documentId: null, title: 'Nationell digitaliseringsstrategi', level: 'national' },
          { documentId: null, title: 'Regional digital agenda', level: 'regional' },
          { documentId: plan.id, title: DEMO_STRATEGIC_PLAN.title, level: 'local' },
        ],
        lifecycleChanges: LIFECYCLE_CHANGES.map((c) => ({ ...c, component: fill(c.component) })),
        investments: INVESTMENTS.map((i) => ({ ...i })),
        approvals,
      }),
    );
  }
  return { documentId: plan.id, objectPlans };
}

/**
 * The strategic goals a goal of an object's plan for `year` serves in the demo: the goals its object's
 * strategic object plan sets for that year — only where the rule of issue 16 point 4 lets it link
 * (domain/strategy/planGoalLinks), so the demo holds no link the app would refuse.
 */
export function demoStrategicRefs(
  strategic: StrategicDemo,
  plan: Pick<ObjectPlan, 'objectId' | 'year'>,
): StrategicGoalRef[] {
  return linkableStrategicPlans(plan, strategic.objectPlans).flatMap((s) =>
    (s.years.find((y) => y.year === plan.year)?.goals ?? [])
      .map((g) => ({ strategicPlanId: s.id, goalId: g.id }))
      .filter((r) => strategicLinkProblem(plan, r, strategic.objectPlans) === null),
  );
}

/** The links made in the goal chain: each object's latest plan's first goal, and its first initiative. */
export async function loadGoalLinks(tx: StoreCollections, strategic: StrategicDemo): Promise<void> {
  const ref = (goalId: string, focusAreaId: string | null): GoalRef => ({
    documentId: strategic.documentId,
    goalId,
    focusAreaId,
  });
  for (const object of await tx.objects.findAll()) {
    const row = OBJECTS[object.code];
    if (!row) continue;
    const [goalId, focusAreaId] = row.serves;
    // The latest plan's first goal is linked; the object's first initiative serves the same goal.
    const plans = (await tx.plans.findAll({ objectId: object.id })).sort((a, b) => b.year - a.year);
    const latest = plans.find((p) => planGoals(p.sections).length > 0);
    if (latest)
      await tx.goalLinks.create({
        ...ref(goalId, focusAreaId),
        sourceKind: 'objectPlanGoal',
        objectId: object.id,
        sourceId: latest.id,
        sourceGoalId: planGoals(latest.sections)[0]!.id,
      });
    const initiative = (await tx.initiatives.findAll({ objectId: object.id }))[0];
    if (initiative)
      await tx.goalLinks.create({
        ...ref(goalId, null),
        sourceKind: 'initiative',
        objectId: object.id,
        sourceId: initiative.id,
        sourceGoalId: null,
      });
  }
}
