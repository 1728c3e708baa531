// Prioritisation of needs and initiatives (000 §2.3.4): benefit and contribution to goals weighed
// against the effort required, and the escalation ladder (tågordning) when objects cannot agree.
import type { EscalationLevel, Initiative } from '../model';

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

/**
 * Priority score: value (benefit + goal contribution, 2–10) times ease (6 − effort, 1–5), so 2–50.
 * A multiplicative score keeps a cheap but worthless initiative from outranking a valuable one.
 */
export function priorityScore(i: Pick<Initiative, 'benefit' | 'goalContribution' | 'effort'>): number {
  return (i.benefit + i.goalContribution) * (SCALE_MAX + 1 - i.effort);
}

/** Highest score first; ties by title so the order is stable. */
export function rankInitiatives<
  T extends Pick<Initiative, 'benefit' | 'goalContribution' | 'effort' | 'title'>,
>(items: readonly T[]): (T & { score: number; rank: number })[] {
  return items
    .map((i) => ({ ...i, score: priorityScore(i) }))
    .sort((a, b) => b.score - a.score || a.title.localeCompare(b.title, 'sv'))
    .map((i, index) => ({ ...i, rank: index + 1 }));
}

const LADDER: readonly EscalationLevel[] = ['leaders', 'owners', 'psg'];

/** The next rung of the ladder, or null at PSG: PSG is the highest level and decides. */
export function nextEscalationLevel(level: EscalationLevel): EscalationLevel | null {
  const index = LADDER.indexOf(level);
  return LADDER[index + 1] ?? null;
}

/** Open initiatives can be escalated; decided ones are closed questions. */
export function isOpenForPrioritisation(i: Pick<Initiative, 'status'>): boolean {
  return i.status === 'proposed' || i.status === 'prioritised' || i.status === 'inProgress';
}

/**
 * A priority question is open until it is decided at its rung: once decided it is closed — off the
 * agendas and the portfolio's count, not decided a second time, not lifted further.
 */
export function isEscalationOpen(i: Pick<Initiative, 'status' | 'priorityDecision'>): boolean {
  return isOpenForPrioritisation(i) && !i.priorityDecision;
}

/** Why a question cannot be lifted or decided now, or null when it can. */
export function closedReason(
  i: Pick<Initiative, 'status' | 'priorityDecision'>,
): 'decided' | 'done' | 'stopped' | 'rejected' | null {
  if (i.priorityDecision) return 'decided';
  if (i.status === 'done' || i.status === 'stopped' || i.status === 'rejected') return i.status;
  return null;
}
