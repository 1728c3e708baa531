// The HUKI matrix's rule: every activity has exactly one H (huvudansvarig) — someone answers for it,
// and only one. U, K and I may be given to any number of roles.
import type { HukiActivity, HukiLetter } from './model';

export type HukiProblem =
  { kind: 'noH' } | { kind: 'severalH'; roleIds: string[] } | { kind: 'unknownRole'; roleId: string };

/** What is wrong with an activity's cells, or null. */
export function checkCells(
  cells: Readonly<Record<string, HukiLetter>>,
  roleIds: ReadonlySet<string>,
): HukiProblem | null {
  const unknown = Object.keys(cells).find((r) => !roleIds.has(r));
  if (unknown) return { kind: 'unknownRole', roleId: unknown };
  const h = Object.entries(cells)
    .filter(([, letter]) => letter === 'H')
    .map(([r]) => r);
  if (h.length === 0) return { kind: 'noH' };
  if (h.length > 1) return { kind: 'severalH', roleIds: h };
  return null;
}

/** The activities whose H a role holds: such a role cannot be removed before the H is given to another. */
export function activitiesLedBy(activities: readonly (HukiActivity & { id: string })[], roleId: string) {
  return activities.filter((a) => a.cells[roleId] === 'H');
}
