import { z } from "zod";
import { msg } from "../i18n/server-text";
import { multiLineText } from "./text";

/** The most a jury's statement may hold: a page or two, read out or published beside the results. */
export const JURY_STATEMENT_MAX_LENGTH = 10_000;

/** The jury's statement on an edition, written by the chair (or entered by the secretariat) during deliberation. */
export const juryStatementSchema = z.object({
  editionId: z.coerce.number().int().positive(),
  statement: multiLineText({ max: JURY_STATEMENT_MAX_LENGTH, tooLong: msg("Keep the statement under 10,000 characters.") }),
});

export type JuryStatementInput = z.input<typeof juryStatementSchema>;
export type JuryStatement = z.output<typeof juryStatementSchema>;
