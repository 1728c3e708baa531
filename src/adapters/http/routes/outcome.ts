// Outcome and the interim follow-up (issue 16 §1–2): the routes of this capability.
import { z } from 'zod';
import type { Services } from '../../../services';
import * as F from '../../../services/followup/schemas';
import { idOf, XLSX, type RouteDef } from './types';

const figure = z.object({ planned: z.number(), actual: z.number() });
const deviation = z.object({ sek: z.number(), percent: z.number().nullable() });
const bySide = z.object({ maintain: figure, develop: figure });
/** The contract of GET /api/plans/{id}/outcome (issue 16); more fields may be added. */
export const outcomeResponse = z.looseObject({
  currency: z.literal('SEK'),
  through: z.string().nullable(),
  rows: z.array(
    z.looseObject({
      mainActivity: z.string(),
      planned: z.number(),
      actual: z.number(),
      forecast: z.number(),
      deviationToDate: deviation,
      deviationForecast: deviation,
      business: bySide,
      it: bySide,
    }),
  ),
  totals: z.looseObject({ planned: z.number(), actual: z.number(), forecast: z.number() }),
});
const record = z.looseObject({ id: z.string(), etag: z.string() });
const importResult = z.looseObject({
  dryRun: z.boolean(),
  periods: z.array(z.string()),
  accepted: z.array(z.looseObject({ row: z.number(), period: z.string(), amount: z.number() })),
  rejected: z.array(z.looseObject({ row: z.number(), reason: z.string(), message: z.string() })),
  replaces: z.number(),
  importId: z.string().nullable(),
});

export function outcomeRoutes(s: Services): RouteDef[] {
  const id = idOf;
  return [
    {
      method: 'get',
      path: '/api/plans/{id}/outcome',
      operationId: 'getPlansByIdOutcome',
      summary: 'Plan against outcome per main activity, side and bucket: year to date and forecast (SEK)',
      tag: 'Follow-up',
      response: outcomeResponse,
      handle: async (i) => s.outcome.outcome(id(i)),
    },
    {
      method: 'get',
      path: '/api/plans/{id}/outcome/entries',
      operationId: 'getPlansByIdOutcomeEntries',
      summary: "The plan's outcome rows, imported and entered by hand",
      tag: 'Follow-up',
      response: z.array(record),
      handle: async (i) => s.outcome.entries(id(i)),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/outcome/entries',
      operationId: 'postPlansByIdOutcomeEntries',
      summary: 'Enter hours and an amount for a budget line, side and month (leaders and owners)',
      tag: 'Follow-up',
      body: F.outcomeEntryCreate,
      status: 201,
      response: record,
      handle: async (i) => s.outcome.addEntry(i.ctx, id(i), i.body),
    },
    {
      method: 'delete',
      path: '/api/outcome-entries/{id}',
      operationId: 'deleteOutcomeEntriesById',
      summary: 'Remove an outcome row (leaders and owners)',
      tag: 'Follow-up',
      ifMatch: 'required',
      status: 204,
      handle: async (i) => s.outcome.deleteEntry(i.ctx, id(i), i.ifMatch),
    },
    {
      method: 'post',
      path: '/api/plans/{id}/outcome/imports',
      operationId: 'postPlansByIdOutcomeImports',
      summary:
        'Import a finance export (text/csv or an Excel workbook: period, code, account, amount); dryRun=true shows accepted and rejected rows and writes nothing',
      tag: 'Follow-up',
      accepts: ['text/csv', XLSX],
      body: F.csvBody,
      query: F.importQuery,
      response: importResult,
      handle: async (i) => s.outcome.importFile(i.ctx, id(i), i.body, i.query['dryRun'] !== 'false'),
    },
    {
      method: 'get',
      path: '/api/objects/{id}/outcome-mapping',
      operationId: 'getObjectsByIdOutcomeMapping',
      summary: "The object's finance-system codes and what each stands for (main activity, side, bucket)",
      tag: 'Follow-up',
      response: z.looseObject({ objectId: z.string(), codes: z.array(z.looseObject({ code: z.string() })) }),
      handle: async (i) => s.outcome.mapping(id(i)),
    },
    {
      method: 'put',
      path: '/api/objects/{id}/outcome-mapping',
      operationId: 'putObjectsByIdOutcomeMapping',
      summary: "Replace the object's code table (leaders and owners; If-Match once it exists)",
      tag: 'Follow-up',
      body: F.outcomeMappingUpdate,
      ifMatch: 'optional',
      response: record,
      handle: async (i) => s.outcome.setMapping(i.ctx, id(i), i.ifMatch, i.body),
    },
    {
      method: 'get',
      path: '/api/plans/{id}/follow-ups',
      operationId: 'getPlansByIdFollowUps',
      summary:
        "The plan's interim follow-ups, the goals to report on, the forecast and the initiatives' state",
      tag: 'Follow-up',
      response: z.looseObject({ planId: z.string(), followUps: z.array(record) }),
      handle: async (i) => s.followUps.list(id(i)),
    },
    {
      method: 'put',
      path: '/api/plans/{id}/follow-ups/{period}',
      operationId: 'putPlansByIdFollowUpsByPeriod',
      summary:
        'Write the interim follow-up of a period (august, tertial1, tertial2): goal statuses and comments',
      tag: 'Follow-up',
      body: F.followUpWrite,
      ifMatch: 'optional',
      response: record,
      handle: async (i) => s.followUps.write(i.ctx, id(i), i.params['period']!, i.ifMatch, i.body),
    },
    {
      method: 'post',
      path: '/api/follow-ups/{id}/ready',
      operationId: 'postFollowUpsByIdReady',
      summary: 'Mark the follow-up ready for the OSG (leaders and owners): it is suggested for the agenda',
      tag: 'Follow-up',
      response: record,
      handle: async (i) => s.followUps.ready(i.ctx, id(i)),
    },
    {
      method: 'post',
      path: '/api/follow-ups/{id}/note',
      operationId: 'postFollowUpsByIdNote',
      summary: 'Record that the OSG noted the follow-up (the owners)',
      tag: 'Follow-up',
      response: record,
      handle: async (i) => s.followUps.note(i.ctx, id(i)),
    },
    {
      method: 'get',
      path: '/api/follow-ups',
      operationId: 'getFollowUps',
      summary: "PSG's roll-up: per object the latest interim follow-up of the year and its goals by status",
      tag: 'Follow-up',
      query: z.strictObject({ year: z.coerce.number().int().min(2000).max(2100) }),
      response: z.looseObject({ year: z.number(), objects: z.array(z.looseObject({ code: z.string() })) }),
      handle: async (i) => s.followUps.rollUp(i.query['year'] as number),
    },
  ];
}
