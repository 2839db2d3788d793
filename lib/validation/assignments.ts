import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText, singleLineText } from "./text";

/** The most jurors a dossier may be given in per_dossier mode (a jury has at most a few dozen members). */
export const MAX_JURORS_PER_DOSSIER = 50;
export const ASSIGNMENT_MODES = ["all", "per_dossier"] as const;
export const MAX_REASON_LENGTH = 1000;

const editionId = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();
const JURORS_PER_DOSSIER_MESSAGE = msg("Enter a whole number of jurors between 1 and 50.");

/** How assignments are made: every eligible juror, or N per dossier spread evenly. */
export const assignmentSettingsSchema = z
  .object({
    editionId,
    version,
    mode: z.enum(ASSIGNMENT_MODES, msg("Choose how dossiers are assigned.")),
    // A text field: empty when the mode does not need it.
    jurorsPerDossier: z.union([singleLineText(), z.number()]).default(""),
  })
  .transform((value, ctx) => {
    if (value.mode === "all") return { ...value, jurorsPerDossier: null };
    const text = String(value.jurorsPerDossier).trim();
    const count = Number(text);
    if (!/^\d+$/.test(text) || count < 1 || count > MAX_JURORS_PER_DOSSIER) {
      ctx.addIssue({ code: "custom", path: ["jurorsPerDossier"], message: JURORS_PER_DOSSIER_MESSAGE });
      return z.NEVER;
    }
    return { ...value, jurorsPerDossier: count };
  });

export type AssignmentSettingsInput = z.input<typeof assignmentSettingsSchema>;
export type AssignmentSettings = z.output<typeof assignmentSettingsSchema>;

/** Acting on a whole edition's jury (generate, remind). */
export const editionJurySchema = z.object({ editionId });
export type EditionJuryInput = z.input<typeof editionJurySchema>;

/** One juror and one dossier of an edition: a cell of the assignment matrix. */
export const assignmentPairSchema = z.object({
  editionId,
  jurorUserId: z.coerce.number().int().positive(),
  nominationId: z.uuid(),
});
export type AssignmentPairInput = z.input<typeof assignmentPairSchema>;

/** A conflict of interest the secretariat adds: who, on which dossier, and why. */
export const adminConflictSchema = z.object({
  editionId,
  jurorUserId: z.coerce.number<string | number>(msg("Choose a juror.")).int(msg("Choose a juror.")).positive(msg("Choose a juror.")),
  nominationId: z.uuid(msg("Choose a dossier.")),
  reason: multiLineText({
    required: msg("Give the reason for the conflict of interest."),
    max: MAX_REASON_LENGTH,
    tooLong: msg("Keep the reason under 1,000 characters."),
  }),
});
export type AdminConflictInput = z.input<typeof adminConflictSchema>;
export type AdminConflict = z.output<typeof adminConflictSchema>;

/** Closing the jury: a forced close (sheets still missing) needs a reason. */
export const closeJurySchema = z
  .object({
    editionId,
    version,
    isForced: z.union([z.boolean(), z.literal("true"), z.literal("false")]).transform((v) => v === true || v === "true"),
    reason: multiLineText({ max: MAX_REASON_LENGTH, tooLong: msg("Keep the reason under 1,000 characters.") }).default(""),
  })
  .superRefine((value, ctx) => {
    if (value.isForced && !value.reason) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: msg("Give the reason for closing the jury before every sheet is submitted.") });
    }
  });
export type CloseJuryInput = z.input<typeof closeJurySchema>;
export type CloseJury = z.output<typeof closeJurySchema>;
