// The server's own input rules (services/schemas) checked as people type, with the server's words:
// the custom messages are Swedish as on the server, zod's built-in ones in the reader's language.
import { z } from 'zod';
import sv from 'zod/v4/locales/sv.js';
import en from 'zod/v4/locales/en.js';
import type { Lang } from '../../../i18n';
import * as schemas from '../../../../services/schemas';

export {
  budgetLineCreate,
  hours,
  initiativeUpdate,
  planCreate,
  planUpdate,
  priorityDecision,
  sek,
} from '../../../../services/schemas';

const LOCALES = { sv: sv().localeError, en: en().localeError };

/** The first message the schema gives for the value, or null when it is valid. */
export function ruleError(schema: z.ZodType, value: unknown, lang: Lang): string | null {
  const result = schema.safeParse(value, { error: LOCALES[lang] });
  return result.success ? null : (result.error.issues[0]?.message ?? null);
}

/** Every message the schema gives for the value, by dotted path ("0.document"), empty when valid. */
export function ruleIssues(schema: z.ZodType, value: unknown, lang: Lang): Map<string, string> {
  const result = schema.safeParse(value, { error: LOCALES[lang] });
  const out = new Map<string, string>();
  if (!result.success)
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!out.has(path)) out.set(path, issue.message);
    }
  return out;
}

/** The schema of one chapter of the plan, as the server checks it on PATCH /api/plans/{id}. */
export function chapterRule(key: string): z.ZodType {
  const { planUpdate } = schemas;
  const sections = planUpdate.shape.sections.unwrap();
  return (sections.shape as Record<string, z.ZodType>)[key]!;
}
