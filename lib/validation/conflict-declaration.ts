import { z } from "zod";
import { multiLineText } from "./text";

export const CONFLICT_REASON_MAX = 1000;

/** A juror's declaration of a conflict of interest on a dossier: the reason is required and kept for the record. */
export const conflictDeclarationSchema = z.object({
  nominationId: z.guid({ error: "This dossier link is not valid." }),
  reason: z.preprocess(
    (value) => value ?? "",
    multiLineText({
      required: "Give the reason for the conflict.",
      max: CONFLICT_REASON_MAX,
      tooLong: `Keep the reason under ${CONFLICT_REASON_MAX} characters.`,
    }),
  ),
});

export type ConflictDeclaration = z.infer<typeof conflictDeclarationSchema>;
export type ConflictDeclarationInput = z.input<typeof conflictDeclarationSchema>;
