// Payloads of the follow-up of the year (issue 16 §1–3).
import { z } from 'zod';
import { BUCKETS, MAIN_ACTIVITIES, SIDES } from '../../domain/model';
import { FOLLOW_UP_PERIODS, GOAL_STATUSES, REPORT_STATUSES } from '../../domain/followup/types';
import { freeText, label } from '../textRules';
import { hours } from '../schemas';

const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Ange perioden som ÅÅÅÅ-MM.' });
/** SEK with at most two decimals (outcome may be negative: a credit). */
const amount = z
  .number({ error: 'Ange ett belopp i kronor.' })
  .min(-1_000_000_000, { error: 'Beloppet är orimligt stort.' })
  .max(1_000_000_000, { error: 'Beloppet är orimligt stort.' })
  .refine((n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6, {
    error: 'Belopp anges med högst två decimaler.',
  });

export const outcomeEntryCreate = z.strictObject({
  budgetLineId: z.string().min(1).max(100),
  side: z.enum(SIDES, { error: 'Sida är business eller it.' }),
  period,
  amount: amount.default(0),
  hours: hours.default(0),
  note: freeText(500).default(''),
});

const codeMapping = z.strictObject({
  code: label(60).pipe(z.string().trim().min(1, { error: 'Ange koden.' })),
  mainActivity: z.enum(MAIN_ACTIVITIES),
  side: z.enum(SIDES),
  bucket: z.enum(BUCKETS),
});

export const outcomeMappingUpdate = z.strictObject({ codes: z.array(codeMapping).max(500) });

export const importQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).optional() });

/** A CSV file as text (text/csv), at most 2 MB. */
export const csvBody = z.string({ error: 'Skicka filen som text/csv.' }).max(2_000_000);

const goalFollowUp = z.strictObject({
  goalId: z.string().min(1).max(120),
  status: z.enum(GOAL_STATUSES, {
    error: 'Status är onTrack (enligt plan), atRisk (risk) eller deviating (avviker).',
  }),
  comment: freeText(2000).default(''),
});

export const followUpPeriod = z.enum(FOLLOW_UP_PERIODS);

export const followUpWrite = z.strictObject({
  goals: z.array(goalFollowUp).max(100).optional(),
  budgetComment: freeText(4000).optional(),
  initiativesComment: freeText(4000).optional(),
});

export const reportUpdate = z.strictObject({
  goals: z.array(goalFollowUp).max(100).optional(),
  summary: freeText(8000).optional(),
  budgetComment: freeText(4000).optional(),
  lessons: freeText(8000).optional(),
  nextYear: z
    .array(freeText(1000).pipe(z.string().trim().min(1)))
    .max(50)
    .optional(),
});

export const reportStatus = z.enum(REPORT_STATUSES);
