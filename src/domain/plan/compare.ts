// A plan beside last year's: totals per main activity and side, and what changed line by line
// (the OSG reads this before approving). Lines are matched by main activity and name, which a copied
// line keeps; a renamed line reads as one removed and one added.
import { budgetTable, lineCost, type BudgetSettings } from '../budget/budget';
import { MAIN_ACTIVITIES, type BudgetLine, type MainActivity } from '../model';

type Line = Pick<BudgetLine, 'mainActivity' | 'name' | 'assignmentType' | 'business' | 'it'>;

export interface PlanSide {
  settings: BudgetSettings;
  lines: readonly Line[];
}

export interface ActivityComparison {
  mainActivity: MainActivity;
  business: { before: number; now: number };
  it: { before: number; now: number };
  total: { before: number; now: number };
}

export interface LineChange {
  mainActivity: MainActivity;
  name: string;
  kind: 'added' | 'removed' | 'changed';
  /** Total cost of the line (both sides), in each plan; 0 where the line is absent. */
  before: number;
  now: number;
}

export interface PlanComparison {
  activities: ActivityComparison[];
  totals: ActivityComparison['total'] & {
    business: { before: number; now: number };
    it: { before: number; now: number };
  };
  hourlyRate: { before: number; now: number };
  hoursPerFte: { before: number; now: number };
  changes: LineChange[];
}

const keyOf = (l: Line) => `${l.mainActivity}\u0000${l.name.trim().toLocaleLowerCase('sv')}`;

function sameEstimate(a: Line, b: Line): boolean {
  return (
    a.assignmentType === b.assignmentType &&
    a.business.hours === b.business.hours &&
    a.business.otherCost === b.business.otherCost &&
    a.it.hours === b.it.hours &&
    a.it.otherCost === b.it.otherCost
  );
}

export function comparePlans(now: PlanSide, before: PlanSide): PlanComparison {
  const a = budgetTable(before.lines, before.settings);
  const b = budgetTable(now.lines, now.settings);
  const sum = (r: { maintain: number; develop: number }) => r.maintain + r.develop;
  const activities = MAIN_ACTIVITIES.map((mainActivity, i): ActivityComparison => {
    const x = a.rows[i]!;
    const y = b.rows[i]!;
    return {
      mainActivity,
      business: { before: sum(x.business), now: sum(y.business) },
      it: { before: sum(x.it), now: sum(y.it) },
      total: { before: x.total, now: y.total },
    };
  });

  const previous = new Map<string, Line>();
  for (const l of before.lines) previous.set(keyOf(l), l);
  const changes: LineChange[] = [];
  const seen = new Set<string>();
  for (const l of now.lines) {
    const key = keyOf(l);
    seen.add(key);
    const was = previous.get(key);
    const cost = lineCost(l, now.settings.hourlyRate).total;
    if (!was)
      changes.push({ mainActivity: l.mainActivity, name: l.name, kind: 'added', before: 0, now: cost });
    else {
      const old = lineCost(was, before.settings.hourlyRate).total;
      if (!sameEstimate(l, was) || old !== cost)
        changes.push({ mainActivity: l.mainActivity, name: l.name, kind: 'changed', before: old, now: cost });
    }
  }
  for (const l of before.lines) {
    if (seen.has(keyOf(l))) continue;
    const old = lineCost(l, before.settings.hourlyRate).total;
    changes.push({ mainActivity: l.mainActivity, name: l.name, kind: 'removed', before: old, now: 0 });
  }
  const order = new Map(MAIN_ACTIVITIES.map((m, i) => [m, i]));
  changes.sort((x, y) => order.get(x.mainActivity)! - order.get(y.mainActivity)!);

  return {
    activities,
    totals: {
      business: { before: sum(a.totals.business), now: sum(b.totals.business) },
      it: { before: sum(a.totals.it), now: sum(b.totals.it) },
      before: a.totals.total,
      now: b.totals.total,
    },
    hourlyRate: { before: before.settings.hourlyRate, now: now.settings.hourlyRate },
    hoursPerFte: { before: before.settings.hoursPerFte, now: now.settings.hoursPerFte },
    changes,
  };
}
