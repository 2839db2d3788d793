/**
 * When the secretariat may change the jury's work (assignments, conflicts, reminders, closing). Pure: the pages use
 * it to hide what cannot be done, and the data layer to refuse it with the same message.
 */
import { msg } from "../i18n/server-text";
import { isPhaseReached, PHASES, type Phase } from "./phases";

export type JuryChange = "assignments" | "settings" | "conflicts" | "reminders" | "close";

export interface JuryState {
  phase: Phase;
  juryClosedAt: Date | string | null;
}

/** Closed by "Close the jury", or by the edition having moved past scoring in any other way. */
export function isJuryClosed(state: JuryState): boolean {
  return state.juryClosedAt !== null || isPhaseReached(state.phase, "deliberation");
}

const CLOSED_MESSAGES: Record<JuryChange, string> = {
  assignments: msg("The jury is closed: assignments can no longer change."),
  settings: msg("The jury is closed: the assignment settings can no longer change."),
  conflicts: msg("The jury is closed: conflicts of interest can no longer change."),
  reminders: msg("The jury is closed: there is no one left to remind."),
  close: msg("The jury is already closed."),
};

const OPEN_PHASES: Record<JuryChange, readonly Phase[]> = {
  assignments: ["jury_scoring"],
  settings: PHASES.filter((phase) => !isPhaseReached(phase, "deliberation")),
  conflicts: ["eligibility", "jury_scoring"],
  reminders: ["jury_scoring"],
  close: ["jury_scoring"],
};

const NOT_YET_MESSAGES: Record<JuryChange, string> = {
  assignments: msg("Assignments are made when the edition moves to Jury scoring; they can change from then until the jury closes."),
  settings: msg("The assignment settings can change until the jury closes."),
  conflicts: msg("Conflicts of interest can be added from the eligibility phase until the jury closes."),
  reminders: msg("Reminders can be sent only while the jury is scoring."),
  close: msg("The jury can be closed only while it is scoring."),
};

/** Why a change is not possible in this state, or null when it is. */
export function getJuryChangeBlock(change: JuryChange, state: JuryState): string | null {
  if (isJuryClosed(state)) return CLOSED_MESSAGES[change];
  return OPEN_PHASES[change].includes(state.phase) ? null : NOT_YET_MESSAGES[change];
}
