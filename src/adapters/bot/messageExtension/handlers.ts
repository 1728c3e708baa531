// The message extension (issue 19 point 2), on the bot: a search command that finds objects, plans,
// systems and decisions by name or code and inserts a card, and link unfurling for Objektnav addresses
// pasted into a chat. Thin: the acting person as for any activity, the lookup service (which asks the
// policy), a card. Teams waits 5 s for an answer; the search is a handful of reads.
import { z } from 'zod';
import { translate } from '../../../i18n/messages';
import { AppError } from '../../../services/errors';
import type { LookupHit, LookupRef } from '../../../services/lookup/lookupService';
import type { BotDeps } from '../botDeps';
import type { BotHandler } from '../botHandler';
import { explain, type BotTurn } from '../turn';
import { lookupCard, lookupPreview } from './lookupCard';

const queryValue = z.looseObject({
  commandId: z.string().max(100).optional(),
  parameters: z
    .array(z.looseObject({ name: z.string().max(100), value: z.unknown() }))
    .max(10)
    .optional(),
  /** From a message's "…" menu: the message the command was started on. */
  messagePayload: z
    .looseObject({ body: z.looseObject({ content: z.string().max(50_000).optional() }).optional() })
    .optional(),
});

const linkValue = z.looseObject({ url: z.string().max(2000) });

type ComposeResult =
  | { composeExtension: { type: 'result'; attachmentLayout: 'list'; attachments: unknown[] } }
  | { composeExtension: { type: 'message'; text: string } };

function result(hits: LookupHit[], turn: BotTurn, deps: BotDeps): ComposeResult {
  return {
    composeExtension: {
      type: 'result',
      attachmentLayout: 'list',
      attachments: hits.map((hit) => ({
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: lookupCard(hit, turn.locale, deps.links),
        preview: lookupPreview(hit, turn.locale),
      })),
    },
  };
}

const message = (text: string): ComposeResult => ({ composeExtension: { type: 'message', text } });

/** What to search for: the typed text; from a message's menu with nothing typed, what the message names. */
function searchText(typed: string, messageHtml: string | undefined): string {
  if (typed.trim()) return typed;
  // An object code (or a plan, "AKN 2027") named in the message is what it is about.
  const plain = (messageHtml ?? '').replace(/<[^>]*>/g, ' ');
  const code = /\b([A-ZÅÄÖ]{2,6})(?:\s+(\d{4}))?\b/.exec(plain);
  return code ? code[0] : '';
}

const typedIn = (value: z.infer<typeof queryValue>): string => {
  const typed = value.parameters?.find((p) => p.name !== 'initialRun' && typeof p.value === 'string');
  return typed ? String(typed.value) : '';
};

/** The search, answered as a list of cards, or in words when there is nothing to show. */
async function answer(turn: BotTurn, deps: BotDeps, q: string): Promise<ComposeResult> {
  try {
    const actor = await turn.actor('with-answer');
    const hits = await deps.services.lookup.search({ actor, locale: turn.locale }, q);
    if (!hits.length) return message(translate(turn.locale, 'lookup.noHits', { query: q.slice(0, 100) }));
    return result(hits, turn, deps);
  } catch (error) {
    if (error instanceof AppError && error.kind === 'forbidden')
      return message(translate(turn.locale, error.key, error.params));
    return message(explain(error, turn.locale));
  }
}

export async function runQuery(turn: BotTurn, deps: BotDeps): Promise<ComposeResult> {
  const value = queryValue.safeParse((turn.activity as { value?: unknown }).value);
  if (!value.success) return message(translate(turn.locale, 'error.validation'));
  return answer(turn, deps, searchText(typedIn(value.data), value.data.messagePayload?.body?.content));
}

const submitValue = z.looseObject({
  commandId: z.string().max(100).optional(),
  data: z.looseObject({ query: z.string().max(200).optional() }).optional(),
  messagePayload: queryValue.shape.messagePayload,
});

/**
 * The message's "…" menu (an action command: Teams shows message actions for those only): the person
 * may type a name or code, or leave it empty for what the message names; the answer is the same cards,
 * inserted into the compose box.
 */
export async function runSubmit(turn: BotTurn, deps: BotDeps): Promise<ComposeResult> {
  const value = submitValue.safeParse((turn.activity as { value?: unknown }).value);
  if (!value.success) return message(translate(turn.locale, 'error.validation'));
  const typed = value.data.data?.query ?? '';
  return answer(turn, deps, searchText(typed, value.data.messagePayload?.body?.content));
}

/** An Objektnav address → what it names; anything else (another site, another page) → null. */
export function refOf(url: string, links: BotDeps['links']): LookupRef | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.origin !== new URL(links.objectTab('x')).origin) return null;
  const object = /^\/tab\/objects\/([^/]+)\/?$/.exec(u.pathname);
  if (object) {
    const year = Number(u.searchParams.get('year'));
    return {
      kind: 'object',
      objectId: decodeURIComponent(object[1]!),
      view: u.searchParams.get('view'),
      year: Number.isInteger(year) && year > 1999 ? year : null,
    };
  }
  const system = u.pathname === '/tab/it' && u.searchParams.get('system');
  return system ? { kind: 'system', id: system } : null;
}

export async function runQueryLink(turn: BotTurn, deps: BotDeps): Promise<ComposeResult> {
  const value = linkValue.safeParse((turn.activity as { value?: unknown }).value);
  const ref = value.success ? refOf(value.data.url, deps.links) : null;
  // Not ours, not readable or not there: no unfurl, the link stays a link.
  const none = result([], turn, deps);
  if (!ref) return none;
  try {
    const actor = await turn.actor('with-answer');
    const hit = await deps.services.lookup.resolve({ actor, locale: turn.locale }, ref);
    return result([hit], turn, deps);
  } catch (error) {
    if (error instanceof AppError) return none;
    throw error;
  }
}

export const MESSAGE_EXTENSION_HANDLERS: readonly BotHandler[] = [
  { event: 'message.ext.query', handle: runQuery },
  { event: 'message.ext.query-link', handle: runQueryLink },
  { event: 'message.ext.submit', handle: runSubmit },
];
