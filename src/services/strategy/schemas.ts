// Input and answer schemas of the goal chain and the strategic object plan (issue 16 points 4–5).
import { z } from 'zod';
import {
  LIFECYCLE_CHANGES,
  LINK_SOURCES,
  STEERING_KINDS,
  STEERING_LEVELS,
  STRATEGIC_PLAN_STATUSES,
  STRATEGIC_PLAN_VERSIONS,
} from '../../domain/strategy/model';
import { DELIVERABLE_STATES, DELIVERABLES, OBJECT_DELIVERABLES } from '../../domain/plan/yearWheel';
import { CONTRIBUTOR_KINDS } from '../../domain/strategy/goalChain';
import { sek } from '../schemas';
import { freeText, label, title } from '../textRules';

const id = z.string().min(1).max(100);
const localId = z
  .string()
  .max(40)
  .regex(/^[a-z0-9-]+$/, { error: 'Id skrivs med gemener, siffror och bindestreck.' });
const year = z
  .number({ error: 'Ange ett år, t.ex. 2027.' })
  .int({ error: 'Ange ett helt år.' })
  .min(2000, { error: 'Året ska vara 2000 eller senare.' })
  .max(2100, { error: 'Året ska vara 2100 eller tidigare.' });
const level = z.enum(STEERING_LEVELS, { error: 'Nivån är national, regional eller local.' });

const focusArea = z.strictObject({ id: localId.optional(), title: title() });
const strategicGoal = z.strictObject({
  id: localId.optional(),
  title: title(),
  description: freeText(4000).default(''),
  expectedResult: freeText(4000).default(''),
  focusAreas: z.array(focusArea).max(30).default([]),
});
const area = z.strictObject({
  id: localId.optional(),
  title: title(),
  principles: z
    .array(z.strictObject({ id: localId.optional(), text: title(1000) }))
    .max(50)
    .default([]),
});

export const steeringDocumentCreate = z.strictObject({
  kind: z.enum(STEERING_KINDS, { error: 'Slaget är policy eller strategicPlan.' }),
  level: level.default('local'),
  title: title(),
  adoptedBy: label(200).default(''),
  fromYear: year,
  toYear: year.nullable().default(null),
  vision: freeText(8000).default(''),
  areas: z.array(area).max(20).default([]),
  goals: z.array(strategicGoal).max(30).default([]),
});
export const steeringDocumentUpdate = steeringDocumentCreate.partial();

export const goalRef = z.strictObject({
  documentId: id,
  goalId: localId,
  focusAreaId: localId.nullable().default(null),
});

export const goalLinkCreate = z.strictObject({
  ...goalRef.shape,
  sourceKind: z.enum(LINK_SOURCES, { error: 'Det som kopplas är objectPlanGoal eller initiative.' }),
  sourceId: id,
  sourceGoalId: localId.nullable().default(null),
});

const strategicYear = z.strictObject({
  year,
  direction: freeText(8000).default(''),
  goals: z
    .array(
      z.strictObject({
        id: localId.optional(),
        text: title(1000),
        refs: z.array(goalRef).max(20).default([]),
      }),
    )
    .max(30)
    .default([]),
});

const strategicContent = {
  assumptions: freeText(8000).default(''),
  years: z.array(strategicYear).max(10).default([]),
  steeringRefs: z
    .array(z.strictObject({ documentId: id.nullable().default(null), title: title(), level }))
    .max(40)
    .default([]),
  lifecycleChanges: z
    .array(
      z.strictObject({
        id: localId.optional(),
        change: z.enum(LIFECYCLE_CHANGES, { error: 'Förändringen är introduce, replace eller retire.' }),
        component: title(),
        componentId: id.nullable().default(null),
        replaces: label(200).default(''),
        year,
        note: freeText(2000).default(''),
      }),
    )
    .max(100)
    .default([]),
  investments: z
    .array(z.strictObject({ year, description: title(500), amount: sek }))
    .max(100)
    .default([]),
};

export const strategicPlanCreate = z.strictObject({
  fromYear: year,
  toYear: year,
  version: z.enum(STRATEGIC_PLAN_VERSIONS, { error: 'Versionen är preliminary eller final.' }),
  /** Start from this plan's content (e.g. the final version from the preliminary one). */
  copyFromId: id.optional(),
  ...strategicContent,
});

export const strategicPlanUpdate = z
  .strictObject({
    fromYear: year,
    toYear: year,
    version: z.enum(STRATEGIC_PLAN_VERSIONS),
    assumptions: strategicContent.assumptions,
    years: strategicContent.years,
    steeringRefs: strategicContent.steeringRefs,
    lifecycleChanges: strategicContent.lifecycleChanges,
    investments: strategicContent.investments,
  })
  .partial();

export const approvalComment = z.strictObject({ comment: freeText(2000).default('') });

export const yearWheelQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

// ── Answers ────────────────────────────────────────────────────────────────────────────────────────
const meta = { id: z.string(), etag: z.string(), createdAt: z.string(), updatedAt: z.string() };
const ref = z.object({ documentId: z.string(), goalId: z.string(), focusAreaId: z.string().nullable() });

export const steeringDocumentOut = z.object({
  ...meta,
  kind: z.enum(STEERING_KINDS),
  level: z.enum(STEERING_LEVELS),
  title: z.string(),
  adoptedBy: z.string(),
  fromYear: z.number(),
  toYear: z.number().nullable(),
  vision: z.string(),
  areas: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      principles: z.array(z.object({ id: z.string(), text: z.string() })),
    }),
  ),
  goals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      description: z.string(),
      expectedResult: z.string(),
      focusAreas: z.array(z.object({ id: z.string(), title: z.string() })),
    }),
  ),
});

export const goalLinkOut = z.object({
  ...meta,
  ...ref.shape,
  sourceKind: z.enum(LINK_SOURCES),
  objectId: z.string(),
  sourceId: z.string(),
  sourceGoalId: z.string().nullable(),
});

const approverOut = z.object({
  role: z.string(),
  personIds: z.array(z.string()),
  outcome: z.enum(['approved', 'rejected']).nullable(),
  byPersonId: z.string().nullable(),
  comment: z.string(),
  at: z.string().nullable(),
});

export const strategicPlanOut = z.object({
  ...meta,
  objectId: z.string(),
  fromYear: z.number(),
  toYear: z.number(),
  version: z.enum(STRATEGIC_PLAN_VERSIONS),
  status: z.enum(STRATEGIC_PLAN_STATUSES),
  approvalRound: z.number(),
  assumptions: z.string(),
  years: z.array(
    z.object({
      year: z.number(),
      direction: z.string(),
      goals: z.array(z.object({ id: z.string(), text: z.string(), refs: z.array(ref) })),
    }),
  ),
  steeringRefs: z.array(
    z.object({ documentId: z.string().nullable(), title: z.string(), level: z.enum(STEERING_LEVELS) }),
  ),
  lifecycleChanges: z.array(
    z.object({
      id: z.string(),
      change: z.enum(LIFECYCLE_CHANGES),
      component: z.string(),
      componentId: z.string().nullable(),
      replaces: z.string(),
      year: z.number(),
      note: z.string(),
    }),
  ),
  investments: z.array(z.object({ year: z.number(), description: z.string(), amount: z.number() })),
  approvals: z.array(z.object({}).passthrough()),
  approval: z.object({ approvers: z.array(approverOut), complete: z.boolean(), rejected: z.boolean() }),
  investmentsPerYear: z.array(z.object({ year: z.number(), amount: z.number() })),
});

const contributorOut = z.object({
  kind: z.enum(CONTRIBUTOR_KINDS),
  objectId: z.string(),
  objectCode: z.string(),
  objectName: z.string(),
  sourceId: z.string(),
  title: z.string(),
  status: z.string(),
  year: z.number().nullable(),
  linkId: z.string().optional(),
});

export const goalChainOut = z.object({
  documents: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(STEERING_KINDS),
      level: z.enum(STEERING_LEVELS),
      title: z.string(),
      adoptedBy: z.string(),
      fromYear: z.number(),
      toYear: z.number().nullable(),
      vision: z.string(),
      areas: steeringDocumentOut.shape.areas,
      goals: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          description: z.string(),
          expectedResult: z.string(),
          contributors: z.array(contributorOut),
          focusAreas: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              contributors: z.array(contributorOut),
              served: z.boolean(),
            }),
          ),
          served: z.boolean(),
          objectCodes: z.array(z.string()),
        }),
      ),
    }),
  ),
  unserved: z.array(
    z.object({
      documentId: z.string(),
      goalId: z.string(),
      focusAreaId: z.string().nullable(),
      title: z.string(),
    }),
  ),
});

export const yearWheelOut = z.object({
  year: z.number(),
  today: z.string(),
  objects: z.array(
    z.object({
      objectId: z.string(),
      code: z.string(),
      name: z.string(),
      deliverables: z.array(
        z.object({
          kind: z.enum(OBJECT_DELIVERABLES),
          state: z.enum(DELIVERABLE_STATES),
          late: z.boolean(),
          nextDue: z.string().nullable(),
          milestones: z.array(
            z.object({
              deliverable: z.enum(DELIVERABLES),
              due: z.string(),
              met: z.boolean(),
              late: z.boolean(),
            }),
          ),
        }),
      ),
    }),
  ),
});
