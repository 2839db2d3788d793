"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { saveAwards } from "@/lib/results/awards";
import { saveJuryStatement } from "@/lib/results/jury-statement";
import { recordTieDecision } from "@/lib/results/tie-decisions";
import { saveAwardsSchema } from "@/lib/validation/awards";
import { juryStatementSchema } from "@/lib/validation/jury-statement";
import { tieDecisionSchema } from "@/lib/validation/tie-decision";

/** Replaces the edition's awarded places (deliberation only); empty places are left unawarded. */
export const saveAwardsAction = createAction(saveAwardsSchema, async (input, { user, db }) => {
  const places = input.places
    .filter((place) => place.nominationId !== "")
    .map(({ rank, nominationId, prize, juryReason }) => ({ rank, nominationId, prize, juryReason }));
  const result = await saveAwards({ db, actor: user, editionId: input.editionId, places });
  revalidatePath("/admin", "layout");
  return result;
});

/** Records an order for dossiers the declared tie-breaks left tied; the data layer checks chair-or-secretariat and the phase. */
export const recordTieDecisionAction = createAction(tieDecisionSchema, async (input, { user, db }) => {
  const result = await recordTieDecision({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  revalidatePath("/jury", "layout");
  return result;
});

/** Saves the jury's statement; the data layer checks chair-or-secretariat, the phase and the freeze. */
export const saveJuryStatementAction = createAction(juryStatementSchema, async (input, { user, db }) => {
  const result = await saveJuryStatement({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  revalidatePath("/jury", "layout");
  return result;
});
