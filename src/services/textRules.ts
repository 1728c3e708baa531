// What text may be stored, checked once at the boundary for every input that carries words (API and
// card actions share the schemas). Text is shown in the tab, in cards, in minutes, in calendar feeds:
// characters that hide, reorder or break what people read are refused there, with a Swedish field
// message, rather than stored as sent.
import { z } from 'zod';

/** C0 and C1 control characters except tab and newline (carriage returns are normalised first). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
/** A UTF-16 surrogate without its partner: not a character at all, and invalid in UTF-8 output. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Bidi embeddings, overrides and isolates: they make a name or title read differently than stored. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/**
 * A character that shows: not white space, not a control or format character (zero-width space and
 * joiners, soft hyphen, BOM), not one of the letters that render blank (Hangul fillers, braille blank).
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]/u;

export const TEXT_MESSAGES = {
  control: 'Texten innehåller styrtecken som inte kan sparas (bara radbrytning och tabb är tillåtna).',
  surrogate: 'Texten innehåller ogiltiga tecken (ofullständig Unicode).',
  bidi: 'Får inte innehålla tecken som ändrar textriktningen (U+202A–U+202E, U+2066–U+2069).',
  visible: 'Måste innehålla synliga tecken.',
  empty: 'Får inte vara tomt.',
} as const;

const normaliseNewlines = (s: string) => s.replace(/\r\n?/g, '\n');

/** Free text (descriptions, comments): newlines and tabs allowed, nothing that is not a character. */
export function freeText(max: number) {
  return z
    .string()
    .overwrite(normaliseNewlines)
    .trim()
    .max(max)
    .refine((s) => !CONTROL.test(s), { error: TEXT_MESSAGES.control })
    .refine((s) => !LONE_SURROGATE.test(s), { error: TEXT_MESSAGES.surrogate });
}

/** A short label that may be empty (a job title, a supplier, a presenter): no direction tricks either. */
export function label(max: number) {
  return freeText(max).refine((s) => !BIDI_CONTROL.test(s), { error: TEXT_MESSAGES.bidi });
}

/** A name or a title: required, and made of something a reader can see. */
export function title(max = 200) {
  return z
    .string()
    .overwrite(normaliseNewlines)
    .trim()
    .min(1, TEXT_MESSAGES.empty)
    .max(max)
    .refine((s) => !CONTROL.test(s), { error: TEXT_MESSAGES.control })
    .refine((s) => !LONE_SURROGATE.test(s), { error: TEXT_MESSAGES.surrogate })
    .refine((s) => !BIDI_CONTROL.test(s), { error: TEXT_MESSAGES.bidi })
    .refine((s) => s === '' || VISIBLE.test(s), { error: TEXT_MESSAGES.visible });
}

/** Hours as entered are kept to hundredths: 0.1 + 0.2 arrives as 0.30000000000000004 and is stored as 0.3. */
export const toHundredths = (h: number) => Math.round(h * 100) / 100;
