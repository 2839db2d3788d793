"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { reopenScoreSheet, saveScoreSheet } from "@/lib/data/scoring";
import { reopenScoreSheetRequestSchema, saveScoreSheetRequestSchema } from "@/lib/validation/score-sheet";

function revalidateJuryPages(nominationId: string) {
  revalidatePath("/jury");
  revalidatePath(`/jury/nominations/${nominationId}`);
}

/**
 * Saves a draft or submits the juror's scores. The data layer finds the dossier only through the juror access
 * rule, checks can("sheet.score") and the jury deadline by the database clock, and validates against the rubric.
 */
export const saveScoreSheetAction = createAction(saveScoreSheetRequestSchema, async (input, { user, db }) => {
  const { nominationId, version, intent, ...values } = input;
  const saved = await saveScoreSheet({ db, user, nominationId, version, intent, values });
  revalidateJuryPages(nominationId);
  return saved;
});

/** Turns a submitted sheet back into a draft while scoring is open (same access, right and deadline checks). */
export const reopenScoreSheetAction = createAction(reopenScoreSheetRequestSchema, async (input, { user, db }) => {
  const saved = await reopenScoreSheet({ db, user, nominationId: input.nominationId, version: input.version });
  revalidateJuryPages(input.nominationId);
  return saved;
});
