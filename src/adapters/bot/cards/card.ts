// Building blocks of Adaptive Cards, typed by the Teams SDK's card schema (@microsoft/teams.cards):
// an element or action Teams would not render is a compile error, not a blank card. Schema 1.5 is the
// newest Teams renders (and the first with Universal Actions).
import type {
  Action,
  CardElement as SchemaElement,
  IAdaptiveCard,
  IExecuteAction,
  IFactSet,
  IOpenUrlAction,
  ITextBlock,
} from '@microsoft/teams.cards';

export type CardElement = SchemaElement;
export type CardAction = Action;

export interface AdaptiveCard extends Omit<
  IAdaptiveCard,
  'body' | 'actions' | 'refresh' | 'version' | 'msteams'
> {
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardAction[];
  refresh?: { action: IExecuteAction; userIds: string[] };
  // Teams' documentation and clients use "Full"; the SDK's schema spells it "full". Cards in use say "Full".
  msteams?: { width: 'Full' };
}

export const CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';
/** Teams allows per-user views (refresh.userIds) for at most 60 people. */
export const MAX_REFRESH_USERS = 60;

export function card(
  body: CardElement[],
  actions: CardAction[] = [],
  extra: Partial<AdaptiveCard> = {},
): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: CARD_SCHEMA,
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    msteams: { width: 'Full' },
    ...extra,
  };
}

export const heading = (text: string): ITextBlock => ({
  type: 'TextBlock',
  text,
  weight: 'Bolder',
  size: 'Medium',
  wrap: true,
  style: 'heading',
});
export const subheading = (text: string): ITextBlock => ({
  type: 'TextBlock',
  text,
  weight: 'Bolder',
  wrap: true,
  spacing: 'Medium',
});
export const text = (
  value: string,
  options: Partial<Omit<ITextBlock, 'type' | 'text'>> = {},
): ITextBlock => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...options,
});
export const facts = (pairs: [string, string][]): IFactSet => ({
  type: 'FactSet',
  facts: pairs.map(([title, value]) => ({ title, value })),
});
export const openUrl = (title: string, url: string): IOpenUrlAction => ({
  type: 'Action.OpenUrl',
  title,
  url,
});
export const execute = (
  title: string,
  verb: string,
  data: Record<string, unknown>,
  style?: 'positive' | 'destructive',
): IExecuteAction => ({
  type: 'Action.Execute',
  title,
  verb,
  data,
  ...(style ? { style } : {}),
});

/** Adaptive Card TextBlocks render a subset of Markdown; names from data must not turn into formatting. */
export function plain(value: string): string {
  return value.replace(/([\\`*_{}[\]()#+!|>~-])/g, '\\$1');
}

const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** Intl formatters are costly to build and cheap to use: one per locale and options. */
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

/** Cards speak Swedish or British English; numbers and dates follow. */
function intlLocale(locale: 'sv' | 'en'): string {
  return locale === 'en' ? 'en-GB' : 'sv-SE';
}

export function formatSek(amount: number, locale: 'sv' | 'en'): string {
  return cached(
    `sek:${locale}`,
    () =>
      new Intl.NumberFormat(intlLocale(locale), {
        style: 'currency',
        currency: 'SEK',
        maximumFractionDigits: 0,
      }),
  ).format(amount);
}

export function formatDate(iso: string, locale: 'sv' | 'en', withTime = false): string {
  return cached(
    `date:${locale}:${withTime}`,
    () =>
      new Intl.DateTimeFormat(intlLocale(locale), {
        dateStyle: 'long',
        ...(withTime ? { timeStyle: 'short' } : {}),
        timeZone: 'Europe/Stockholm',
      }),
  ).format(new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso));
}

/** The time of day in Stockholm, e.g. 13:00. */
export function formatTime(iso: string, locale: 'sv' | 'en'): string {
  return cached(
    `time:${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { timeStyle: 'short', timeZone: 'Europe/Stockholm' }),
  ).format(new Date(iso));
}

/** A figure with exactly two decimals, e.g. full-time equivalents. */
export function formatTwoDecimals(n: number, locale: 'sv' | 'en'): string {
  return cached(
    `2dp:${locale}`,
    () => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
  ).format(n);
}
