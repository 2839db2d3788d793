import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText } from "./text";
import type { EligibilityReason } from "../../db/schema";

/** The reasons a dossier may be rejected for, in the order the form offers them. */
export const ELIGIBILITY_REASONS = [
  "off_theme",
  "not_evaluated",
  "incomplete",
  "not_in_english",
  "duplicate",
  "other",
] as const satisfies readonly EligibilityReason[];

export const ELIGIBILITY_REASON_LABELS: Record<EligibilityReason, string> = {
  off_theme: "Off theme",
  not_evaluated: "Not evaluated",
  incomplete: "Incomplete",
  not_in_english: "Not in English",
  duplicate: "Duplicate",
  other: "Other (explain in the note)",
};

/** The secretariat's decision on one submitted competing dossier. */
export const decideEligibilitySchema = z
  .object({
    nominationId: z.uuid(),
    version: z.coerce.number().int().positive(),
    decision: z.enum(["accept", "reject"]),
    // An empty select arrives as "": it means no reason was chosen.
    reason: z
      .union([z.enum(ELIGIBILITY_REASONS), z.literal("")])
      .optional()
      .transform((value) => value || undefined),
    note: multiLineText({ max: 2000, tooLong: msg("Keep the note under 2,000 characters.") }).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.decision !== "reject") return;
    if (!value.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: msg("Choose a reason for the rejection.") });
    if (value.reason === "other" && !value.note) {
      ctx.addIssue({ code: "custom", path: ["note"], message: msg("Explain the reason in the note.") });
    }
  });

export type DecideEligibilityInput = z.input<typeof decideEligibilitySchema>;
export type DecideEligibility = z.output<typeof decideEligibilitySchema>;
