// Turns a card subject into an Adaptive Card from the current state: the outbox sends what this returns,
// and card actions answer with it.
import type { CardSubject } from '../../domain/model';
import type { Services } from '../../services';
import type { ApprovalCardState as ApprovalState } from '../../services/plans/planCardService';
import type { OrderService } from '../../services/itorg/orderService';
import { orderCard, type OrderView } from './cards/orderCard';
import { approvalCard, type ApprovalCardModel, type ApprovalView } from './cards/approvalCard';
import type { AdaptiveCard } from './cards/card';
import { agendaCard } from './cards/agendaCard';
import { decisionCard } from './cards/decisionCard';
import { escalationCard, type EscalationView } from './cards/escalationCard';
import { noticeCard } from './cards/infoCards';
import type { CardLocale } from './cards/texts';
import { term, translate } from '../../i18n/messages';
import { channelTabDeepLink, type ObjectView } from '../../services/mywork/links';

export interface Links {
  /**
   * The tab page of an object, e.g. its plan of a year. Given the channel the object's tab is pinned in
   * (and the Teams app id), a deep link that opens that channel tab inside Teams at the view.
   */
  objectTab(objectId: string, view?: { view: string; year?: number }, channelId?: string | null): string;
  /** The IT organisation's page (service catalogue, HUKI, orders, projects) at a section. */
  itPage?(section: string): string;
  /** The portfolio page (PSG's and OLF's decisions, which belong to no one object). */
  portfolio?(): string;
}

/** Links to the tab on the app's public address (a function: the address is known once the server listens). */
export function webLinks(publicUrl: () => string, teamsAppId?: string): Links {
  const web = (objectId: string, view?: { view: string; year?: number }) => {
    const params = new URLSearchParams();
    if (view) {
      params.set('view', view.view);
      if (view.year) params.set('year', String(view.year));
    }
    const query = params.toString();
    return `${publicUrl()}/tab/objects/${encodeURIComponent(objectId)}${query ? `?${query}` : ''}`;
  };
  return {
    itPage: (section) => `${publicUrl()}/tab/it?section=${encodeURIComponent(section)}`,
    portfolio: () => `${publicUrl()}/tab/portfolio`,
    objectTab(objectId, view, channelId) {
      const url = web(objectId, view);
      if (!teamsAppId || !channelId || !view) return url;
      const params: Record<string, string> = view.year ? { year: String(view.year) } : {};
      return (
        channelTabDeepLink({
          appId: teamsAppId,
          objectId,
          channelId,
          target: { view: view.view as ObjectView, params },
          webUrl: url,
        }) ?? url
      );
    },
  };
}

export class CardRenderer {
  constructor(
    private readonly cards: Pick<Services, 'planCards' | 'escalationCards' | 'meetingCards'>,
    private readonly links: Links,
    private readonly orders?: OrderService,
  ) {}

  /** An order's card for the step it was posted at (`cardState`), in the given view. */
  async order(
    orderId: string,
    cardState: string,
    locale: CardLocale,
    view: OrderView = { kind: 'shared' },
  ): Promise<AdaptiveCard> {
    if (!this.orders)
      return noticeCard(locale === 'en' ? 'Orders are not available.' : 'Beställningar saknas.');
    const s = await this.orders.cardState(orderId);
    const o = s.order;
    const userIds = s.approvers
      .flatMap((a) => a.personIds)
      .flatMap((id) => {
        const p = s.people.get(id);
        return p?.teamsUserId ? [p.teamsUserId] : p?.entraObjectId ? [`8:orgid:${p.entraObjectId}`] : [];
      });
    return orderCard(
      {
        locale,
        orderId: o.id,
        cardState,
        state: o.state,
        kind: o.kind,
        changeCategory: o.changeCategory,
        title: o.title,
        need: o.need,
        object: `${o.objectName} (${o.objectCode})`,
        system: o.componentName,
        requester: o.requesterName,
        cost: o.assessment?.cost ?? null,
        risk: o.assessment?.risk ?? null,
        performer: o.performerName,
        threshold: o.approvalThreshold,
        waitsFor: o.waitsFor,
        approvers: s.approvers.map((a) => ({
          role: a.role,
          names: a.personIds.map((id) => s.people.get(id)?.displayName ?? ''),
          outcome: a.outcome,
        })),
        approverUserIds: [...new Set(userIds)],
        url: this.links.itPage?.('orders') ?? this.links.objectTab(o.objectId),
      },
      view,
    );
  }

  async approvalModel(planId: string, locale: CardLocale): Promise<ApprovalCardModel> {
    return this.approvalModelFrom(await this.cards.planCards.approvalState(planId), locale);
  }

  /** The card's model from an approval state already loaded (card actions have it at hand). */
  approvalModelFrom(s: ApprovalState, locale: CardLocale): ApprovalCardModel {
    const name = (id: string) => s.people.get(id)?.displayName ?? '';
    const userIds = new Set<string>();
    for (const a of s.approval.approvers) {
      for (const id of a.personIds) {
        const person = s.people.get(id);
        // Teams user ids are learnt when people talk to the bot; before that the org id form reaches them.
        if (person?.teamsUserId) userIds.add(person.teamsUserId);
        else if (person?.entraObjectId) userIds.add(`8:orgid:${person.entraObjectId}`);
      }
    }
    return {
      locale,
      planId: s.plan.id,
      round: s.plan.approvalRound,
      objectCode: s.object.code,
      objectName: s.object.name,
      year: s.plan.year,
      status: s.plan.status,
      budgetTotal: s.budgetTotal,
      rejected: s.rejected,
      approvers: s.approval.approvers.map((a) => ({
        role: a.role,
        names: a.personIds.map(name),
        outcome: a.outcome,
        comment: a.comment,
      })),
      approverUserIds: [...userIds],
      planUrl: this.links.objectTab(s.object.id, { view: 'plan', year: s.plan.year }, s.channelId),
    };
  }

  async approval(
    planId: string,
    locale: CardLocale,
    view: ApprovalView = { kind: 'shared' },
  ): Promise<AdaptiveCard> {
    return approvalCard(await this.approvalModel(planId, locale), view);
  }

  approvalFrom(state: ApprovalState, locale: CardLocale, view: ApprovalView): AdaptiveCard {
    return approvalCard(this.approvalModelFrom(state, locale), view);
  }

  async escalation(
    initiativeId: string,
    locale: CardLocale,
    view: EscalationView = { kind: 'shared' },
  ): Promise<AdaptiveCard> {
    const s = await this.cards.escalationCards.state(initiativeId);
    const i = s.initiative;
    return escalationCard(
      {
        locale,
        initiativeId: i.id,
        title: i.title,
        description: i.description,
        objects: s.objects.map((o) => o.code).join(', '),
        level: i.escalationLevel,
        status: i.status,
        open: s.open,
        score: s.score,
        benefit: i.benefit,
        goalContribution: i.goalContribution,
        effort: i.effort,
        lastReason: i.escalations[i.escalations.length - 1]?.reason ?? '',
        deciderNames: s.deciders.map((p) => p.displayName),
        deciderUserIds: s.deciders
          .map((p) => p.teamsUserId ?? (p.entraObjectId ? `8:orgid:${p.entraObjectId}` : ''))
          .filter(Boolean),
        url: this.links.objectTab(i.objectId, { view: 'initiatives' }),
      },
      view,
    );
  }

  async render(subject: CardSubject, locale: CardLocale): Promise<AdaptiveCard> {
    switch (subject.type) {
      case 'planApproval':
        return this.approval(subject.planId, locale);
      case 'decision': {
        const d = await this.cards.meetingCards.decision(subject.decisionId);
        const relatesTo = [
          d.object ? `${d.object.name} (${d.object.code})` : null,
          d.plan ? translate(locale, 'bot.planOfYear', { year: d.plan.year }) : null,
          d.initiative ? d.initiative.title : null,
        ]
          .filter(Boolean)
          .join(', ');
        return decisionCard({
          locale,
          title: d.decision.title,
          text: d.decision.text,
          comment: d.decision.comment,
          kind: d.decision.kind,
          forumName: d.forum?.name ?? null,
          decidedAt: d.decision.decidedAt,
          decidedBy: d.approvers.length
            ? d.approvers.map((a) => `${a.displayName} (${term(locale, a.role)})`).join(', ')
            : (d.person?.displayName ?? ''),
          relatesTo: relatesTo || '–',
          url: d.object
            ? this.links.objectTab(
                d.object.id,
                d.plan ? { view: 'plan', year: d.plan.year } : { view: 'initiatives' },
              )
            : this.links.objectTab(''),
        });
      }
      case 'escalation':
        return this.escalation(subject.initiativeId, locale);
      case 'agenda': {
        const a = await this.cards.meetingCards.agendaState(subject.meetingId);
        return agendaCard({
          locale,
          forumName: a.forum.name,
          title: a.meeting.title,
          start: a.meeting.start,
          end: a.meeting.end,
          joinUrl: a.meeting.joinUrl ?? null,
          items: a.items.map((item) => ({
            title: item.title,
            ...(item.url ? { url: item.url } : {}),
            ...(item.presenter ? { presenter: item.presenter } : {}),
          })),
        });
      }
      case 'order':
        return this.order(subject.orderId, subject.state, locale);
      case 'actionItem': {
        const { item, owner, forum } = await this.cards.meetingCards.actionItemState(subject.actionItemId);
        return noticeCard(
          locale === 'en'
            ? `Reminder (${forum?.name ?? ''}): "${item.title}" – ${owner?.displayName ?? ''}, due ${item.dueDate}.`
            : `Påminnelse (${forum?.name ?? ''}): "${item.title}" – ${owner?.displayName ?? ''}, klart senast ${item.dueDate}.`,
        );
      }
    }
  }
}
