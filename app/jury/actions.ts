"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { declareConflict } from "@/lib/jury/declare-conflict";
import { reopenScoreSheet } from "@/lib/scoring/reopen-sheet";
import { saveScoreSheet } from "@/lib/scoring/save-sheet";
import { conflictDeclarationSchema } from "@/lib/validation/conflict-declaration";
import { reopenScoreSheetRequestSchema, saveScoreSheetRequestSchema } from "@/lib/validation/score-sheet";

function revalidateJuryPages(nominationId: string) {
  revalidatePath("/jury");
  revalidatePath(`/jury/nominations/${nominationId}`);
}

/**
 * Saves a draft (also the autosave) or submits the juror's scores. The command runs through the edition-command
 * kernel ("sheet.score": assigned, open jury, result not frozen), checks the deadline by the database clock and
 * validates against the rubric.
 */
export const saveScoreSheetAction = createAction(saveScoreSheetRequestSchema, async (input, { user, db }) => {
  const { nominationId, version, intent, ...values } = input;
  const saved = await saveScoreSheet({ db, user, nominationId, version, intent, values });
  // Autosaves leave the page alone while the juror types; only a change of state needs the pages redrawn.
  if (intent === "submit" || saved.version === 1) revalidateJuryPages(nominationId);
  return saved;
});

/** Turns a submitted sheet back into a draft while scoring is open (same access, right and deadline checks). */
export const reopenScoreSheetAction = createAction(reopenScoreSheetRequestSchema, async (input, { user, db }) => {
  const saved = await reopenScoreSheet({ db, user, nominationId: input.nominationId, version: input.version });
  revalidateJuryPages(input.nominationId);
  return saved;
});

/**
 * Records the juror's declared conflict on a dossier assigned to them; the command ("conflict.declare" through the
 * kernel) removes the assignment and excludes their sheet in one transaction.
 */
export const declareConflictAction = createAction(conflictDeclarationSchema, async (input, { user, db }) => {
  const declared = await declareConflict({ db, user, nominationId: input.nominationId, reason: input.reason });
  revalidateJuryPages(input.nominationId);
  return declared;
});
