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

export type ContractState = 'active' | 'withinNotice' | 'expired';

export interface ContractNotice {
  /** The last day notice can be given for the contract to end on its end date. */
  noticeDate: string;
  state: ContractState;
}

export function contractNotice(
  contract: Pick<Contract, 'endDate' | 'noticePeriodMonths'>,
  today: string,
): ContractNotice {
  const noticeDate = addMonths(contract.endDate, -contract.noticePeriodMonths);
  const state: ContractState =
    today > contract.endDate ? 'expired' : today >= noticeDate ? 'withinNotice' : 'active';
  return { noticeDate, state };
}
