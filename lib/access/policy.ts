import type { EditionPhase, NominationKind, NominationState } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { getJuryChangeBlock, type JuryChange } from "../domain/jury-changes";
import { DECIDABLE_STATES, JURY_PHASES, PHASES, SCORABLE_STATES } from "../domain/phases";
import { msg } from "../i18n/server-text";

/** The parts of an edition and a dossier that decide who may do what. */
export interface AccessResource {
  edition: {
    id: number;
    phase: EditionPhase;
    /** Whether the edition's result is sealed; rules marked `isRefusedWhenFrozen` read it. */
    isFrozen?: boolean;
    /** When the jury was closed (null while it is open); rules marked `isRefusedWhenJuryClosed` read it. */
    juryClosedAt?: Date | null;
  };
  nomination?: { countryCode: string; kind: NominationKind; state: NominationState };
  /** Jurors who declared, or were given, a conflict on this nomination. */
  conflictedJurorIds?: readonly number[];
  /** Jurors this nomination is assigned to; scoring and declaring a conflict need an assignment. */
  assignedJurorIds?: readonly number[];
  /** Whether the live show has started and not yet revealed the winner; the awards and its order hold still then. */
  isLiveShowRunning?: boolean;
}

/** Who acts: a signed-in person, or the job runner for scheduled work (an embargo's publication). */
export type Actor = SessionUser | "system";

export type AccessDecision =
  | { ok: true }
  | { ok: false; code: "UNAUTHORIZED" | "FORBIDDEN" | "CONFLICT"; reason: string };

type Role = "admin" | "coordinator" | "juror" | "chair";

interface Rule {
  roles: readonly Role[];
  /** A condition on the person and the resource (own country, assigned): refused as FORBIDDEN. */
  who?: (user: SessionUser, resource: AccessResource) => boolean;
  /** The phases the action belongs to: refused as CONFLICT outside them. */
  phases?: readonly EditionPhase[];
  /** A condition on the moment or the resource's state: a reason refuses it as CONFLICT. */
  when?: (resource: AccessResource, user: SessionUser | null) => string | null;
  isRefusedWhenFrozen?: boolean;
  isRefusedWhenJuryClosed?: boolean;
  /** Whether the job runner may take this action (scheduled work, with no one signed in). */
  isSystemAllowed?: boolean;
  /** What the wrong person is told. */
  forbidden: string;
  /** What the right person is told at the wrong moment. */
  outOfPhase?: string;
}

export const RESULT_FROZEN_REASON =
  msg("The result of this edition is frozen: it can no longer change. The secretariat can unfreeze it with a reason.");
export const JURY_CLOSED_REASON = msg("The jury is closed: scores can no longer change.");
const SIGNED_OUT_REASON = msg("Please sign in again: your session has ended.");
const SECRETARIAT = msg("Only the secretariat can do this.");

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
    (SCORABLE_STATES as readonly string[]).includes(nomination.state) &&
    nomination.countryCode !== juror.countryCode &&
    !(resource.conflictedJurorIds ?? []).includes(user.id)
  );
}

function isAssignedScorableByJuror(user: SessionUser, resource: AccessResource): boolean {
  return isScorableByJuror(user, resource) && (resource.assignedJurorIds ?? []).includes(user.id);
}

function isJuryPhase(resource: AccessResource): boolean {
  return (JURY_PHASES as readonly string[]).includes(resource.edition.phase);
}

/** A juror sees (and so may act on) a dossier only in the jury's phases: before them it is not found for them. */
function isAssignedDossierInJuryPhase(user: SessionUser, resource: AccessResource): boolean {
  return isJuryPhase(resource) && isAssignedScorableByJuror(user, resource);
}

/** The jury's work changes only while it may (pure rule in lib/domain/jury-changes), refused as the wrong moment. */
const whenJuryChangeOpen = (change: JuryChange) => (resource: AccessResource) =>
  getJuryChangeBlock(change, { phase: resource.edition.phase, juryClosedAt: resource.edition.juryClosedAt ?? null });
export const SEAL_FIRST_REASON =
  msg("Seal the result first, on the result page: only a sealed result is published, so the public record has its fingerprint.");
/** Refuses while the live show runs; the reason is one whole sentence so it translates as one. */
const whenNoLiveShow = (reason: string) => (r: AccessResource) => (r.isLiveShowRunning ? reason : null);

// The rubric is frozen from jury scoring on: one whole sentence per phase, so the phase's name translates with it.
const RUBRIC_FROZEN_REASONS: Partial<Record<EditionPhase, string>> = {
  jury_scoring: msg("The rubric is frozen because jury scoring has started (the edition is in its Jury scoring phase): its criteria can no longer change."),
  deliberation: msg("The rubric is frozen because jury scoring has started (the edition is in its Deliberation phase): its criteria can no longer change."),
  published: msg("The rubric is frozen because jury scoring has started (the edition is in its Published phase): its criteria can no longer change."),
};

const whenDraft = (resource: AccessResource) =>
  resource.nomination?.state === "draft" ? null : msg("This dossier was submitted: it is locked unless the secretariat reopens it.");

/** Who may do what, in which phase and state: read by authorize() and can(), and tested cell by cell. */
export const PERMISSIONS = {
  "edition.manage": { roles: ["admin"], forbidden: SECRETARIAT },
  // The whole edition as one archive (lib/portability): every row, the annexes and the seal, in any phase.
  "edition.export": { roles: ["admin"], forbidden: msg("Only the secretariat can export an edition.") },
  // Which setting may change in which phase is the pure rule of lib/domain/edition-edit-rules, read by the command.
  "edition.edit": { roles: ["admin"], forbidden: msg("Only the secretariat can change an edition's settings.") },
  "edition.copy": { roles: ["admin"], forbidden: msg("Only the secretariat can make next year's edition.") },
  "edition.delete": {
    roles: ["admin"],
    phases: ["draft"],
    forbidden: msg("Only the secretariat can delete an edition."),
    outOfPhase: msg("Only a draft edition can be deleted: this one has left its draft phase, so it stays on record."),
  },
  "nomination.list-all": { roles: ["admin"], forbidden: msg("Only the secretariat can see every nomination.") },
  "nomination.create": {
    roles: ["coordinator"],
    // Without a dossier (a page asking whether to offer the form) the role suffices; with one, its country must be theirs.
    who: (user, r) => r.nomination === undefined || isOwnCountryCoordinator(user, r),
    phases: ["nominations_open"],
    forbidden: msg("You cannot nominate projects for this country in this edition."),
    outOfPhase: msg("This edition does not take nominations now."),
  },
  "nomination.view": {
    roles: ["admin", "coordinator", "juror"],
    who: (user, r) => user.isAdmin || isOwnCountryCoordinator(user, r) || (isJuryPhase(r) && isScorableByJuror(user, r)),
    forbidden: msg("This nomination does not exist."),
  },
  // The secretariat's reading desk: the whole dossier (contact, annexes, history of its states), in every phase.
  "nomination.read-full": { roles: ["admin"], forbidden: msg("Only the secretariat can read the whole dossier.") },
  // Its annexes: the secretariat, its own country's coordinators once the edition is public (as on their pages), and
  // the jurors it is assigned to while the jury works (not their own country, no conflict): nobody else.
  "annex.read": {
    roles: ["admin", "coordinator", "juror"],
    who: (user, r) =>
      user.isAdmin || (r.edition.phase !== "draft" && isOwnCountryCoordinator(user, r)) || isAssignedDossierInJuryPhase(user, r),
    forbidden: msg("This annex does not exist or you may not see it."),
  },
  "nomination.edit": {
    roles: ["coordinator"],
    who: isOwnCountryCoordinator,
    phases: ["nominations_open"],
    when: whenDraft,
    forbidden: msg("Only the coordinators of its country can edit this dossier."),
    outOfPhase: msg("This edition no longer takes changes to dossiers."),
  },
  "nomination.submit": {
    roles: ["coordinator"],
    who: isOwnCountryCoordinator,
    phases: ["nominations_open"],
    // A submitted dossier submitted again answers its receipt, so a retried request is harmless.
    when: (r) => (r.nomination?.state === "submitted" ? null : whenDraft(r)),
    forbidden: msg("Only the coordinators of its country can submit this dossier."),
    outOfPhase: msg("This edition no longer takes dossiers."),
  },
  "nomination.withdraw": {
    roles: ["coordinator"],
    who: isOwnCountryCoordinator,
    phases: ["nominations_open"],
    when: (r) =>
      r.nomination?.state === "submitted"
        ? null
        : r.nomination?.state === "draft"
          ? msg("This dossier is a draft: there is nothing to withdraw.")
          : msg("The secretariat has decided on this dossier's eligibility, so it can no longer be withdrawn."),
    forbidden: msg("Only the coordinators of its country can withdraw this dossier."),
    outOfPhase: msg("This edition no longer takes withdrawals."),
  },
  "nomination.reopen": {
    roles: ["admin"],
    phases: ["nominations_open"],
    when: (r) =>
      r.nomination?.state === "submitted"
        ? null
        : r.nomination?.state === "draft"
          ? msg("This dossier is already a draft.")
          : msg("Its eligibility is decided, so this dossier can no longer be reopened."),
    forbidden: msg("Only the secretariat can reopen a dossier."),
    outOfPhase: msg("A dossier can be reopened only while the edition takes nominations."),
  },
  "nomination.decide-eligibility": {
    roles: ["admin"],
    phases: ["eligibility"],
    when: (r) =>
      r.nomination?.kind === "competing" && (DECIDABLE_STATES as readonly string[]).includes(r.nomination.state)
        ? null
        : msg("Only submitted competing dossiers are decided on."),
    forbidden: msg("Only the secretariat can decide on eligibility."),
    outOfPhase: msg("Eligibility is decided during the eligibility phase only."),
  },
  "rubric.edit": {
    roles: ["admin"],
    when: (r) => RUBRIC_FROZEN_REASONS[r.edition.phase] ?? null,
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the secretariat can change the rubric."),
  },
  // Coordinators of a country for one edition: invited, replaced (lib/people). Standing ones are a global right.
  "coordinators.manage": {
    roles: ["admin"],
    forbidden: msg("Only the secretariat can choose a country's coordinators."),
  },
  "jury.manage": {
    roles: ["admin"],
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the secretariat can change the jury."),
  },
  "assignments.change": {
    roles: ["admin"],
    when: whenJuryChangeOpen("assignments"),
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the secretariat can change the jury's work."),
  },
  "assignments.configure": {
    roles: ["admin"],
    when: whenJuryChangeOpen("settings"),
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the secretariat can change the jury's work."),
  },
  "conflict.add": {
    roles: ["admin"],
    when: whenJuryChangeOpen("conflicts"),
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the secretariat can add a conflict of interest."),
  },
  "jury.remind": {
    roles: ["admin"],
    when: whenJuryChangeOpen("reminders"),
    forbidden: msg("Only the secretariat can remind the jury."),
  },
  // The edition's message texts; a sealed result changes nothing in them (the results-published notice is one).
  "messages.edit": { roles: ["admin"], forbidden: msg("Only the secretariat can change the edition's messages.") },
  // Scheduled reminders are queued by the job runner alone; nobody sends them by hand (jury.remind is the manual one).
  "reminders.send": {
    roles: [],
    isSystemAllowed: true,
    phases: ["nominations_open", "jury_scoring", "published"],
    forbidden: msg("Scheduled reminders are sent by the job runner only."),
    outOfPhase: msg("No scheduled reminder belongs to this phase."),
  },
  "jury.close": {
    roles: ["admin"],
    when: whenJuryChangeOpen("close"),
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the secretariat can close the jury."),
  },
  "sheet.score": {
    roles: ["juror"],
    who: isAssignedDossierInJuryPhase,
    phases: ["jury_scoring"],
    isRefusedWhenFrozen: true,
    isRefusedWhenJuryClosed: true,
    forbidden: msg("This dossier is not assigned to you for scoring."),
    outOfPhase: msg("Scores can be saved only while the jury is scoring."),
  },
  "conflict.declare": {
    roles: ["juror"],
    who: isAssignedDossierInJuryPhase,
    phases: ["jury_scoring"],
    isRefusedWhenFrozen: true,
    isRefusedWhenJuryClosed: true,
    forbidden: msg("This dossier is not assigned to you."),
    outOfPhase: msg("A conflict of interest is declared while the jury is scoring."),
  },
  // The chair sees the others' scores only once the jury is closed, like every juror.
  "ranking.view": {
    roles: ["admin", "chair"],
    who: (user, r) => user.isAdmin || r.edition.phase !== "jury_scoring",
    phases: JURY_PHASES,
    forbidden: msg("You may not see this edition's ranking."),
    outOfPhase: msg("The ranking exists once the jury is scoring."),
  },
  "awards.choose": {
    roles: ["admin"],
    phases: ["deliberation"],
    when: whenNoLiveShow(msg("The live show is running: the awards can no longer change until the winner is revealed.")),
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the secretariat can choose the awards."),
    outOfPhase: msg("The awards are chosen during deliberation."),
  },
  "edition.publish": {
    roles: ["admin"],
    phases: ["deliberation"],
    when: (r) => (r.edition.isFrozen ? null : SEAL_FIRST_REASON),
    isSystemAllowed: true,
    forbidden: msg("Only the secretariat can publish the results."),
    outOfPhase: msg("Results are published from deliberation."),
  },
  "publication.schedule": {
    roles: ["admin"],
    phases: ["draft", "nominations_open", "eligibility", "jury_scoring", "deliberation"],
    forbidden: msg("Only the secretariat can schedule the publication."),
    outOfPhase: msg("The results are already published."),
  },
  "result.freeze": {
    roles: ["admin"],
    phases: ["deliberation", "published"],
    forbidden: msg("Only the secretariat can freeze the result."),
    outOfPhase: msg("The result can be frozen once the jury is closed, from deliberation on."),
  },
  "result.unfreeze": {
    roles: ["admin"],
    phases: ["deliberation"],
    forbidden: msg("Only the secretariat can unfreeze the result."),
    outOfPhase:
      msg("The results are published: the sealed result is the public record, announced with its fingerprint, and cannot be unfrozen."),
  },
  "tie.decide": {
    roles: ["admin", "chair"],
    phases: ["deliberation"],
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the jury chair or the secretariat can decide a tie."),
    outOfPhase: msg("Ties are decided during deliberation only."),
  },
  "jury-statement.write": {
    roles: ["admin", "chair"],
    phases: ["deliberation"],
    isRefusedWhenFrozen: true,
    forbidden: msg("Only the jury chair or the secretariat can write the jury's statement."),
    outOfPhase: msg("The jury's statement can only be written during deliberation."),
  },
  "scores.export": {
    roles: ["admin"],
    phases: ["deliberation", "published"],
    forbidden: msg("Only the secretariat can export the scores."),
    outOfPhase: msg("The scores can be exported once the jury is closed, from deliberation on."),
  },
  // Presenting the ceremony, live or in rehearsal, and watching the rehearsal's audience screen (it shows results).
  "ceremony.present": {
    roles: ["admin"],
    phases: ["deliberation", "published"],
    forbidden: msg("Only the secretariat can present the ceremony."),
    outOfPhase: msg("The ceremony can be presented once the edition is in deliberation."),
  },
  // The live show reveals the result and publishes it at the winner, so it starts only on a sealed one.
  "ceremony.start-live": {
    roles: ["admin"],
    phases: ["deliberation", "published"],
    when: (r) =>
      r.edition.isFrozen || r.edition.phase === "published"
        ? null
        : msg("Seal the result first, on the result page: the live show reveals the sealed result and publishes it at the winner. A rehearsal needs no seal."),
    forbidden: msg("Only the secretariat can present the ceremony."),
    outOfPhase: msg("The ceremony can be presented once the edition is in deliberation."),
  },
  "ceremony.reorder": {
    roles: ["admin"],
    phases: ["deliberation", "published"],
    when: whenNoLiveShow(msg("The live show is running: the order of the nominees can no longer change.")),
    forbidden: msg("Only the secretariat can order the nominees."),
    outOfPhase: msg("The ceremony can be presented once the edition is in deliberation."),
  },
} satisfies Record<string, Rule>;

export type Action = keyof typeof PERMISSIONS;

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

function holdsRole(user: SessionUser, role: Role, editionId: number): boolean {
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

/**
 * Decides whether an actor may take an action on a resource, and why not: FORBIDDEN for the wrong person, CONFLICT
 * for the wrong moment (phase, state, frozen result, closed jury). The person is judged first, so a refusal never
 * tells an outsider what stage a resource is in. Deadlines are checked by the database clock in the commands.
 */
export function authorize(actor: Actor | null, action: Action, resource: AccessResource): AccessDecision {
  const rule: Rule = PERMISSIONS[action];
  if (actor === "system") {
    if (!rule.isSystemAllowed) return { ok: false, code: "FORBIDDEN", reason: rule.forbidden };
  } else {
    if (!actor) return { ok: false, code: "UNAUTHORIZED", reason: SIGNED_OUT_REASON };
    if (!actor.isActive) return { ok: false, code: "FORBIDDEN", reason: rule.forbidden };
    const holds = rule.roles.some((role) => holdsRole(actor, role, resource.edition.id));
    if (!holds || (rule.who && !rule.who(actor, resource))) return { ok: false, code: "FORBIDDEN", reason: rule.forbidden };
  }
  if (!(rule.phases ?? PHASES).includes(resource.edition.phase)) {
    return { ok: false, code: "CONFLICT", reason: rule.outOfPhase ?? msg("This cannot be done in the edition's current phase.") };
  }
  const reason = rule.when?.(resource, actor === "system" ? null : actor);
  if (reason) return { ok: false, code: "CONFLICT", reason };
  if (rule.isRefusedWhenFrozen && resource.edition.isFrozen) return { ok: false, code: "CONFLICT", reason: RESULT_FROZEN_REASON };
  if (rule.isRefusedWhenJuryClosed && resource.edition.juryClosedAt) return { ok: false, code: "CONFLICT", reason: JURY_CLOSED_REASON };
  return { ok: true };
}

/** Whether a signed-in user may take an action on a resource: authorize() without the reason, for pages and links. */
export function can(user: SessionUser | null, action: Action, resource: AccessResource): boolean {
  return authorize(user, action, resource).ok;
}

/** Rights that belong to no edition (the outbox and its invitations): who may, and what the others are told. */
export const GLOBAL_PERMISSIONS = {
  "outbox.read": { roles: ["admin"], forbidden: msg("Only the secretariat can read the outbox.") },
  "outbox.resend": { roles: ["admin"], forbidden: msg("Only the secretariat can resend an invitation.") },
  "people.read": { roles: ["admin"], forbidden: msg("Only the secretariat can see the people of the award.") },
  // Inviting to a standing role, disabling and re-enabling accounts, resending invitations.
  "people.manage": { roles: ["admin"], forbidden: msg("Only the secretariat can manage people's accounts.") },
  "audit.read": { roles: ["admin"], forbidden: msg("Only the secretariat can read the audit trail.") },
  "person.erase": { roles: ["admin"], forbidden: msg("Only the secretariat can erase a person's personal data.") },
  // An edition archive brought into this database (lib/portability/import-edition.ts): a new edition, so no edition's rule.
  "edition.import": { roles: ["admin"], forbidden: msg("Only the secretariat can import an edition.") },
  // The secretariat's home (/admin): the current edition and what needs attention.
  "admin.home": { roles: ["admin"], forbidden: msg("Only the secretariat can open the secretariat's home.") },
  "edition.create": { roles: ["admin"], forbidden: msg("Only the secretariat can create an edition.") },
} satisfies Record<string, { roles: readonly "admin"[]; forbidden: string }>;

export type GlobalAction = keyof typeof GLOBAL_PERMISSIONS;

/** authorize() for the rights of GLOBAL_PERMISSIONS, which no edition's phase or seal can change. */
export function authorizeGlobal(actor: SessionUser | null, action: GlobalAction): AccessDecision {
  const rule = GLOBAL_PERMISSIONS[action];
  if (!actor) return { ok: false, code: "UNAUTHORIZED", reason: SIGNED_OUT_REASON };
  const holds = actor.isActive && rule.roles.some((role) => role === "admin" && actor.isAdmin);
  return holds ? { ok: true } : { ok: false, code: "FORBIDDEN", reason: rule.forbidden };
}
