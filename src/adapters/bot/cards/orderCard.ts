// An order waiting for someone, posted to its object's channel. While it waits for the owners' approval
// (above their threshold) the owners get their own view with approve and reject (Universal Actions, as
// for plans); everyone else sees where the order stands and whom it waits for.
import { term, translate, type MessageKey } from '../../../i18n/messages';
import {
  card,
  execute,
  facts,
  formatSek,
  heading,
  MAX_REFRESH_USERS,
  openUrl,
  plain,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './card';
import type { CardLocale } from './texts';

export const ORDER_VERBS = {
  refresh: 'order.refresh',
  approve: 'order.approve',
  reject: 'order.reject',
} as const;

export interface OrderCardModel {
  locale: CardLocale;
  orderId: string;
  /** The step the card was posted for: an answer to a card of an earlier step is refused as moved on. */
  cardState: string;
  state: string;
  kind: 'order' | 'change';
  changeCategory: string | null;
  title: string;
  need: string;
  object: string;
  system: string | null;
  requester: string;
  cost: number | null;
  risk: string | null;
  performer: string | null;
  threshold: number;
  waitsFor: string | null;
  approvers: { role: string; names: string[]; outcome: 'approved' | 'rejected' | null }[];
  approverUserIds: string[];
  url: string;
}

export type OrderView =
  | { kind: 'shared' }
  | { kind: 'approver'; error?: string }
  | { kind: 'answered'; outcome: 'approved' | 'rejected' }
  | { kind: 'notice'; message: string };

export function orderCard(m: OrderCardModel, view: OrderView = { kind: 'shared' }): AdaptiveCard {
  const l = m.locale;
  const t = (key: string, params: Record<string, string | number> = {}) =>
    translate(l, key as MessageKey, params);
  const live = m.state === m.cardState;
  const data = { orderId: m.orderId, state: m.cardState };
  const pairs: [string, string][] = [
    [t('card.order.object'), m.object],
    ...(m.system ? ([[t('card.order.system'), m.system]] as [string, string][]) : []),
    [t('card.order.requester'), m.requester],
    [t('card.order.state'), term(l, `order.${m.state}`)],
    ...(m.cost !== null ? ([[t('card.order.cost'), formatSek(m.cost, l)]] as [string, string][]) : []),
    ...(m.risk ? ([[t('card.order.risk'), term(l, `risk.${m.risk}`)]] as [string, string][]) : []),
    ...(m.performer ? ([[t('card.order.performer'), m.performer]] as [string, string][]) : []),
    ...(m.waitsFor
      ? ([
          [
            t('card.order.waitsFor'),
            t(`card.order.waits.${m.waitsFor}`, { threshold: formatSek(m.threshold, l) }),
          ],
        ] as [string, string][])
      : []),
  ];
  if (m.state === 'awaitingApproval' || m.approvers.some((a) => a.outcome))
    for (const a of m.approvers)
      pairs.push([
        `${t('card.order.approvers')} (${term(l, a.role)})`,
        `${a.names.join(', ') || '–'}: ${t(`card.order.${a.outcome ?? 'pending'}`)}`,
      ]);
  const body: CardElement[] = [
    heading(
      m.kind === 'change'
        ? t('card.order.change', {
            title: plain(m.title),
            category: term(l, `category.${m.changeCategory ?? 'normal'}`),
          })
        : t('card.order.title', { title: plain(m.title) }),
    ),
    ...(m.need ? [text(plain(m.need))] : []),
    facts(pairs),
  ];
  const actions: CardAction[] = [];
  const asking = live && m.state === 'awaitingApproval';
  if (view.kind === 'approver' && asking) {
    if (view.error) body.push(text(plain(view.error), { color: 'Attention', weight: 'Bolder' }));
    body.push({
      type: 'Input.Text',
      id: 'comment',
      label: t('card.order.comment'),
      isMultiline: true,
      maxLength: 2000,
    });
    actions.push(execute(t('card.order.approve'), ORDER_VERBS.approve, data, 'positive'));
    actions.push(execute(t('card.order.reject'), ORDER_VERBS.reject, data, 'destructive'));
  }
  if (view.kind === 'shared' && asking)
    actions.push(execute(t('card.order.answer'), ORDER_VERBS.refresh, data));
  if (view.kind === 'answered')
    body.push(
      text(t('card.order.answered', { outcome: t(`card.order.${view.outcome}`) }), { weight: 'Bolder' }),
    );
  if (view.kind === 'notice') body.push(text(plain(view.message), { color: 'Attention', weight: 'Bolder' }));
  actions.push(openUrl(t('card.order.open'), m.url));
  const userIds = m.approverUserIds.slice(0, MAX_REFRESH_USERS);
  return card(
    body,
    actions,
    asking && userIds.length
      ? { refresh: { action: execute(t('card.order.refresh'), ORDER_VERBS.refresh, data), userIds } }
      : {},
  );
}
