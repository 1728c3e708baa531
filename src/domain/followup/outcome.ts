// Plan against outcome (issue 16 §1): per main activity, side and bucket, with the year to date and a
// forecast for the year. Outcome is summed in öre (exact), shown in SEK; the plan is whole SEK.
import { budgetTable, type BudgetSettings } from '../budget/budget';
import {
  BUCKETS,
  MAIN_ACTIVITIES,
  SIDES,
  type Bucket,
  type BudgetLine,
  type MainActivity,
  type Side,
} from '../model';
import type { OutcomeEntry } from './types';

export interface Figure {
  planned: number;
  actual: number;
}

export interface Deviation {
  /** actual − planned, SEK (negative: under plan). */
  sek: number;
  /** Of the planned amount, one decimal; null when nothing was planned. */
  percent: number | null;
}

export interface OutcomeRow {
  mainActivity: MainActivity;
  planned: number;
  actual: number;
  forecast: number;
  /** The plan's share of the months through `through` (planned evenly over twelve months). */
  plannedToDate: number;
  deviationToDate: Deviation;
  deviationForecast: Deviation;
  business: Record<Bucket, Figure>;
  it: Record<Bucket, Figure>;
  hours: Record<Side, Figure>;
}

export interface OutcomeReport {
  currency: 'SEK';
  year: number;
  /** The last month with outcome (YYYY-MM), or null before any. */
  through: string | null;
  rows: OutcomeRow[];
  totals: {
    planned: number;
    actual: number;
    forecast: number;
    plannedToDate: number;
    deviationToDate: Deviation;
    deviationForecast: Deviation;
    hours: Record<Side, Figure>;
  };
  /** Actual per month (SEK), for the chart. */
  months: { period: string; actual: number }[];
}

const sek = (ore: number) => ore / 100;
/** SEK to öre, exact for whole SEK and two decimals. */
const ore = (sekValue: number) => Math.round(sekValue * 100);

export function deviation(actualOre: number, plannedOre: number): Deviation {
  const diff = actualOre - plannedOre;
  return {
    sek: sek(diff),
    percent: plannedOre === 0 ? null : Math.round((diff / plannedOre) * 1000) / 10,
  };
}

/** Planned × months/12 in öre, rounded half up. */
function share(plannedOre: number, months: number): number {
  return Math.round((plannedOre * months) / 12);
}

export function outcomeReport(
  year: number,
  lines: readonly Pick<BudgetLine, 'mainActivity' | 'assignmentType' | 'business' | 'it'>[],
  settings: BudgetSettings,
  entries: readonly Pick<
    OutcomeEntry,
    'period' | 'mainActivity' | 'side' | 'bucket' | 'amountOre' | 'centiHours'
  >[],
): OutcomeReport {
  const table = budgetTable(lines, settings);
  const inYear = entries.filter((e) => e.period.startsWith(`${year}-`));
  const through = inYear.reduce<string | null>((m, e) => (m === null || e.period > m ? e.period : m), null);
  const months = through ? Number(through.slice(5, 7)) : 0;
  const actualOre = new Map<string, number>();
  const hours = new Map<string, number>();
  const perMonth = new Map<string, number>();
  for (const e of inYear) {
    const k = `${e.mainActivity}|${e.side}|${e.bucket}`;
    actualOre.set(k, (actualOre.get(k) ?? 0) + e.amountOre);
    const hk = `${e.mainActivity}|${e.side}`;
    hours.set(hk, (hours.get(hk) ?? 0) + e.centiHours);
    perMonth.set(e.period, (perMonth.get(e.period) ?? 0) + e.amountOre);
  }
  const tot = { planned: 0, actual: 0, forecast: 0, toDate: 0 };
  const totHours = { business: { planned: 0, actual: 0 }, it: { planned: 0, actual: 0 } };
  const rows = MAIN_ACTIVITIES.map((mainActivity): OutcomeRow => {
    const budget = table.rows.find((r) => r.mainActivity === mainActivity)!;
    const bySide = {} as Record<Side, Record<Bucket, Figure>>;
    const hourFigures = {} as Record<Side, Figure>;
    let plannedOre = 0;
    let actual = 0;
    for (const side of SIDES) {
      bySide[side] = {} as Record<Bucket, Figure>;
      for (const bucket of BUCKETS) {
        const p = ore(budget[side][bucket]);
        const a = actualOre.get(`${mainActivity}|${side}|${bucket}`) ?? 0;
        plannedOre += p;
        actual += a;
        bySide[side][bucket] = { planned: sek(p), actual: sek(a) };
      }
      const plannedCenti = Math.round((budget.hours[side].maintain + budget.hours[side].develop) * 100);
      const actualCenti = hours.get(`${mainActivity}|${side}`) ?? 0;
      hourFigures[side] = { planned: plannedCenti / 100, actual: actualCenti / 100 };
      totHours[side].planned += plannedCenti;
      totHours[side].actual += actualCenti;
    }
    const toDate = share(plannedOre, months);
    // The rest of the year as planned: what is not yet spent is expected to be, month by month.
    const forecast = actual + (plannedOre - share(plannedOre, months));
    tot.planned += plannedOre;
    tot.actual += actual;
    tot.forecast += forecast;
    tot.toDate += toDate;
    return {
      mainActivity,
      planned: sek(plannedOre),
      actual: sek(actual),
      forecast: sek(forecast),
      plannedToDate: sek(toDate),
      deviationToDate: deviation(actual, toDate),
      deviationForecast: deviation(forecast, plannedOre),
      business: bySide.business,
      it: bySide.it,
      hours: hourFigures,
    };
  });
  return {
    currency: 'SEK',
    year,
    through,
    rows,
    totals: {
      planned: sek(tot.planned),
      actual: sek(tot.actual),
      forecast: sek(tot.forecast),
      plannedToDate: sek(tot.toDate),
      deviationToDate: deviation(tot.actual, tot.toDate),
      deviationForecast: deviation(tot.forecast, tot.planned),
      hours: {
        business: { planned: totHours.business.planned / 100, actual: totHours.business.actual / 100 },
        it: { planned: totHours.it.planned / 100, actual: totHours.it.actual / 100 },
      },
    },
    months: [...perMonth.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, amount]) => ({ period, actual: sek(amount) })),
  };
}

/** Deviations larger than `percent` (either way) and at least `minSek`: what the objektberättelse names. */
export function bigDeviations(report: OutcomeReport, percent = 10, minSek = 10_000) {
  return report.rows.filter(
    (r) =>
      r.deviationForecast.percent !== null &&
      Math.abs(r.deviationForecast.percent) >= percent &&
      Math.abs(r.deviationForecast.sek) >= minSek,
  );
}
