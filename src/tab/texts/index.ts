// Joins the per-capability word lists of the tab. Each file exports `sv` and `en: Record<keyof typeof sv, string>`;
// add one import and one spread per file, in alphabetical order.
import * as common from './common';
import * as feeds from './feeds';
import * as followup from './followup';
import * as meetings from './meetings';
import * as mywork from './mywork';
import * as objectAdmin from './objectAdmin';
import * as objectAdminViews from './objectAdminViews';
import * as plan from './plan';
import * as planLifecycle from './planLifecycle';
import * as planRules from './planRules';
import * as stratlink from './stratlink';

export const extraSv = {
  ...common.sv,
  ...feeds.sv,
  ...followup.sv,
  ...meetings.sv,
  ...mywork.sv,
  ...objectAdmin.sv,
  ...objectAdminViews.sv,
  ...plan.sv,
  ...planLifecycle.sv,
  ...planRules.sv,
  ...stratlink.sv,
};
export const extraEn: Record<keyof typeof extraSv, string> = {
  ...common.en,
  ...feeds.en,
  ...followup.en,
  ...meetings.en,
  ...mywork.en,
  ...objectAdmin.en,
  ...objectAdminViews.en,
  ...plan.en,
  ...planLifecycle.en,
  ...planRules.en,
  ...stratlink.en,
};
