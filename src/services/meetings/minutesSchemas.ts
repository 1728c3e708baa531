// Input schemas of minutes: the draft (PUT, and the original POST that recorded minutes in one go), the
// correction of adjusted minutes. Paragraphs are numbered by their order (§ 1, § 2, …), never by the client.
import { z } from 'zod';
import { DECISION_KINDS } from '../../domain/model';

const text = (max: number) => z.string().trim().max(max);
const name = (max = 200) => z.string().trim().min(1, 'Får inte vara tomt.').max(max);
const id = z.string().min(1).max(100);
const isoDate = z.iso.date({ error: 'Ange ett datum som ÅÅÅÅ-MM-DD.' });

const decision = z.strictObject({
  kind: z.enum(DECISION_KINDS),
  objectId: id.nullable().default(null),
  initiativeId: id.nullable().default(null),
});

const content = {
  place: text(300).default(''),
  /** Ordförande; by default the forum's chair when present. */
  chairPersonId: id.nullable().optional(),
  /** Protokollförare; by default the person who writes the minutes. */
  secretaryPersonId: id.nullable().optional(),
  /** Justerare: one or two attendees (may be left for later while the minutes are a draft). */
  adjusterPersonIds: z.array(id).max(2).default([]),
  attendance: z.array(id).max(200),
  paragraphs: z
    .array(
      z.strictObject({
        title: name(300),
        text: text(8000).default(''),
        decision: decision.nullable().default(null),
      }),
    )
    .max(100)
    .default([]),
  /** The first API's shape: each decision becomes a paragraph of its own, after the paragraphs. */
  decisions: z
    .array(
      z.strictObject({
        kind: z.enum(DECISION_KINDS),
        title: name(300),
        text: text(8000).default(''),
        objectId: id.nullable().default(null),
        initiativeId: id.nullable().default(null),
      }),
    )
    .max(50)
    .default([]),
  actionItems: z
    .array(z.strictObject({ title: name(300), ownerPersonId: id, dueDate: isoDate }))
    .max(100)
    .default([]),
};

export const minutesDraft = z.strictObject(content);

export const minutesCorrection = z.strictObject({
  /** Why the adjusted minutes are corrected; kept with the new version. */
  reason: name(1000),
  ...content,
});

export type MinutesDraftInput = z.output<typeof minutesDraft>;
