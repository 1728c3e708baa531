// The look-ups' query and answer schemas: the message extension's search and Copilot's read functions.
// Descriptions are written for the model that picks the function and fills its parameters (Copilot reads
// them from the plugin's OpenAPI document), in English with the Swedish words people use.
import { z } from 'zod';
import {
  FORUM_KINDS,
  LIFECYCLE_STATES,
  OBJECT_CATEGORIES,
  OBJECT_ROLES,
  ORGANISATION_ROLES,
  PLAN_STATUSES,
} from '../../domain/model';
import { CONTRACT_STATES } from '../../domain/contracts/notice';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Ange datumet som ÅÅÅÅ-MM-DD.' });

export const searchQuery = z.strictObject({
  q: z.string().max(100).optional().describe('Name or code to search for, e.g. AKN, "AKN 2027", W3D3'),
});

export const noticeQuery = z.strictObject({
  from: isoDate
    .optional()
    .describe('First day of the period (YYYY-MM-DD). Leave out both from and to for this quarter.'),
  to: isoDate.optional().describe('Last day of the period (YYYY-MM-DD).'),
});

export const forumDecisionsQuery = z.strictObject({
  forum: z
    .string()
    .min(1)
    .max(100)
    .describe(
      'The forum: PSG (portföljstyrgruppen), OLF (objektledarforum), or an object code such as AKN for that object’s steering group (OSG)',
    ),
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/, { error: 'Ange månaden som ÅÅÅÅ-MM.' })
    .optional()
    .describe('A calendar month, YYYY-MM (e.g. 2026-09 for "i september"); or give from and to'),
  from: isoDate.optional().describe('First day (YYYY-MM-DD), when not a whole month'),
  to: isoDate.optional().describe('Last day (YYYY-MM-DD), when not a whole month'),
});

const role = z.enum([...OBJECT_ROLES, ...ORGANISATION_ROLES]);

export const objectRolesQuery = z.strictObject({
  role: role
    .optional()
    .describe(
      'Only this role: ownerBusiness and ownerIt are the object owners (objektägare), leaderBusiness and leaderIt the object leaders (objektledare)',
    ),
});

// ── Answers ──────────────────────────────────────────────────────────────────────────────────────────

const str = z.string();

export const lookupHit = z.discriminatedUnion('kind', [
  z.looseObject({
    kind: z.literal('object'),
    id: str,
    code: str,
    name: str,
    category: z.enum(OBJECT_CATEGORIES),
    active: z.boolean(),
    owners: z.array(str),
    leaders: z.array(str),
  }),
  z.looseObject({
    kind: z.literal('plan'),
    id: str,
    objectId: str,
    objectCode: str,
    objectName: str,
    year: z.number(),
    status: z.enum(PLAN_STATUSES),
  }),
  z.looseObject({
    kind: z.literal('system'),
    id: str,
    name: str,
    objectId: str,
    objectCode: str,
    supplier: str,
    lifecycle: z.enum(LIFECYCLE_STATES),
  }),
  z.looseObject({
    kind: z.literal('decision'),
    id: str,
    title: str,
    text: str,
    objectId: str.nullable(),
    objectCode: str.nullable(),
    forumName: str.nullable(),
    date: str,
    decidedBy: str,
  }),
]);

export const searchResult = z.array(lookupHit);

export const contractsDueForNotice = z.looseObject({
  today: str,
  from: str,
  to: str,
  contracts: z.array(
    z.looseObject({
      id: str,
      title: str,
      supplier: str,
      objectId: str,
      objectCode: str,
      objectName: str,
      endDate: str.describe('The contract ends on this day'),
      noticePeriodMonths: z.number(),
      noticeDate: str.describe('The last day notice can be given (sista uppsägningsdag)'),
      state: z.enum(CONTRACT_STATES),
      noticeState: str,
    }),
  ),
});

export const latePlans = z.looseObject({
  today: str,
  plans: z.array(
    z.looseObject({
      objectId: str,
      objectCode: str,
      objectName: str,
      planId: str.nullable(),
      year: z.number(),
      status: z.enum([...PLAN_STATUSES, 'missing']),
      statusName: str,
      late: z.array(z.looseObject({ deliverable: str, deliverableName: str, due: str })),
    }),
  ),
});

export const forumDecisions = z.looseObject({
  forum: z.looseObject({ id: str, kind: z.enum(FORUM_KINDS), name: str }),
  from: str.nullable(),
  to: str.nullable(),
  decisions: z.array(
    z.looseObject({
      id: str,
      title: str,
      text: str,
      kind: str,
      date: str,
      decidedAt: str,
      decidedBy: str,
      objectCode: str.nullable(),
      forumName: str.nullable(),
    }),
  ),
});

export const objectRoles = z.looseObject({
  object: z.looseObject({ id: str, code: str, name: str, category: z.enum(OBJECT_CATEGORIES) }),
  roles: z.array(
    z.looseObject({
      objectId: str,
      objectCode: str,
      role,
      roleName: str,
      people: z.array(z.looseObject({ id: str, displayName: str, email: str, title: str })),
    }),
  ),
});
