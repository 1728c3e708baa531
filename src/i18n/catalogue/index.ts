// Joins the per-capability message files. Each file exports `sv` (as const) and `en: Record<keyof typeof sv, string>`;
// add one import and one spread per file, in alphabetical order.
import * as minutes from './minutes';
import * as security from './security';

export const extraSv = { ...minutes.sv, ...security.sv };
export const extraEn: Record<keyof typeof extraSv, string> = { ...minutes.en, ...security.en };
