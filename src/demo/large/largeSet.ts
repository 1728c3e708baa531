// A large municipality (issue 18 point 3): by default 300 objects × 5 plan years × 40 budget lines
// (60,000 lines), 3,000 people and 20,000 audit entries, far past SharePoint's 5,000-item list view
// threshold. Everything is generated from counters, so every name is fictional and the same shape always
// gives the same data. Written through the store port, so it loads into either store; the tests use a
// smaller shape that still takes the big lists past the threshold.
import type {
  AuditEntry,
  BudgetLine,
  GovernanceObject,
  ObjectPlan,
  ObjectRole,
  Person,
  RoleAssignment,
} from '../../domain/model';
import { ASSIGNMENT_TYPES, MAIN_ACTIVITIES, OBJECT_CATEGORIES } from '../../domain/model';
import { DEFAULT_HOURLY_RATE, DEFAULT_HOURS_PER_FTE } from '../../domain/budget/budget';
import { totalsOf, totalsPart, type PlanTotalsRecord } from '../../domain/budget/planTotals';
import { EMPTY_SECTIONS } from '../../services/plans/planService';
import type { CollectionName, Store, StoreCollections } from '../../services/ports/store';

export interface LargeShape {
  objects: number;
  /** Plan years per object, ending with `lastYear`. */
  years: number;
  linesPerPlan: number;
  people: number;
  auditEntries: number;
  lastYear: number;
}

export const LARGE_MUNICIPALITY: LargeShape = {
  objects: 300,
  years: 5,
  linesPerPlan: 40,
  people: 3000,
  auditEntries: 20_000,
  lastYear: 2028,
};

/** The object code of the n-th large object (0-based): L001 … L300; the demo's codes are letters only. */
export const largeCode = (n: number) => `L${String(n + 1).padStart(3, '0')}`;

/** The roles every large object has, filled in turn from the people. */
const ROLES: readonly ObjectRole[] = [
  'ownerBusiness',
  'ownerIt',
  'leaderBusiness',
  'leaderIt',
  'specialistBusiness',
  'specialistIt',
  'osgMember',
  'osgMember',
];

// Invented names: every first name with every surname gives 3,000+ people none of whom is in the seeds.
const FIRST = [
  'Alva', 'Bruno', 'Cleo', 'Dante', 'Edvin', 'Freja', 'Gustav', 'Hedda', 'Ines', 'Joel',
  'Kaj', 'Liv', 'Milo', 'Nova', 'Orvar', 'Pim', 'Rut', 'Sixten', 'Tyra', 'Ull',
  'Vide', 'Wilma', 'Ylva', 'Zeke', 'Ebbe', 'Greta', 'Harald', 'Isak', 'Juni', 'Loke',
]; // prettier-ignore
const LAST = [
  'Ankarberg', 'Björkhage', 'Dalmark', 'Ekvalla', 'Fjällsten', 'Granlid', 'Hagmyr', 'Ismark', 'Järnbo',
  'Kvarnhed', 'Lindmyra', 'Mossberga', 'Norrvik', 'Ormnäs', 'Pilhem', 'Rösjö', 'Sandmo', 'Tallkrog',
  'Ugglebo', 'Vassvik', 'Åsmyra', 'Älvhed', 'Öjebro', 'Barrlund', 'Ekholmen',
]; // prettier-ignore
const AREAS = [
  'Bygglov', 'Ekonomi', 'Skolskjuts', 'Bibliotek', 'Vatten', 'Färdtjänst', 'Personal', 'Diarium',
  'Parkering', 'Fritid', 'Hemtjänst', 'Livsmedel', 'Renhållning', 'Lokalbokning', 'Kartor',
]; // prettier-ignore

function largePerson(n: number): Person {
  const first = FIRST[n % FIRST.length]!;
  const last = LAST[Math.floor(n / FIRST.length) % LAST.length]!;
  const round = Math.floor(n / (FIRST.length * LAST.length));
  const name = `${first} ${last}${round ? ` ${round + 1}` : ''}`;
  return {
    displayName: name,
    email: `person${String(n + 1).padStart(4, '0')}@stor.kommun.example`,
    title: 'Handläggare',
  };
}

function largeObject(n: number, lineOrganisationId: string): GovernanceObject {
  const area = AREAS[n % AREAS.length]!;
  return {
    code: largeCode(n),
    name: `${area} ${Math.floor(n / AREAS.length) + 1}`,
    category: OBJECT_CATEGORIES[n % OBJECT_CATEGORIES.length]!,
    description: `Förvaltningsobjekt för ${area.toLowerCase()} (genererat testunderlag).`,
    lineOrganisationIds: [lineOrganisationId],
    active: true,
  };
}

function largePlan(objectId: string, year: number): ObjectPlan {
  return {
    objectId,
    year,
    status: 'draft',
    hourlyRate: DEFAULT_HOURLY_RATE,
    hoursPerFte: DEFAULT_HOURS_PER_FTE,
    approvalRound: 0,
    sections: { ...EMPTY_SECTIONS, purpose: `Objektplan ${year}.` },
  };
}

function largeLine(planId: string, n: number): BudgetLine {
  return {
    planId,
    mainActivity: MAIN_ACTIVITIES[n % MAIN_ACTIVITIES.length]!,
    name: `Delmål ${n + 1}`,
    assignmentType: ASSIGNMENT_TYPES[n % ASSIGNMENT_TYPES.length]!,
    priority: n % 3 === 0 ? null : (n % 5) + 1,
    business: { hours: 10 + (n % 7) * 5, otherCost: (n % 4) * 1000 },
    it: { hours: 5 + (n % 5) * 8, otherCost: (n % 3) * 2500 },
    sortOrder: (n + 1) * 10,
  };
}

/** Writes `records` into `name`, `chunk` at a time, each chunk in one store transaction. */
async function createAll<T>(
  store: Store,
  name: CollectionName,
  records: T[],
  chunk: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < records.length; i += chunk) {
    const part = records.slice(i, i + chunk);
    const created = await store.transaction(async (tx) => {
      const collection = tx[name] as unknown as StoreCollections['auditLog'];
      return Promise.all(part.map((r) => collection.create(r as unknown as AuditEntry)));
    });
    ids.push(...created.map((r) => r.id));
  }
  return ids;
}

interface LargeSetCounts {
  objects: number;
  plans: number;
  budgetLines: number;
  people: number;
  roleAssignments: number;
  auditEntries: number;
}

/**
 * Loads the large set into `store` next to whatever is there (the demo's codes and e-mail addresses do
 * not clash with these). `progress` is told after each collection.
 */
export async function loadLargeSet(
  store: Store,
  shape: LargeShape = LARGE_MUNICIPALITY,
  progress: (line: string) => void = () => undefined,
  chunk = 500,
): Promise<LargeSetCounts> {
  const lineOrgs = await createAll(
    store,
    'lineOrganisations',
    ['Stadsbyggnad', 'Omsorg', 'Utbildning', 'Kultur och fritid', 'Ledning'].map((n) => ({
      name: `${n} (stor kommun)`,
    })),
    chunk,
  );
  const objectIds = await createAll(
    store,
    'objects',
    Array.from({ length: shape.objects }, (_, n) => largeObject(n, lineOrgs[n % lineOrgs.length]!)),
    chunk,
  );
  progress(`objects: ${objectIds.length}`);
  const personIds = await createAll(
    store,
    'people',
    Array.from({ length: shape.people }, (_, n) => largePerson(n)),
    chunk,
  );
  progress(`people: ${personIds.length}`);
  const assignments: RoleAssignment[] = [];
  objectIds.forEach((objectId, o) =>
    ROLES.forEach((role, r) =>
      assignments.push({ personId: personIds[(o * ROLES.length + r) % personIds.length]!, role, objectId }),
    ),
  );
  await createAll(store, 'roleAssignments', assignments, chunk);
  progress(`roleAssignments: ${assignments.length}`);
  const firstYear = shape.lastYear - shape.years + 1;
  const plans = objectIds.flatMap((objectId) =>
    Array.from({ length: shape.years }, (_, y) => largePlan(objectId, firstYear + y)),
  );
  const planIds = await createAll(store, 'plans', plans, chunk);
  progress(`plans: ${planIds.length}`);
  const lines = planIds.flatMap((planId) =>
    Array.from({ length: shape.linesPerPlan }, (_, n) => largeLine(planId, n)),
  );
  const lineIds = await createAll(store, 'budgetLines', lines, chunk);
  progress(`budgetLines: ${lineIds.length}`);
  // Loaded beside the services, so the plans' kept totals (ADR 0030) are written here in bulk, as the
  // services would have kept them; `npm run totals` checks them like any other.
  const totals: PlanTotalsRecord[] = planIds.map((planId, p) => ({
    planId,
    objectId: plans[p]!.objectId,
    year: plans[p]!.year,
    ...totalsPart(
      totalsOf(lines.slice(p * shape.linesPerPlan, (p + 1) * shape.linesPerPlan), plans[p]!.hourlyRate),
    ),
  }));
  await createAll(store, 'planTotals', totals, chunk);
  progress(`planTotals: ${totals.length}`);
  // Most writes of a year are budget edits: 17 entries in 20 name a budget line, the rest a plan.
  const start = Date.parse(`${shape.lastYear - 2}-01-01T08:00:00Z`);
  const entries: AuditEntry[] = Array.from({ length: shape.auditEntries }, (_, n) => {
    const line = n % 20 < 17;
    const recordId = line ? lineIds[(n * 7) % lineIds.length]! : planIds[(n * 3) % planIds.length]!;
    return {
      at: new Date(start + n * 1_500_000).toISOString(),
      actorId: personIds[(n * 11) % personIds.length]!,
      via: 'api',
      requestId: null,
      collection: line ? 'budgetLines' : 'plans',
      recordId,
      action: 'update',
      before: { sortOrder: n },
      after: { sortOrder: n + 1 },
    };
  });
  await createAll(store, 'auditLog', entries, chunk);
  progress(`auditLog: ${entries.length}`);
  return {
    objects: objectIds.length,
    plans: planIds.length,
    budgetLines: lineIds.length,
    people: personIds.length,
    roleAssignments: assignments.length,
    auditEntries: entries.length,
  };
}
