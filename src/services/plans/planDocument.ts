// Everything an exported object plan shows (004: "Objektplan för objektet … för år 2020"), read through
// the store port and flattened to plain data, so a renderer (Word today) needs neither the store nor rules.
import {
  budgetTable,
  hoursByActivity,
  lineCost,
  type BudgetTable,
  type LineCost,
} from '../../domain/budget/budget';
import {
  OBJECT_ROLES,
  type AssignmentType,
  type Component,
  type ComponentKind,
  type LifecycleState,
  type MainActivity,
  type ObjectCategory,
  type PlanSections,
  type PlanStatus,
  type PlanVersion,
  type Role,
  type SideEstimate,
} from '../../domain/model';
import { notFound } from '../errors';
import { lineContent } from './planVersion';
import type { Store, Stored } from '../ports/store';

export interface PlanDocumentComponent {
  id: string;
  kind: ComponentKind;
  name: string;
  description: string;
  supplier?: string;
  lifecycle: LifecycleState;
  /** Set when another object manages the component and this object's products only use it. */
  ownerObject?: { code: string; name: string };
}

export interface PlanDocumentProduct {
  id: string;
  name: string;
  description: string;
  sortOrder: number;
  businessComponents: string[];
  itComponents: string[];
}

export interface PlanDocumentRole {
  role: Role;
  personId: string;
  displayName: string;
  title: string;
}

export interface PlanDocumentBudgetLine {
  /** So the goals chapter can name the delmål that serve each goal. */
  id: string;
  mainActivity: MainActivity;
  name: string;
  assignmentType: AssignmentType;
  priority: number | null;
  business: SideEstimate;
  it: SideEstimate;
  sortOrder: number;
  cost: LineCost;
}

export interface PlanDocumentModel {
  /** ISO date (YYYY-MM-DD) the document was produced. */
  generatedOn: string;
  object: {
    id: string;
    code: string;
    name: string;
    category: ObjectCategory;
    description: string;
  };
  /** Names of the line organisations the object supports, in the object's order. */
  lineOrganisations: string[];
  plan: {
    id: string;
    year: number;
    status: PlanStatus;
    hourlyRate: number;
    hoursPerFte: number;
    sections: PlanSections;
  };
  /** In the object's product order. */
  products: PlanDocumentProduct[];
  /** The object's own components first, then those of other objects that its products use. */
  businessComponents: PlanDocumentComponent[];
  itComponents: PlanDocumentComponent[];
  relatedObjects: { name: string; description: string }[];
  /** Object roles in the order of the model (owners, leaders, coordinators, specialists, OSG members). */
  roles: PlanDocumentRole[];
  /** In sortOrder. */
  budgetLines: PlanDocumentBudgetLine[];
  budget: BudgetTable;
  /** Hours of each side per main activity (the "Summa timmar" rows of 004 §4.2.3). */
  activityHours: Record<MainActivity, { business: number; it: number }>;
  /** The strategic goals the plan's goals name, by "strategicPlanId/goalId" (issue 16 point 4). */
  strategicGoals: Record<string, string>;
  /** Set when the document shows an approved version: which, when, and who approved it. */
  approved?: PlanDocumentApproval;
}

export interface PlanDocumentApproval {
  version: number;
  approvedAt: string;
  total: number;
  approvers: { displayName: string; role: Role; at: string; comment: string }[];
}

/** An approved version with the approvers' names, as the document shows it. */
export type ApprovedContent = Omit<PlanVersion, 'approvers'> & {
  approvers: (PlanVersion['approvers'][number] & { displayName: string })[];
};

function toComponent(
  c: Stored<Component>,
  ownerObject?: { code: string; name: string },
): PlanDocumentComponent {
  return {
    id: c.id,
    kind: c.kind,
    name: c.name,
    description: c.description,
    ...(c.supplier ? { supplier: c.supplier } : {}),
    lifecycle: c.lifecycle,
    ...(ownerObject ? { ownerObject } : {}),
  };
}

/** Reads one plan and all it shows. Throws a not-found AppError when the plan (or its object) is missing. */
export async function planDocumentModel(
  store: Store,
  planId: string,
  today: string,
  approved?: ApprovedContent,
): Promise<PlanDocumentModel> {
  const stored = await store.plans.get(planId);
  if (!stored) throw notFound('objektplan', planId);
  // The approved version shows the content as it was approved (its settings, chapters and lines); the
  // object's anatomy and roles are today's.
  const plan = approved
    ? {
        ...stored,
        hourlyRate: approved.hourlyRate,
        hoursPerFte: approved.hoursPerFte,
        sections: approved.sections,
        status: stored.status === 'closed' ? ('closed' as const) : ('approved' as const),
      }
    : stored;
  const object = await store.objects.get(plan.objectId);
  if (!object) throw notFound('objekt', plan.objectId);
  const objectId = object.id;

  const [lineOrgs, products, links, ownComponents, related, assignments, lines, strategic] =
    await Promise.all([
      Promise.all(object.lineOrganisationIds.map((id) => store.lineOrganisations.get(id))),
      store.products.findAll({ objectId }),
      store.productComponents.findAll({ objectId }, { field: 'createdAt', direction: 'asc' }),
      store.components.findAll({ ownerObjectId: objectId }, { field: 'createdAt', direction: 'asc' }),
      store.relatedObjects.findAll({ objectId }, { field: 'createdAt', direction: 'asc' }),
      store.roleAssignments.findAll({ objectId }, { field: 'createdAt', direction: 'asc' }),
      approved
        ? Promise.resolve(approved.lines)
        : store.budgetLines.findAll({ planId }, { field: 'sortOrder', direction: 'asc' }),
      store.strategicPlans.findAll({ objectId }),
    ]);

  // Components the products use but another object manages: fetched one by one, in order of first use.
  const components = new Map<string, PlanDocumentComponent>(ownComponents.map((c) => [c.id, toComponent(c)]));
  const foreign: PlanDocumentComponent[] = [];
  const owners = new Map<string, { code: string; name: string } | undefined>();
  for (const link of links) {
    if (components.has(link.componentId)) continue;
    const c = await store.components.get(link.componentId);
    if (!c) continue;
    if (!owners.has(c.ownerObjectId)) {
      const owner = await store.objects.get(c.ownerObjectId);
      owners.set(c.ownerObjectId, owner ? { code: owner.code, name: owner.name } : undefined);
    }
    const component = toComponent(c, owners.get(c.ownerObjectId));
    components.set(c.id, component);
    foreign.push(component);
  }
  const allComponents = [...ownComponents.map((c) => components.get(c.id)!), ...foreign];

  const namesFor = (productId: string, kind: ComponentKind) =>
    links
      .filter((l) => l.productId === productId)
      .map((l) => components.get(l.componentId))
      .filter((c): c is PlanDocumentComponent => c?.kind === kind)
      .map((c) => c.name);

  const roleOrder = new Map<Role, number>(OBJECT_ROLES.map((r, i) => [r, i]));
  const people = new Map(
    await Promise.all(
      [...new Set(assignments.map((a) => a.personId))].map(
        async (id) => [id, await store.people.get(id)] as const,
      ),
    ),
  );
  const roles: PlanDocumentRole[] = assignments
    .filter((a) => roleOrder.has(a.role))
    .map((a) => ({
      role: a.role,
      personId: a.personId,
      displayName: people.get(a.personId)?.displayName ?? '',
      title: people.get(a.personId)?.title ?? '',
    }))
    .sort(
      (a, b) =>
        roleOrder.get(a.role)! - roleOrder.get(b.role)! || a.displayName.localeCompare(b.displayName, 'sv'),
    );

  const settings = { hourlyRate: plan.hourlyRate, hoursPerFte: plan.hoursPerFte };
  const budgetLines: PlanDocumentBudgetLine[] = lines.map((l) => ({
    id: l.id ?? '',
    ...lineContent(l),
    cost: lineCost(l, plan.hourlyRate),
  }));

  const strategicGoals = Object.fromEntries(
    strategic.flatMap((sp) =>
      sp.years.flatMap((y) => y.goals.map((g) => [`${sp.id}/${g.id}`, `${g.text} (${y.year})`] as const)),
    ),
  );

  return {
    strategicGoals,
    generatedOn: today,
    object: {
      id: object.id,
      code: object.code,
      name: object.name,
      category: object.category,
      description: object.description,
    },
    lineOrganisations: lineOrgs.filter((lo) => lo !== undefined).map((lo) => lo.name),
    plan: {
      id: plan.id,
      year: plan.year,
      status: plan.status,
      hourlyRate: plan.hourlyRate,
      hoursPerFte: plan.hoursPerFte,
      sections: plan.sections,
    },
    products: [...products]
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((p) => ({
        id: p.id,
        name: p.name,
        description: p.description,
        sortOrder: p.sortOrder,
        businessComponents: namesFor(p.id, 'business'),
        itComponents: namesFor(p.id, 'it'),
      })),
    businessComponents: allComponents.filter((c) => c.kind === 'business'),
    itComponents: allComponents.filter((c) => c.kind === 'it'),
    relatedObjects: related.map((r) => ({ name: r.name, description: r.description })),
    roles,
    budgetLines,
    budget: budgetTable(budgetLines, settings),
    activityHours: hoursByActivity(budgetLines),
    ...(approved
      ? {
          approved: {
            version: approved.round,
            approvedAt: approved.approvedAt,
            total: approved.total,
            approvers: approved.approvers.map((a) => ({
              displayName: a.displayName,
              role: a.role,
              at: a.at,
              comment: a.comment,
            })),
          },
        }
      : {}),
  };
}
