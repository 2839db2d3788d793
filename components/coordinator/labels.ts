import type { EditionPhase, EligibilityReason, NominationState } from "@/db/schema";

export const ELIGIBILITY_REASON_LABELS: Record<EligibilityReason, string> = {
  off_theme: "the project is off the edition's theme.",
  not_evaluated: "the project has not been evaluated.",
  incomplete: "the dossier is incomplete.",
  not_in_english: "the dossier is not in English.",
  duplicate: "the dossier duplicates another one.",
  other: "another reason (see the secretariat's note).",
};

/**
 * The state a coordinator may see: until the results are published, "awarded" and "participant" read as
 * "accepted", so the ranking cannot leak before the ceremony.
 */
export function getVisibleState(state: NominationState, phase: EditionPhase): NominationState {
  if ((state === "awarded" || state === "participant") && phase !== "published") return "accepted";
  return state;
}

const STATE_TONES: Record<NominationState, string> = {
  draft: "bg-slate-100 text-slate-800",
  submitted: "bg-brand-50 text-brand-900",
  accepted: "bg-green-50 text-green-900",
  rejected: "bg-red-50 text-red-900",
  awarded: "bg-amber-50 text-amber-900",
  participant: "bg-green-50 text-green-900",
};

export function getStateTone(state: NominationState): string {
  return STATE_TONES[state];
}
