import type { EditionPhase, NominationState } from "@/db/schema";

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
