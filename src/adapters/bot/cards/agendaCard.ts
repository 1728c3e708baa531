// The agenda of a forum meeting: when, how to join, and numbered items that link into the tab.
import {
  card,
  facts,
  formatDate,
  formatTime,
  heading,
  openUrl,
  subheading,
  text,
  type AdaptiveCard,
  type CardElement,
} from './card';
import { say, type CardLocale } from './texts';

export interface AgendaCardModel {
  locale: CardLocale;
  forumName: string;
  title: string;
  start: string;
  end: string;
  joinUrl: string | null;
  items: { title: string; url?: string; presenter?: string }[];
}

export function agendaCard(m: AgendaCardModel): AdaptiveCard {
  const l = m.locale;
  const body: CardElement[] = [
    heading(say(l, 'agendaTitle', { forum: m.forumName })),
    text(m.title, { isSubtle: true, spacing: 'None' }),
    facts([[say(l, 'when'), `${formatDate(m.start, l)} ${formatTime(m.start, l)}–${formatTime(m.end, l)}`]]),
    subheading(say(l, 'items')),
  ];
  if (m.items.length === 0) body.push(text(say(l, 'noItems')));
  m.items.forEach((item, index) => {
    const label = item.url ? `${index + 1}. [${item.title}](${item.url})` : `${index + 1}. ${item.title}`;
    body.push(text(item.presenter ? `${label} – ${item.presenter}` : label, { spacing: 'Small' }));
  });
  const actions = m.joinUrl ? [openUrl(say(l, 'join'), m.joinUrl)] : [];
  return card(body, actions);
}
