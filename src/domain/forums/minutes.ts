// The rules of a forum's minutes (protokoll) as a registrar expects them (kommunallagen's practice, spec
// §Forums): minutes only of a meeting that has begun; a decision only within the forum's mandate, about
// what the forum steers (an OSG its own object), and only when the forum is quorate — its chair or the
// chair's named delegate present and at least half of its members; one or two adjusters (justerare)
// chosen among the attendees; adjusted minutes are locked and corrected only by a new version that says
// what changed.
import type { DecisionKind, Forum, Minutes, MinutesParagraph, RoleAssignment } from '../model';
import { forumChairs, forumParticipants } from './forums';

/** Minutes are of what happened: a meeting that has not begun has none. */
export function hasBegun(meeting: { start: string }, nowIso: string): boolean {
  return Date.parse(meeting.start) <= Date.parse(nowIso);
}

export interface Quorum {
  quorate: boolean;
  /** Who may chair: the chair role's holders and the chair's named delegates. */
  chairs: string[];
  chairPresent: boolean;
  members: string[];
  presentMembers: string[];
  /** At least half of the members, rounded up. */
  required: number;
  missingMembers: string[];
}

/**
 * Beslutsförhet: the chair (or the chair's named delegate) present and at least half of the members.
 * Members are derived from the role assignments now in force, so a change of owner changes the count.
 */
export function quorum(
  forum: Pick<Forum, 'kind' | 'objectId' | 'chairDelegatePersonIds'>,
  assignments: readonly Pick<RoleAssignment, 'personId' | 'role' | 'objectId'>[],
  attendance: readonly string[],
): Quorum {
  const present = new Set(attendance);
  const chairs = [...new Set([...forumChairs(forum, assignments), ...(forum.chairDelegatePersonIds ?? [])])];
  const members = forumParticipants(forum, assignments)
    .filter((p) => p.participation.includes('member'))
    .map((p) => p.personId);
  const presentMembers = members.filter((m) => present.has(m));
  const required = Math.ceil(members.length / 2);
  const chairPresent = chairs.some((c) => present.has(c));
  return {
    quorate: chairPresent && presentMembers.length >= required,
    chairs,
    chairPresent,
    members,
    presentMembers,
    required,
    missingMembers: members.filter((m) => !present.has(m)),
  };
}

export type ScopeDenial = 'otherObject' | 'objectRequired';

/**
 * What a forum may decide about: an OSG only about its own object (a decision naming another object is
 * that object's OSG's, or PSG's); PSG and OLF about any object, within their mandates by kind.
 * Returns the object the decision is about, or the reason it may not be taken here.
 */
export function decisionObject(
  forum: Pick<Forum, 'kind' | 'objectId'>,
  decision: { kind: DecisionKind; objectId: string | null },
  initiativeObjectIds: readonly string[] | null,
): { objectId: string | null } | { denied: ScopeDenial } {
  if (forum.kind === 'osg') {
    if (decision.objectId !== null && decision.objectId !== forum.objectId) return { denied: 'otherObject' };
    if (initiativeObjectIds && !initiativeObjectIds.includes(forum.objectId!))
      return { denied: 'otherObject' };
    return { objectId: forum.objectId };
  }
  return { objectId: decision.objectId };
}

/** Justerare: one or two, each an attendee. */
export function adjusterProblems(adjusters: readonly string[], attendance: readonly string[]): string[] {
  const problems: string[] = [];
  if (adjusters.length < 1 || adjusters.length > 2) problems.push('count');
  if (new Set(adjusters).size !== adjusters.length) problems.push('duplicate');
  if (adjusters.some((a) => !attendance.includes(a))) problems.push('notAttendee');
  return problems;
}

/** What a complete set of minutes needs before the adjusters can sign (the registrar's minimum). */
export function missingForAdjustment(
  m: Pick<Minutes, 'place' | 'chairPersonId' | 'secretaryPersonId' | 'adjusterPersonIds' | 'attendance'>,
): ('place' | 'chair' | 'secretary' | 'adjusters' | 'attendance')[] {
  const missing: ('place' | 'chair' | 'secretary' | 'adjusters' | 'attendance')[] = [];
  if (m.place.trim() === '') missing.push('place');
  if (!m.chairPersonId) missing.push('chair');
  if (!m.secretaryPersonId) missing.push('secretary');
  if (m.adjusterPersonIds.length === 0) missing.push('adjusters');
  if (m.attendance.length === 0) missing.push('attendance');
  return missing;
}

/** After one more signature: adjusted when every named adjuster has signed. */
export function isFullyAdjusted(m: Pick<Minutes, 'adjusterPersonIds' | 'adjustedBy'>): boolean {
  return (
    m.adjusterPersonIds.length > 0 &&
    m.adjusterPersonIds.every((a) => m.adjustedBy.some((s) => s.personId === a))
  );
}

/** Paragraph numbers follow the order: § 1, § 2, … */
export function numbered(paragraphs: readonly Omit<MinutesParagraph, 'number'>[]): MinutesParagraph[] {
  return paragraphs.map((p, i) => ({ ...p, number: i + 1 }));
}

type Comparable = Pick<
  Minutes,
  | 'place'
  | 'chairPersonId'
  | 'secretaryPersonId'
  | 'adjusterPersonIds'
  | 'attendance'
  | 'paragraphs'
  | 'actionItems'
>;

/**
 * What a correction changed, in Swedish words a registrar can file: one line per changed item.
 * `name` turns a person id into a name.
 */
export function describeChanges(
  before: Comparable,
  after: Comparable,
  name: (id: string) => string,
): string[] {
  const changes: string[] = [];
  const who = (id: string | null) => (id ? name(id) : '–');
  if (before.place !== after.place) changes.push(`Plats: "${before.place}" → "${after.place}"`);
  if (before.chairPersonId !== after.chairPersonId)
    changes.push(`Ordförande: ${who(before.chairPersonId)} → ${who(after.chairPersonId)}`);
  if (before.secretaryPersonId !== after.secretaryPersonId)
    changes.push(`Protokollförare: ${who(before.secretaryPersonId)} → ${who(after.secretaryPersonId)}`);
  const added = after.attendance.filter((a) => !before.attendance.includes(a));
  const removed = before.attendance.filter((a) => !after.attendance.includes(a));
  if (added.length) changes.push(`Närvarande, tillagda: ${added.map(name).join(', ')}`);
  if (removed.length) changes.push(`Närvarande, borttagna: ${removed.map(name).join(', ')}`);
  const count = Math.max(before.paragraphs.length, after.paragraphs.length);
  for (let i = 0; i < count; i++) {
    const b = before.paragraphs[i];
    const a = after.paragraphs[i];
    if (!b) changes.push(`§ ${i + 1} tillagd: ${a!.title}`);
    else if (!a) changes.push(`§ ${i + 1} borttagen: ${b.title}`);
    else {
      if (b.title !== a.title) changes.push(`§ ${i + 1} rubrik: "${b.title}" → "${a.title}"`);
      if (b.text !== a.text) changes.push(`§ ${i + 1} text ändrad`);
      if (JSON.stringify(b.decision) !== JSON.stringify(a.decision)) changes.push(`§ ${i + 1} beslut ändrat`);
    }
  }
  const items = Math.max(before.actionItems.length, after.actionItems.length);
  for (let i = 0; i < items; i++) {
    const b = before.actionItems[i];
    const a = after.actionItems[i];
    if (!b) changes.push(`Åtgärd tillagd: ${a!.title}`);
    else if (!a) changes.push(`Åtgärd borttagen: ${b.title}`);
    else if (b.title !== a.title || b.ownerPersonId !== a.ownerPersonId || b.dueDate !== a.dueDate)
      changes.push(`Åtgärd ändrad: ${a.title} (${name(a.ownerPersonId)}, klart senast ${a.dueDate})`);
  }
  return changes;
}
