// Joins the per-capability word lists of the tab. Each file exports `sv` and `en: Record<keyof typeof sv, string>`;
// add one import and one spread per file, in alphabetical order.
import * as common from './common';
import * as mywork from './mywork';

export const extraSv = { ...common.sv, ...mywork.sv };
export const extraEn: Record<keyof typeof extraSv, string> = { ...common.en, ...mywork.en };
