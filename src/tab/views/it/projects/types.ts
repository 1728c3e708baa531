// The shapes the project portfolio reads from the API (issue 17 point 6).
import type { ProjectPhase, StatusColour } from '../../../../domain/itorg/model';
import type { LinkedOutcome } from '../../../../domain/itorg/projects';

export { PROJECT_PHASES as PHASES } from '../../../../domain/itorg/model';
type Phase = ProjectPhase;
type Colour = StatusColour;

export interface ProjectRow {
  id: string;
  etag: string;
  name: string;
  description: string;
  objectId: string;
  objectIds: string[];
  origin: { kind: 'initiative' | 'order'; id: string } | null;
  phase: Phase;
  phases: { phase: Phase; start: string; end: string }[];
  start: string;
  end: string;
  budget: number;
  outcome: number;
  planId: string | null;
  budgetLineIds: string[];
  componentIds: string[];
  managerPersonId: string | null;
  managerName: string | null;
  objects: { id: string; code: string }[];
  systems: { id: string; name: string; lifecycle: string | null }[];
  latest: { month: string; status: Colour; comment: string } | null;
  linkedOutcome: LinkedOutcome | null;
  actualOutcome: number;
  outcomeSource: 'plan' | 'manual';
  remainder: number;
}

export interface PortfolioLookups {
  objects: { id: string; code: string; name: string }[];
  people: { id: string; displayName: string }[];
  systems: { id: string; name: string; objectId: string }[];
}
