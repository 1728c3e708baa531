// Who may do what, from role assignments and the forums' mandates (spec §Roles, §Forums).
// Every check answers with a reason code, so the service layer can explain a refusal in words.
import type {
  DecisionKind,
  EscalationLevel,
  ForumKind,
  Initiative,
  ObjectRole,
  Role,
  RoleAssignment,
} from '../model';
import type { ApprovalPolicy, ApproverStatus } from '../plan/lifecycle';
import { FORUM_RULES } from '../forums/forums';
import {
  holdsObjectRole,
  holdsOrganisationRole,
  isAdministrator,
  isLeader,
  mayAppoint,
  isOwner,
  LEADER_ROLES,
  OWNER_ROLES,
  hasAnyRoleIn,
  type ActorRoles,
} from '../roles/roles';

export type Denial =
  | 'notOwner'
  | 'notOwnerOrLeader'
  | 'noRoleInObject'
  | 'noRoleToBindChannel'
  | 'notOwnerToEscalate'
  | 'notStructureKeeper'
  | 'notAdministrator'
  | 'notAppointer'
  | 'notConvener'
  | 'notDecider'
  | 'outsideMandate'
  | 'noRole'
  | 'notEscalatorLeaders'
  | 'notEscalatorOwners'
  | 'noRoleForChannel'
  | 'notForumKeeper'
  | 'notForumChannelKeeper'
  | 'notMinutesWriter'
  | 'notAdjuster'
  | 'notApprover'
  | 'notNoter'
  | 'notSteeringKeeper'
  | 'notGoalLinker'
  | 'notStrategicLinker'
  | 'notStrategicPlanWriter'
  | 'notFollowUpWriter'
  | 'notCatalogueKeeper'
  | 'notServiceOrderer'
  | 'notHukiKeeper'
  | 'notOrdererInObject'
  | 'notOrdererFunction'
  | 'notOrderApprover'
  | 'notThresholdKeeper'
  | 'notPerformer'
  | 'notOrderAcceptor'
  | 'notPortfolioKeeper'
  | 'notProjectReporter'
  | 'notSystemKeeper'
  | 'notKnownReader';

export type Permission = { allowed: true } | { allowed: false; reason: Denial };

const ALLOW: Permission = { allowed: true };
const deny = (reason: Denial): Permission => ({ allowed: false, reason });

/** The object structure is PSG's; the model owner (or an administrator) records its decisions. */
export function canChangeStructure(actor: ActorRoles): Permission {
  return holdsOrganisationRole(actor, ['administrator', 'modelOwner']) ? ALLOW : deny('notStructureKeeper');
}

export function canUpdateObject(actor: ActorRoles, objectId: string): Permission {
  if (isOwner(actor, objectId) || holdsOrganisationRole(actor, ['administrator', 'modelOwner'])) return ALLOW;
  return deny('notOwner');
}

/** Products, components, contracts and related objects: decided by OSG, kept up to date by leaders and owners. */
export function canEditObjectContent(actor: ActorRoles, objectId: string): Permission {
  if (isOwner(actor, objectId) || isLeader(actor, objectId) || isAdministrator(actor)) return ALLOW;
  return deny('notOwnerOrLeader');
}

/** The plan is written by the object's leaders and owners. */
export function canEditPlan(actor: ActorRoles, objectId: string): Permission {
  if (isOwner(actor, objectId) || isLeader(actor, objectId)) return ALLOW;
  return deny('notOwnerOrLeader');
}

/**
 * Taking a plan back from its OSG is the other half of submitting it: those who may submit it (the
 * object's leaders and owners, who write it) may withdraw it to change it. Approvers who want changes
 * reject it instead, with a comment.
 */
export function canWithdrawPlan(actor: ActorRoles, objectId: string): Permission {
  if (isOwner(actor, objectId) || isLeader(actor, objectId)) return ALLOW;
  return deny('notOwnerOrLeader');
}

/** Reopening and closing an approved plan are the owners' (it was approved in their name). */
export function canManageApprovedPlan(actor: ActorRoles, objectId: string): Permission {
  return isOwner(actor, objectId) ? ALLOW : deny('notOwner');
}

/** Only a draft may be deleted (the service checks the status); the decision is the owners'. */
export function canDeletePlan(actor: ActorRoles, objectId: string): Permission {
  return isOwner(actor, objectId) ? ALLOW : deny('notOwner');
}

/**
 * Appointing (or removing) someone in a role: by the role's appointer (000 §3.5, the table APPOINTED_BY
 * in domain/roles), in the object for object roles; an administrator always may.
 */
export function canAppoint(actor: ActorRoles, role: Role, objectId: string | null): Permission {
  return mayAppoint(actor, role, objectId) ? ALLOW : deny('notAppointer');
}

export function canManagePeople(actor: ActorRoles): Permission {
  return isAdministrator(actor) ? ALLOW : deny('notAdministrator');
}

/** The audit log names people and shows record contents: administrators only. */
export function canExportAuditLog(actor: ActorRoles): Permission {
  return isAdministrator(actor) ? ALLOW : deny('notAdministrator');
}

/** Needs come from the business through anyone working in the object. */
export function canProposeInitiative(actor: ActorRoles, objectId: string): Permission {
  return hasAnyRoleIn(actor, objectId) || isAdministrator(actor) ? ALLOW : deny('noRoleInObject');
}

export function canEditInitiative(actor: ActorRoles, objectId: string): Permission {
  return isOwner(actor, objectId) || isLeader(actor, objectId) ? ALLOW : deny('notOwnerOrLeader');
}

const LEVEL_ROLES: Record<Exclude<EscalationLevel, 'psg'>, readonly ObjectRole[]> = {
  leaders: [...LEADER_ROLES, ...OWNER_ROLES],
  owners: OWNER_ROLES,
};

function involvedObjects(i: Pick<Initiative, 'objectId' | 'affectedObjectIds'>): string[] {
  return [i.objectId, ...i.affectedObjectIds];
}

/**
 * Escalating lifts the question one rung: leaders (or owners) hand it to the owners; owners hand it to PSG.
 * Anyone at the current rung of any affected object may do it.
 */
export function canEscalate(
  actor: ActorRoles,
  initiative: Pick<Initiative, 'objectId' | 'affectedObjectIds' | 'escalationLevel'>,
): Permission {
  if (initiative.escalationLevel === 'psg') return deny('notDecider');
  const roles = LEVEL_ROLES[initiative.escalationLevel];
  if (involvedObjects(initiative).some((o) => holdsObjectRole(actor, o, roles))) return ALLOW;
  // The refusal names the rung and who may lift from it, not a general rule of the object.
  return deny(initiative.escalationLevel === 'owners' ? 'notEscalatorOwners' : 'notEscalatorLeaders');
}

/**
 * Who decides a priority question at each rung of the ladder (000 §2.3.4): the affected leaders,
 * then the affected owners, and at PSG the deputy municipal director (PSG's chair).
 */
export function canDecidePriority(
  actor: ActorRoles,
  initiative: Pick<Initiative, 'objectId' | 'affectedObjectIds' | 'escalationLevel'>,
): Permission {
  const level = initiative.escalationLevel;
  if (level === 'psg') {
    return holdsOrganisationRole(actor, ['deputyMunicipalDirector']) ? ALLOW : deny('notDecider');
  }
  const roles = DECIDING_ROLES[level];
  return involvedObjects(initiative).some((o) => holdsObjectRole(actor, o, roles))
    ? ALLOW
    : deny('notDecider');
}

/** The object roles that decide at a rung below PSG (000 §2.3.4): the affected leaders, then owners. */
const DECIDING_ROLES: Record<Exclude<EscalationLevel, 'psg'>, readonly ObjectRole[]> = {
  leaders: LEADER_ROLES,
  owners: OWNER_ROLES,
};

/**
 * Who decides a priority question at its current rung, picked from role assignments: the same rule as
 * `canDecidePriority`, asked the other way round (which people may, rather than may this one).
 */
export function decidersOf(
  initiative: Pick<Initiative, 'objectId' | 'affectedObjectIds' | 'escalationLevel'>,
  assignments: readonly Pick<RoleAssignment, 'personId' | 'role' | 'objectId'>[],
): string[] {
  const ids = assignments
    .filter((a) => canDecidePriority({ personId: a.personId, assignments: [a] }, initiative).allowed)
    .map((a) => a.personId);
  return [...new Set(ids)];
}

/** Where to look for a rung's deciders: the involved objects' assignments, or PSG's chair role. */
export function decidersAreFoundIn(
  initiative: Pick<Initiative, 'objectId' | 'affectedObjectIds' | 'escalationLevel'>,
): { objectIds: string[] } | { organisationRole: 'deputyMunicipalDirector' } {
  return initiative.escalationLevel === 'psg'
    ? { organisationRole: 'deputyMunicipalDirector' }
    : { objectIds: involvedObjects(initiative) };
}

/** The rungs of the ladder at which this person decides some question (my work lists those). */
export function decidingLevelsOf(actor: ActorRoles): EscalationLevel[] {
  const holdsAnywhere = (roles: readonly ObjectRole[]) =>
    actor.assignments.some((a) => a.objectId !== null && (roles as readonly string[]).includes(a.role));
  return [
    ...(holdsAnywhere(DECIDING_ROLES.leaders) ? (['leaders'] as const) : []),
    ...(holdsAnywhere(DECIDING_ROLES.owners) ? (['owners'] as const) : []),
    ...(holdsOrganisationRole(actor, ['deputyMunicipalDirector']) ? (['psg'] as const) : []),
  ];
}

/**
 * The required roles of a plan's approval that this person answers for (a person may hold both owner
 * roles). `holders` maps each required role to the people holding it in the object now.
 */
export function approverRolesOf(
  policy: ApprovalPolicy,
  holders: Partial<Record<ObjectRole, readonly string[]>>,
  personId: string,
): ObjectRole[] {
  return policy.requiredRoles.filter((role) => (holders[role] ?? []).includes(personId));
}

/** The same question asked of an approval state as the API returns it (what the tab and the card hold). */
export function myApproverRows<A extends Pick<ApproverStatus, 'personIds'>>(
  actor: { personId: string } | null,
  approval: { approvers: readonly A[] },
): A[] {
  return actor ? approval.approvers.filter((a) => a.personIds.includes(actor.personId)) : [];
}

/** May this person answer the plan's approval at all (approve or reject)? Only its required approvers. */
export function canAnswerApproval(
  actor: { personId: string } | null,
  approval: { approvers: readonly Pick<ApproverStatus, 'personIds'>[] },
): Permission {
  return myApproverRows(actor, approval).length > 0 ? ALLOW : deny('notApprover');
}

/** Rows still waiting for this person's answer: the tab shows "Godkänn" and the card its buttons for these. */
export function awaitingMyAnswer<A extends Pick<ApproverStatus, 'personIds' | 'outcome'>>(
  actor: { personId: string } | null,
  approval: { approvers: readonly A[] },
): A[] {
  return myApproverRows(actor, approval).filter((a) => a.outcome === null);
}

/** Is a kind of decision within a forum's mandate? (e.g. only PSG decides priorities across objects) */
export function isWithinMandate(forum: ForumKind, kind: DecisionKind): boolean {
  return FORUM_RULES[forum].mandate.includes(kind);
}

export function checkMandate(forum: ForumKind, kind: DecisionKind): Permission {
  return isWithinMandate(forum, kind) ? ALLOW : deny('outsideMandate');
}

/** The forum that holds the mandate for a kind of decision. */
export function forumForDecision(kind: DecisionKind): ForumKind {
  const forum = (Object.keys(FORUM_RULES) as ForumKind[]).find((f) => FORUM_RULES[f].mandate.includes(kind));
  return forum!;
}

/** A channel is bound to an object by someone who works in it (or an administrator). */
export function canBindChannel(actor: ActorRoles, objectId: string): Permission {
  return hasAnyRoleIn(actor, objectId) || isAdministrator(actor) ? ALLOW : deny('noRoleForChannel');
}

/** Only a forum's convener, or someone they named as delegate, schedules, moves and cancels its meetings. */
export function canSchedule(actor: ActorRoles, conveners: readonly string[]): Permission {
  return conveners.includes(actor.personId) ? ALLOW : deny('notConvener');
}

/**
 * A private calendar feed (its link, and reading through it) is for the people the model brings into the
 * forums: anyone holding a role, in an object or in the organisation. Checked again on every read of the
 * feed, so that a link stops working when its holder's last role ends.
 */
export function canSubscribeToFeeds(actor: ActorRoles): Permission {
  return actor.assignments.length > 0 ? ALLOW : deny('noRole');
}

/**
 * A forum's settings (the convener's delegates, how often, when and where it meets) are decided by its
 * chair or convener (for an OSG the business owner, 000 §2.3.2: "upp till varje objektägare"); the model
 * owner, who keeps the governance model, and an administrator may record them too. Delegates schedule
 * meetings but do not name delegates or change the forum's rules.
 */
export function canConfigureForum(
  actor: ActorRoles,
  forum: { chairs: readonly string[]; conveners: readonly string[] },
): Permission {
  if (forum.chairs.includes(actor.personId) || forum.conveners.includes(actor.personId)) return ALLOW;
  return holdsOrganisationRole(actor, ['modelOwner', 'administrator']) ? ALLOW : deny('notForumKeeper');
}

/** Where a forum's agendas and decisions are posted is chosen by its chair or convener (or a delegate). */
export function canBindForumChannel(
  actor: ActorRoles,
  forum: { chairs: readonly string[]; conveners: readonly string[] },
): Permission {
  return forum.chairs.includes(actor.personId) || forum.conveners.includes(actor.personId)
    ? ALLOW
    : deny('notForumChannelKeeper');
}

/**
 * Minutes are written by the forum's convener (or a delegate the convener named), by the role that keeps
 * the forum's minutes (PSG: the head of digitalisation) and by the secretary (protokollförare) named on
 * the minutes themselves. The service gathers these people; the rule is that no one else writes.
 */
export function canWriteMinutes(actor: ActorRoles, writers: readonly string[]): Permission {
  return writers.includes(actor.personId) ? ALLOW : deny('notMinutesWriter');
}

/** Only the adjusters (justerare) named on the minutes adjust them — not the convener, not an administrator. */
export function canAdjustMinutes(actor: ActorRoles, adjusters: readonly string[]): Permission {
  return adjusters.includes(actor.personId) ? ALLOW : deny('notAdjuster');
}

// ——— The orderer–performer organisation (issue 17, seed 002) ———

/**
 * The orderer function (beställarfunktionen) sits at the IT organisation's tactical level under the IT
 * manager; the municipality's model has no role of its own for it yet, so the IT manager and the head of
 * digitalisation act as it (ADR 0025).
 */
export const ORDERER_FUNCTION_ROLES = ['itChief', 'digitalisationChief'] as const;

export function isOrdererFunction(actor: ActorRoles): boolean {
  return holdsOrganisationRole(actor, ORDERER_FUNCTION_ROLES);
}

/** The service catalogue is the orderer function's (002: ändringsansvarig answers for it). */
export function canEditServiceCatalogue(actor: ActorRoles): Permission {
  return isOrdererFunction(actor) || isAdministrator(actor) ? ALLOW : deny('notCatalogueKeeper');
}

/** An object orders (or stops ordering) a service through its owners or leaders. */
export function canOrderService(actor: ActorRoles, objectId: string): Permission {
  return isOwner(actor, objectId) || isLeader(actor, objectId) || isAdministrator(actor)
    ? ALLOW
    : deny('notServiceOrderer');
}

/** The HUKI matrix is part of the model: kept by the model owner (journeys: Modellansvarig). */
export function canEditHuki(actor: ActorRoles): Permission {
  return holdsOrganisationRole(actor, ['modelOwner', 'administrator']) ? ALLOW : deny('notHukiKeeper');
}

/** A need is registered by someone working in the object (the department's orderer), or the orderer function. */
export function canRegisterNeed(actor: ActorRoles, objectId: string): Permission {
  return hasAnyRoleIn(actor, objectId) || isOrdererFunction(actor) || isAdministrator(actor)
    ? ALLOW
    : deny('notOrdererInObject');
}

/** Assessing, handing over and cancelling orders is the orderer function's. */
export function canAssessOrder(actor: ActorRoles): Permission {
  return isOrdererFunction(actor) ? ALLOW : deny('notOrdererFunction');
}

/** Approval above the threshold is the object's owners'. */
export function canApproveOrder(actor: ActorRoles, objectId: string): Permission {
  return isOwner(actor, objectId) ? ALLOW : deny('notOrderApprover');
}

/**
 * The threshold above which the owners approve an object's orders is theirs to set (it is their approval),
 * or the model owner's, who keeps the model's rules (ADR 0029).
 */
export function canSetOrderThreshold(actor: ActorRoles, objectId: string): Permission {
  return isOwner(actor, objectId) || holdsOrganisationRole(actor, ['modelOwner'])
    ? ALLOW
    : deny('notThresholdKeeper');
}

/** The performer named at the hand-over estimates and delivers; the object's IT leader may stand in. */
export function canPerformOrder(
  actor: ActorRoles,
  order: { objectId: string; performerPersonId: string | null },
): Permission {
  return order.performerPersonId === actor.personId || holdsObjectRole(actor, order.objectId, ['leaderIt'])
    ? ALLOW
    : deny('notPerformer');
}

/** The delivery is accepted by whoever ordered it, or by the object's business owner or leader. */
export function canAcceptOrder(
  actor: ActorRoles,
  order: { objectId: string; requesterPersonId: string },
): Permission {
  return order.requesterPersonId === actor.personId ||
    holdsObjectRole(actor, order.objectId, ['ownerBusiness', 'leaderBusiness'])
    ? ALLOW
    : deny('notOrderAcceptor');
}

/** The project portfolio is followed by the orderer function (002); an administrator may correct it. */
export function canEditPortfolio(actor: ActorRoles): Permission {
  return isOrdererFunction(actor) || isAdministrator(actor) ? ALLOW : deny('notPortfolioKeeper');
}

/** The monthly status report is the project manager's, or the orderer function's. */
export function canReportProject(actor: ActorRoles, project: { managerPersonId: string | null }): Permission {
  return project.managerPersonId === actor.personId || isOrdererFunction(actor)
    ? ALLOW
    : deny('notProjectReporter');
}

/**
 * The year's follow-up (issue 16): outcome, its code table and imports, the interim follow-up and the
 * objektberättelse are prepared by the object's leaders (and its owners, who answer for the plan).
 */
export function canFollowUp(actor: ActorRoles, objectId: string): Permission {
  if (isOwner(actor, objectId) || isLeader(actor, objectId)) return ALLOW;
  // Its own reason: the refusal names the follow-up, not "this" (issue 16).
  return deny('notFollowUpWriter');
}

/** The OSG notes an interim follow-up at its meeting; the owners record that in its name. */
export function canNoteFollowUp(actor: ActorRoles, objectId: string): Permission {
  return isOwner(actor, objectId) ? ALLOW : deny('notNoter');
}

/**
 * The municipality's steering documents (policy, strategic plan) are kept as data by the model owner, who
 * keeps the governance model (issue 16), or an administrator; they are adopted elsewhere (KF, KS).
 */
export function canMaintainSteeringDocuments(actor: ActorRoles): Permission {
  return holdsOrganisationRole(actor, ['modelOwner', 'administrator']) ? ALLOW : deny('notSteeringKeeper');
}

/** The strategic object plan is written like the object plan: by the object's leaders and owners. */
export function canEditStrategicPlan(actor: ActorRoles, objectId: string): Permission {
  // Its own reason: the refusal names the strategic plan, not "this" (issue 16).
  return canEditPlan(actor, objectId).allowed ? ALLOW : deny('notStrategicPlanWriter');
}

/** The roles that must approve under an approval policy, as the `approvers` parameter of a refusal. */
export function approverTerms(policy: ApprovalPolicy): string {
  return `allTerms:${policy.requiredRoles.join(',')}`;
}

/**
 * Linking an objektplan's goals to the goals of its object's strategic object plan (issue 16 point 4): those
 * who write the plan, its owners and leaders. The one home of who may; the refusals of a wrong link name
 * them too (`strategicLinkers`), so a leader is told the same rule as someone refused outright.
 */
const STRATEGIC_LINKERS: readonly ObjectRole[] = [...OWNER_ROLES, ...LEADER_ROLES];

export function canLinkStrategicGoals(actor: ActorRoles, objectId: string): Permission {
  return holdsObjectRole(actor, objectId, STRATEGIC_LINKERS) ? ALLOW : deny('notStrategicLinker');
}

/** Who may link a plan's goals to strategic goals, as the `linkers` parameter of their messages. */
export function strategicLinkers(): string {
  return `allTerms:${STRATEGIC_LINKERS.join(',')}`;
}

/**
 * Linking an object's goals and initiatives to the strategic goals: the object's leaders and owners, and the
 * model owner, who keeps the goal chain whole across objects.
 */
export function canLinkGoals(actor: ActorRoles, objectId: string): Permission {
  if (isOwner(actor, objectId) || isLeader(actor, objectId)) return ALLOW;
  return holdsOrganisationRole(actor, ['modelOwner']) ? ALLOW : deny('notGoalLinker');
}

/**
 * A system in the register (and its integrations) is kept by its systemägare — the person named on the
 * system, else the object's owners, as pm3 maps the role — and by the model owner, who keeps the register
 * as a whole (issue 17).
 */
export function canEditSystem(
  actor: ActorRoles,
  objectId: string,
  systemOwnerPersonId: string | null | undefined,
): Permission {
  if (systemOwnerPersonId && actor.personId === systemOwnerPersonId) return ALLOW;
  if (isOwner(actor, objectId) || holdsOrganisationRole(actor, ['modelOwner'])) return ALLOW;
  return deny('notSystemKeeper');
}

/**
 * Importing a sheet: for those who keep some part of the register (an object's owner, the model owner);
 * each row is still checked against canEditSystem for its own object.
 */
export function canImportSystems(actor: ActorRoles): Permission {
  if (holdsOrganisationRole(actor, ['modelOwner'])) return ALLOW;
  if (actor.assignments.some((a) => a.objectId !== null && OWNER_ROLES.includes(a.role as ObjectRole)))
    return ALLOW;
  return deny('notSystemKeeper');
}

/**
 * Reading the register (objects, plans, systems, decisions, who holds which role) from outside the tab —
 * the message extension in a chat, Copilot — is for people Objektnav knows: it answers as the person the
 * Teams or Entra sign-in names, and someone it does not know (a guest, an account not yet added) is told
 * so instead of seeing the municipality's register. Everyone Objektnav knows reads all of it, as in the tab.
 */
export function canReadRegister(actor: ActorRoles | null): Permission {
  return actor ? ALLOW : deny('notKnownReader');
}
