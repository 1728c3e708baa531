// The card a message extension inserts into a chat for one record of the register (and the one a pasted
// Objektnav link unfurls to): what it is, its essentials, and "Öppna i Objektnav".
import { term, translate, type MessageKey } from '../../../i18n/messages';
import type { LookupHit } from '../../../services/lookup/lookupService';
import type { Links } from '../cardRenderer';
import { card, facts, formatDate, heading, openUrl, plain, text, type AdaptiveCard } from '../cards/card';
import type { CardLocale } from '../cards/texts';

/** Where "Öppna i Objektnav" leads for a hit: the object's tab at the right view, or the IT page. */
export function hitUrl(hit: LookupHit, links: Links): string {
  switch (hit.kind) {
    case 'object':
      return links.objectTab(hit.id);
    case 'plan':
      return links.objectTab(hit.objectId, { view: 'plan', year: hit.year });
    case 'system':
      // The IT page ignores `system`; it is there so that the link, pasted into a chat, unfurls again.
      return links.itPage
        ? `${links.itPage('systems')}&system=${encodeURIComponent(hit.id)}`
        : links.objectTab(hit.objectId, { view: 'structure' });
    case 'decision':
      return hit.objectId
        ? links.objectTab(hit.objectId, { view: 'meetings' })
        : (links.portfolio?.() ?? links.objectTab(''));
  }
}

/** The hit's title as a person says it: "Administration, kommunikation och näringsliv (AKN)". */
export function hitTitle(hit: LookupHit, l: CardLocale): string {
  switch (hit.kind) {
    case 'object':
      return `${hit.name} (${hit.code})`;
    case 'plan':
      return translate(l, 'lookup.title.plan', { code: hit.objectCode, year: hit.year });
    case 'system':
      return hit.name;
    case 'decision':
      return hit.title;
  }
}

function essentials(hit: LookupHit, l: CardLocale): [string, string][] {
  const t = (key: MessageKey) => translate(l, key);
  const list = (names: string[]) => (names.length ? names.join(', ') : t('lookup.none'));
  switch (hit.kind) {
    case 'object':
      return [
        [t('lookup.fact.category'), t(`lookup.category.${hit.category}`)],
        [t('lookup.fact.owners'), list(hit.owners)],
        [t('lookup.fact.leaders'), list(hit.leaders)],
      ];
    case 'plan':
      return [
        [t('lookup.fact.object'), `${hit.objectName} (${hit.objectCode})`],
        [t('lookup.fact.year'), String(hit.year)],
        [t('lookup.fact.status'), capital(term(l, hit.status))],
      ];
    case 'system':
      return [
        [t('lookup.fact.object'), hit.objectCode],
        [t('lookup.fact.supplier'), hit.supplier || t('lookup.none')],
        [t('lookup.fact.lifecycle'), t(`lookup.lifecycle.${hit.lifecycle}`)],
      ];
    case 'decision':
      return [
        ...(hit.forumName ? ([[t('lookup.fact.forum'), hit.forumName]] as [string, string][]) : []),
        ...(hit.objectCode ? ([[t('lookup.fact.object'), hit.objectCode]] as [string, string][]) : []),
        [t('lookup.fact.date'), formatDate(hit.date, l)],
        [t('lookup.fact.decidedBy'), hit.decidedBy],
      ];
  }
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function lookupCard(hit: LookupHit, l: CardLocale, links: Links): AdaptiveCard {
  const kind = translate(l, `lookup.kind.${hit.kind}`);
  return card(
    [
      text(kind, { isSubtle: true, spacing: 'None', size: 'Small' }),
      heading(plain(hitTitle(hit, l))),
      facts(essentials(hit, l)),
      ...(hit.kind === 'decision' && hit.text ? [text(plain(hit.text))] : []),
      ...(hit.kind === 'object' && !hit.active
        ? [text(translate(l, 'lookup.retired'), { color: 'Warning' })]
        : []),
    ],
    [openUrl(translate(l, 'lookup.open'), hitUrl(hit, links))],
  );
}

/** What the result list shows before a card is chosen (a thumbnail card: title and one line). */
export function lookupPreview(hit: LookupHit, l: CardLocale) {
  const line = essentials(hit, l)
    .map(([label, value]) => `${label}: ${value}`)
    .slice(0, 2)
    .join(' · ');
  return {
    contentType: 'application/vnd.microsoft.card.thumbnail' as const,
    content: { title: `${translate(l, `lookup.kind.${hit.kind}`)}: ${hitTitle(hit, l)}`, text: line },
  };
}
