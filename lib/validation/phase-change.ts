import { z } from "zod";
import { PHASES } from "../domain/phases";

/** Moving an edition to its next phase: the phase and version the admin saw, so a stale click is refused. */
export const advancePhaseSchema = z.object({
  editionId: z.coerce.number().int().positive(),
  from: z.enum(PHASES),
  to: z.enum(PHASES),
  version: z.coerce.number().int().positive(),
  /** The admin confirmed the warning canAdvance gave (e.g. the deadline has not passed yet). */
  isWarningConfirmed: z.boolean().default(false),
});

export type AdvancePhaseInput = z.input<typeof advancePhaseSchema>;
