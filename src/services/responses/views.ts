// Response schemas of the composed answers (a record with what the use case adds, summaries, views).
// Like ./records.ts: open objects, listed fields required with their types.
import { z } from 'zod';
import { DECISION_KINDS, FORUM_KINDS, MINUTES_STATUSES, PLAN_STATUSES } from '../../domain/model';
import { WORK_KINDS } from '../mywork/myWorkService';
import * as R from './records';

const str = z.string();
const num = z.number();
const list = z.array;

export const health = z.looseObject({ status: z.literal('ok'), store: str });

export const me = z.looseObject({
  authMode: str,
  person: R.person.nullable(),
  roleAssignments: list(R.roleAssignment),
});

export const authConfig = z.looseObject({
  mode: z.enum(['demo', 'entra']),
  clientId: str.nullish(),
  authority: str.nullish(),
  scopes: list(str).nullish(),
});

export const yearWheel = list(z.looseObject({ deliverable: str, planYear: z.number().int(), due: str }));

const deadline = z.looseObject({ deliverable: str, due: str, met: z.boolean(), late: z.boolean() });

const contractWithNotice = R.contract.extend({
  componentName: str,
  noticeDate: str,
  noticeFrom: str,
  state: str,
});
export const objectContracts = list(contractWithNotice);

export const objectDetail = R.governanceObject.extend({
  lineOrganisations: list(R.lineOrganisation),
  products: list(R.product.extend({ componentIds: list(str) })),
  components: list(R.component),
  roleAssignments: list(R.roleAssignment.extend({ personName: str })),
  relatedObjects: list(R.relatedObject),
  relatedFrom: list(R.relatedObject),
  contracts: list(contractWithNotice),
  forum: R.forum.nullable(),
});

export const openItems = z.looseObject({
  objectId: str,
  code: str,
  active: z.boolean(),
  initiatives: list(z.looseObject({ id: str, title: str, status: str, escalationLevel: str })),
  plans: list(z.looseObject({ id: str, year: num, status: z.enum(PLAN_STATUSES) })),
  contracts: list(
    z.looseObject({
      id: str,
      title: str,
      supplier: str,
      endDate: str,
      noticeDate: str,
      noticeFrom: str,
      state: str,
    }),
  ),
  actionItems: list(z.looseObject({ id: str, title: str, ownerPersonId: str, dueDate: str })),
});

export const personDetail = R.person.extend({ roleAssignments: list(R.roleAssignment) });

const planSummary = R.objectPlan.extend({ deadlines: list(deadline), editable: z.boolean() });
export const objectPlans = list(planSummary);

export const planApproval = z.looseObject({
  round: z.number().int(),
  pending: z.boolean(),
  version: z.number().int(),
  approvers: list(
    z.looseObject({
      role: str,
      personIds: list(str),
      outcome: z.enum(['approved', 'rejected']).nullable(),
      byPersonId: str.nullable(),
      comment: str,
      at: str.nullable(),
      version: num.nullable(),
      total: num.nullable(),
    }),
  ),
  complete: z.boolean(),
  rejected: z.boolean(),
  holders: z.record(str, list(str)),
});

export const planDetail = planSummary.extend({
  approval: planApproval,
  approvedVersion: z.looseObject({ version: num, approvedAt: str, total: num }).nullable(),
});

/** A new plan; copied from another year, it says from which and what was carried over. */
export const planCreated = R.objectPlan.extend({
  copiedFrom: z
    .looseObject({
      planId: str,
      year: num,
      lines: num,
      hourlyRate: num,
      hoursPerFte: num,
      settingsFromSource: z.boolean(),
    })
    .nullish(),
  message: str.nullish(),
});

/** Plan status changes (submit, withdraw, reopen, close) answer with the plan record. */
export const planRecord = R.objectPlan;

export const approvalAnswered = z.looseObject({
  plan: R.objectPlan,
  approval: planApproval,
  changed: z.boolean(),
});

const sides = z.looseObject({
  business: z.looseObject({ maintain: num, develop: num }),
  it: z.looseObject({ maintain: num, develop: num }),
});
const sidesWithTotal = sides.extend({ total: num });

export const budget = z.looseObject({
  currency: str,
  hourlyRate: num,
  hoursPerFte: num,
  rows: list(sidesWithTotal.extend({ mainActivity: str, hours: sides, fte: sidesWithTotal })),
  totals: sidesWithTotal,
  hours: sidesWithTotal,
  fte: sidesWithTotal,
});

export const budgetLineWithCost = R.budgetLine.extend({
  cost: z.looseObject({ business: num, it: num, total: num, bucket: str }),
});
export const budgetLines = list(budgetLineWithCost);

export const rankedInitiative = R.initiative.extend({ score: num, rank: num.nullish() });
export const initiatives = list(rankedInitiative.extend({ rank: num }));

export const priorityDecided = z.looseObject({ initiative: R.initiative, decision: R.decision });

const compliance = z.looseObject({
  year: num,
  required: num,
  held: num,
  scheduled: num,
  onTrack: z.boolean(),
  met: z.boolean(),
  shortfall: num,
});

const participant = z.looseObject({
  personId: str,
  participation: list(str),
  via: list(z.looseObject({ role: str, objectId: str.nullable() })),
});

const roleRef = z.looseObject({ scope: z.enum(['organisation', 'object']), role: R.role });

export const forumDetail = R.forum.extend({
  /** The model's rule for the forum's kind (domain/forums/forums.ts): who chairs, convenes, takes part. */
  rule: z.looseObject({
    kind: z.enum(FORUM_KINDS),
    chair: roleRef,
    convener: roleRef,
    minutesBy: roleRef.nullable(),
    memberOrganisationRoles: list(R.role),
    memberObjectRoles: list(R.role),
    adjunctOrganisationRoles: list(R.role),
    attendingObjectRoles: list(R.role),
    defaultMinMeetingsPerYear: num,
    mandate: list(z.enum(DECISION_KINDS)),
  }),
  settings: z.looseObject({
    minMeetingsPerYear: num,
    modelMinimum: num,
    meeting: R.forumMeetingDefaults,
  }),
  chairs: list(str),
  conveners: list(str),
  participants: list(participant),
  compliance,
});

export const portfolio = z.looseObject({
  year: num,
  today: str,
  objects: list(
    z.looseObject({
      object: z.looseObject({ id: str, code: str, name: str, category: str }),
      plan: z.looseObject({ id: str, year: num, status: z.enum(PLAN_STATUSES), etag: str }).nullable(),
      deadlines: list(deadline),
      late: z.boolean(),
      budget: z.looseObject({ totals: sidesWithTotal, fte: num, hours: num }).nullable(),
      openEscalations: num,
    }),
  ),
  totals: sidesWithTotal.extend({ fte: num }),
  compliance: list(
    compliance.extend({
      forum: z.looseObject({ id: str, kind: z.enum(FORUM_KINDS), name: str, objectId: str.nullable() }),
    }),
  ),
  escalations: list(rankedInitiative),
});

export const objectMeetings = z.looseObject({
  forum: R.forum,
  meetings: list(R.meeting),
  attendees: list(participant.extend({ displayName: str, email: str })),
});

export const agenda = z.looseObject({
  meeting: R.meeting,
  forum: R.forum,
  frozen: z.boolean(),
  frozenAt: str.nullable(),
  items: list(R.agendaItem),
});

const named = z.looseObject({ personId: str, displayName: str });
export const minutesView = z.looseObject({
  meeting: R.meeting,
  forum: R.forum,
  minutes: R.minutes.nullable(),
  versions: list(R.minutes),
  status: z.enum(MINUTES_STATUSES).nullable(),
  place: str,
  chair: named.nullable(),
  secretary: named.nullable(),
  adjusters: list(named.extend({ adjustedAt: str.nullable() })),
  attendance: list(named),
  paragraphs: list(R.minutesParagraph),
  decisions: list(
    z.looseObject({
      paragraph: num,
      forumId: str.nullable(),
      meetingId: str,
      objectId: str.nullable(),
      initiativeId: str.nullable(),
      kind: str,
      title: str,
      text: str,
      decisionId: str.nullable(),
      effective: z.boolean(),
    }),
  ),
  actionItems: list(
    z.looseObject({
      title: str,
      ownerPersonId: str,
      ownerName: str,
      dueDate: str,
      status: z.enum(['open', 'done']),
      actionItemId: str.nullable(),
      effective: z.boolean(),
    }),
  ),
});

export const myWork = z.looseObject({
  today: str,
  person: z.looseObject({ id: str, displayName: str }),
  psg: z.boolean(),
  forums: list(
    z.looseObject({
      id: str,
      kind: z.enum(FORUM_KINDS),
      name: str,
      objectId: str.nullable(),
      roles: list(str),
    }),
  ),
  counts: z.looseObject(Object.fromEntries(WORK_KINDS.map((kind) => [kind, num]))),
  items: list(
    z.looseObject({
      kind: z.enum(WORK_KINDS),
      key: str,
      title: str,
      object: z.looseObject({ id: str, code: str, name: str }).nullable(),
      forum: z.looseObject({ id: str, kind: str, name: str }).nullable(),
      due: str.nullable(),
      late: z.boolean(),
      as: list(str),
      target: z.looseObject({ path: str, subEntityId: str, channelId: str.nullable() }),
    }),
  ),
});

export const feedStatus = z.looseObject({ active: z.boolean(), createdAt: str.nullable() });
export const feedIssued = z.looseObject({ token: str, createdAt: str });

/** The error every 4xx and 5xx answers with (the message in Swedish by default, English on request). */
export const error = z.looseObject({
  error: z.looseObject({
    code: str,
    message: str,
    fields: list(z.looseObject({ path: str, message: str })).nullish(),
    requestId: str.nullish(),
  }),
});
