// Response schemas of the stored records, as the API answers them (the record's fields and its metadata).
// They document the contract (/api/openapi.json, components) and the API tests validate every real answer
// against them. Objects are open (loose): a client must ignore fields it does not know, so adding a field
// is not a breaking change; what is listed is required to be there with that type.
import { z } from 'zod';
import {
  ASSIGNMENT_TYPES,
  COMPONENT_KINDS,
  DECISION_KINDS,
  ESCALATION_LEVELS,
  FORUM_KINDS,
  IMPACTS,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  LIFECYCLE_STATES,
  MAIN_ACTIVITIES,
  MINUTES_STATUSES,
  OBJECT_CATEGORIES,
  OBJECT_ROLES,
  ORGANISATION_ROLES,
  PLAN_STATUSES,
  PRIORITY_OUTCOMES,
} from '../../domain/model';

const str = z.string();
const nullable = <T extends z.ZodType>(t: T) => t.nullable();

/** id, eTag (send it back in If-Match), and when the record was made and last changed. */
const meta = { id: str, etag: str, createdAt: str, updatedAt: str };
const stored = <S extends z.ZodRawShape>(shape: S) => z.looseObject({ ...shape, ...meta });

export const role = z.enum([...OBJECT_ROLES, ...ORGANISATION_ROLES]);

export const lineOrganisation = stored({ name: str, shortName: str.nullish() });

export const governanceObject = stored({
  code: str,
  name: str,
  category: z.enum(OBJECT_CATEGORIES),
  description: str,
  lineOrganisationIds: z.array(str),
  active: z.boolean(),
  orderApprovalThreshold: z.number().optional(),
});

export const product = stored({ objectId: str, name: str, description: str, sortOrder: z.number() });

export const component = stored({
  kind: z.enum(COMPONENT_KINDS),
  ownerObjectId: str,
  name: str,
  description: str,
  supplier: str.nullish(),
  lifecycle: z.enum(LIFECYCLE_STATES),
});

export const productComponent = stored({ objectId: str, productId: str, componentId: str });

export const relatedObject = stored({
  objectId: str,
  relatedObjectId: str.nullish(),
  name: str,
  description: str,
});

export const contract = stored({
  componentId: str,
  objectId: str,
  supplier: str,
  title: str,
  startDate: str,
  endDate: str,
  noticePeriodMonths: z.number(),
});

export const person = stored({
  displayName: str,
  email: str,
  title: str,
  entraObjectId: str.nullish(),
  teamsUserId: str.nullish(),
});

export const roleAssignment = stored({
  personId: str,
  role,
  objectId: nullable(str),
  productIds: z.array(str).nullish(),
});

const impact = z.enum(IMPACTS);
export const planSections = z.looseObject({
  purpose: str,
  background: str,
  scope: str,
  governingDocuments: z.array(z.looseObject({ document: str, goal: str, impact })),
  regulations: str,
  problems: z.array(z.looseObject({ current: str, consequence: str, target: str })),
  influencingFactors: z.array(z.looseObject({ change: str, impact })),
  longTermGoals: str,
  periodGoals: z.array(str),
  goals: z.array(z.looseObject({ id: str, text: str, lineIds: z.array(str) })).nullish(),
  organisation: str,
  forums: str,
  roleDeviations: str,
});

export const objectPlan = stored({
  objectId: str,
  year: z.number().int(),
  status: z.enum(PLAN_STATUSES),
  hourlyRate: z.number(),
  hoursPerFte: z.number(),
  approvalRound: z.number().int(),
  sections: planSections,
});

const sideEstimate = z.looseObject({ hours: z.number(), otherCost: z.number() });
const budgetLineFields = {
  mainActivity: z.enum(MAIN_ACTIVITIES),
  name: str,
  assignmentType: z.enum(ASSIGNMENT_TYPES),
  priority: nullable(z.number()),
  business: sideEstimate,
  it: sideEstimate,
  sortOrder: z.number(),
};
export const budgetLine = stored({ planId: str, ...budgetLineFields });

const approver = z.looseObject({ personId: str, role, at: str, comment: str });

export const planVersion = stored({
  planId: str,
  round: z.number().int(),
  digest: str,
  approvedAt: str,
  total: z.number(),
  hourlyRate: z.number(),
  hoursPerFte: z.number(),
  sections: planSections,
  lines: z.array(z.looseObject({ ...budgetLineFields, id: str.nullish() })),
  approvers: z.array(approver),
});

const escalationLevel = z.enum(ESCALATION_LEVELS);
const initiativeFields = {
  objectId: str,
  affectedObjectIds: z.array(str),
  kind: z.enum(INITIATIVE_KINDS),
  title: str,
  description: str,
  assignmentType: z.enum(ASSIGNMENT_TYPES),
  status: z.enum(INITIATIVE_STATUSES),
  benefit: z.number(),
  goalContribution: z.number(),
  effort: z.number(),
  escalationLevel,
  escalations: z.array(z.looseObject({ level: escalationLevel, at: str, byPersonId: str, reason: str })),
  planId: nullable(str).nullish(),
  goalIds: z.array(str).nullish(),
  budgetLineIds: z.array(str).nullish(),
  priorityDecision: nullable(
    z.looseObject({ level: escalationLevel, outcome: z.enum(PRIORITY_OUTCOMES), byPersonId: str, at: str }),
  ).nullish(),
};
export const initiative = stored(initiativeFields);

export const forumMeetingDefaults = z.looseObject({
  weekday: z.number().int(),
  weekOfMonth: z.number().int(),
  startTime: str,
  durationMinutes: z.number().int(),
  place: str,
});

export const forum = stored({
  kind: z.enum(FORUM_KINDS),
  objectId: nullable(str),
  name: str,
  minMeetingsPerYear: z.number().int(),
  delegatePersonIds: z.array(str),
  chairDelegatePersonIds: z.array(str).nullish(),
  channel: nullable(z.looseObject({ channelId: str, teamId: nullable(str) })).nullish(),
  meeting: forumMeetingDefaults.nullish(),
  establishedOn: nullable(str).nullish(),
});

export const decision = stored({
  forumId: nullable(str),
  meetingId: nullable(str).nullish(),
  objectId: nullable(str),
  planId: nullable(str),
  initiativeId: nullable(str),
  kind: z.enum(DECISION_KINDS),
  title: str,
  text: str,
  decidedByPersonId: str,
  decidedAt: str,
  comment: str,
  approvers: z.array(approver).nullish(),
});

export const agendaItem = z.looseObject({
  title: str,
  source: z.enum(['convener', 'plan', 'escalation', 'contract', 'deadline', 'actionItem']),
  url: str.nullish(),
  presenter: str.nullish(),
});

export const meeting = stored({
  forumId: str,
  title: str,
  start: str,
  end: str,
  status: z.enum(['scheduled', 'held', 'cancelled']),
  location: str.nullish(),
  seriesId: nullable(str).nullish(),
  rrule: nullable(str).nullish(),
  originalStart: str.nullish(),
  joinUrl: nullable(str).nullish(),
  teamsThreadId: nullable(str).nullish(),
  agendaItems: z.array(agendaItem).nullish(),
  attendance: z.array(str).nullish(),
  heldAgenda: nullable(z.looseObject({ frozenAt: str, items: z.array(agendaItem) })).nullish(),
});

export const minutesParagraph = z.looseObject({
  number: z.number().int(),
  title: str,
  text: str,
  decision: nullable(
    z.looseObject({ kind: z.enum(DECISION_KINDS), objectId: nullable(str), initiativeId: nullable(str) }),
  ),
  decisionId: nullable(str).nullish(),
});

export const minutes = stored({
  meetingId: str,
  forumId: str,
  version: z.number().int(),
  status: z.enum(MINUTES_STATUSES),
  place: str,
  chairPersonId: nullable(str),
  secretaryPersonId: nullable(str),
  adjusterPersonIds: z.array(str),
  adjustedBy: z.array(z.looseObject({ personId: str, at: str })),
  adjustedAt: nullable(str),
  attendance: z.array(str),
  paragraphs: z.array(minutesParagraph),
  actionItems: z.array(
    z.looseObject({ title: str, ownerPersonId: str, dueDate: str, actionItemId: nullable(str).nullish() }),
  ),
  correction: nullable(z.looseObject({ reason: str, changes: z.array(str), byPersonId: str, at: str })),
  writtenByPersonId: str,
});

export const channelBinding = stored({
  channelId: str,
  teamId: nullable(str),
  tenantId: nullable(str),
  objectId: str,
  boundByPersonId: str,
  boundAt: str,
});

export const auditEntry = stored({
  at: str,
  actorId: nullable(str),
  via: z.enum(['api', 'bot', 'system']),
  requestId: nullable(str),
  collection: str,
  recordId: str,
  action: z.enum(['create', 'update', 'delete']),
  before: nullable(z.record(z.string(), z.unknown())),
  after: nullable(z.record(z.string(), z.unknown())),
});

/**
 * The records by the name they have in the OpenAPI document's components: answers that contain one
 * refer to it there rather than repeating it.
 */
export const RECORD_SCHEMAS: Record<string, z.ZodType> = {
  LineOrganisation: lineOrganisation,
  GovernanceObject: governanceObject,
  Product: product,
  Component: component,
  ProductComponent: productComponent,
  RelatedObject: relatedObject,
  Contract: contract,
  Person: person,
  RoleAssignment: roleAssignment,
  PlanSections: planSections,
  ObjectPlan: objectPlan,
  PlanVersion: planVersion,
  Initiative: initiative,
  Forum: forum,
  Decision: decision,
  AgendaItem: agendaItem,
  Meeting: meeting,
  Minutes: minutes,
  ChannelBinding: channelBinding,
  AuditEntry: auditEntry,
};
