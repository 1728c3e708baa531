// Joins the per-capability message files. Each file exports `sv` (as const) and `en: Record<keyof typeof sv, string>`;
// add one import and one spread per file, in alphabetical order.
import * as planEditing from './planEditing';
import * as security from './security';

export const extraSv = { ...planEditing.sv, ...security.sv };
export const extraEn: Record<keyof typeof extraSv, string> = { ...planEditing.en, ...security.en };
