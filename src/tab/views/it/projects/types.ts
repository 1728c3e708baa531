// The shapes the project portfolio reads from the API (issue 17 point 6).
export const PHASES = ['idea', 'preStudy', 'execution', 'closing', 'done'] as const;
export type Phase = (typeof PHASES)[number];
export type Colour = 'green' | 'amber' | 'red';

export interface LinkedOutcome {
  planId: string;
  year: number;
  through: string | null;
  planned: number;
  actual: number;
  lines: { id: string; name: string; planned: number; actual: number }[];
}

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
