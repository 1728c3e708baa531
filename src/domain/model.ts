// The pm3 governance model as data. Pure types: no behaviour, no I/O.
// Swedish terms are in ../../../shared/spec/domain.md (glossary); code uses the English names.
import type { SystemProfile } from './systems/profile';

export const OBJECT_CATEGORIES = ['core', 'support', 'technical'] as const;
export type ObjectCategory = (typeof OBJECT_CATEGORIES)[number];

/** A department (förvaltning) that an object supports and that finances it. */
export interface LineOrganisation {
  name: string;
  shortName?: string;
}

export interface GovernanceObject {
  /** Short code used in speech and documents, e.g. "AKN". Unique. */
  code: string;
  name: string;
  category: ObjectCategory;
  description: string;
  lineOrganisationIds: string[];
  /** Objects are retired by decision, never deleted while plans refer to them. */
  active: boolean;
  /**
   * Above this cost (whole SEK) an order for the object needs its owners' approval (issue 17, ADR 0029).
   * Absent: the model's default (`DEFAULT_APPROVAL_THRESHOLD`).
   */
  orderApprovalThreshold?: number;
}

export interface ObjectProduct {
  objectId: string;
  name: string;
  description: string;
  sortOrder: number;
}

export const COMPONENT_KINDS = ['business', 'it'] as const;
export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export const LIFECYCLE_STATES = ['inUse', 'introducing', 'retiring', 'retired'] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

/** A business component (verksamhetskomponent) or an it-component (it-komponent). */
export interface Component {
  kind: ComponentKind;
  /** The object that manages the component; another object's products may still use it. */
  ownerObjectId: string;
  name: string;
  description: string;
  /** Leverantör; it-components only. */
  supplier?: string;
  lifecycle: LifecycleState;
  /** It-components only: what the system register keeps (issue 17); absent until someone fills it in. */
  system?: SystemProfile;
}

/** Many-to-many link between products and components. `objectId` is the product's object (for filtering). */
export interface ProductComponent {
  objectId: string;
  productId: string;
  componentId: string;
}

/** Närliggande objekt: a dependency, to an object in the structure or to one outside it. */
export interface RelatedObject {
  objectId: string;
  relatedObjectId?: string;
  name: string;
  description: string;
}

export interface Person {
  displayName: string;
  email: string;
  title: string;
  /** Entra ID object id, once the tenant is connected. Card actions identify people by it. */
  entraObjectId?: string;
  /** The person's Teams user id as the bot sees it (29:…), learnt when they first talk to the bot. */
  teamsUserId?: string;
}

export const OBJECT_ROLES = [
  'ownerBusiness',
  'ownerIt',
  'leaderBusiness',
  'leaderIt',
  'productCoordinator',
  'specialistBusiness',
  'specialistIt',
  /** Managers with budget, staff or business in the object: the rest of its OSG. */
  'osgMember',
] as const;
export type ObjectRole = (typeof OBJECT_ROLES)[number];

export const ORGANISATION_ROLES = [
  'municipalDirector',
  'deputyMunicipalDirector',
  'communicationsDevelopmentDirector',
  'itChief',
  'digitalisationChief',
  'modelOwner',
  'administrator',
] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export type Role = ObjectRole | OrganisationRole;

export interface RoleAssignment {
  personId: string;
  role: Role;
  /** Set for object roles, null for organisation-wide roles. */
  objectId: string | null;
  /** Product coordinators answer for some of the object's products. */
  productIds?: string[];
}

export interface Contract {
  componentId: string;
  /** The component's owner object, kept here so an object's contracts can be listed by an indexed field. */
  objectId: string;
  supplier: string;
  title: string;
  /** ISO dates (YYYY-MM-DD). */
  startDate: string;
  endDate: string;
  noticePeriodMonths: number;
}

export const PLAN_STATUSES = ['draft', 'preliminary', 'approved', 'closed'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const IMPACTS = ['large', 'medium', 'small'] as const;
export type Impact = (typeof IMPACTS)[number];

/** The chapters of an object plan (000 §3.4.2, 004). Free text is plain text with line breaks. */
export interface PlanSections {
  purpose: string;
  background: string;
  scope: string;
  governingDocuments: { document: string; goal: string; impact: Impact }[];
  regulations: string;
  problems: { current: string; consequence: string; target: string }[];
  influencingFactors: { change: string; impact: Impact }[];
  longTermGoals: string;
  /** The förvaltningsmål of the period as text, in order (what the Word export lists). */
  periodGoals: string[];
  /**
   * The same goals with a stable id each and the delmål (budget lines) that serve them. Kept in step with
   * `periodGoals` by the service; plans written before goals had ids have none (see domain/plan/goals).
   */
  goals?: PlanGoal[];
  organisation: string;
  forums: string;
  roleDeviations: string;
}

/** A förvaltningsmål of the plan, linked to the budget lines (delmål) that serve it. Ids are plan-local. */
export interface PlanGoal {
  id: string;
  text: string;
  lineIds: string[];
  /** The strategic goals of the object's strategic plan that this goal serves (issue 16 p. 4). */
  strategicRefs?: StrategicGoalRef[];
}

/** A goal of a strategic object plan, named by the plan's id and its plan-local goal id. */
export interface StrategicGoalRef {
  strategicPlanId: string;
  goalId: string;
}

export interface ObjectPlan {
  objectId: string;
  year: number;
  status: PlanStatus;
  /** Whole SEK per hour, the same on both sides (004 uses 655). */
  hourlyRate: number;
  /** Hours that make one full-time equivalent (004 uses 1700). */
  hoursPerFte: number;
  /** Incremented each time the plan is submitted for approval; approvals belong to one round. */
  approvalRound: number;
  sections: PlanSections;
}

export const MAIN_ACTIVITIES = [
  'forvaltningsstyrning',
  'anvandarstod',
  'andringshantering',
  'drift',
] as const;
export type MainActivity = (typeof MAIN_ACTIVITIES)[number];

export const ASSIGNMENT_TYPES = ['maintain', 'develop', 'new', 'retire'] as const;
export type AssignmentType = (typeof ASSIGNMENT_TYPES)[number];

export const SIDES = ['business', 'it'] as const;
export type Side = (typeof SIDES)[number];

export const BUCKETS = ['maintain', 'develop'] as const;
export type Bucket = (typeof BUCKETS)[number];

export interface SideEstimate {
  /** Hours with at most two decimals (004 prints "1313,00"). */
  hours: number;
  /** Other costs (övriga) in whole SEK. */
  otherCost: number;
}

/** A delmål: one line of the plan's budget (004 §4.2.3). */
export interface BudgetLine {
  planId: string;
  mainActivity: MainActivity;
  name: string;
  assignmentType: AssignmentType;
  priority: number | null;
  business: SideEstimate;
  it: SideEstimate;
  sortOrder: number;
}

export const INITIATIVE_KINDS = ['need', 'initiative'] as const;
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

export const INITIATIVE_STATUSES = [
  'proposed',
  'prioritised',
  'inProgress',
  'done',
  'stopped',
  'rejected',
] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const ESCALATION_LEVELS = ['leaders', 'owners', 'psg'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

export interface EscalationStep {
  level: EscalationLevel;
  at: string;
  byPersonId: string;
  reason: string;
}

export interface Initiative {
  objectId: string;
  /** Other objects the question touches; an escalation to owners involves theirs too. */
  affectedObjectIds: string[];
  kind: InitiativeKind;
  title: string;
  description: string;
  assignmentType: AssignmentType;
  status: InitiativeStatus;
  /** Nyttoeffekter, bidrag till mål, insats: each 1 (low) – 5 (high). */
  benefit: number;
  goalContribution: number;
  effort: number;
  escalationLevel: EscalationLevel;
  escalations: EscalationStep[];
  /** The plan the initiative is weighed against, and the goals and budget lines of that plan it serves. */
  planId?: string | null;
  goalIds?: string[];
  budgetLineIds?: string[];
  /**
   * The decision that answered the priority question at its current rung (the decision itself is in the
   * register, by initiativeId). A decided question is closed:
   * it leaves the agendas and the portfolio's count, and is neither decided again nor lifted further.
   */
  priorityDecision?: PriorityDecisionRef | null;
}

export const PRIORITY_OUTCOMES = ['prioritised', 'rejected', 'stopped'] as const;
export type PriorityOutcome = (typeof PRIORITY_OUTCOMES)[number];

export interface PriorityDecisionRef {
  level: EscalationLevel;
  outcome: PriorityOutcome;
  byPersonId: string;
  at: string;
}

export const FORUM_KINDS = ['psg', 'osg', 'olf'] as const;
export type ForumKind = (typeof FORUM_KINDS)[number];

export const DECISION_KINDS = [
  'crossObjectPriority',
  'objectStructureChange',
  'governanceProcessChange',
  'budgetFrame',
  'approvePlan',
  'prioritiseWithinObject',
  'productsAndComponents',
  'resourceChange',
  'initiativeSteering',
  'coordination',
] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export interface Forum {
  kind: ForumKind;
  /** Set for OSG: the object it steers. */
  objectId: string | null;
  name: string;
  /** Minimum meetings a year (PSG 4, OSG ≥ 4 as the owner decides, OLF monthly but July: 11). */
  minMeetingsPerYear: number;
  /** People the convener has delegated scheduling to. */
  delegatePersonIds: string[];
  /** People the chair has named to chair in their absence (a quorum needs the chair or one of them). */
  chairDelegatePersonIds?: string[];
  /** The Teams channel where the forum's agendas and decisions are posted (an OSG defaults to its object's). */
  channel?: { channelId: string; teamId: string | null } | null;
  /** When and where the forum usually meets; absent: the defaults of its kind (domain/meetings/schedule). */
  meeting?: ForumMeetingDefaults;
  /** The day the forum was set up (ISO date): its first year's minimum is prorated from then. */
  establishedOn?: string | null;
}

/** When and where a forum usually meets, as its chair or convener set it. */
export interface ForumMeetingDefaults {
  /** 1 Monday … 5 Friday (as Date.getUTCDay()). */
  weekday: number;
  /** The n:th such weekday of the month (1–4), or -1 for the last. */
  weekOfMonth: number;
  /** Stockholm wall-clock time, HH:MM. */
  startTime: string;
  durationMinutes: number;
  /** Where the forum meets (a room, an address); empty when only online. */
  place: string;
}

export interface Decision {
  forumId: string | null;
  /** The meeting whose minutes record it, when taken at a meeting. */
  meetingId?: string | null;
  objectId: string | null;
  planId: string | null;
  initiativeId: string | null;
  kind: DecisionKind;
  title: string;
  text: string;
  decidedByPersonId: string;
  decidedAt: string;
  comment: string;
  /** A decision taken by several people's answers (a plan's approval): each of them, with time and comment. */
  approvers?: DecisionApprover[];
}

export interface DecisionApprover {
  personId: string;
  role: Role;
  at: string;
  comment: string;
}

export const APPROVAL_OUTCOMES = ['approved', 'rejected'] as const;
export type ApprovalOutcome = (typeof APPROVAL_OUTCOMES)[number];

/** One approver's answer on one round of approval of a plan. */
export interface PlanApproval {
  planId: string;
  /** Each submission opens a new round; answers from earlier rounds do not count. */
  round: number;
  personId: string;
  role: Role;
  outcome: ApprovalOutcome;
  comment: string;
  at: string;
  /**
   * Which content the answer was given to: a digest of the plan's settings, chapters and budget lines
   * as they were. Absent on answers recorded before versions were kept; such an answer approves nothing
   * still awaiting approval.
   */
  digest?: string;
  /** The plan's total (SEK) in the version answered. */
  total?: number;
}

/** The content of a plan as it was approved: kept so the approved version can be shown after later changes. */
export interface PlanVersion {
  planId: string;
  /** The round of submission that was approved (the version's number). */
  round: number;
  digest: string;
  approvedAt: string;
  total: number;
  hourlyRate: number;
  hoursPerFte: number;
  sections: PlanSections;
  /** The lines as approved, with the ids the goals link to. */
  lines: (Omit<BudgetLine, 'planId'> & { id?: string })[];
  approvers: DecisionApprover[];
}

/** A forum meeting. Meetings of a series share a seriesId and the series' recurrence rule. */
export interface Meeting {
  forumId: string;
  title: string;
  start: string;
  end: string;
  status: 'scheduled' | 'held' | 'cancelled';
  /** Where it is held (the forum's place when it was scheduled). */
  location?: string;
  /** Set for meetings scheduled as a series; null for single (extra) meetings. */
  seriesId?: string | null;
  /** RFC 5545 RRULE of the series (the same on every meeting of it). */
  rrule?: string | null;
  /** Where the meeting was in the series before it was moved (RECURRENCE-ID); equals start until moved. */
  originalStart?: string;
  /** The Teams meeting link, once a calendar has created one. */
  joinUrl?: string | null;
  /**
   * The Teams meeting's chat thread (19:meeting_…@thread.v2): from the join link when Objektnav booked
   * it, or linked once by the convener from inside the meeting (domain/meetings/teamsMeeting.ts).
   */
  teamsThreadId?: string | null;
  /** The convener's calendar event (Graph) of this meeting, and of its series when Graph keeps it as one. */
  calendarEventId?: string | null;
  calendarSeriesId?: string | null;
  /** The calendar created the event but no Teams meeting (e.g. Teams not allowed on that calendar). */
  onlineMeetingMissing?: boolean;
  scheduledByPersonId?: string;
  /** The convener's agenda (suggestions from live data are added when the agenda is composed). */
  agendaItems?: AgendaItem[];
  /** Who was there, recorded with the minutes. */
  attendance?: string[];
  /**
   * The agenda as it stood when the meeting was held (the convener's items and the suggestions of that
   * day), kept so a held meeting never shows suggestions computed from later data.
   */
  heldAgenda?: { frozenAt: string; items: AgendaItem[] } | null;
  /** When the agenda card was queued for the forum's channel, so it is posted once. */
  agendaPostedAt?: string | null;
}

export interface AgendaItem {
  title: string;
  /** Where the item comes from: the convener, or a suggestion from live data. */
  source: 'convener' | 'plan' | 'escalation' | 'contract' | 'deadline' | 'actionItem';
  url?: string;
  presenter?: string;
}

export const MINUTES_STATUSES = ['draft', 'adjusted', 'superseded'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** One numbered paragraph (§) of the minutes; a paragraph may record a decision. */
export interface MinutesParagraph {
  /** § number: the paragraph's place in the minutes, from 1. */
  number: number;
  title: string;
  text: string;
  decision: { kind: DecisionKind; objectId: string | null; initiativeId: string | null } | null;
  /** The decision record, once the minutes are adjusted (decisions take effect then). */
  decisionId?: string | null;
}

export interface MinutesActionItem {
  title: string;
  ownerPersonId: string;
  /** ISO date. */
  dueDate: string;
  /** The action item record, once the minutes are adjusted. */
  actionItemId?: string | null;
}

/**
 * One version of a meeting's minutes (protokoll). Version 1 starts as a draft that the convener or
 * secretary edits; the named adjusters (justerare) each sign; when all have, it is adjusted and locked.
 * A correction of adjusted minutes is a new version that says what changed and why; earlier versions
 * are kept, superseded.
 */
export interface Minutes {
  meetingId: string;
  forumId: string;
  version: number;
  status: MinutesStatus;
  place: string;
  /** Ordförande: the forum's chair or the chair's named delegate. */
  chairPersonId: string | null;
  /** Protokollförare. */
  secretaryPersonId: string | null;
  /** Justerare: one or two, chosen among the attendees. */
  adjusterPersonIds: string[];
  /** Each adjuster's signature. */
  adjustedBy: { personId: string; at: string }[];
  adjustedAt: string | null;
  attendance: string[];
  paragraphs: MinutesParagraph[];
  actionItems: MinutesActionItem[];
  /** Set on a correction: why, what changed from the previous version, who and when. */
  correction: { reason: string; changes: string[]; byPersonId: string; at: string } | null;
  writtenByPersonId: string;
}

/** A task from a meeting's minutes, with an owner and a due date; reminded before it falls due. */
export interface ActionItem {
  forumId: string;
  meetingId: string;
  title: string;
  ownerPersonId: string;
  /** ISO date. */
  dueDate: string;
  status: 'open' | 'done';
  remindedAt: string | null;
}

/**
 * A person's private calendar-feed link (issue 12): only the SHA-256 of the token is kept, so the link is
 * shown once, when made. Revoked links stay, for the audit trail; a person has at most one that is not.
 */
export interface FeedToken {
  personId: string;
  /** Hex SHA-256 of the token (the token is 256 random bits, so no slow hash is needed). */
  tokenHash: string;
  /** ISO instant the link stopped working, or null while it works. */
  revokedAt: string | null;
}

/** A named lease: whoever holds it (until it expires) does the work, so several instances never double it. */
export interface Lease {
  name: string;
  holder: string;
  expiresAt: string;
}

/** Which object a Teams channel belongs to: set on the channel tab's configuration page, used by the bot. */
export interface ChannelBinding {
  channelId: string;
  teamId: string | null;
  tenantId: string | null;
  objectId: string;
  boundByPersonId: string;
  boundAt: string;
}

export const CONVERSATION_TYPES = ['personal', 'groupChat', 'channel'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

/** Where the bot can post: stored when it is installed, never kept only in memory. */
export interface ConversationRef {
  conversationId: string;
  serviceUrl: string;
  tenantId: string | null;
  teamId: string | null;
  channelId: string | null;
  conversationType: ConversationType;
  installedAt: string;
  active: boolean;
}

/** What a card shows; the card is rendered from the current state when it is sent. */
export type CardSubject =
  | { type: 'planApproval'; planId: string }
  | { type: 'decision'; decisionId: string }
  | { type: 'escalation'; initiativeId: string }
  | { type: 'agenda'; meetingId: string }
  | { type: 'actionItem'; actionItemId: string }
  /** An order waiting at a step (state): the owners' approval card, or a notice of who it waits for. */
  | { type: 'order'; orderId: string; state: string };

/**
 * `sending`: claimed, the request under way. `uncertain`: a post whose outcome was lost (the instance died,
 * or the connection broke, after the request left): it may be in the channel, so it is never sent again.
 */
export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'uncertain'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** A card to post (or update) in a conversation, written before it is sent so that a restart loses nothing. */
export interface OutboxMessage {
  action: 'post' | 'update';
  subject: CardSubject;
  /** One card per subject and conversation: updates find the post by this key. */
  subjectKey: string;
  conversationId: string;
  serviceUrl: string;
  locale: 'sv' | 'en';
  status: OutboxStatus;
  attempts: number;
  /** ISO instant; a pending message is sent when this has passed. */
  nextAttemptAt: string;
  lastError: string;
  /** The Bot Connector's id of the posted activity (for a post once sent; for an update, the activity to replace). */
  activityId: string | null;
}

/** What happened to a record, by whom, through which door: the append-only audit log (issue 7). */
export interface AuditEntry {
  /** ISO instant of the write. */
  at: string;
  /** The acting person, or null for the app itself (demo data, scheduled work) or an unknown clicker. */
  actorId: string | null;
  via: 'api' | 'bot' | 'system';
  requestId: string | null;
  collection: string;
  recordId: string;
  action: 'create' | 'update' | 'delete';
  /** The record's data before and after (null for a creation's before and a deletion's after). */
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
