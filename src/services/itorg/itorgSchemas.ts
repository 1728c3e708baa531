// Input schemas of the orderer–performer organisation (issue 17), and the shapes of its answers (the
// routes declare them as their response schemas).
import { z } from 'zod';
import { OBJECT_ROLES, ORGANISATION_ROLES } from '../../domain/model';
import {
  CHANGE_CATEGORIES,
  HUKI_LETTERS,
  ORDER_KINDS,
  ORDER_STATES,
  PROJECT_PHASES,
  RISKS,
  SIZES,
  STATUS_COLOURS,
} from '../../domain/itorg/model';
import { sek } from '../schemas';
import { freeText, label, title } from '../textRules';

const id = z.string().min(1).max(100);
const ids = z.array(id).max(200);
const isoDate = z.iso.date({ error: 'Ange ett datum som ÅÅÅÅ-MM-DD.' });
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Ange månaden som ÅÅÅÅ-MM.' });

export const serviceCreate = z.strictObject({
  name: title(),
  description: freeText(4000).default(''),
  serviceLevel: freeText(2000).default(''),
  priceModel: freeText(2000).default(''),
  contactPersonId: id.nullable().default(null),
  contact: label(200).default(''),
  componentIds: ids.default([]),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export const serviceUpdate = serviceCreate
  .extend({
    description: freeText(4000),
    serviceLevel: freeText(2000),
    priceModel: freeText(2000),
    contactPersonId: id.nullable(),
    contact: label(200),
    componentIds: ids,
  })
  .partial();
export const serviceSubscription = z.strictObject({ serviceId: id, ordered: z.boolean() });

const binding = z
  .discriminatedUnion('scope', [
    z.strictObject({ scope: z.literal('object'), role: z.enum(OBJECT_ROLES) }),
    z.strictObject({ scope: z.literal('organisation'), role: z.enum(ORGANISATION_ROLES) }),
  ])
  .nullable();
export const hukiRoleCreate = z.strictObject({
  name: title(120),
  binding: binding.default(null),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export const hukiRoleUpdate = z
  .strictObject({
    name: title(120),
    binding,
    sortOrder: z.number().int().min(0).max(100_000),
  })
  .partial();
const cells = z.record(id, z.enum(HUKI_LETTERS));
export const hukiActivityCreate = z.strictObject({
  name: title(300),
  cells,
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});
export const hukiActivityUpdate = z
  .strictObject({ name: title(300), cells, sortOrder: z.number().int().min(0).max(100_000) })
  .partial();

export const orderCreate = z.strictObject({
  kind: z.enum(ORDER_KINDS).default('order'),
  changeCategory: z.enum(CHANGE_CATEGORIES).nullable().default(null),
  title: title(),
  need: freeText(8000).default(''),
  lineOrganisationId: id.nullable().default(null),
  componentId: id.nullable().default(null),
  wantedBy: isoDate.nullable().default(null),
});
export const orderAssessment = z.strictObject({
  objectId: id.optional(),
  componentId: id.nullable().optional(),
  size: z.enum(SIZES),
  cost: sek,
  risk: z.enum(RISKS),
  comment: freeText(4000).default(''),
  performerPersonId: id,
  changeCategory: z.enum(CHANGE_CATEGORIES).nullable().optional(),
  planId: id.nullable().optional(),
  budgetLineIds: ids.optional(),
});
export const orderThreshold = z.strictObject({ threshold: sek.nullable() });
export const orderAnswer = z.strictObject({ comment: freeText(2000).default('') });
export const orderEstimate = z.strictObject({
  hours: z.number().min(0).max(1_000_000),
  cost: sek,
  readyBy: isoDate,
});
export const orderDelivery = z.strictObject({ note: freeText(4000).default('') });
export const orderAcceptance = z.strictObject({
  accepted: z.boolean(),
  comment: freeText(2000).default(''),
});
export const orderFilter = z.strictObject({
  state: z.enum(ORDER_STATES).optional(),
  objectId: id.optional(),
});

const phaseSpan = z.strictObject({ phase: z.enum(PROJECT_PHASES), start: isoDate, end: isoDate });
export const projectCreate = z.strictObject({
  name: title(),
  description: freeText(4000).default(''),
  objectId: id,
  objectIds: ids.default([]),
  origin: z
    .strictObject({ kind: z.enum(['initiative', 'order']), id })
    .nullable()
    .default(null),
  managerPersonId: id.nullable().default(null),
  phase: z.enum(PROJECT_PHASES).default('idea'),
  phases: z.array(phaseSpan).max(20).default([]),
  start: isoDate,
  end: isoDate,
  budget: sek.default(0),
  outcome: sek.default(0),
  planId: id.nullable().default(null),
  budgetLineIds: ids.default([]),
  componentIds: ids.default([]),
});
export const projectUpdate = projectCreate
  .omit({ objectId: true })
  .extend({
    description: freeText(4000),
    objectIds: ids,
    managerPersonId: id.nullable(),
    phase: z.enum(PROJECT_PHASES),
    phases: z.array(phaseSpan).max(20),
    budget: sek,
    outcome: sek,
    planId: id.nullable(),
    budgetLineIds: ids,
    componentIds: ids,
  })
  .partial();
export const statusReport = z.strictObject({
  month,
  status: z.enum(STATUS_COLOURS),
  comment: freeText(4000).default(''),
});

// ——— Answers ———
const record = { id: z.string(), etag: z.string() };
export const serviceOut = z.looseObject({ ...record, name: z.string(), componentIds: z.array(z.string()) });
export const servicesOut = z.array(serviceOut);
export const hukiOut = z.looseObject({
  roles: z.array(z.looseObject({ id: z.string(), name: z.string() })),
  activities: z.array(
    z.looseObject({ id: z.string(), name: z.string(), cells: z.record(z.string(), z.enum(HUKI_LETTERS)) }),
  ),
});
export const hukiRoleOut = z.looseObject({ ...record, name: z.string() });
export const hukiActivityOut = z.looseObject({ ...record, name: z.string() });
export const orderOut = z.looseObject({ ...record, state: z.enum(ORDER_STATES), objectId: z.string() });
export const ordersOut = z.array(orderOut);
export const thresholdOut = z.strictObject({
  objectId: z.string(),
  etag: z.string(),
  threshold: z.number(),
  own: z.boolean(),
});
export const projectOut = z.looseObject({ ...record, name: z.string(), objectId: z.string() });
export const projectsOut = z.array(projectOut);
