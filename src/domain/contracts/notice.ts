// Contract overview (000 §3.1.3): objects must know when contracts expire and when notice must be given.
import type { Contract } from '../model';

/** Adds whole months to an ISO date, clamping to the month's last day (31 Aug − 6 months = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Adds whole days to an ISO date (calendar arithmetic in UTC, so no time zone moves it). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * active: nothing to do yet; withinNotice: the lead time before the last notice day has begun, so the
 * object decides now whether to terminate or extend; noticePassed: the last notice day is past and the
 * contract runs to its end (or renews, by its terms); expired: past its end date.
 */
export const CONTRACT_STATES = ['active', 'withinNotice', 'noticePassed', 'expired'] as const;
export type ContractState = (typeof CONTRACT_STATES)[number];

/** How long before the last notice day a contract is flagged, unless the installation says otherwise. */
export const DEFAULT_NOTICE_LEAD_DAYS = 90;

export interface ContractNotice {
  /** The last day notice can be given for the contract to end on its end date. */
  noticeDate: string;
  /** The first day of the lead time: from here the contract is within notice (and on the OSG's agenda). */
  noticeFrom: string;
  state: ContractState;
}

export function contractNotice(
  contract: Pick<Contract, 'endDate' | 'noticePeriodMonths'>,
  today: string,
  leadDays: number = DEFAULT_NOTICE_LEAD_DAYS,
): ContractNotice {
  const noticeDate = addMonths(contract.endDate, -contract.noticePeriodMonths);
  const noticeFrom = addDays(noticeDate, -leadDays);
  const state: ContractState =
    today > contract.endDate
      ? 'expired'
      : today > noticeDate
        ? 'noticePassed'
        : today >= noticeFrom
          ? 'withinNotice'
          : 'active';
  return { noticeDate, noticeFrom, state };
}

/** A contract still binds the object (for a retired object's open items): anything not yet expired. */
export function isRunning(state: ContractState): boolean {
  return state !== 'expired';
}
