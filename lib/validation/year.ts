import { z } from "zod";
import { MAX_YEAR, MIN_YEAR } from "../domain/phases";
import { msg } from "../i18n/server-text";

export { MAX_YEAR, MIN_YEAR };

// MIN_YEAR and MAX_YEAR written out, so the catalogue can look the sentence up (tests/unit/year-message.test.ts).
export const YEAR_ERROR_MESSAGE = msg("The year must be a four-digit number between 1990 and 2200.");

/** A year from a URL segment: exactly four digits, so "1e3", "20x4", "-5" or " 2014" never coerce into a number. */
export const yearParamSchema = z
  .string()
  .regex(/^\d{4}$/, YEAR_ERROR_MESSAGE)
  .transform(Number)
  .pipe(z.number().int().min(MIN_YEAR, YEAR_ERROR_MESSAGE).max(MAX_YEAR, YEAR_ERROR_MESSAGE));

/** The year a URL segment names, or undefined when it is not a sane year. */
export function parseYearParam(value: string): number | undefined {
  const result = yearParamSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
