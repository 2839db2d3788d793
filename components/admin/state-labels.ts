import type { NominationKind, NominationState } from "@/db/schema";

export const STATE_LABELS: Record<NominationState, string> = {
  draft: "Draft",
  submitted: "Submitted",
  accepted: "Accepted",
  rejected: "Rejected",
  awarded: "Awarded",
  participant: "Participant",
};

export const KIND_LABELS: Record<NominationKind, string> = {
  competing: "Competing",
  additional: "Additional good practice",
};

export const STATE_ORDER: readonly NominationState[] = ["draft", "submitted", "accepted", "rejected", "awarded", "participant"];
