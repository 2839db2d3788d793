import { z } from "zod";
import { singleLineText } from "./text";

export const EMBARGO_FORMAT_MESSAGE = "Enter a date and time, e.g. 2026-12-04 19:30.";

/**
 * Scheduling the publication: a date and time in UTC as an <input type="datetime-local"> sends it
 * ("2026-12-04T19:30"), the secretariat's pages showing every time in UTC; an empty value cancels it.
 */
export const setEmbargoSchema = z.object({
  editionId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
  embargoAt: singleLineText()
    .refine((value) => value === "" || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value), EMBARGO_FORMAT_MESSAGE)
    .transform((value) => (value === "" ? null : new Date(`${value.length === 16 ? `${value}:00` : value}Z`)))
    .refine((value) => value === null || !Number.isNaN(value.getTime()), EMBARGO_FORMAT_MESSAGE),
});

export type SetEmbargoInput = z.input<typeof setEmbargoSchema>;
