import { z } from "zod";
import { parseLocalDateTime } from "../domain/edition-time";
import { msg } from "../i18n/server-text";
import { singleLineText } from "./text";

export const EMBARGO_FORMAT_MESSAGE = msg("Enter a date and time, e.g. 2026-12-04 19:30.");

/**
 * Scheduling the publication: a date and time as an <input type="datetime-local"> sends it ("2026-12-04T19:30"),
 * read in the edition's own time zone by the command (which knows the edition); an empty value cancels it.
 */
export const setEmbargoSchema = z.object({
  editionId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  embargoAt: singleLineText()
    .transform((value) => value.slice(0, 16))
    .refine((value) => value === "" || parseLocalDateTime(value) !== undefined, EMBARGO_FORMAT_MESSAGE)
    .transform((value) => (value === "" ? null : value)),
});

export type SetEmbargoInput = z.input<typeof setEmbargoSchema>;
