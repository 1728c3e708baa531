// The approval card of an object plan. Everyone sees the status per approver; each approver's Teams
// client refreshes the card (refresh.userIds) into their own view with Approve / Reject.
import type { ApprovalOutcome, PlanStatus } from '../../../domain/model';
import { capitalise, term } from '../../../i18n/messages';
import {
  card,
  execute,
  facts,
  formatSek,
  heading,
  MAX_REFRESH_USERS,
  openUrl,
  plain,
  subheading,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './card';
import { say, type CardLocale } from './texts';

export interface ApprovalCardModel {
  locale: CardLocale;
  planId: string;
  round: number;
  objectCode: string;
  objectName: string;
  year: number;
  status: PlanStatus;
  budgetTotal: number;
  /** Set when the last round ended in a rejection (the plan is a draft again). */
  rejected: boolean;
  approvers: { role: string; names: string[]; outcome: ApprovalOutcome | null; comment: string }[];
  /** Teams user ids of the approvers, for their personal views. */
  approverUserIds: string[];
  planUrl: string;
}

export type ApprovalView =
  | { kind: 'shared' }
  | { kind: 'approver'; role: string; error?: string }
  | { kind: 'answered'; outcome: ApprovalOutcome }
  | { kind: 'notice'; message: string };

export const APPROVAL_VERBS = {
  refresh: 'plan.refresh',
  approve: 'plan.approve',
  reject: 'plan.reject',
} as const;

function statusLine(m: ApprovalCardModel): string {
  if (m.status === 'preliminary') return say(m.locale, 'statusPending');
  if (m.status === 'approved' || m.status === 'closed') return say(m.locale, 'statusApproved');
  if (m.rejected) return say(m.locale, 'statusRejected');
  return say(m.locale, `status.${m.status}`);
}

export function approvalCard(m: ApprovalCardModel, view: ApprovalView = { kind: 'shared' }): AdaptiveCard {
  const l = m.locale;
  const data = { planId: m.planId, round: m.round };
  const body: CardElement[] = [
    heading(say(l, 'approvalTitle', { code: m.objectCode, year: m.year })),
    facts([
      [say(l, 'object'), `${m.objectName} (${m.objectCode})`],
      [say(l, 'planYear'), String(m.year)],
      [say(l, 'budget'), formatSek(m.budgetTotal, l)],
      [say(l, 'status'), statusLine(m)],
    ]),
    subheading(say(l, 'approvers')),
    facts(
      m.approvers.map((a) => {
        const who = a.names.join(', ') || '–';
        const outcome = say(l, a.outcome ?? 'pending');
        return [capitalise(term(l, a.role)), `${who}: ${outcome}${a.comment ? ` – "${a.comment}"` : ''}`];
      }),
    ),
  ];
  const actions: CardAction[] = [];
  if (view.kind === 'approver' && m.status === 'preliminary') {
    body.push(text(say(l, 'youMayAnswer', { role: term(l, view.role) }), { spacing: 'Medium' }));
    if (view.error) body.push(text(plain(view.error), { color: 'Attention', weight: 'Bolder' }));
    body.push({
      type: 'Input.Text',
      id: 'comment',
      label: say(l, 'comment'),
      isMultiline: true,
      maxLength: 2000,
    });
    actions.push(execute(say(l, 'approve'), APPROVAL_VERBS.approve, data, 'positive'));
    actions.push(execute(say(l, 'reject'), APPROVAL_VERBS.reject, data, 'destructive'));
  }
  if (view.kind === 'shared' && m.status === 'preliminary') {
    // Clients without per-user views (and anyone who scrolls to an old copy) can still ask for theirs.
    actions.push(execute(say(l, 'answer'), APPROVAL_VERBS.refresh, data));
  }
  if (view.kind === 'answered')
    body.push(
      text(say(l, 'youAnswered', { outcome: say(l, view.outcome) }), { spacing: 'Medium', weight: 'Bolder' }),
    );
  if (view.kind === 'notice')
    body.push(text(plain(view.message), { spacing: 'Medium', color: 'Attention', weight: 'Bolder' }));
  actions.push(openUrl(say(l, 'openPlan'), m.planUrl));

  const userIds = m.approverUserIds.slice(0, MAX_REFRESH_USERS);
  return card(body, actions, {
    // Only while approval is open do approvers need their own view.
    ...(m.status === 'preliminary' && userIds.length
      ? { refresh: { action: execute(say(l, 'refresh'), APPROVAL_VERBS.refresh, data), userIds } }
      : {}),
  });
}
