import type { AssignmentMode } from "@/db/schema";
import type { Conflict, ScoreSheet } from "@/db/schema";

/** Where a conflict of interest came from, as the secretariat reads it. */
export const CONFLICT_SOURCE_LABELS: Record<Conflict["source"], string> = {
  own_country: "Own country",
  declared: "Declared by the juror",
  admin: "Added by the secretariat",
};

export const ASSIGNMENT_MODE_LABELS: Record<AssignmentMode, string> = {
  all: "Every voting juror scores every dossier (except conflicts)",
  per_dossier: "A set number of jurors per dossier, spread evenly",
};

export const SHEET_STATE_LABELS: Record<ScoreSheet["state"] | "not_started", string> = {
  not_started: "Not started",
  draft: "Draft",
  submitted: "Submitted",
};
