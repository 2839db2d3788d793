/**
 * The access matrix's rows for server actions: one per action of the build's server-reference manifest (file and
 * export name), with a valid input built from the seeded ids, the phase it is called in and who may call it.
 * Inputs for the allowed callers carry a stale version where the action has one, so a call that passes the rights
 * stops at the version check instead of changing the world the other cells read.
 */
import type { MatrixCaller, MatrixPhase, MatrixWorld } from "./access-matrix-data";
import { MATRIX_COUNTRIES, MATRIX_EMAILS } from "./access-matrix-data";

export interface ActionRow {
  /** The edition (by phase) the action is called on: the phase where it does its work. */
  phase: MatrixPhase;
  input: (world: MatrixWorld, phase: MatrixPhase) => Record<string, unknown>;
  /** Who must get past the rights; "public" when the action needs no session (its token is the credential). */
  allowed: readonly MatrixCaller[] | "public";
  /** Called after every other cell, because the allowed call changes what it acts on. */
  isLast?: boolean;
}

const STALE = 999_999;
// A rubric version (a SHA-256) that no rubric has.
const STALE_RUBRIC = "0".repeat(64);
const ADMIN = ["admin"] as const;
const CHAIR_OR_ADMIN = ["admin", "chair"] as const;
const UNKNOWN_UUID = "00000000-0000-4000-8000-000000000000";

/** Every field of the dossier form, as the form sends it. */
const DOSSIER_CONTENT = {
  title: "Matrix dossier",
  organisation: "Matrix organisation",
  contactName: "Matrix Contact",
  contactEmail: "matrix.contact@matrix.invalid",
  contactPhone: "+385 1 234 5678",
  startDate: "2040-01-01",
  isOngoing: true,
  endDate: "",
  links: [],
  description: "A project made up for the access matrix.",
  answerPrevention: "Prevention answer.",
  answerEvaluation: "Evaluation answer.",
  answerInnovation: "Innovation answer.",
  answerPartners: "Partners answer.",
  answerReplication: "Replication answer.",
};

/** Every field of the edition settings form, as the form sends it. */
const EDITION_SETTINGS = {
  theme: "Matrix theme",
  description: "",
  presidencyCountryCode: MATRIX_COUNTRIES.A,
  timeZone: "Europe/Brussels",
  nationalCallOpensOn: "",
  nationalCallClosesOn: "",
  submissionDeadline: "2040-09-30T23:59",
  gracePeriodMinutes: "0",
  eligibilityDeadline: "",
  juryDeadline: "2040-11-10T17:00",
  juryMeetingOn: "",
  ceremonyStartsOn: "2040-12-04",
  ceremonyEndsOn: "",
  ceremonyPlace: "",
  descriptionWordLimit: "600",
  answerWordLimit: "500",
  awardedPlaces: "3",
  prizes: [],
  maxVotingJurors: "8",
  scoreVisibility: "own_only",
  isNormalised: false,
  assignmentMode: "all",
  jurorsPerDossier: "",
  contactRetentionMonths: "24",
  tieBreak1: "median",
  tieBreak2: "",
  tieBreak3: "",
};

const edition = (world: MatrixWorld, phase: MatrixPhase) => world.editions[phase];

function adminAction(phase: MatrixPhase, input: ActionRow["input"], isLast = false): ActionRow {
  return { phase, input, allowed: ADMIN, isLast };
}

export const ACTION_ROWS: Record<string, ActionRow> = {
  // The outbox: the seeded message is no invitation, so the secretariat gets past the rights and is told so.
  "app/admin/outbox/actions.ts#resendInvitationAction": adminAction("eligibility", (w) => ({ messageId: w.outboxMessageId })),
  // The people pages: each allowed call meets a refusal past the rights (a disabled account, yourself, a set password).
  "app/admin/people/invite/actions.ts#invitePersonAction": adminAction("draft", () => ({
    email: MATRIX_EMAILS.disabled,
    name: "Matrix Disabled",
    role: "admin",
    countryCode: "",
    editionId: "",
  })),
  "app/admin/people/[id]/actions.ts#setAccountActiveAction": adminAction("draft", (w) => ({ userId: w.userIds.admin, isActive: false })),
  "app/admin/people/[id]/actions.ts#resendPersonInvitationAction": adminAction("draft", (w) => ({ userId: w.userIds.admin })),
  "app/admin/people/[id]/actions.ts#replaceCoordinatorAction": adminAction("draft", () => ({
    email: MATRIX_EMAILS.disabled,
    name: "",
    countryCode: MATRIX_COUNTRIES.C,
    editionId: "",
  })),

  // Erasure: the secretariat aims at its own account, which is refused after the rights (CONFLICT), so nobody is erased.
  "app/admin/audit/erasure/actions.ts#erasePersonAction": adminAction("eligibility", (w) => ({ userId: w.userIds.admin, reason: "Access matrix", confirmation: "ERASE" })),
  // The secretariat: phases and eligibility.
  "app/admin/editions/[year]/actions.ts#advancePhaseAction": adminAction("draft", (w, p) => ({
    editionId: edition(w, p).id,
    from: "draft",
    to: "nominations_open",
    version: STALE,
  })),
  "app/admin/editions/[year]/actions.ts#decideEligibilityAction": adminAction("eligibility", (w, p) => ({
    nominationId: edition(w, p).nominationId,
    version: STALE,
    decision: "accept",
  })),
  // The draft cannot be reopened (it is not submitted): the secretariat passes the rights and stops there.
  "app/admin/editions/[year]/actions.ts#reopenNominationAction": adminAction("nominations_open", (w, p) => ({
    id: edition(w, p).nominationId,
    reason: "Access matrix",
  })),

  // The secretariat: editions. Creating and copying name a year that exists, so the secretariat is told so
  // (CONFLICT) and nothing is made; editing and deleting carry a stale version.
  "app/admin/editions/new/actions.ts#createEditionAction": adminAction("draft", (w, p) => ({ year: String(edition(w, p).year), ...EDITION_SETTINGS })),
  "app/admin/editions/[year]/settings/actions.ts#updateEditionAction": adminAction("draft", (w, p) => ({
    editionId: edition(w, p).id,
    version: STALE,
    ...EDITION_SETTINGS,
  })),
  "app/admin/editions/[year]/settings/actions.ts#copyEditionAction": adminAction("draft", (w, p) => ({
    editionId: edition(w, p).id,
    year: String(w.editions.published.year),
  })),
  "app/admin/editions/[year]/settings/actions.ts#deleteEditionAction": adminAction("draft", (w, p) => ({ editionId: edition(w, p).id, version: STALE })),

  // The secretariat: jury, assignments, conflicts, progress.
  "app/admin/editions/[year]/jury/actions.ts#addJuryMemberAction": adminAction("eligibility", (w, p) => ({
    editionId: edition(w, p).id,
    email: "matrix.juror.b@matrix.invalid",
    name: "Matrix Juror B",
    countryCode: MATRIX_COUNTRIES.B,
    role: "voting",
    isChair: false,
  })),
  "app/admin/editions/[year]/jury/actions.ts#setJuryChairAction": adminAction("eligibility", (w, p) => ({
    editionId: edition(w, p).id,
    membershipId: edition(w, p).chairMembershipId,
  })),
  "app/admin/editions/[year]/jury/actions.ts#setJuryRoleAction": adminAction("eligibility", (w, p) => ({
    editionId: edition(w, p).id,
    membershipId: edition(w, p).chairMembershipId,
    role: "voting",
  })),
  // The assigned juror submitted a sheet in deliberation, so the secretariat is told the member cannot go.
  "app/admin/editions/[year]/jury/actions.ts#removeJuryMemberAction": adminAction("deliberation", (w, p) => ({
    editionId: edition(w, p).id,
    membershipId: edition(w, p).jurorMembershipId,
  })),
  "app/admin/editions/[year]/jury/actions.ts#resendJuryInvitationAction": adminAction("eligibility", (w, p) => ({
    editionId: edition(w, p).id,
    membershipId: edition(w, p).chairMembershipId,
  })),
  "app/admin/editions/[year]/jury/actions.ts#updateVotingCapAction": adminAction("eligibility", (w, p) => ({
    editionId: edition(w, p).id,
    maxVotingJurors: 8,
  })),
  "app/admin/editions/[year]/assignments/actions.ts#updateAssignmentSettingsAction": adminAction("eligibility", (w, p) => ({
    editionId: edition(w, p).id,
    version: STALE,
    mode: "per_dossier",
    jurorsPerDossier: "1",
  })),
  "app/admin/editions/[year]/assignments/actions.ts#generateAssignmentsAction": adminAction("eligibility", (w, p) => ({ editionId: edition(w, p).id })),
  "app/admin/editions/[year]/assignments/actions.ts#addAssignmentAction": adminAction("eligibility", (w, p) => ({
    editionId: edition(w, p).id,
    jurorUserId: w.userIds.jurorUnassigned,
    nominationId: edition(w, p).nominationId,
  })),
  "app/admin/editions/[year]/assignments/actions.ts#removeAssignmentAction": adminAction("eligibility", (w, p) => ({
    editionId: edition(w, p).id,
    jurorUserId: w.userIds.jurorUnassigned,
    nominationId: edition(w, p).nominationId,
  })),
  "app/admin/editions/[year]/conflicts/actions.ts#addConflictAction": adminAction("jury_scoring", (w, p) => ({
    editionId: edition(w, p).id,
    jurorUserId: w.userIds.jurorUnassigned,
    nominationId: edition(w, p).nominationId,
    reason: "Access matrix",
  })),
  "app/admin/editions/[year]/progress/actions.ts#sendRemindersAction": adminAction("jury_scoring", (w, p) => ({ editionId: edition(w, p).id })),
  "app/admin/editions/[year]/progress/actions.ts#closeJuryAction": adminAction("jury_scoring", (w, p) => ({
    editionId: edition(w, p).id,
    version: STALE,
    isForced: true,
    reason: "Access matrix",
  })),

  // The secretariat: the edition's message texts (a stale version stops the allowed save; a reset of a built-in text changes nothing).
  "app/admin/editions/[year]/messages/actions.ts#saveMailTemplateAction": adminAction("nominations_open", (w, p) => ({
    editionId: edition(w, p).id,
    kind: "nominations-reminder",
    version: STALE,
    subject: "Matrix reminder",
    body: "Due {{deadline}}.",
  })),
  "app/admin/editions/[year]/messages/actions.ts#resetMailTemplateAction": adminAction("nominations_open", (w, p) => ({
    editionId: edition(w, p).id,
    kind: "nominations-reminder",
    version: STALE,
  })),

  // The secretariat: rubric (draft), ranking and result (deliberation, published), ceremony.
  "app/admin/editions/[year]/rubric/actions.ts#addCriterionAction": adminAction("draft", (w, p) => ({
    editionId: edition(w, p).id,
    rubricVersion: STALE_RUBRIC,
    title: "Matrix criterion",
    guidance: "",
    weight: 1,
    scaleMin: 1,
    scaleMax: 10,
    isCommentRequired: false,
  })),
  "app/admin/editions/[year]/rubric/actions.ts#updateCriterionAction": adminAction("draft", (w, p) => ({
    editionId: edition(w, p).id,
    rubricVersion: STALE_RUBRIC,
    criterionId: edition(w, p).criterionIds[0],
    title: "Matrix criterion",
    guidance: "",
    weight: 1,
    scaleMin: 1,
    scaleMax: 10,
    isCommentRequired: false,
  })),
  "app/admin/editions/[year]/rubric/actions.ts#removeCriterionAction": adminAction("draft", (w, p) => ({
    editionId: edition(w, p).id,
    rubricVersion: STALE_RUBRIC,
    criterionId: edition(w, p).criterionIds[0],
  })),
  "app/admin/editions/[year]/rubric/actions.ts#moveCriterionAction": adminAction("draft", (w, p) => ({
    editionId: edition(w, p).id,
    rubricVersion: STALE_RUBRIC,
    criterionId: edition(w, p).criterionIds[0],
    direction: "down",
  })),
  "app/admin/editions/[year]/ranking/actions.ts#saveAwardsAction": adminAction("deliberation", (w, p) => ({
    editionId: edition(w, p).id,
    places: [{ rank: 1, nominationId: edition(w, p).nominationId, prize: "EUR 10,000", juryReason: "The matrix's winner." }],
  })),
  // Chair or secretariat, checked by the data layer: the chair may use the secretariat page's action too.
  "app/admin/editions/[year]/ranking/actions.ts#recordTieDecisionAction": {
    phase: "deliberation",
    input: (w, p) => ({ editionId: edition(w, p).id, orderedNominationIds: [edition(w, p).nominationId, UNKNOWN_UUID], reason: "Access matrix" }),
    allowed: CHAIR_OR_ADMIN,
  },
  "app/admin/editions/[year]/ranking/actions.ts#saveJuryStatementAction": {
    phase: "deliberation",
    input: (w, p) => ({ editionId: edition(w, p).id, statement: "The matrix jury's statement." }),
    allowed: CHAIR_OR_ADMIN,
  },
  // Already sealed and published: the secretariat passes the rights and is told so.
  "app/admin/editions/[year]/result/actions.ts#freezeResultAction": adminAction("published", (w, p) => ({ editionId: edition(w, p).id })),
  "app/admin/editions/[year]/result/actions.ts#unfreezeResultAction": adminAction("published", (w, p) => ({ editionId: edition(w, p).id, reason: "Access matrix" })),
  "app/admin/editions/[year]/ceremony/actions.ts#startCeremonyAction": adminAction("deliberation", (w, p) => ({ editionId: edition(w, p).id, mode: "live" })),
  "app/admin/editions/[year]/ceremony/actions.ts#moveCeremonyStepAction": adminAction("deliberation", (w, p) => ({
    editionId: edition(w, p).id,
    mode: "rehearsal",
    direction: "next",
    version: STALE,
  })),
  "app/admin/editions/[year]/ceremony/actions.ts#restartRehearsalAction": adminAction("deliberation", (w, p) => ({ editionId: edition(w, p).id, version: STALE })),
  "app/admin/editions/[year]/ceremony/actions.ts#saveNomineeOrderAction": adminAction("deliberation", (w, p) => ({
    editionId: edition(w, p).id,
    mode: "rehearsal",
    version: STALE,
    order: [edition(w, p).nominationId],
  })),
  "app/admin/editions/[year]/ceremony/actions.ts#setEmbargoAction": adminAction("deliberation", (w, p) => ({ editionId: edition(w, p).id, version: STALE, embargoAt: "" })),

  // The coordinators: A's coordinators on A's dossier.
  "app/coordinator/actions.ts#createNominationAction": {
    phase: "nominations_open",
    input: (w, p) => ({ year: edition(w, p).year, countryCode: MATRIX_COUNTRIES.A, kind: "additional", title: "Matrix extra", organisation: "", description: "" }),
    allowed: ["coordinatorOwn"],
  },
  "app/coordinator/actions.ts#saveNominationAction": {
    phase: "nominations_open",
    input: (w, p) => ({ id: edition(w, p).nominationId, version: STALE, ...DOSSIER_CONTENT }),
    allowed: ["coordinatorOwn"],
  },
  "app/coordinator/actions.ts#loadNominationAction": {
    phase: "nominations_open",
    input: (w, p) => ({ id: edition(w, p).nominationId }),
    allowed: ["coordinatorOwn"],
  },
  "app/coordinator/actions.ts#submitNominationAction": {
    phase: "nominations_open",
    input: (w, p) => ({ id: edition(w, p).nominationId, version: STALE }),
    allowed: ["coordinatorOwn"],
  },
  // The draft is not submitted, so A's coordinator passes the rights and is told there is nothing to withdraw.
  "app/coordinator/actions.ts#withdrawNominationAction": {
    phase: "nominations_open",
    input: (w, p) => ({ id: edition(w, p).nominationId }),
    allowed: ["coordinatorOwn"],
  },

  // Anyone with the invitation token; an unknown token is refused alike for every caller.
  "app/invitation/[token]/actions.ts#acceptInvitationAction": {
    phase: "draft",
    input: () => ({ token: "unknownMatrixInvitationToken0123456789abcde", password: "a-long-enough-password", confirmPassword: "a-long-enough-password" }),
    allowed: "public",
  },

  // Anyone with a reset token; an unknown token is refused alike for every caller.
  "app/password/reset/[token]/actions.ts#resetPasswordAction": {
    phase: "draft",
    input: () => ({ token: "unknownMatrixInvitationToken0123456789abcde", password: "a-long-enough-password", confirmPassword: "a-long-enough-password" }),
    allowed: "public",
  },
  // Anyone signed out may ask for a reset link, and its answer is "ok" for any address by design; the matrix sends a
  // malformed one (INVALID) so that nine callers do not fill a real throttle or the outbox. The integration tests
  // (tests/integration/people.test.ts) cover the real answers.
  "app/password/forgot/actions.ts#requestPasswordResetAction": {
    phase: "draft",
    input: () => ({ email: "not-an-email-address" }),
    allowed: "public",
  },

  // The jury: the assigned juror on the dossier; the chair in deliberation.
  "app/jury/actions.ts#saveScoreSheetAction": {
    phase: "jury_scoring",
    input: (w, p) => ({ nominationId: edition(w, p).nominationId, version: STALE, intent: "draft", overallComment: "" }),
    allowed: ["jurorAssigned"],
  },
  "app/jury/actions.ts#reopenScoreSheetAction": {
    phase: "jury_scoring",
    input: (w, p) => ({ nominationId: edition(w, p).nominationId, version: STALE }),
    allowed: ["jurorAssigned"],
  },
  "app/jury/actions.ts#declareConflictAction": {
    phase: "jury_scoring",
    input: (w, p) => ({ nominationId: edition(w, p).nominationId, reason: "Access matrix" }),
    allowed: ["jurorAssigned"],
    isLast: true,
  },
  "app/jury/deliberation/[year]/actions.ts#recordChairTieDecisionAction": {
    phase: "deliberation",
    input: (w, p) => ({ editionId: edition(w, p).id, orderedNominationIds: [edition(w, p).nominationId, UNKNOWN_UUID], reason: "Access matrix" }),
    allowed: CHAIR_OR_ADMIN,
  },
  "app/jury/deliberation/[year]/actions.ts#saveChairStatementAction": {
    phase: "deliberation",
    input: (w, p) => ({ editionId: edition(w, p).id, statement: "The matrix jury's statement." }),
    allowed: CHAIR_OR_ADMIN,
  },
};
