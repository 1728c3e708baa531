// Joins the per-capability word lists of the tab. Each file exports `sv` and `en: Record<keyof typeof sv, string>`;
// add one import and one spread per file, in alphabetical order.
import * as common from './common';
import * as feeds from './feeds';
import * as objectAdmin from './objectAdmin';
import * as plan from './plan';

export const extraSv = {
  ...common.sv,
  ...feeds.sv,
  ...objectAdmin.sv,
  ...plan.sv,
};
export const extraEn: Record<keyof typeof extraSv, string> = {
  ...common.en,
  ...feeds.en,
  ...objectAdmin.en,
  ...plan.en,
};
