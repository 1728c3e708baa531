// The budget engine of spec §Budget model (004 §4.2–4.3).
// Money is whole SEK held in integers. Hours carry at most two decimals, so they are summed as
// integer hundredths: adding 0.1 + 0.2 as floats would already drift.
import {
  MAIN_ACTIVITIES,
  type AssignmentType,
  type Bucket,
  type BudgetLine,
  type MainActivity,
  type Side,
  type SideEstimate,
} from '../model';

/** The hourly rate of a plan that copies none: whole SEK, the same on both sides (004 uses 655). */
export const DEFAULT_HOURLY_RATE = 655;
/** Hours that make one full-time equivalent in a plan that copies none (004 uses 1700). */
export const DEFAULT_HOURS_PER_FTE = 1700;

export interface BudgetSettings {
  hourlyRate: number;
  hoursPerFte: number;
}

export type BySideBucket<T> = Record<Side, Record<Bucket, T>>;

export interface BudgetRow {
  mainActivity: MainActivity;
  business: Record<Bucket, number>;
  it: Record<Bucket, number>;
  total: number;
  hours: BySideBucket<number>;
  fte: BySideBucket<number> & { total: number };
}

export interface BudgetTable {
  currency: 'SEK';
  hourlyRate: number;
  hoursPerFte: number;
  rows: BudgetRow[];
  totals: { business: Record<Bucket, number>; it: Record<Bucket, number>; total: number };
  hours: BySideBucket<number> & { total: number };
  fte: BySideBucket<number> & { total: number };
}

export interface LineCost {
  business: number;
  it: number;
  total: number;
  bucket: Bucket;
}

/** New development counts as development, retirement as maintenance (spec §Budget model). */
/**
 * The four figures of a §4.3 summary row in the seed's column order (business maintain, business develop,
 * IT maintain, IT develop), so that the tab and the Word export cannot disagree about it.
 */
export function summaryCells(figures: BySideBucket<number>): [number, number, number, number] {
  return [figures.business.maintain, figures.business.develop, figures.it.maintain, figures.it.develop];
}

export function bucketOf(type: AssignmentType): Bucket {
  return type === 'maintain' || type === 'retire' ? 'maintain' : 'develop';
}

/** Hours as integer hundredths. Inputs are validated to two decimals; rounding absorbs float noise like 0.29*100. */
export function toCentiHours(hours: number): number {
  return Math.round(hours * 100);
}

/** Cost of one side: hours × rate + other costs, rounded half up to whole SEK. */
export function sideCost(estimate: SideEstimate, hourlyRate: number): number {
  const centiSek = toCentiHours(estimate.hours) * hourlyRate;
  return Math.floor((centiSek + 50) / 100) + estimate.otherCost;
}

export function lineCost(
  line: Pick<BudgetLine, 'business' | 'it' | 'assignmentType'>,
  hourlyRate: number,
): LineCost {
  const business = sideCost(line.business, hourlyRate);
  const it = sideCost(line.it, hourlyRate);
  return { business, it, total: business + it, bucket: bucketOf(line.assignmentType) };
}

function emptySideBucket(): BySideBucket<number> {
  return { business: { maintain: 0, develop: 0 }, it: { maintain: 0, develop: 0 } };
}

function fteOf(
  centiHours: BySideBucket<number>,
  hoursPerFte: number,
): BySideBucket<number> & { total: number } {
  const perFte = hoursPerFte * 100;
  const total =
    centiHours.business.maintain +
    centiHours.business.develop +
    centiHours.it.maintain +
    centiHours.it.develop;
  return {
    business: {
      maintain: centiHours.business.maintain / perFte,
      develop: centiHours.business.develop / perFte,
    },
    it: { maintain: centiHours.it.maintain / perFte, develop: centiHours.it.develop / perFte },
    total: total / perFte,
  };
}

function hoursOf(centiHours: BySideBucket<number>): BySideBucket<number> {
  return {
    business: { maintain: centiHours.business.maintain / 100, develop: centiHours.business.develop / 100 },
    it: { maintain: centiHours.it.maintain / 100, develop: centiHours.it.develop / 100 },
  };
}

/**
 * The tables of 004 §4.3: cost per main activity × side × bucket with row and column sums, and FTE
 * computed from the exact hours (rounded only when displayed).
 */
export function budgetTable(
  lines: readonly Pick<BudgetLine, 'mainActivity' | 'assignmentType' | 'business' | 'it'>[],
  settings: BudgetSettings,
): BudgetTable {
  const cost = new Map<MainActivity, BySideBucket<number>>();
  const centi = new Map<MainActivity, BySideBucket<number>>();
  for (const activity of MAIN_ACTIVITIES) {
    cost.set(activity, emptySideBucket());
    centi.set(activity, emptySideBucket());
  }
  for (const line of lines) {
    const bucket = bucketOf(line.assignmentType);
    const c = cost.get(line.mainActivity)!;
    const h = centi.get(line.mainActivity)!;
    c.business[bucket] += sideCost(line.business, settings.hourlyRate);
    c.it[bucket] += sideCost(line.it, settings.hourlyRate);
    h.business[bucket] += toCentiHours(line.business.hours);
    h.it[bucket] += toCentiHours(line.it.hours);
  }

  const totals = { ...emptySideBucket(), total: 0 };
  const totalCenti = emptySideBucket();
  const rows: BudgetRow[] = MAIN_ACTIVITIES.map((mainActivity) => {
    const c = cost.get(mainActivity)!;
    const h = centi.get(mainActivity)!;
    for (const side of ['business', 'it'] as const) {
      for (const bucket of ['maintain', 'develop'] as const) {
        totals[side][bucket] += c[side][bucket];
        totalCenti[side][bucket] += h[side][bucket];
      }
    }
    const total = c.business.maintain + c.business.develop + c.it.maintain + c.it.develop;
    totals.total += total;
    return {
      mainActivity,
      business: c.business,
      it: c.it,
      total,
      hours: hoursOf(h),
      fte: fteOf(h, settings.hoursPerFte),
    };
  });

  const hours = hoursOf(totalCenti);
  const allCenti =
    totalCenti.business.maintain +
    totalCenti.business.develop +
    totalCenti.it.maintain +
    totalCenti.it.develop;
  return {
    currency: 'SEK',
    hourlyRate: settings.hourlyRate,
    hoursPerFte: settings.hoursPerFte,
    rows,
    totals,
    hours: { ...hours, total: allCenti / 100 },
    fte: fteOf(totalCenti, settings.hoursPerFte),
  };
}

/** Sum of hours of each side and in all, per main activity (the "Summa timmar" rows of 004 §4.2.3). */
export function hoursByActivity(
  lines: readonly Pick<BudgetLine, 'mainActivity' | 'business' | 'it'>[],
): Record<MainActivity, { business: number; it: number }> {
  const out = {} as Record<MainActivity, { business: number; it: number }>;
  for (const activity of MAIN_ACTIVITIES) out[activity] = { business: 0, it: 0 };
  for (const line of lines) {
    out[line.mainActivity].business += toCentiHours(line.business.hours);
    out[line.mainActivity].it += toCentiHours(line.it.hours);
  }
  for (const activity of MAIN_ACTIVITIES) {
    out[activity] = { business: out[activity].business / 100, it: out[activity].it / 100 };
  }
  return out;
}
