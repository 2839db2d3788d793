import { z } from "zod";
import { CEREMONY_MODES } from "../domain/ceremony";

const showSchema = z.object({
  editionId: z.coerce.number().int().positive(),
  mode: z.enum(CEREMONY_MODES),
});

/** Starting the live show or a rehearsal. */
export const startCeremonySchema = showSchema;

/** One step forward or back, from the version of the show the presenter saw. */
export const moveCeremonyStepSchema = showSchema.extend({
  direction: z.enum(["next", "previous"]),
  version: z.coerce.number().int().positive(),
});

/** Taking the rehearsal back to its first step. */
export const restartRehearsalSchema = z.object({
  editionId: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

/** The order of the nominees: every nominee's id once (checked against the edition by the data layer). */
export const saveNomineeOrderSchema = showSchema.extend({
  version: z.coerce.number().int().positive(),
  order: z.array(z.uuid()).max(200),
});

export type StartCeremonyInput = z.input<typeof startCeremonySchema>;
export type MoveCeremonyStepInput = z.input<typeof moveCeremonyStepSchema>;
export type RestartRehearsalInput = z.input<typeof restartRehearsalSchema>;
export type SaveNomineeOrderInput = z.input<typeof saveNomineeOrderSchema>;

/** The show a URL asks for: `?rehearsal=1` is the rehearsal, anything else the live show. */
export function parseCeremonyModeParam(rehearsal: string | string[] | null | undefined) {
  return rehearsal === "1" ? ("rehearsal" as const) : ("live" as const);
}
