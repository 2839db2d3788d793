import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText } from "./text";

export const ERASURE_CONFIRMATION = "ERASE";

/**
 * Erasing a person's personal data: who (their id), why (kept in the audit trail, so never their name or email),
 * and the word ERASE typed as the confirmation of a step that cannot be undone.
 */
export const erasePersonSchema = z.object({
  userId: z.coerce.number().int().positive(),
  reason: multiLineText({ required: msg("Give the reason for the erasure, e.g. “Request by email of 3 May”."), max: 500, tooLong: msg("Keep the reason under 500 characters.") }),
  confirmation: z.string().trim().refine((typed) => typed === ERASURE_CONFIRMATION, msg("Type ERASE to confirm.")),
});

export type ErasePersonInput = z.input<typeof erasePersonSchema>;
export type ErasePerson = z.output<typeof erasePersonSchema>;
