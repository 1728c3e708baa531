// Joins the per-capability message files. Each file exports `sv` (as const) and `en: Record<keyof typeof sv, string>`;
// add one import and one spread per file, in alphabetical order.
import * as feeds from './feeds';
import * as forums from './forums';
import * as itorg from './itorg';
import * as minutes from './minutes';
import * as outages from './outages';
import * as planEditing from './planEditing';
import * as planRules from './planRules';
import * as security from './security';
import * as systems from './systems';

export const extraSv = {
  ...feeds.sv,
  ...forums.sv,
  ...itorg.sv,
  ...minutes.sv,
  ...outages.sv,
  ...planEditing.sv,
  ...planRules.sv,
  ...security.sv,
  ...systems.sv,
};
export const extraEn: Record<keyof typeof extraSv, string> = {
  ...feeds.en,
  ...forums.en,
  ...itorg.en,
  ...minutes.en,
  ...outages.en,
  ...planEditing.en,
  ...planRules.en,
  ...security.en,
  ...systems.en,
};
/** Terms named inside messages, per capability. */
export const extraTermsSv: Record<string, string> = { ...itorg.termsSv, ...planRules.termsSv };
export const extraTermsEn: Record<string, string> = { ...itorg.termsEn, ...planRules.termsEn };
