import type { EditionPhase, NominationKind, NominationState } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";

/** The parts of an edition and a dossier that decide who may do what. */
export interface AccessResource {
  edition: { id: number; phase: EditionPhase };
  nomination?: { countryCode: string; kind: NominationKind; state: NominationState };
  /** Jurors who declared, or were given, a conflict on this nomination. */
  conflictedJurorIds?: readonly number[];
  /** Jurors this nomination is assigned to; scoring and declaring a conflict need an assignment. */
  assignedJurorIds?: readonly number[];
}

type Rule = {
  roles: readonly ("admin" | "coordinator" | "juror" | "chair")[];
  phases?: readonly EditionPhase[];
  /** An extra condition on the person and the resource, for rules that depend on country or state. */
  when?: (user: SessionUser, resource: AccessResource) => boolean;
};

const ALL_PHASES: readonly EditionPhase[] = [
  "draft",
  "nominations_open",
  "eligibility",
  "jury_scoring",
  "deliberation",
  "published",
];

function isOwnCountryCoordinator(user: SessionUser, resource: AccessResource): boolean {
  return (
    resource.nomination !== undefined &&
    getCoordinatorCountries(user, resource.edition.id).includes(resource.nomination.countryCode)
  );
}

function isScorableByJuror(user: SessionUser, resource: AccessResource): boolean {
  const juror = getJurorMembership(user, resource.edition.id);
  const nomination = resource.nomination;
  return (
    juror !== undefined &&
    nomination !== undefined &&
    nomination.kind === "competing" &&
    ["accepted", "awarded", "participant"].includes(nomination.state) &&
    nomination.countryCode !== juror.countryCode &&
    !(resource.conflictedJurorIds ?? []).includes(user.id)
  );
}

function isAssignedScorableByJuror(user: SessionUser, resource: AccessResource): boolean {
  return isScorableByJuror(user, resource) && (resource.assignedJurorIds ?? []).includes(user.id);
}

/** Who may do what, in which phase: read by can() and tested cell by cell. */
export const PERMISSIONS = {
  "edition.manage": { roles: ["admin"] },
  "nomination.list-all": { roles: ["admin"] },
  "nomination.create": { roles: ["coordinator"], phases: ["nominations_open"] },
  "nomination.view": {
    roles: ["admin", "coordinator", "juror"],
    when: (user, r) => user.isAdmin || isOwnCountryCoordinator(user, r) || (isJuryPhase(r) && isScorableByJuror(user, r)),
  },
  "nomination.edit": {
    roles: ["coordinator"],
    phases: ["nominations_open"],
    when: (user, r) => isOwnCountryCoordinator(user, r) && r.nomination?.state === "draft",
  },
  "nomination.submit": {
    roles: ["coordinator"],
    phases: ["nominations_open"],
    when: (user, r) => isOwnCountryCoordinator(user, r) && r.nomination?.state === "draft",
  },
  "nomination.decide-eligibility": {
    roles: ["admin"],
    phases: ["eligibility"],
    when: (_user, r) => r.nomination?.kind === "competing" && ["submitted", "accepted", "rejected"].includes(r.nomination.state),
  },
  "sheet.score": { roles: ["juror"], phases: ["jury_scoring"], when: isAssignedScorableByJuror },
  "conflict.declare": { roles: ["juror"], phases: ["jury_scoring"], when: isAssignedScorableByJuror },
  // The chair sees the others' scores only once the jury is closed, like every juror.
  "ranking.view": {
    roles: ["admin", "chair"],
    phases: ["jury_scoring", "deliberation", "published"],
    when: (user, r) => user.isAdmin || r.edition.phase !== "jury_scoring",
  },
  "awards.choose": { roles: ["admin"], phases: ["deliberation"] },
  "edition.publish": { roles: ["admin"], phases: ["deliberation"] },
  "tie.decide": { roles: ["admin", "chair"], phases: ["deliberation"] },
  "jury-statement.write": { roles: ["admin", "chair"], phases: ["deliberation"] },
  "scores.export": { roles: ["admin"], phases: ["deliberation", "published"] },
  // Presenting the ceremony, live or in rehearsal, and watching the rehearsal's audience screen (it shows results).
  "ceremony.present": { roles: ["admin"], phases: ["deliberation", "published"] },
} satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

function isJuryPhase(resource: AccessResource): boolean {
  return ["jury_scoring", "deliberation", "published"].includes(resource.edition.phase);
}

export function getCoordinatorCountries(user: SessionUser, editionId: number): string[] {
  return user.memberships
    .filter((m) => m.role === "coordinator" && (m.editionId === null || m.editionId === editionId))
    .map((m) => m.countryCode)
    .filter((code): code is string => code !== null);
}

export function getJurorMembership(user: SessionUser, editionId: number) {
  const m = user.memberships.find((x) => x.role === "juror" && x.editionId === editionId);
  return m && m.countryCode ? { countryCode: m.countryCode, isChair: m.isChair, isVoting: m.isVoting } : undefined;
}

function holdsRole(user: SessionUser, role: Rule["roles"][number], editionId: number): boolean {
  switch (role) {
    case "admin":
      return user.isAdmin;
    case "coordinator":
      return getCoordinatorCountries(user, editionId).length > 0;
    case "juror":
      return getJurorMembership(user, editionId) !== undefined;
    case "chair":
      return getJurorMembership(user, editionId)?.isChair === true;
  }
}

/** Whether a signed-in user may take an action on a resource. Deadlines are checked by the database clock elsewhere. */
export function can(user: SessionUser | null, action: Action, resource: AccessResource): boolean {
  if (!user || !user.isActive) return false;
  const rule: Rule = PERMISSIONS[action];
  if (!(rule.phases ?? ALL_PHASES).includes(resource.edition.phase)) return false;
  if (!rule.roles.some((role) => holdsRole(user, role, resource.edition.id))) return false;
  return rule.when ? rule.when(user, resource) : true;
}
