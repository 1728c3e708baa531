// What an object plan must contain before it goes to its OSG (000 §3.4.2): references to governing
// documents, the object's area of responsibility, goals for the period, budget and financing, and the
// object organisation and forums. A plan missing any of these is not ready to be approved.
import type { PlanSections } from '../model';

export const PLAN_PARTS = [
  'governingDocuments',
  'scope',
  'periodGoals',
  'budget',
  'organisation',
  'forums',
] as const;
export type PlanPart = (typeof PLAN_PARTS)[number];

const written = (s: string) => s.trim() !== '';

/** The parts still missing (empty when the plan is complete), in the order of 000 §3.4.2. */
export function missingPlanParts(sections: PlanSections, totalSek: number): PlanPart[] {
  const present: Record<PlanPart, boolean> = {
    // Either the table of governing documents (004 §4.1.1) or the text on laws and policies.
    governingDocuments:
      sections.governingDocuments.some((d) => written(d.document)) || written(sections.regulations),
    scope: written(sections.scope),
    periodGoals: sections.periodGoals.some(written),
    budget: totalSek > 0,
    organisation: written(sections.organisation),
    forums: written(sections.forums),
  };
  return PLAN_PARTS.filter((p) => !present[p]);
}
