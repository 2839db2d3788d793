"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { moveCeremonyStep, restartRehearsal, saveNomineeOrder, startCeremony } from "@/lib/ceremony/control";
import { setEmbargo } from "@/lib/results/publication";
import {
  moveCeremonyStepSchema,
  restartRehearsalSchema,
  saveNomineeOrderSchema,
  startCeremonySchema,
} from "@/lib/validation/ceremony";
import { setEmbargoSchema } from "@/lib/validation/embargo";

// The rights are decided by the policy table, in the command's kernel, on the edition row it has locked.

/** Starts the live show or a rehearsal at its first step (the title and theme). */
export const startCeremonyAction = createAction(startCeremonySchema, async (input, { user, db }) => {
  const result = await startCeremony({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

/** One step forward or back; in the live show, the winner's step publishes the results. */
export const moveCeremonyStepAction = createAction(moveCeremonyStepSchema, async (input, { user, db }) => {
  const result = await moveCeremonyStep({ db, actor: user, ...input });
  // The reveal changes what every public page shows.
  revalidatePath(result.isPublished ? "/" : "/admin", "layout");
  return result;
});

export const restartRehearsalAction = createAction(restartRehearsalSchema, async (input, { user, db }) => {
  const result = await restartRehearsal({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

export const saveNomineeOrderAction = createAction(saveNomineeOrderSchema, async (input, { user, db }) => {
  const result = await saveNomineeOrder({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

/** Schedules the automatic publication (embargo), or cancels it with an empty time. */
export const setEmbargoAction = createAction(setEmbargoSchema, async (input, { user, db }) => {
  const result = await setEmbargo({ db, actor: user, editionId: input.editionId, version: input.version, embargoAt: input.embargoAt });
  revalidatePath("/admin", "layout");
  return { version: result.version, embargoAt: result.embargoAt?.toISOString() ?? null };
});
