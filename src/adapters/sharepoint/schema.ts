// How each collection lives in SharePoint: one list per collection, one typed column per scalar field
// (internal names are stable and prefixed "Okn" so they never meet SharePoint's built-in fields), JSON
// text columns for nested and array fields, companion lookup columns for references (so people browsing
// the lists can follow them), and one catch-all JSON column for fields this table does not know yet.
// Provisioning creates exactly this; the adapter reads and writes through it. See ADR 0008.
import {
  APPROVAL_OUTCOMES,
  ASSIGNMENT_TYPES,
  COMPONENT_KINDS,
  CONVERSATION_TYPES,
  DECISION_KINDS,
  ESCALATION_LEVELS,
  FORUM_KINDS,
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  LIFECYCLE_STATES,
  MAIN_ACTIVITIES,
  MINUTES_STATUSES,
  OBJECT_CATEGORIES,
  OBJECT_ROLES,
  ORGANISATION_ROLES,
  OUTBOX_STATUSES,
  PLAN_STATUSES,
} from '../../domain/model';
import { FOLLOW_UP_PERIODS, REPORT_STATUSES } from '../../domain/followup/types';
import {
  LINK_SOURCES,
  STEERING_KINDS,
  STEERING_LEVELS,
  STRATEGIC_PLAN_STATUSES,
  STRATEGIC_PLAN_VERSIONS,
} from '../../domain/strategy/model';
import { CHANGE_CATEGORIES, ORDER_KINDS, ORDER_STATES, PROJECT_PHASES } from '../../domain/itorg/model';
import {
  COLLECTIONS,
  StoreQueryError,
  type CollectionName,
  type Collections,
  type EntityOf,
  type Scalar,
} from '../../services/ports/store';
import { INTEGRATION_FREQUENCIES, INTEGRATION_METHODS } from '../../domain/systems/profile';

export type ColumnType = 'text' | 'note' | 'number' | 'boolean' | 'dateTime' | 'choice' | 'json';

/**
 * required: always present; nullable: present, may be null; optional: may be absent.
 * SharePoint keeps an empty text as null, so '' and null only survive where the presence says which.
 */
export type Presence = 'required' | 'nullable' | 'optional';

export interface ColumnSpec {
  /** Entity field; with `sub`, a field of a fixed-shape nested object (budget line sides). */
  field: string;
  sub?: string;
  /** Internal column name: never changes once lists exist. */
  name: string;
  displayName: string;
  type: ColumnType;
  presence: Presence;
  choices?: readonly string[];
  /** Set from COLLECTIONS: the field may be filtered and sorted on, so the column carries an index. */
  indexed: boolean;
  /** A reference to a record of another collection: gets a companion lookup column `{name}Link`. */
  references?: CollectionName;
}

export interface ListSpec {
  collection: CollectionName;
  /** The list's display name, by which the adapter finds it. */
  displayName: string;
  description: string;
  columns: ColumnSpec[];
  /** What SharePoint shows as the item's title (and lookups to it display). */
  title: (entity: Record<string, unknown>) => string;
}

/** Written for null in an indexed text column, so that "is null" becomes an indexed equality filter. */
export const NULL_SENTINEL = '∅';
/** Catch-all JSON column for fields the table below does not list (added to the model later). */
export const EXTRA_COLUMN = 'OknExtra';
export const LIST_PREFIX = 'Objektnav';

type Col<T> = Omit<ColumnSpec, 'indexed' | 'field' | 'presence'> & {
  field: keyof T & string;
  presence?: Presence;
};

const ROLES = [...OBJECT_ROLES, ...ORGANISATION_ROLES] as const;

function spec<N extends CollectionName>(
  collection: N,
  displayName: string,
  description: string,
  title: (e: EntityOf<Collections[N]>) => string,
  columns: Col<EntityOf<Collections[N]>>[],
): ListSpec {
  const indexed = new Set<string>(COLLECTIONS[collection].indexed);
  const built = columns.map<ColumnSpec>((c) => ({
    ...c,
    presence: c.presence ?? 'required',
    indexed: indexed.has(c.field) && !c.sub,
  }));
  for (const field of indexed) {
    if (!built.some((c) => c.field === field && c.indexed))
      throw new Error(`SharePoint schema: ${collection}.${field} is indexed but has no column`);
  }
  return {
    collection,
    displayName: `${LIST_PREFIX} ${displayName}`,
    description,
    columns: built,
    title: title as (e: Record<string, unknown>) => string,
  };
}

const text = <T>(field: keyof T & string, name: string, displayName: string, more: Partial<Col<T>> = {}) =>
  ({ field, name, displayName, type: 'text', ...more }) as Col<T>;
const note = <T>(field: keyof T & string, name: string, displayName: string, more: Partial<Col<T>> = {}) =>
  ({ field, name, displayName, type: 'note', ...more }) as Col<T>;
const num = <T>(field: keyof T & string, name: string, displayName: string, more: Partial<Col<T>> = {}) =>
  ({ field, name, displayName, type: 'number', ...more }) as Col<T>;
const bool = <T>(field: keyof T & string, name: string, displayName: string) =>
  ({ field, name, displayName, type: 'boolean' }) as Col<T>;
const when = <T>(field: keyof T & string, name: string, displayName: string, more: Partial<Col<T>> = {}) =>
  ({ field, name, displayName, type: 'dateTime', ...more }) as Col<T>;
const choice = <T>(
  field: keyof T & string,
  name: string,
  displayName: string,
  choices: readonly string[],
  more: Partial<Col<T>> = {},
) => ({ field, name, displayName, type: 'choice', choices, ...more }) as Col<T>;
const json = <T>(field: keyof T & string, name: string, displayName: string, more: Partial<Col<T>> = {}) =>
  ({ field, name, displayName, type: 'json', ...more }) as Col<T>;
const ref = <T>(
  field: keyof T & string,
  name: string,
  displayName: string,
  references: CollectionName,
  more: Partial<Col<T>> = {},
) => ({ field, name, displayName, type: 'text', references, ...more }) as Col<T>;

const truncate = (s: string, n = 255) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Every collection's list. Typed by collection, so a new collection does not compile until it has one. */
export const LISTS: Record<CollectionName, ListSpec> = {
  lineOrganisations: spec('lineOrganisations', 'Line Organisations', 'Förvaltningar', (e) => e.name, [
    text('name', 'OknName', 'Namn'),
    text('shortName', 'OknShortName', 'Kortnamn', { presence: 'optional' }),
  ]),
  objects: spec('objects', 'Objects', 'Förvaltningsobjekt', (e) => `${e.code} ${e.name}`, [
    text('code', 'OknCode', 'Kod'),
    text('name', 'OknName', 'Namn'),
    choice('category', 'OknCategory', 'Kategori', OBJECT_CATEGORIES),
    note('description', 'OknDescription', 'Beskrivning'),
    json('lineOrganisationIds', 'OknLineOrganisationIds', 'Förvaltningar (id)'),
    bool('active', 'OknActive', 'Aktivt'),
    num('orderApprovalThreshold', 'OknOrderApprovalThreshold', 'Beloppsgräns för beställningar (kr)', {
      presence: 'optional',
    }),
  ]),
  products: spec('products', 'Products', 'Objektets produkter', (e) => e.name, [
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
    text('name', 'OknName', 'Namn'),
    note('description', 'OknDescription', 'Beskrivning'),
    num('sortOrder', 'OknSortOrder', 'Ordning'),
  ]),
  components: spec('components', 'Components', 'Verksamhets- och it-komponenter', (e) => e.name, [
    choice('kind', 'OknKind', 'Slag', COMPONENT_KINDS),
    ref('ownerObjectId', 'OknOwnerObjectId', 'Ägande objekt-id', 'objects'),
    text('name', 'OknName', 'Namn'),
    note('description', 'OknDescription', 'Beskrivning'),
    text('supplier', 'OknSupplier', 'Leverantör', { presence: 'optional' }),
    choice('lifecycle', 'OknLifecycle', 'Livscykel', LIFECYCLE_STATES),
    json('system', 'OknSystem', 'Systemregister (drift, klassning, personuppgifter, användare)', {
      presence: 'optional',
    }),
  ]),
  productComponents: spec(
    'productComponents',
    'Product Components',
    'Vilka komponenter produkterna använder',
    (e) => `${e.productId} → ${e.componentId}`,
    [
      ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
      ref('productId', 'OknProductId', 'Produkt-id', 'products'),
      ref('componentId', 'OknComponentId', 'Komponent-id', 'components'),
    ],
  ),
  relatedObjects: spec('relatedObjects', 'Related Objects', 'Närliggande objekt', (e) => e.name, [
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
    ref('relatedObjectId', 'OknRelatedObjectId', 'Närliggande objekt-id', 'objects', {
      presence: 'optional',
    }),
    text('name', 'OknName', 'Namn'),
    note('description', 'OknDescription', 'Beskrivning'),
  ]),
  people: spec('people', 'People', 'Personer (fiktiva i demoläget)', (e) => e.displayName, [
    text('displayName', 'OknDisplayName', 'Namn'),
    text('email', 'OknEmail', 'E-post'),
    text('title', 'OknJobTitle', 'Befattning'),
    text('entraObjectId', 'OknEntraObjectId', 'Entra-objekt-id', { presence: 'optional' }),
    text('teamsUserId', 'OknTeamsUserId', 'Teams-användar-id', { presence: 'optional' }),
  ]),
  roleAssignments: spec(
    'roleAssignments',
    'Role Assignments',
    'Vem som har vilken roll',
    (e) => `${e.role}`,
    [
      ref('personId', 'OknPersonId', 'Person-id', 'people'),
      choice('role', 'OknRole', 'Roll', ROLES),
      ref('objectId', 'OknObjectId', 'Objekt-id', 'objects', { presence: 'nullable' }),
      json('productIds', 'OknProductIds', 'Produkter (id)', { presence: 'optional' }),
    ],
  ),
  contracts: spec('contracts', 'Contracts', 'Leverantörsavtal', (e) => e.title, [
    ref('componentId', 'OknComponentId', 'Komponent-id', 'components'),
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
    text('supplier', 'OknSupplier', 'Leverantör'),
    text('title', 'OknContractTitle', 'Avtal'),
    // Calendar dates stay ISO text: a dateOnly column would move them across midnight by time zone.
    text('startDate', 'OknStartDate', 'Startdatum (ÅÅÅÅ-MM-DD)'),
    text('endDate', 'OknEndDate', 'Slutdatum (ÅÅÅÅ-MM-DD)'),
    num('noticePeriodMonths', 'OknNoticePeriodMonths', 'Uppsägningstid (månader)'),
  ]),
  plans: spec('plans', 'Plans', 'Objektplaner', (e) => `Objektplan ${e.year}`, [
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
    num('year', 'OknYear', 'År'),
    choice('status', 'OknStatus', 'Status', PLAN_STATUSES),
    num('hourlyRate', 'OknHourlyRate', 'Timpris (kr)'),
    num('hoursPerFte', 'OknHoursPerFte', 'Timmar per årsarbetare'),
    num('approvalRound', 'OknApprovalRound', 'Godkännanderunda'),
    json('sections', 'OknSections', 'Kapitel (JSON)'),
  ]),
  budgetLines: spec('budgetLines', 'Budget Lines', 'Objektplanernas budgetrader (delmål)', (e) => e.name, [
    ref('planId', 'OknPlanId', 'Plan-id', 'plans'),
    choice('mainActivity', 'OknMainActivity', 'Huvudaktivitet', MAIN_ACTIVITIES),
    text('name', 'OknName', 'Delmål'),
    choice('assignmentType', 'OknAssignmentType', 'Uppdragstyp', ASSIGNMENT_TYPES),
    num('priority', 'OknPriority', 'Prioritet', { presence: 'nullable' }),
    num('business', 'OknBusinessHours', 'Verksamhet timmar', { sub: 'hours' }),
    num('business', 'OknBusinessOtherCost', 'Verksamhet övrigt (kr)', { sub: 'otherCost' }),
    num('it', 'OknItHours', 'It timmar', { sub: 'hours' }),
    num('it', 'OknItOtherCost', 'It övrigt (kr)', { sub: 'otherCost' }),
    num('sortOrder', 'OknSortOrder', 'Ordning'),
  ]),
  planApprovals: spec('planApprovals', 'Plan Approvals', 'Godkännanden av objektplaner', (e) => e.outcome, [
    ref('planId', 'OknPlanId', 'Plan-id', 'plans'),
    num('round', 'OknRound', 'Runda'),
    ref('personId', 'OknPersonId', 'Person-id', 'people'),
    choice('role', 'OknRole', 'Roll', ROLES),
    choice('outcome', 'OknOutcome', 'Utfall', APPROVAL_OUTCOMES),
    note('comment', 'OknComment', 'Kommentar'),
    when('at', 'OknAt', 'Tidpunkt'),
    text('digest', 'OknDigest', 'Version (innehållets kontrollsumma)', { presence: 'optional' }),
    num('total', 'OknTotal', 'Summa i versionen (kr)', { presence: 'optional' }),
  ]),
  planVersions: spec(
    'planVersions',
    'Plan Versions',
    'Godkända versioner av objektplaner',
    (e) => `Version ${e.round}`,
    [
      ref('planId', 'OknPlanId', 'Plan-id', 'plans'),
      num('round', 'OknRound', 'Version (runda)'),
      text('digest', 'OknDigest', 'Kontrollsumma'),
      when('approvedAt', 'OknApprovedAt', 'Godkänd'),
      num('total', 'OknTotal', 'Summa (kr)'),
      num('hourlyRate', 'OknHourlyRate', 'Timpris (kr)'),
      num('hoursPerFte', 'OknHoursPerFte', 'Timmar per årsarbetare'),
      json('sections', 'OknSections', 'Kapitel (JSON)'),
      json('lines', 'OknLines', 'Budgetrader (JSON)'),
      json('approvers', 'OknApprovers', 'Godkänd av (JSON)'),
    ],
  ),
  initiatives: spec('initiatives', 'Initiatives', 'Behov och initiativ', (e) => e.title, [
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
    json('affectedObjectIds', 'OknAffectedObjectIds', 'Berörda objekt (id)'),
    choice('kind', 'OknKind', 'Slag', INITIATIVE_KINDS),
    text('title', 'OknInitiativeTitle', 'Rubrik'),
    note('description', 'OknDescription', 'Beskrivning'),
    choice('assignmentType', 'OknAssignmentType', 'Uppdragstyp', ASSIGNMENT_TYPES),
    choice('status', 'OknStatus', 'Status', INITIATIVE_STATUSES),
    num('benefit', 'OknBenefit', 'Nyttoeffekter (1–5)'),
    num('goalContribution', 'OknGoalContribution', 'Bidrag till mål (1–5)'),
    num('effort', 'OknEffort', 'Insats (1–5)'),
    choice('escalationLevel', 'OknEscalationLevel', 'Eskaleringsnivå', ESCALATION_LEVELS),
    json('escalations', 'OknEscalations', 'Eskaleringar (JSON)'),
    json('priorityDecision', 'OknPriorityDecision', 'Beslut i frågan (JSON)', { presence: 'optional' }),
  ]),
  forums: spec('forums', 'Forums', 'PSG, OSG och OLF', (e) => e.name, [
    choice('kind', 'OknKind', 'Slag', FORUM_KINDS),
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects', { presence: 'nullable' }),
    text('name', 'OknName', 'Namn'),
    num('minMeetingsPerYear', 'OknMinMeetingsPerYear', 'Minsta antal möten per år'),
    json('delegatePersonIds', 'OknDelegatePersonIds', 'Delegater (id)'),
    json('meeting', 'OknMeetingDefaults', 'Mötesdag, tid och plats (JSON)', { presence: 'optional' }),
    text('establishedOn', 'OknEstablishedOn', 'Inrättat (datum)', { presence: 'optional' }),
  ]),
  decisions: spec('decisions', 'Decisions', 'Beslut', (e) => e.title, [
    ref('forumId', 'OknForumId', 'Forum-id', 'forums', { presence: 'nullable' }),
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects', { presence: 'nullable' }),
    ref('planId', 'OknPlanId', 'Plan-id', 'plans', { presence: 'nullable' }),
    ref('initiativeId', 'OknInitiativeId', 'Initiativ-id', 'initiatives', { presence: 'nullable' }),
    choice('kind', 'OknKind', 'Slag', DECISION_KINDS),
    text('title', 'OknDecisionTitle', 'Rubrik'),
    note('text', 'OknText', 'Beslutstext'),
    ref('decidedByPersonId', 'OknDecidedByPersonId', 'Beslutat av (id)', 'people'),
    when('decidedAt', 'OknDecidedAt', 'Beslutat'),
    note('comment', 'OknComment', 'Kommentar'),
    json('approvers', 'OknApprovers', 'Godkänt av (JSON)', { presence: 'optional' }),
  ]),
  meetings: spec('meetings', 'Meetings', 'Forumens möten', (e) => e.title, [
    ref('forumId', 'OknForumId', 'Forum-id', 'forums'),
    text('title', 'OknMeetingTitle', 'Rubrik'),
    when('start', 'OknStart', 'Start'),
    when('end', 'OknEnd', 'Slut'),
    choice('status', 'OknStatus', 'Status', ['scheduled', 'held', 'cancelled']),
    text('location', 'OknLocation', 'Plats', { presence: 'optional' }),
    text('teamsThreadId', 'OknTeamsThreadId', 'Teams-mötets tråd-id', { presence: 'optional' }),
  ]),
  channelBindings: spec(
    'channelBindings',
    'Channel Bindings',
    'Teams-kanaler per objekt',
    (e) => e.channelId,
    [
      text('channelId', 'OknChannelId', 'Kanal-id'),
      text('teamId', 'OknTeamId', 'Team-id', { presence: 'nullable' }),
      text('tenantId', 'OknTenantId', 'Klient-id (tenant)', { presence: 'nullable' }),
      ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
      ref('boundByPersonId', 'OknBoundByPersonId', 'Kopplad av (id)', 'people'),
      when('boundAt', 'OknBoundAt', 'Kopplad'),
    ],
  ),
  conversations: spec(
    'conversations',
    'Conversations',
    'Där boten är installerad',
    (e) => `${e.conversationType} ${e.conversationId}`,
    [
      text('conversationId', 'OknConversationId', 'Konversations-id'),
      text('serviceUrl', 'OknServiceUrl', 'Tjänstens adress'),
      text('tenantId', 'OknTenantId', 'Klient-id (tenant)', { presence: 'nullable' }),
      text('teamId', 'OknTeamId', 'Team-id', { presence: 'nullable' }),
      text('channelId', 'OknChannelId', 'Kanal-id', { presence: 'nullable' }),
      choice('conversationType', 'OknConversationType', 'Slag', CONVERSATION_TYPES),
      when('installedAt', 'OknInstalledAt', 'Installerad'),
      bool('active', 'OknActive', 'Aktiv'),
    ],
  ),
  actionItems: spec('actionItems', 'Action Items', 'Åtgärder från protokoll', (e) => e.title, [
    ref('forumId', 'OknForumId', 'Forum-id', 'forums'),
    ref('meetingId', 'OknMeetingId', 'Mötes-id', 'meetings'),
    text('title', 'OknActionTitle', 'Åtgärd'),
    ref('ownerPersonId', 'OknOwnerPersonId', 'Ansvarig (id)', 'people'),
    text('dueDate', 'OknDueDate', 'Klart senast'),
    choice('status', 'OknStatus', 'Status', ['open', 'done']),
    when('remindedAt', 'OknRemindedAt', 'Påmind', { presence: 'nullable' }),
  ]),
  feedTokens: spec(
    'feedTokens',
    'Feed Tokens',
    'Personliga kalenderlänkar (bara en hash av länkens nyckel)',
    (e) => e.personId,
    [
      ref('personId', 'OknPersonId', 'Person-id', 'people'),
      text('tokenHash', 'OknTokenHash', 'Nyckelns hash (SHA-256)'),
      when('revokedAt', 'OknRevokedAt', 'Återkallad', { presence: 'nullable' }),
    ],
  ),
  planTotals: spec(
    'planTotals',
    'Plan Totals',
    'Objektplanernas budgetsummor (härledda, ADR 0030)',
    (e) => `Summor ${e.year}`,
    [
      ref('planId', 'OknPlanId', 'Plan-id', 'plans'),
      ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
      num('year', 'OknYear', 'År'),
      json('cost', 'OknCost', 'Kostnad per sida och slag (kr, JSON)'),
      json('centiHours', 'OknCentiHours', 'Hundradels timmar per sida och slag (JSON)'),
      num('lines', 'OknLines', 'Antal budgetrader'),
      num('hourlyRate', 'OknHourlyRate', 'Timpris (kr)'),
    ],
  ),
  integrations: spec(
    'integrations',
    'Integrations',
    'Integrationer mellan system (systemkartan)',
    (e) => truncate(e.information),
    [
      ref('fromSystemId', 'OknFromSystemId', 'Från system (id)', 'components'),
      ref('toSystemId', 'OknToSystemId', 'Till system (id)', 'components'),
      note('information', 'OknInformation', 'Information'),
      choice('method', 'OknMethod', 'Sätt', INTEGRATION_METHODS),
      choice('frequency', 'OknFrequency', 'Frekvens', INTEGRATION_FREQUENCIES),
      ref('ownerPersonId', 'OknOwnerPersonId', 'Ansvarig (id)', 'people', { presence: 'nullable' }),
      note('description', 'OknDescription', 'Beskrivning'),
    ],
  ),
  minutes: spec(
    'minutes',
    'Minutes',
    'Protokoll: utkast, justerade versioner och rättelser',
    (e) => `Protokoll v${e.version}`,
    [
      ref('meetingId', 'OknMeetingId', 'Mötes-id', 'meetings'),
      ref('forumId', 'OknForumId', 'Forum-id', 'forums'),
      num('version', 'OknVersion', 'Version'),
      choice('status', 'OknStatus', 'Status', MINUTES_STATUSES),
      text('place', 'OknPlace', 'Plats'),
      ref('chairPersonId', 'OknChairPersonId', 'Ordförande (id)', 'people', { presence: 'nullable' }),
      ref('secretaryPersonId', 'OknSecretaryPersonId', 'Protokollförare (id)', 'people', {
        presence: 'nullable',
      }),
      json('adjusterPersonIds', 'OknAdjusterPersonIds', 'Justerare (id)'),
      json('adjustedBy', 'OknAdjustedBy', 'Justerat av'),
      when('adjustedAt', 'OknAdjustedAt', 'Justerat', { presence: 'nullable' }),
      json('attendance', 'OknAttendance', 'Närvarande (id)'),
      json('paragraphs', 'OknParagraphs', 'Paragrafer'),
      json('actionItems', 'OknActionItems', 'Åtgärder'),
      json('correction', 'OknCorrection', 'Rättelse', { presence: 'nullable' }),
      ref('writtenByPersonId', 'OknWrittenByPersonId', 'Skrivet av (id)', 'people'),
    ],
  ),
  steeringDocuments: spec(
    'steeringDocuments',
    'Steering Documents',
    'Kommunens styrdokument: policy med styrprinciper, strategisk plan med mål och fokusområden',
    (e) => e.title,
    [
      choice('kind', 'OknKind', 'Slag', STEERING_KINDS),
      choice('level', 'OknLevel', 'Nivå', STEERING_LEVELS),
      text('title', 'OknDocumentTitle', 'Titel'),
      text('adoptedBy', 'OknAdoptedBy', 'Antagen av'),
      num('fromYear', 'OknFromYear', 'Från år'),
      num('toYear', 'OknToYear', 'Till år', { presence: 'nullable' }),
      note('vision', 'OknVision', 'Vision'),
      json('areas', 'OknAreas', 'Områden med styrprinciper (JSON)'),
      json('goals', 'OknGoals', 'Mål med fokusområden (JSON)'),
    ],
  ),
  strategicPlans: spec(
    'strategicPlans',
    'Strategic Object Plans',
    'Strategiska objektplaner (minst tre år)',
    (e) => `${e.fromYear}–${e.toYear} (${e.version})`,
    [
      ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
      num('fromYear', 'OknFromYear', 'Från år'),
      num('toYear', 'OknToYear', 'Till år'),
      choice('version', 'OknVersion', 'Version', STRATEGIC_PLAN_VERSIONS),
      choice('status', 'OknStatus', 'Status', STRATEGIC_PLAN_STATUSES),
      num('approvalRound', 'OknApprovalRound', 'Godkännanderunda'),
      note('assumptions', 'OknAssumptions', 'Planeringsförutsättningar'),
      json('years', 'OknYears', 'Mål och inriktning per år (JSON)'),
      json('steeringRefs', 'OknSteeringRefs', 'Styrdokument (JSON)'),
      json('lifecycleChanges', 'OknLifecycleChanges', 'Livscykelförändringar (JSON)'),
      json('investments', 'OknInvestments', 'Investeringsbehov (JSON)'),
      json('approvals', 'OknApprovals', 'Godkännanden (JSON)'),
    ],
  ),
  goalLinks: spec(
    'goalLinks',
    'Goal Links',
    'Kopplingar från objektens mål och initiativ till kommunens strategiska mål',
    (e) => `${e.sourceKind} → ${e.goalId}`,
    [
      ref('documentId', 'OknDocumentId', 'Styrdokument-id', 'steeringDocuments'),
      text('goalId', 'OknGoalId', 'Strategiskt mål (id)'),
      text('focusAreaId', 'OknFocusAreaId', 'Fokusområde (id)', { presence: 'nullable' }),
      choice('sourceKind', 'OknSourceKind', 'Slag', LINK_SOURCES),
      ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
      // A plan or an initiative, by sourceKind: no single lookup list, so a plain text column.
      text('sourceId', 'OknSourceId', 'Plan- eller initiativ-id'),
      text('sourceGoalId', 'OknSourceGoalId', 'Planens mål (id)', { presence: 'nullable' }),
    ],
  ),
  // Issue 17 (ADR 0025): the orderer–performer organisation.
  itServices: spec('itServices', 'IT Services', 'Tjänstekatalogen: it-tjänster', (e) => e.name, [
    text('name', 'OknName', 'Namn'),
    note('description', 'OknDescription', 'Beskrivning'),
    note('serviceLevel', 'OknServiceLevel', 'Servicenivå'),
    note('priceModel', 'OknPriceModel', 'Prismodell'),
    ref('contactPersonId', 'OknContactPersonId', 'Kontaktperson (id)', 'people', { presence: 'nullable' }),
    text('contact', 'OknContact', 'Kontakt'),
    json('componentIds', 'OknComponentIds', 'System (id)'),
    json('objectIds', 'OknObjectIds', 'Beställande objekt (id)'),
    num('sortOrder', 'OknSortOrder', 'Ordning'),
  ]),
  hukiRoles: spec('hukiRoles', 'HUKI Roles', 'HUKI-matrisens roller (kolumner)', (e) => e.name, [
    text('name', 'OknName', 'Namn'),
    num('sortOrder', 'OknSortOrder', 'Ordning'),
    json('binding', 'OknBinding', 'Roll i modellen', { presence: 'nullable' }),
  ]),
  hukiActivities: spec(
    'hukiActivities',
    'HUKI Activities',
    'HUKI-matrisens aktiviteter (rader)',
    (e) => e.name,
    [
      text('name', 'OknName', 'Namn'),
      num('sortOrder', 'OknSortOrder', 'Ordning'),
      json('cells', 'OknCells', 'H/U/K/I per roll'),
    ],
  ),
  orders: spec('orders', 'Orders', 'Beställningar och ändringsärenden', (e) => e.title, [
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
    choice('kind', 'OknOrderKind', 'Typ', ORDER_KINDS),
    choice('changeCategory', 'OknChangeCategory', 'Ändringskategori', CHANGE_CATEGORIES, {
      presence: 'nullable',
    }),
    text('title', 'OknOrderTitle', 'Rubrik'),
    note('need', 'OknNeed', 'Behov'),
    ref('lineOrganisationId', 'OknLineOrganisationId', 'Förvaltning (id)', 'lineOrganisations', {
      presence: 'nullable',
    }),
    ref('requesterPersonId', 'OknRequesterPersonId', 'Beställare (id)', 'people'),
    choice('state', 'OknOrderState', 'Läge', ORDER_STATES),
    ref('componentId', 'OknComponentId', 'System (id)', 'components', { presence: 'nullable' }),
    json('assessment', 'OknAssessment', 'Bedömning', { presence: 'nullable' }),
    num('approvalThreshold', 'OknApprovalThreshold', 'Beloppsgräns (kr)'),
    json('approvals', 'OknApprovals', 'Godkännanden'),
    ref('performerPersonId', 'OknPerformerPersonId', 'Utförare (id)', 'people', { presence: 'nullable' }),
    json('estimate', 'OknEstimate', 'Uppskattning', { presence: 'nullable' }),
    json('delivery', 'OknDelivery', 'Leverans', { presence: 'nullable' }),
    ref('planId', 'OknPlanId', 'Objektplan (id)', 'plans', { presence: 'nullable' }),
    json('budgetLineIds', 'OknBudgetLineIds', 'Delmål (id)'),
    text('wantedBy', 'OknWantedBy', 'Önskas senast', { presence: 'nullable' }),
    json('history', 'OknHistory', 'Händelser'),
  ]),
  projects: spec('projects', 'Projects', 'It-projektportföljen', (e) => e.name, [
    text('name', 'OknName', 'Namn'),
    note('description', 'OknDescription', 'Beskrivning'),
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
    json('objectIds', 'OknObjectIds', 'Berörda objekt (id)'),
    json('origin', 'OknOrigin', 'Ursprung', { presence: 'nullable' }),
    ref('managerPersonId', 'OknManagerPersonId', 'Projektledare (id)', 'people', { presence: 'nullable' }),
    choice('phase', 'OknPhase', 'Fas', PROJECT_PHASES),
    json('phases', 'OknPhases', 'Faser'),
    text('start', 'OknStart', 'Start'),
    text('end', 'OknEnd', 'Slut'),
    num('budget', 'OknBudget', 'Budget (kr)'),
    num('outcome', 'OknOutcome', 'Utfall (kr)'),
    ref('planId', 'OknPlanId', 'Objektplan (id)', 'plans', { presence: 'nullable' }),
    json('budgetLineIds', 'OknBudgetLineIds', 'Delmål (id)', { presence: 'optional' }),
    json('componentIds', 'OknComponentIds', 'Beroende system (id)'),
    json('reports', 'OknReports', 'Statusrapporter'),
  ]),
  leases: spec('leases', 'Leases', 'Schemalagda jobb (lås)', (e) => e.name, [
    text('name', 'OknLeaseName', 'Namn'),
    text('holder', 'OknHolder', 'Innehavare'),
    when('expiresAt', 'OknExpiresAt', 'Gäller till'),
  ]),
  auditLog: spec(
    'auditLog',
    'Audit Log',
    'Granskningslogg: varje ändring, av vem och när',
    (e) => `${e.action} ${e.collection} ${e.recordId}`,
    [
      when('at', 'OknAt', 'Tidpunkt'),
      text('actorId', 'OknActorId', 'Utförd av (person-id)', { presence: 'nullable' }),
      choice('via', 'OknVia', 'Via', ['api', 'bot', 'system']),
      text('requestId', 'OknRequestId', 'Förfrågans id', { presence: 'nullable' }),
      text('collection', 'OknCollection', 'Samling'),
      text('recordId', 'OknRecordId', 'Post-id'),
      choice('action', 'OknAuditAction', 'Ändring', ['create', 'update', 'delete']),
      json('before', 'OknBefore', 'Före (JSON)', { presence: 'nullable' }),
      json('after', 'OknAfter', 'Efter (JSON)', { presence: 'nullable' }),
    ],
  ),
  outcomeEntries: spec(
    'outcomeEntries',
    'Outcome',
    'Utfall per plan, period, huvudaktivitet, sida och kategori',
    (e) => `${e.period} ${e.mainActivity}`,
    [
      ref('planId', 'OknPlanId', 'Plan-id', 'plans'),
      ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
      text('period', 'OknPeriod', 'Period (ÅÅÅÅ-MM)'),
      choice('mainActivity', 'OknMainActivity', 'Huvudaktivitet', MAIN_ACTIVITIES),
      choice('side', 'OknSide', 'Sida', ['business', 'it']),
      choice('bucket', 'OknBucket', 'Kategori', ['maintain', 'develop']),
      num('amountOre', 'OknAmountOre', 'Belopp (öre)'),
      num('centiHours', 'OknCentiHours', 'Timmar (hundradelar)'),
      choice('source', 'OknSource', 'Källa', ['import', 'manual']),
      ref('budgetLineId', 'OknBudgetLineId', 'Budgetrad-id', 'budgetLines', { presence: 'nullable' }),
      text('code', 'OknCode', 'Kod'),
      text('account', 'OknAccount', 'Konto'),
      note('note', 'OknNote', 'Anteckning'),
      text('importId', 'OknImportId', 'Import', { presence: 'nullable' }),
    ],
  ),
  outcomeMappings: spec(
    'outcomeMappings',
    'Outcome Mappings',
    'Koder i ekonomisystemet per objekt',
    (e) => `${e.codes.length} koder`,
    [ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'), json('codes', 'OknCodes', 'Koder (JSON)')],
  ),
  interimFollowUps: spec(
    'interimFollowUps',
    'Interim Follow-ups',
    'Delårsuppföljningar av objektplaner',
    (e) => `${e.year} ${e.period}`,
    [
      ref('planId', 'OknPlanId', 'Plan-id', 'plans'),
      ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
      num('year', 'OknYear', 'År'),
      choice('period', 'OknPeriod', 'Period', FOLLOW_UP_PERIODS),
      json('goals', 'OknGoals', 'Mål (JSON)'),
      note('budgetComment', 'OknBudgetComment', 'Budgetkommentar'),
      num('forecastSek', 'OknForecastSek', 'Prognos (kr)', { presence: 'nullable' }),
      note('initiativesComment', 'OknInitiativesComment', 'Initiativ'),
      choice('status', 'OknStatus', 'Status', ['draft', 'ready', 'noted']),
      ref('preparedByPersonId', 'OknPreparedByPersonId', 'Upprättad av (id)', 'people'),
      when('readyAt', 'OknReadyAt', 'Klar', { presence: 'nullable' }),
      when('notedAt', 'OknNotedAt', 'Noterad av OSG', { presence: 'nullable' }),
    ],
  ),
  planReports: spec('planReports', 'Plan Reports', 'Objektberättelser', (e) => `Objektberättelse ${e.year}`, [
    ref('planId', 'OknPlanId', 'Plan-id', 'plans'),
    ref('objectId', 'OknObjectId', 'Objekt-id', 'objects'),
    num('year', 'OknYear', 'År'),
    choice('status', 'OknStatus', 'Status', REPORT_STATUSES),
    json('goals', 'OknGoals', 'Mål (JSON)'),
    note('summary', 'OknSummary', 'Sammanfattning'),
    note('budgetComment', 'OknBudgetComment', 'Budgetkommentar'),
    note('lessons', 'OknLessons', 'Lärdomar'),
    json('nextYear', 'OknNextYear', 'Inför kommande år (JSON)'),
    num('approvalRound', 'OknApprovalRound', 'Runda'),
    json('approvals', 'OknApprovals', 'Godkännanden (JSON)'),
    ref('carriedToPlanId', 'OknCarriedToPlanId', 'Förd till plan (id)', 'plans', { presence: 'nullable' }),
  ]),
  outbox: spec('outbox', 'Outbox', 'Kort som boten ska skicka', (e) => e.subjectKey, [
    choice('action', 'OknAction', 'Åtgärd', ['post', 'update']),
    json('subject', 'OknSubject', 'Ämne (JSON)'),
    text('subjectKey', 'OknSubjectKey', 'Ämnesnyckel'),
    text('conversationId', 'OknConversationId', 'Konversations-id'),
    text('serviceUrl', 'OknServiceUrl', 'Tjänstens adress'),
    choice('locale', 'OknLocale', 'Språk', ['sv', 'en']),
    choice('status', 'OknStatus', 'Status', OUTBOX_STATUSES),
    num('attempts', 'OknAttempts', 'Försök'),
    when('nextAttemptAt', 'OknNextAttemptAt', 'Nästa försök'),
    note('lastError', 'OknLastError', 'Senaste fel'),
    text('activityId', 'OknActivityId', 'Aktivitets-id', { presence: 'nullable' }),
  ]),
};

export function listSpec(collection: CollectionName): ListSpec {
  return LISTS[collection];
}

/** The lookup companion of a reference column. */
export function lookupName(column: ColumnSpec): string {
  return `${column.name.replace(/Id$/, '')}Link`;
}

/** Columns to `$select` when reading items. */
export function selectColumns(list: ListSpec): string[] {
  return [...list.columns.map((c) => c.name), EXTRA_COLUMN];
}

export function indexedColumn(list: ListSpec, field: string): ColumnSpec {
  const column = list.columns.find((c) => c.field === field && c.indexed);
  if (!column) throw new StoreQueryError(`${list.collection}.${field} is not an indexed field`);
  return column;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '';

function encodeValue(column: ColumnSpec, value: unknown): unknown {
  if (isEmpty(value)) {
    // An indexed text column stores null as the sentinel, so that a null filter is an indexed equality.
    if (column.indexed && column.type === 'text' && column.presence !== 'required') return NULL_SENTINEL;
    return null;
  }
  switch (column.type) {
    case 'json':
      return JSON.stringify(value);
    case 'dateTime':
      return new Date(String(value)).toISOString();
    case 'number':
    case 'boolean':
      return value;
    default: {
      const s = String(value);
      if (column.indexed && s === NULL_SENTINEL)
        throw new StoreQueryError(`${column.field} may not be "${NULL_SENTINEL}" (it stands for null)`);
      if (column.type !== 'note' && s.length > 255)
        throw new StoreQueryError(`${column.field} is longer than SharePoint's 255 characters`);
      return s;
    }
  }
}

function decodeValue(column: ColumnSpec, raw: unknown): unknown {
  if (raw === NULL_SENTINEL && column.indexed) return null;
  if (isEmpty(raw)) return null;
  switch (column.type) {
    case 'json':
      return JSON.parse(String(raw));
    case 'dateTime': {
      const d = new Date(String(raw));
      return Number.isNaN(d.getTime()) ? String(raw) : d.toISOString();
    }
    case 'number':
      return typeof raw === 'number' ? raw : Number(raw);
    case 'boolean':
      return raw === true || raw === 'true' || raw === 1 || raw === '1';
    default:
      return String(raw);
  }
}

function emptyOf(column: ColumnSpec): unknown {
  switch (column.type) {
    case 'number':
      return 0;
    case 'boolean':
      return false;
    case 'json':
      return null;
    default:
      return '';
  }
}

/**
 * Entity → SharePoint fields. `forUpdate` also sends null for empty columns, because an update
 * replaces the record (a field that became empty must be cleared, not left as it was).
 */
export function encodeFields(list: ListSpec, entity: Record<string, unknown>, forUpdate = false) {
  const fields: Record<string, unknown> = { Title: truncate(list.title(entity) || list.displayName) };
  const known = new Set(list.columns.map((c) => c.field));
  for (const column of list.columns) {
    const top = entity[column.field];
    const value = column.sub ? (top as Record<string, unknown> | undefined)?.[column.sub] : top;
    const encoded = encodeValue(column, value);
    if (encoded !== null || forUpdate) fields[column.name] = encoded;
    if (column.references) {
      // The lookup is for people browsing the lists; our own reference stays in the text column.
      const id = typeof value === 'string' && /^\d+$/.test(value) ? value : null;
      if (id !== null || forUpdate) fields[`${lookupName(column)}LookupId`] = id;
    }
  }
  const extra = Object.fromEntries(
    Object.entries(entity).filter(
      ([k, v]) => !known.has(k) && v !== undefined && !['id', 'etag', 'createdAt', 'updatedAt'].includes(k),
    ),
  );
  if (Object.keys(extra).length) fields[EXTRA_COLUMN] = JSON.stringify(extra);
  else if (forUpdate) fields[EXTRA_COLUMN] = null;
  return fields;
}

/** SharePoint fields → entity (without record metadata). */
export function decodeFields(list: ListSpec, fields: Record<string, unknown>): Record<string, unknown> {
  const entity: Record<string, unknown> = {};
  const extraRaw = fields[EXTRA_COLUMN];
  if (typeof extraRaw === 'string' && extraRaw) Object.assign(entity, JSON.parse(extraRaw) as object);
  for (const column of list.columns) {
    const raw = fields[column.name];
    let value = decodeValue(column, raw);
    if (value === null) {
      if (column.presence === 'optional') continue;
      if (column.presence === 'required') value = emptyOf(column);
    }
    if (column.sub) {
      const nested = (entity[column.field] ??= {}) as Record<string, unknown>;
      nested[column.sub] = value;
    } else entity[column.field] = value;
  }
  return entity;
}

/** An OData literal for a filter on `column`: strings quoted with single quotes doubled. */
export function odataLiteral(column: ColumnSpec, value: Scalar): string {
  const encoded = encodeValue(column, value);
  if (encoded === null) return 'null';
  if (typeof encoded === 'number') {
    if (!Number.isFinite(encoded)) throw new StoreQueryError(`Not a finite number for ${column.field}`);
    return String(encoded);
  }
  if (typeof encoded === 'boolean') return encoded ? 'true' : 'false';
  return odataString(String(encoded));
}

export function odataString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}
