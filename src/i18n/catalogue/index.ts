// Joins the per-capability message files. Each file exports `sv` (as const) and `en: Record<keyof typeof sv, string>`;
// add one import and one spread per file, in alphabetical order.
import * as planRules from './planRules';
import * as security from './security';

export const extraSv = { ...planRules.sv, ...security.sv };
export const extraEn: Record<keyof typeof extraSv, string> = { ...planRules.en, ...security.en };
/** Terms named inside messages, per capability. */
export const extraTermsSv: Record<string, string> = { ...planRules.termsSv };
export const extraTermsEn: Record<string, string> = { ...planRules.termsEn };
