import type { NominationKind, NominationState } from "@/db/schema";
import en from "@/messages/en";

/** How a nomination's kind and state read in English, where a page is not translated yet (messages: nomination.*). */
export const KIND_LABELS: Record<NominationKind, string> = en.nomination.kind;

export const STATE_LABELS: Record<NominationState, string> = en.nomination.state;
