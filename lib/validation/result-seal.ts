import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText } from "./text";

/** Freezing an edition's result: which edition, nothing else (the snapshot is built on the server). */
export const freezeResultSchema = z.object({
  editionId: z.coerce.number().int().positive(),
});

export const UNFREEZE_REASON_MESSAGE = msg("Give the reason for unfreezing the result.");

/** Unfreezing needs the reason, which goes into the audit entry with the old fingerprint. */
export const unfreezeResultSchema = z.object({
  editionId: z.coerce.number().int().positive(),
  reason: multiLineText({ required: UNFREEZE_REASON_MESSAGE, max: 2000, tooLong: msg("Keep the reason under 2,000 characters.") }),
});

export type FreezeResultInput = z.input<typeof freezeResultSchema>;
export type UnfreezeResultInput = z.input<typeof unfreezeResultSchema>;
