// Input and answer schemas of the system register and map (issue 17); the OpenAPI document is built from them.
import { z } from 'zod';
import { LIFECYCLE_STATES } from '../../domain/model';
import {
  CLASSIFICATION_LEVELS,
  HOSTINGS,
  INTEGRATION_FREQUENCIES,
  INTEGRATION_METHODS,
} from '../../domain/systems/profile';
import { freeText, label, title } from '../textRules';

const id = z.string().min(1).max(100);
const level = z
  .union(
    CLASSIFICATION_LEVELS.map((l) => z.literal(l)),
    { error: 'Ange en nivå i klassningsmodellen: 1 (låg) – 4 (mycket hög), eller null om oklassat.' },
  )
  .nullable();

export const classification = z.strictObject({
  confidentiality: level,
  integrity: level,
  availability: level,
});

const link = z.strictObject({
  title: title(200),
  url: z
    .string()
    .max(2000)
    .regex(/^https:\/\/[^\s<>"]+$/, { error: 'Dokumentationslänken ska vara en https-adress.' }),
});

/** PATCH /api/systems/{id}: the register's fields of one system; absent fields stay as they are. */
export const systemUpdate = z.strictObject({
  description: freeText(4000).optional(),
  supplier: label(200).optional(),
  lifecycle: z.enum(LIFECYCLE_STATES).optional(),
  ownerPersonId: id.nullable().optional(),
  managerPersonId: id.nullable().optional(),
  hosting: z
    .enum(HOSTINGS, {
      error: 'Ange drift: onPremises (egen), saas eller sharedPlatform (gemensam plattform).',
    })
    .nullable()
    .optional(),
  classification: classification.optional(),
  personalData: z.boolean().optional(),
  processingRecordRef: label(200).optional(),
  departmentIds: z.array(id).max(50).optional(),
  documentationLinks: z.array(link).max(20).optional(),
});

export const systemQuery = z.strictObject({
  q: z.string().max(200).optional(),
  objectId: id.optional(),
  lifecycle: z.enum(LIFECYCLE_STATES).optional(),
  hosting: z.enum(HOSTINGS).optional(),
  departmentId: id.optional(),
  personalData: z.enum(['true', 'false']).optional(),
});

export const systemImport = z.strictObject({
  /** The sheet as CSV text (Excel: "CSV UTF-8" or "CSV (semikolonavgränsad)"). */
  csv: z
    .string()
    .min(1, { error: 'Arket är tomt.' })
    .max(900_000, { error: 'Arket är större än 900 000 tecken: dela upp det.' })
    .optional(),
  /** Or the sheet as an Excel workbook (.xlsx), its bytes in base64 (ADR 0028); one of the two. */
  xlsx: z
    .string()
    .min(1, { error: 'Arket är tomt.' })
    .max(1_200_000, { error: 'Excel-filen är större än 900 kB: dela upp den.' })
    .optional(),
  /** True: check every row and answer what would happen, change nothing. */
  dryRun: z.boolean(),
});

export const integrationCreate = z.strictObject({
  fromSystemId: id,
  toSystemId: id,
  information: title(300),
  method: z.enum(INTEGRATION_METHODS, { error: 'Ange sätt: file, api, message eller manual.' }),
  frequency: z.enum(INTEGRATION_FREQUENCIES, {
    error: 'Ange frekvens: realtime, hourly, daily, weekly, monthly eller onDemand.',
  }),
  ownerPersonId: id.nullable().default(null),
  description: freeText(2000).default(''),
});
export const integrationUpdate = integrationCreate.omit({ fromSystemId: true, toSystemId: true }).partial();

export const mapQuery = z.strictObject({
  objectId: id.optional(),
  departmentId: id.optional(),
  systemId: id.optional(),
});

// --- Answers ------------------------------------------------------------------------------------------

const personRef = z.object({ id: z.string(), displayName: z.string() });
const holders = z.object({
  /** 'system': named on the system; 'object': the object's role holders (pm3's mapping). */
  source: z.enum(['system', 'object']),
  people: z.array(personRef),
});

export const systemView = z.looseObject({
  id: z.string(),
  etag: z.string(),
  name: z.string(),
  description: z.string(),
  objectId: z.string(),
  objectCode: z.string(),
  supplier: z.string(),
  lifecycle: z.enum(LIFECYCLE_STATES),
  hosting: z.enum(HOSTINGS).nullable(),
  classification,
  personalData: z.boolean(),
  processingRecordRef: z.string(),
  departments: z.array(z.object({ id: z.string(), name: z.string() })),
  documentationLinks: z.array(z.object({ title: z.string(), url: z.string() })),
  ownerPersonId: z.string().nullable(),
  managerPersonId: z.string().nullable(),
  owner: holders,
  manager: holders,
  contracts: z.array(
    z.object({ id: z.string(), title: z.string(), supplier: z.string(), endDate: z.string() }),
  ),
  integrations: z.number().int(),
});

export const importAnswer = z.object({
  dryRun: z.boolean(),
  created: z.number().int(),
  updated: z.number().int(),
  rejected: z.number().int(),
  rows: z.array(
    z.object({
      line: z.number().int(),
      name: z.string(),
      objectCode: z.string(),
      outcome: z.enum(['create', 'update', 'reject']),
      reasons: z.array(z.string()),
    }),
  ),
});

export const integrationView = z.looseObject({
  id: z.string(),
  etag: z.string(),
  fromSystemId: z.string(),
  toSystemId: z.string(),
  information: z.string(),
  method: z.enum(INTEGRATION_METHODS),
  frequency: z.enum(INTEGRATION_FREQUENCIES),
  ownerPersonId: z.string().nullable(),
  description: z.string(),
});

export const systemMapView = z.looseObject({
  nodes: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      objectId: z.string(),
      lifecycle: z.enum(LIFECYCLE_STATES),
      outside: z.boolean(),
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      etag: z.string(),
      from: z.string(),
      to: z.string(),
      information: z.string(),
      method: z.enum(INTEGRATION_METHODS),
      frequency: z.enum(INTEGRATION_FREQUENCIES),
      ownerPersonId: z.string().nullable(),
      description: z.string(),
      retiredEnd: z.enum(['from', 'to', 'both']).nullable(),
    }),
  ),
});
