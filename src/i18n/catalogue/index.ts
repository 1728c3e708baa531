// Joins the per-capability message files. Each file exports `sv` (as const) and `en: Record<keyof typeof sv, string>`;
// add one import and one spread per file, in alphabetical order.
import * as bot from './bot';
import * as decisions from './decisions';
import * as feeds from './feeds';
import * as followup from './followup';
import * as forums from './forums';
import * as itorg from './itorg';
import * as lookup from './lookup';
import * as meetingApp from './meetingApp';
import * as minutes from './minutes';
import * as outages from './outages';
import * as planEditing from './planEditing';
import * as planRules from './planRules';
import * as security from './security';
import * as sheets from './sheets';
import * as stratlink from './stratlink';
import * as strategy from './strategy';
import * as systems from './systems';
import * as yearWheel from './yearWheel';

export const extraSv = {
  ...bot.sv,
  ...decisions.sv,
  ...feeds.sv,
  ...followup.sv,
  ...forums.sv,
  ...itorg.sv,
  ...lookup.sv,
  ...meetingApp.sv,
  ...minutes.sv,
  ...outages.sv,
  ...planEditing.sv,
  ...planRules.sv,
  ...security.sv,
  ...sheets.sv,
  ...stratlink.sv,
  ...strategy.sv,
  ...systems.sv,
};
export const extraEn: Record<keyof typeof extraSv, string> = {
  ...bot.en,
  ...decisions.en,
  ...feeds.en,
  ...followup.en,
  ...forums.en,
  ...itorg.en,
  ...lookup.en,
  ...meetingApp.en,
  ...minutes.en,
  ...outages.en,
  ...planEditing.en,
  ...planRules.en,
  ...security.en,
  ...sheets.en,
  ...stratlink.en,
  ...strategy.en,
  ...systems.en,
};
/** Terms named inside messages, per capability. */
export const extraTermsSv: Record<string, string> = {
  ...itorg.termsSv,
  ...planRules.termsSv,
  ...yearWheel.termsSv,
};
export const extraTermsEn: Record<string, string> = {
  ...itorg.termsEn,
  ...planRules.termsEn,
  ...yearWheel.termsEn,
};
