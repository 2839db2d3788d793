"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { saveJuryStatement } from "@/lib/results/jury-statement";
import { recordTieDecision } from "@/lib/results/tie-decisions";
import { juryStatementSchema } from "@/lib/validation/jury-statement";
import { tieDecisionSchema } from "@/lib/validation/tie-decision";

/** The chair records an order for dossiers the declared tie-breaks left tied; the data layer checks the chair, phase and freeze. */
export const recordChairTieDecisionAction = createAction(tieDecisionSchema, async (input, { user, db }) => {
  const result = await recordTieDecision({ db, actor: user, ...input });
  revalidatePath("/jury", "layout");
  revalidatePath("/admin", "layout");
  return result;
});

/** The chair saves the jury's statement; the data layer checks the chair, phase and freeze. */
export const saveChairStatementAction = createAction(juryStatementSchema, async (input, { user, db }) => {
  const result = await saveJuryStatement({ db, actor: user, ...input });
  revalidatePath("/jury", "layout");
  revalidatePath("/admin", "layout");
  return result;
});
