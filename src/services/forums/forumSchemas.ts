// Input schemas of forum settings (PATCH /api/forums/{id}); the OpenAPI document is generated from them.
import { z } from 'zod';
import { MAX_SERIES_MEETINGS_PER_YEAR } from '../../domain/forums/settings';

const id = z.string().min(1).max(100);

export const forumMeetingDefaults = z.strictObject({
  weekday: z
    .number({ error: 'Ange veckodag som 1 (måndag) – 5 (fredag).' })
    .int({ error: 'Ange veckodag som 1 (måndag) – 5 (fredag).' })
    .min(1, { error: 'Forum möts måndag–fredag: ange 1 (måndag) – 5 (fredag).' })
    .max(5, { error: 'Forum möts måndag–fredag: ange 1 (måndag) – 5 (fredag).' }),
  weekOfMonth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)], {
    error: 'Ange vilken vecka i månaden: 1–4, eller -1 för den sista.',
  }),
  startTime: z
    .string()
    .regex(/^(0[7-9]|1\d|20):[0-5]\d$/, { error: 'Ange starttid som TT:MM mellan 07:00 och 20:59.' }),
  durationMinutes: z
    .number({ error: 'Ange mötets längd i minuter.' })
    .int({ error: 'Ange mötets längd i hela minuter.' })
    .min(15, { error: 'Ett möte är minst 15 minuter.' })
    .max(480, { error: 'Ett möte är högst 8 timmar.' }),
  place: z.string().trim().max(200, { error: 'Platsen får vara högst 200 tecken.' }),
});

/** What the chair, convener, model owner or an administrator may change; absent fields stay as they are. */
export const forumSettingsUpdate = z.strictObject({
  delegatePersonIds: z.array(id).max(20, { error: 'Högst 20 delegater.' }).optional(),
  minMeetingsPerYear: z
    .number({ error: 'Ange minsta antal möten per år som ett heltal.' })
    .int({ error: 'Ange minsta antal möten per år som ett heltal.' })
    .min(1, { error: 'Minst ett möte per år.' })
    .max(MAX_SERIES_MEETINGS_PER_YEAR, {
      error: `Högst ${MAX_SERIES_MEETINGS_PER_YEAR} möten per år i en serie; boka fler som extra möten.`,
    })
    .optional(),
  meeting: forumMeetingDefaults.partial().optional(),
});
