// The three forums (000 §2.3, 001 §4.3, spec §Forums) as data and rules: who chairs, who convenes,
// who is a member (always derived from role assignments), how often they must meet, what they may decide.
import type {
  DecisionKind,
  Forum,
  ForumKind,
  ObjectRole,
  OrganisationRole,
  Role,
  RoleAssignment,
} from '../model';

type RoleRef = { scope: 'organisation'; role: OrganisationRole } | { scope: 'object'; role: ObjectRole };

export interface ForumRule {
  kind: ForumKind;
  chair: RoleRef;
  convener: RoleRef;
  /** Who records minutes, where the model says. */
  minutesBy: RoleRef | null;
  /** Members: organisation roles, and object roles in every object (PSG, OLF) or in the forum's own object (OSG). */
  memberOrganisationRoles: readonly OrganisationRole[];
  memberObjectRoles: readonly ObjectRole[];
  adjunctOrganisationRoles: readonly OrganisationRole[];
  /** Object roles that attend without being members (OSG: the leaders prepare and attend). */
  attendingObjectRoles: readonly ObjectRole[];
  defaultMinMeetingsPerYear: number;
  mandate: readonly DecisionKind[];
}

export const FORUM_RULES: Record<ForumKind, ForumRule> = {
  psg: {
    kind: 'psg',
    chair: { scope: 'organisation', role: 'deputyMunicipalDirector' },
    convener: { scope: 'organisation', role: 'communicationsDevelopmentDirector' },
    minutesBy: { scope: 'organisation', role: 'digitalisationChief' },
    memberOrganisationRoles: ['deputyMunicipalDirector', 'communicationsDevelopmentDirector', 'itChief'],
    memberObjectRoles: ['ownerBusiness', 'ownerIt'],
    adjunctOrganisationRoles: ['digitalisationChief'],
    attendingObjectRoles: [],
    defaultMinMeetingsPerYear: 4,
    mandate: ['crossObjectPriority', 'objectStructureChange', 'governanceProcessChange', 'budgetFrame'],
  },
  osg: {
    kind: 'osg',
    chair: { scope: 'object', role: 'ownerBusiness' },
    convener: { scope: 'object', role: 'ownerBusiness' },
    minutesBy: null,
    memberOrganisationRoles: [],
    memberObjectRoles: ['ownerBusiness', 'ownerIt', 'osgMember'],
    adjunctOrganisationRoles: [],
    attendingObjectRoles: ['leaderBusiness', 'leaderIt'],
    defaultMinMeetingsPerYear: 4,
    mandate: [
      'approvePlan',
      'prioritiseWithinObject',
      'productsAndComponents',
      'resourceChange',
      'initiativeSteering',
    ],
  },
  olf: {
    kind: 'olf',
    chair: { scope: 'organisation', role: 'digitalisationChief' },
    convener: { scope: 'organisation', role: 'modelOwner' },
    minutesBy: null,
    memberOrganisationRoles: ['digitalisationChief', 'modelOwner'],
    memberObjectRoles: ['leaderBusiness', 'leaderIt'],
    adjunctOrganisationRoles: [],
    attendingObjectRoles: [],
    // "Månadsvis": every month but July, when Swedish municipalities are on holiday.
    defaultMinMeetingsPerYear: 11,
    mandate: ['coordination'],
  },
};

export type ForumParticipation = 'chair' | 'convener' | 'member' | 'adjunct' | 'attendee';

export interface ForumParticipant {
  personId: string;
  participation: ForumParticipation[];
  /** The roles that bring the person to the forum, with the object for object roles. */
  via: { role: Role; objectId: string | null }[];
}

function matches(
  ref: RoleRef,
  a: Pick<RoleAssignment, 'role' | 'objectId'>,
  forumObjectId: string | null,
): boolean {
  if (a.role !== ref.role) return false;
  return ref.scope === 'organisation'
    ? a.objectId === null
    : a.objectId !== null && a.objectId === forumObjectId;
}

/**
 * Everyone who belongs at the forum's meetings, derived from the role assignments now in force; so a
 * change of owner changes the invitation list.
 */
export function forumParticipants(
  forum: Pick<Forum, 'kind' | 'objectId'>,
  assignments: readonly Pick<RoleAssignment, 'personId' | 'role' | 'objectId'>[],
): ForumParticipant[] {
  const rule = FORUM_RULES[forum.kind];
  const byPerson = new Map<string, ForumParticipant>();
  const add = (a: Pick<RoleAssignment, 'personId' | 'role' | 'objectId'>, p: ForumParticipation) => {
    let entry = byPerson.get(a.personId);
    if (!entry) {
      entry = { personId: a.personId, participation: [], via: [] };
      byPerson.set(a.personId, entry);
    }
    if (!entry.participation.includes(p)) entry.participation.push(p);
    if (!entry.via.some((v) => v.role === a.role && v.objectId === a.objectId)) {
      entry.via.push({ role: a.role, objectId: a.objectId });
    }
  };
  const inScope = (a: Pick<RoleAssignment, 'objectId'>) =>
    a.objectId !== null && (forum.kind !== 'osg' || a.objectId === forum.objectId);

  for (const a of assignments) {
    if (matches(rule.chair, a, forum.objectId)) add(a, 'chair');
    if (matches(rule.convener, a, forum.objectId)) add(a, 'convener');
    if (a.objectId === null && rule.memberOrganisationRoles.includes(a.role as OrganisationRole))
      add(a, 'member');
    if (inScope(a) && rule.memberObjectRoles.includes(a.role as ObjectRole)) add(a, 'member');
    if (a.objectId === null && rule.adjunctOrganisationRoles.includes(a.role as OrganisationRole))
      add(a, 'adjunct');
    if (inScope(a) && rule.attendingObjectRoles.includes(a.role as ObjectRole)) add(a, 'attendee');
  }
  return [...byPerson.values()].sort((x, y) => x.personId.localeCompare(y.personId));
}

/** The people who convene the forum: the convener role's holders and any named delegates. */
export function forumConveners(
  forum: Pick<Forum, 'kind' | 'objectId' | 'delegatePersonIds'>,
  assignments: readonly Pick<RoleAssignment, 'personId' | 'role' | 'objectId'>[],
): string[] {
  const rule = FORUM_RULES[forum.kind];
  const holders = assignments.filter((a) => matches(rule.convener, a, forum.objectId)).map((a) => a.personId);
  return [...new Set([...holders, ...forum.delegatePersonIds])];
}

export function forumChairs(
  forum: Pick<Forum, 'kind' | 'objectId'>,
  assignments: readonly Pick<RoleAssignment, 'personId' | 'role' | 'objectId'>[],
): string[] {
  const rule = FORUM_RULES[forum.kind];
  return [
    ...new Set(assignments.filter((a) => matches(rule.chair, a, forum.objectId)).map((a) => a.personId)),
  ];
}

export interface FrequencyCompliance {
  year: number;
  required: number;
  held: number;
  scheduled: number;
  /** Held plus still scheduled reach the minimum. */
  onTrack: boolean;
  /** Held alone reach the minimum. */
  met: boolean;
  shortfall: number;
}

/**
 * Meeting-frequency compliance for one forum and year. Cancelled meetings do not count; scheduled
 * meetings in the past that were never marked held do not count either; and a meeting counts as held
 * only once its day has come (a "held" meeting in the future is a data error, never a met obligation).
 */
export function meetingCompliance(
  minMeetingsPerYear: number,
  meetings: readonly { start: string; status: 'scheduled' | 'held' | 'cancelled' }[],
  year: number,
  today: string,
): FrequencyCompliance {
  const inYear = meetings.filter((m) => m.start.slice(0, 4) === String(year));
  const held = inYear.filter((m) => m.status === 'held' && m.start.slice(0, 10) <= today).length;
  const scheduled = inYear.filter((m) => m.status === 'scheduled' && m.start.slice(0, 10) >= today).length;
  const shortfall = Math.max(0, minMeetingsPerYear - held - scheduled);
  return {
    year,
    required: minMeetingsPerYear,
    held,
    scheduled,
    onTrack: shortfall === 0,
    met: held >= minMeetingsPerYear,
    shortfall,
  };
}
