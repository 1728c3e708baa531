// Answers to the bot's commands: help, status of the channel's object, the year's plan.
import type { PlanStatus } from '../../../domain/model';
import {
  card,
  facts,
  formatDate,
  formatSek,
  formatTwoDecimals,
  heading,
  openUrl,
  text,
  type AdaptiveCard,
} from './card';
import { say, type CardLocale } from './texts';

export function helpCard(locale: CardLocale, demo: boolean): AdaptiveCard {
  return card([
    heading(say(locale, 'helpTitle')),
    text(say(locale, 'helpText')),
    ...(demo ? [text(say(locale, 'helpDemo'), { isSubtle: true })] : []),
  ]);
}

export interface StatusCardModel {
  locale: CardLocale;
  objectCode: string;
  objectName: string;
  plan: { year: number; status: PlanStatus; late: string[] } | null;
  planYear: number;
  nextMeeting: { title: string; start: string } | null;
  openApprovals: string[];
  url: string;
}

export function statusCard(m: StatusCardModel): AdaptiveCard {
  const l = m.locale;
  return card(
    [
      heading(say(l, 'statusTitle', { name: m.objectName, code: m.objectCode })),
      facts([
        [
          say(l, 'plan'),
          m.plan
            ? `${m.plan.year}: ${say(l, `status.${m.plan.status}`)}`
            : say(l, 'noPlan', { year: m.planYear }),
        ],
        ...(m.plan?.late.length ? ([[say(l, 'late'), m.plan.late.join(', ')]] as [string, string][]) : []),
        [
          say(l, 'nextMeeting'),
          m.nextMeeting
            ? `${m.nextMeeting.title}, ${formatDate(m.nextMeeting.start, l, true)}`
            : say(l, 'noMeeting'),
        ],
        [say(l, 'openApprovals'), m.openApprovals.length ? m.openApprovals.join(', ') : say(l, 'none')],
      ]),
    ],
    [openUrl(say(l, 'openInTab'), m.url)],
  );
}

export interface PlanCardModel {
  locale: CardLocale;
  objectCode: string;
  year: number;
  status: PlanStatus;
  budgetTotal: number;
  fte: number;
  deadlines: { label: string; due: string; state: string }[];
  url: string;
}

export function planCard(m: PlanCardModel): AdaptiveCard {
  const l = m.locale;
  return card(
    [
      heading(say(l, 'planTitle', { code: m.objectCode, year: m.year })),
      facts([
        [say(l, 'status'), say(l, `status.${m.status}`)],
        [say(l, 'budget'), formatSek(m.budgetTotal, l)],
        [say(l, 'fte'), formatTwoDecimals(m.fte, l)],
        ...m.deadlines.map((d): [string, string] => [d.label, `${formatDate(d.due, l)} – ${d.state}`]),
      ]),
    ],
    [openUrl(say(l, 'openPlan'), m.url)],
  );
}

/** A short answer that is only text, as a card so it looks the same as the rest. */
export function noticeCard(message: string): AdaptiveCard {
  return card([text(message)]);
}
