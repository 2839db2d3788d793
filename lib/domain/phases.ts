/**
 * The yearly cycle of an edition and the rules for moving it forward. Pure: no database, no framework.
 * The data layer gathers a PhaseContext (with the database clock) and asks canAdvance before it writes.
 */
import { msg, text, type ServerText } from "../i18n/server-text";

export const PHASES = ["draft", "nominations_open", "eligibility", "jury_scoring", "deliberation", "published"] as const;

export type Phase = (typeof PHASES)[number];

/** The phases in which the jury's work exists: scoring, then deliberation, then the published record. */
export const JURY_PHASES = ["jury_scoring", "deliberation", "published"] as const satisfies readonly Phase[];

/** Nomination states a juror scores (and the ranking, the catalogue and the ceremony list): accepted, and what accepted ones become at publication. */
export const SCORABLE_STATES = ["accepted", "awarded", "participant"] as const;

/** Nomination states the secretariat decides eligibility on, and may change its decision on during the phase. */
export const DECIDABLE_STATES = ["submitted", "accepted", "rejected"] as const;

/** The years an edition may have: the same range as the database's editions_year_range check, which reads these. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2200;

/** Whether the jury's work exists in this phase (scoring, deliberation, published). */
export function isJuryPhase(phase: Phase): boolean {
  return (JURY_PHASES as readonly Phase[]).includes(phase);
}

export const PHASE_LABELS: Record<Phase, string> = {
  draft: "Draft",
  nominations_open: "Nominations open",
  eligibility: "Eligibility",
  jury_scoring: "Jury scoring",
  deliberation: "Deliberation",
  published: "Published",
};

/** What the rules need to know about an edition right now; gathered by the data layer. */
export interface PhaseContext {
  /** Criteria in the rubric: jurors cannot score without one. */
  criterionCount: number;
  /** Whether the submission deadline (plus grace period) has passed, by the database clock. */
  isSubmissionDeadlinePassed: boolean;
  /** Submitted competing nominations not yet accepted or rejected. */
  undecidedNominationCount: number;
  /** Whether the jury deadline has passed, by the database clock. */
  isJuryDeadlinePassed: boolean;
  /** Submitted, non-excluded score sheets of the edition. */
  submittedSheetCount: number;
  /** Whether an award of rank 1 exists. */
  hasWinner: boolean;
}

/** What refuses or cautions a move, as server texts (lib/i18n/server-text) so a page shows them in its language. */
export type AdvanceCheck = { isAllowed: true; warning?: string } | { isAllowed: false; reason: ServerText };

export function isPhase(value: unknown): value is Phase {
  return typeof value === "string" && (PHASES as readonly string[]).includes(value);
}

export function getPhaseIndex(phase: Phase): number {
  return PHASES.indexOf(phase);
}

/** The phase after this one, or null for the last. */
export function getNextPhase(phase: Phase): Phase | null {
  return PHASES[getPhaseIndex(phase) + 1] ?? null;
}

/** Whether the edition's phase is at or after the given one. */
export function isPhaseReached(current: Phase, target: Phase): boolean {
  return getPhaseIndex(current) >= getPhaseIndex(target);
}

/**
 * The moves the rules allow with a caution, each with the refusal the move gives until the secretariat confirms:
 * a refusal is one whole template, so the caution and its "confirm" translate together.
 */
export const SUBMISSION_DEADLINE_WARNING = msg(
  "The submission deadline has not passed yet: coordinators will no longer be able to submit or withdraw nominations.",
);
export const JURY_DEADLINE_WARNING = msg("The jury deadline has not passed yet: jurors will no longer be able to score.");
export const WARNING_CONFIRMATIONS: Record<string, string> = {
  [SUBMISSION_DEADLINE_WARNING]: msg(
    "The submission deadline has not passed yet: coordinators will no longer be able to submit or withdraw nominations. Confirm to continue.",
  ),
  [JURY_DEADLINE_WARNING]: msg("The jury deadline has not passed yet: jurors will no longer be able to score. Confirm to continue."),
};

/** Whether the edition may leave `from` now, and what the admin should confirm when it may. */
function checkLeaving(from: Phase, context: PhaseContext): AdvanceCheck {
  switch (from) {
    case "draft":
      return context.criterionCount > 0
        ? { isAllowed: true }
        : { isAllowed: false, reason: text("The rubric has no criteria yet: add at least one before opening nominations.") };
    case "nominations_open":
      return context.isSubmissionDeadlinePassed
        ? { isAllowed: true }
        : {
            isAllowed: true,
            warning: SUBMISSION_DEADLINE_WARNING,
          };
    case "eligibility":
      return context.undecidedNominationCount === 0
        ? { isAllowed: true }
        : {
            isAllowed: false,
            reason:
              context.undecidedNominationCount === 1
                ? text("1 submitted competing nomination is still undecided: accept or reject it first.")
                : text("{count} submitted competing nominations are still undecided: accept or reject each one first.", {
                    count: context.undecidedNominationCount,
                  }),
          };
    case "jury_scoring":
      if (context.submittedSheetCount === 0) {
        return { isAllowed: false, reason: text("No juror has submitted a score sheet yet.") };
      }
      return context.isJuryDeadlinePassed
        ? { isAllowed: true }
        : { isAllowed: true, warning: JURY_DEADLINE_WARNING };
    case "deliberation":
      return context.hasWinner
        ? { isAllowed: true }
        : { isAllowed: false, reason: text("Choose at least the winner (place 1) before publishing the results.") };
    case "published":
      return { isAllowed: false, reason: text("The results are published: this is the last phase.") };
  }
}

// One whole sentence per phase, so each translates with its phase names.
const ONE_STEP_AT_A_TIME: Record<Phase, string> = {
  draft: msg("Phases move one step at a time: after Draft comes Nominations open."),
  nominations_open: msg("Phases move one step at a time: after Nominations open comes Eligibility."),
  eligibility: msg("Phases move one step at a time: after Eligibility comes Jury scoring."),
  jury_scoring: msg("Phases move one step at a time: after Jury scoring comes Deliberation."),
  deliberation: msg("Phases move one step at a time: after Deliberation comes Published."),
  published: msg("The results are published: this is the last phase."),
};

/** Whether the edition may move from one phase to another: only ever to the next one, and only when its guard holds. */
export function canAdvance(from: Phase, to: Phase, context: PhaseContext): AdvanceCheck {
  const next = getNextPhase(from);
  if (next === null) return checkLeaving(from, context);
  if (to !== next) {
    return { isAllowed: false, reason: text(ONE_STEP_AT_A_TIME[from]) };
  }
  return checkLeaving(from, context);
}
