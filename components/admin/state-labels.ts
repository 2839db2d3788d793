import type { NominationState } from "@/db/schema";

export const STATE_ORDER: readonly NominationState[] = ["draft", "submitted", "accepted", "rejected", "awarded", "participant"];

/** The colours of each state's badge, shared by every secretariat table. */
export const STATE_TONES: Record<NominationState, string> = {
  draft: "bg-slate-100 text-slate-800",
  submitted: "bg-brand-100 text-brand-900",
  accepted: "bg-green-100 text-green-900",
  rejected: "bg-red-100 text-red-900",
  awarded: "bg-amber-100 text-amber-900",
  participant: "bg-slate-100 text-slate-800",
};
