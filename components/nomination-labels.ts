import type { NominationKind, NominationState } from "@/db/schema";

/** How a nomination's kind and state read everywhere in the app. */
export const KIND_LABELS: Record<NominationKind, string> = {
  competing: "Competing",
  additional: "Additional good practice",
};

export const STATE_LABELS: Record<NominationState, string> = {
  draft: "Draft",
  submitted: "Submitted",
  accepted: "Accepted",
  rejected: "Rejected",
  awarded: "Awarded",
  participant: "Participant",
};
