import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText } from "./text";

export const CONFLICT_REASON_MAX = 1000;

/** A juror's declaration of a conflict of interest on a dossier: the reason is required and kept for the record. */
export const conflictDeclarationSchema = z.object({
  nominationId: z.guid({ error: msg("This dossier link is not valid.") }),
  reason: z.preprocess(
    (value) => value ?? "",
    multiLineText({
      required: msg("Give the reason for the conflict."),
      max: CONFLICT_REASON_MAX,
      // CONFLICT_REASON_MAX written out: a plain template, translated as it stands.
      tooLong: msg("Keep the reason under 1000 characters."),
    }),
  ),
});

export type ConflictDeclaration = z.infer<typeof conflictDeclarationSchema>;
export type ConflictDeclarationInput = z.input<typeof conflictDeclarationSchema>;
