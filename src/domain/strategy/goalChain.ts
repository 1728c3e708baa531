// The goal chain (issue 16 point 5, seed 003): from the municipality's strategic goals and focus areas
// down to what serves them — object plans' goals, strategic object plans' goals and initiatives — and the
// goals and focus areas that no one serves. Pure: the service gathers the records.
import type { GoalRef, SteeringDocument } from './model';

export const CONTRIBUTOR_KINDS = ['objectPlanGoal', 'strategicPlanGoal', 'initiative'] as const;
export type ContributorKind = (typeof CONTRIBUTOR_KINDS)[number];

/** Something that serves a point of the chain, with the state of what it belongs to. */
export interface Contributor {
  kind: ContributorKind;
  objectId: string;
  objectCode: string;
  objectName: string;
  /** The plan, strategic plan or initiative. */
  sourceId: string;
  /** The goal's text or the initiative's title. */
  title: string;
  /** The status of the plan, strategic plan or initiative. */
  status: string;
  /** The year of the plan; for a strategic goal the year it is set for; null for an initiative. */
  year: number | null;
  /** The link record (links made in the goal chain), absent for goals linked inside a strategic plan. */
  linkId?: string;
}

export interface ContributionIn extends Contributor {
  ref: GoalRef;
}

export interface ChainFocusArea {
  id: string;
  title: string;
  contributors: Contributor[];
  served: boolean;
}

export interface ChainGoal {
  id: string;
  title: string;
  description: string;
  expectedResult: string;
  /** Linked to the goal as a whole. */
  contributors: Contributor[];
  focusAreas: ChainFocusArea[];
  /** Anyone serves the goal or one of its focus areas. */
  served: boolean;
  /** The objects serving it, by code. */
  objectCodes: string[];
}

export interface ChainDocument {
  id: string;
  kind: SteeringDocument['kind'];
  level: SteeringDocument['level'];
  title: string;
  adoptedBy: string;
  fromYear: number;
  toYear: number | null;
  vision: string;
  areas: SteeringDocument['areas'];
  goals: ChainGoal[];
}

export interface Unserved {
  documentId: string;
  goalId: string;
  focusAreaId: string | null;
  title: string;
}

export interface GoalChain {
  documents: ChainDocument[];
  /** Goals, and focus areas, that nothing serves. */
  unserved: Unserved[];
}

const order = (a: Contributor, b: Contributor) =>
  a.objectCode.localeCompare(b.objectCode, 'sv') ||
  a.kind.localeCompare(b.kind) ||
  a.title.localeCompare(b.title, 'sv');

export function goalChain(
  documents: readonly (SteeringDocument & { id: string })[],
  contributions: readonly ContributionIn[],
): GoalChain {
  const unserved: Unserved[] = [];
  const at = (docId: string, goalId: string, focusAreaId: string | null) =>
    contributions
      .filter(
        (c) => c.ref.documentId === docId && c.ref.goalId === goalId && c.ref.focusAreaId === focusAreaId,
      )
      .map(({ ref: _ref, ...c }) => c)
      .sort(order);
  const chained = documents.map((d): ChainDocument => {
    const goals = d.goals.map((g): ChainGoal => {
      const focusAreas = g.focusAreas.map((f): ChainFocusArea => {
        const contributors = at(d.id, g.id, f.id);
        return { id: f.id, title: f.title, contributors, served: contributors.length > 0 };
      });
      const contributors = at(d.id, g.id, null);
      const all = [...contributors, ...focusAreas.flatMap((f) => f.contributors)];
      const served = all.length > 0;
      if (!served) unserved.push({ documentId: d.id, goalId: g.id, focusAreaId: null, title: g.title });
      for (const f of focusAreas)
        if (!f.served)
          unserved.push({
            documentId: d.id,
            goalId: g.id,
            focusAreaId: f.id,
            title: `${g.title}: ${f.title}`,
          });
      return {
        id: g.id,
        title: g.title,
        description: g.description,
        expectedResult: g.expectedResult,
        contributors,
        focusAreas,
        served,
        objectCodes: [...new Set(all.map((c) => c.objectCode))].sort((a, b) => a.localeCompare(b, 'sv')),
      };
    });
    return {
      id: d.id,
      kind: d.kind,
      level: d.level,
      title: d.title,
      adoptedBy: d.adoptedBy,
      fromYear: d.fromYear,
      toYear: d.toYear,
      vision: d.vision,
      areas: d.areas,
      goals,
    };
  });
  return { documents: chained, unserved };
}
