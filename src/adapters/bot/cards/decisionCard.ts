// A decision as it is announced in the channel: what, by which forum and mandate, when, by whom.
import type { DecisionKind } from '../../../domain/model';
import { card, facts, formatDate, heading, openUrl, text, type AdaptiveCard, type CardElement } from './card';
import { say, type CardLocale } from './texts';

export interface DecisionCardModel {
  locale: CardLocale;
  title: string;
  text: string;
  comment: string;
  kind: DecisionKind;
  forumName: string | null;
  decidedAt: string;
  decidedBy: string;
  relatesTo: string;
  url: string;
}

export function decisionCard(m: DecisionCardModel): AdaptiveCard {
  const l = m.locale;
  const body: CardElement[] = [
    heading(say(l, 'decisionTitle', { title: m.title })),
    text(m.text),
    facts([
      [say(l, 'forum'), m.forumName ?? '–'],
      [say(l, 'mandate'), say(l, `kind.${m.kind}`)],
      [say(l, 'date'), formatDate(m.decidedAt, l)],
      [say(l, 'decidedBy'), m.decidedBy],
      [say(l, 'relatesTo'), m.relatesTo],
    ]),
  ];
  if (m.comment) body.push(text(`"${m.comment}"`, { isSubtle: true }));
  return card(body, [openUrl(say(l, 'openInTab'), m.url)]);
}
