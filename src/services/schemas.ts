// Input schemas of every write use case. The HTTP API and the bot's card actions validate with the
// same schemas, and the OpenAPI document is generated from them.
import { z } from 'zod';
import {
  ASSIGNMENT_TYPES,
  COMPONENT_KINDS,
  DECISION_KINDS,
  IMPACTS,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  LIFECYCLE_STATES,
  MAIN_ACTIVITIES,
  OBJECT_CATEGORIES,
  OBJECT_ROLES,
  ORGANISATION_ROLES,
} from '../domain/model';
import { DEFAULT_HOURLY_RATE, DEFAULT_HOURS_PER_FTE } from '../domain/budget/budget';
import { AppError, type FieldError } from './errors';
import type { Locale } from '../i18n/messages';
import { freeText, label, title, toHundredths } from './textRules';

// Every word that comes in passes one of three rules (./textRules): free text, a label, a name or title.
const text = freeText;
const name = title;
const id = z.string().min(1).max(100);
const isoDate = z.iso.date({ error: 'Ange ett datum som ÅÅÅÅ-MM-DD.' });

/** Whole SEK, never negative, never fractional (spec: money is integers). */
export const sek = z
  .number({ error: 'Ange ett belopp i hela kronor.' })
  .int({ error: 'Belopp anges i hela kronor, utan ören.' })
  .min(0, { error: 'Beloppet får inte vara negativt.' })
  .max(1_000_000_000_000, { error: 'Beloppet är orimligt stort.' });

/** Hours with at most two decimals, as 004 prints them ("1313,00"). */
export const hours = z
  .number({ error: 'Ange antal timmar som ett tal.' })
  .min(0, { error: 'Timmar får inte vara negativa.' })
  .max(10_000_000, { error: 'Antalet timmar är orimligt stort.' })
  .refine((h) => Math.abs(Math.round(h * 100) - h * 100) < 1e-6, {
    error: 'Timmar anges med högst två decimaler.',
  })
  // Within a millionth of a hundredth: the binary fraction is the decimal the person meant.
  .overwrite(toHundredths);

const scale = z
  .number({ error: 'Ange ett värde 1–5.' })
  .int({ error: 'Ange ett heltal 1–5.' })
  .min(1, { error: 'Lägsta värdet är 1.' })
  .max(5, { error: 'Högsta värdet är 5.' });

export const objectCreate = z.strictObject({
  code: z
    .string()
    .trim()
    .min(1)
    .max(12)
    .regex(/^[A-ZÅÄÖ0-9-]+$/, { error: 'Koden skrivs med versaler, siffror och bindestreck, t.ex. AKN.' }),
  name: name(),
  category: z.enum(OBJECT_CATEGORIES, { error: 'Kategori är core, support eller technical.' }),
  description: text(4000).default(''),
  lineOrganisationIds: z.array(id).max(50).default([]),
  active: z.boolean().default(true),
});
export const objectUpdate = objectCreate.partial();

export const lineOrganisationCreate = z.strictObject({ name: name(), shortName: label(40).optional() });

export const productCreate = z.strictObject({
  name: name(),
  description: text(8000).default(''),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export const productUpdate = productCreate.partial();

export const componentCreate = z.strictObject({
  kind: z.enum(COMPONENT_KINDS, { error: 'Typ är business eller it.' }),
  name: name(),
  description: text(8000).default(''),
  supplier: label(200).optional(),
  lifecycle: z.enum(LIFECYCLE_STATES).default('inUse'),
  productIds: z.array(id).max(100).default([]),
});
export const componentUpdate = componentCreate.omit({ productIds: true }).partial();

export const productComponentLink = z.strictObject({ componentId: id });

export const relatedObjectCreate = z.strictObject({
  relatedObjectId: id.optional(),
  name: name(),
  description: text(2000).default(''),
});
export const relatedObjectUpdate = relatedObjectCreate.partial();

export const contractCreate = z.strictObject({
  componentId: id,
  supplier: name(),
  title: name(),
  startDate: isoDate,
  endDate: isoDate,
  noticePeriodMonths: z.number().int().min(0).max(60),
});
export const contractUpdate = contractCreate.partial();

export const personCreate = z.strictObject({
  displayName: name(),
  email: z.email({ error: 'Ange en giltig e-postadress.' }).max(200),
  title: label(200).default(''),
  entraObjectId: z.uuid().optional(),
});
export const personUpdate = personCreate.partial();

export const roleAssignmentCreate = z.strictObject({
  personId: id,
  role: z.enum([...OBJECT_ROLES, ...ORGANISATION_ROLES]),
  objectId: id.nullable().default(null),
  productIds: z.array(id).max(100).optional(),
});

/** Replacing a holder: the new person (and, for a product coordinator, their products) in the same role. */
export const roleAssignmentReplace = z.strictObject({
  personId: id,
  productIds: z.array(id).max(100).optional(),
});

/** A förvaltningsmål: new ones come without an id (the service gives one); links name the plan's lines. */
const planGoal = z.strictObject({
  id: z
    .string()
    .regex(/^g\d{1,6}$/, { error: 'Målets id är "g" följt av en siffra, t.ex. g3.' })
    .optional(),
  text: name(2000),
  lineIds: z.array(id).max(500).default([]),
  /** The strategic goals it serves: goals of the object's strategic plan covering the plan's year. */
  strategicRefs: z
    .array(z.strictObject({ strategicPlanId: id, goalId: z.string().min(1).max(40) }))
    .max(50)
    .optional(),
});

const sectionsSchema = z.strictObject({
  purpose: text(20000),
  background: text(20000),
  scope: text(20000),
  governingDocuments: z
    .array(z.strictObject({ document: name(), goal: text(2000), impact: z.enum(IMPACTS) }))
    .max(100),
  regulations: text(20000),
  problems: z
    .array(z.strictObject({ current: text(4000), consequence: text(4000), target: text(4000) }))
    .max(100),
  influencingFactors: z.array(z.strictObject({ change: name(), impact: z.enum(IMPACTS) })).max(100),
  longTermGoals: text(20000),
  periodGoals: z.array(text(2000)).max(100),
  /** The period goals with ids and links; when written, `periodGoals` follows from it. */
  goals: z.array(planGoal).max(100),
  organisation: text(20000),
  forums: text(20000),
  roleDeviations: text(20000),
});

/** Settings of a new plan that copies none: the domain's defaults. */
export const PLAN_DEFAULTS = { hourlyRate: DEFAULT_HOURLY_RATE, hoursPerFte: DEFAULT_HOURS_PER_FTE } as const;

export const planCreate = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  /** Absent: the copied plan's, or PLAN_DEFAULTS for a plan that copies none. */
  hourlyRate: sek.max(100_000).optional(),
  hoursPerFte: z.number().int().min(1).max(8760).optional(),
  sections: sectionsSchema.partial().default({}),
  /** Copy the budget lines and sections of the object's plan for this year. */
  copyFromYear: z.number().int().min(2000).max(2100).optional(),
});
export const planUpdate = z.strictObject({
  hourlyRate: sek.max(100_000).optional(),
  hoursPerFte: z.number().int().min(1).max(8760).optional(),
  sections: sectionsSchema.partial().optional(),
});

const sideEstimate = z.strictObject({ hours, otherCost: sek });

export const budgetLineCreate = z.strictObject({
  mainActivity: z.enum(MAIN_ACTIVITIES, {
    error: 'Huvudaktivitet är forvaltningsstyrning, anvandarstod, andringshantering eller drift.',
  }),
  name: name(),
  assignmentType: z.enum(ASSIGNMENT_TYPES, { error: 'Uppdragstyp är maintain, develop, new eller retire.' }),
  priority: z.number().int().min(1).max(99).nullable().default(null),
  business: sideEstimate.default({ hours: 0, otherCost: 0 }),
  it: sideEstimate.default({ hours: 0, otherCost: 0 }),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});
export const budgetLineUpdate = z.strictObject({
  mainActivity: z.enum(MAIN_ACTIVITIES).optional(),
  name: name().optional(),
  assignmentType: z.enum(ASSIGNMENT_TYPES).optional(),
  priority: z.number().int().min(1).max(99).nullable().optional(),
  business: sideEstimate.partial().optional(),
  it: sideEstimate.partial().optional(),
  sortOrder: z.number().int().min(0).max(1_000_000).optional(),
});

/** The plan's budget lines in their new order: every line of the plan, once. */
export const budgetLineOrder = z.strictObject({ lineIds: z.array(id).max(2000) });

export const approvalAnswer = z.strictObject({
  comment: text(2000).default(''),
  /** The round the answer is for (a card carries it): an answer to an earlier round is refused. */
  round: z.number().int().min(0).optional(),
});

export const initiativeCreate = z.strictObject({
  kind: z.enum(INITIATIVE_KINDS).default('need'),
  title: name(),
  description: text(8000).default(''),
  assignmentType: z.enum(ASSIGNMENT_TYPES).default('develop'),
  benefit: scale.default(3),
  goalContribution: scale.default(3),
  effort: scale.default(3),
  affectedObjectIds: z.array(id).max(20).default([]),
});
export const initiativeUpdate = initiativeCreate
  .extend({
    status: z.enum(INITIATIVE_STATUSES),
    /** The plan the initiative serves, and which of its goals and budget lines. */
    planId: id.nullable(),
    goalIds: z.array(z.string().max(20)).max(100),
    budgetLineIds: z.array(id).max(500),
  })
  .partial();

export const escalation = z.strictObject({ reason: name(2000) });
export const priorityDecision = z.strictObject({
  outcome: z.enum(['prioritised', 'rejected', 'stopped']),
  comment: text(2000).default(''),
});

export const decisionKind = z.enum(DECISION_KINDS);

const instant = z.iso.datetime({
  offset: true,
  error: 'Ange tid som ISO 8601, t.ex. 2027-03-10T13:00:00+01:00.',
});

export const meetingSeriesCreate = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  title: label(200).optional(),
});
export const meetingCreate = z.strictObject({ title: name(), start: instant, end: instant });
export const meetingMove = z.strictObject({ start: instant, end: instant });

export const forumChannel = z.strictObject({
  channelId: z.string().trim().min(1).max(300),
  teamId: z.string().trim().min(1).max(300).nullable().default(null),
});

export const agendaUpdate = z.strictObject({
  items: z
    .array(
      z.strictObject({
        title: name(300),
        presenter: label(200).optional(),
        url: z.url().max(1000).optional(),
      }),
    )
    .max(50),
});

export const channelBinding = z.strictObject({
  channelId: z.string().trim().min(1).max(300),
  teamId: z.string().trim().min(1).max(300).nullable().default(null),
  tenantId: z.string().trim().min(1).max(100).nullable().default(null),
  objectId: id,
});

export const yearQuery = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** Parses or throws a validation error naming every bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  locale: Locale = 'sv',
): z.output<S> {
  const result = schema.safeParse(input, { error: (z.locales[locale] ?? z.locales.sv)().localeError });
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.length ? issue.path.map(String).join('.') : '(body)',
    message: issue.message,
  }));
  throw new AppError('validation', 'error.validation', {}, fields);
}
