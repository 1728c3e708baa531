// The year wheel's deliverables (000 §3.4), named once for every reader: the tab, the cards, the agenda
// suggestions. In lower case, as terms (they are used mid-sentence); a label capitalises them.
import type { Deliverable } from '../../domain/plan/yearWheel';

export const deliverablesSv: Record<Deliverable, string> = {
  strategicPlanPreliminary: 'preliminär strategisk plan',
  strategicPlanFinal: 'fastställd strategisk plan',
  objectPlanPreliminary: 'preliminär objektplan',
  objectPlanApproved: 'objektplan godkänd av OSG',
  strategicFollowUp: 'uppföljning av strategisk plan',
  objectReport: 'objektberättelse',
};

export const deliverablesEn: Record<Deliverable, string> = {
  strategicPlanPreliminary: 'preliminary strategic plan',
  strategicPlanFinal: 'final strategic plan',
  objectPlanPreliminary: 'preliminary object plan',
  objectPlanApproved: 'object plan approved by OSG',
  strategicFollowUp: 'strategic plan follow-up',
  objectReport: 'object report',
};

const asTerms = (names: Record<Deliverable, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(names).map(([d, name]) => [`deliverable.${d}`, name]));

/** `term(locale, 'deliverable.objectReport')`. */
export const termsSv = asTerms(deliverablesSv);
export const termsEn = asTerms(deliverablesEn);
