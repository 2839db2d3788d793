"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { freezeResult, unfreezeResult } from "@/lib/results/freeze";
import { freezeResultSchema, unfreezeResultSchema } from "@/lib/validation/result-seal";

/** Seals the edition's result; the data layer checks the secretariat, the phase, the winner and open ties. */
export const freezeResultAction = createAction(freezeResultSchema, async (input, { user, db }) => {
  const sealed = await freezeResult({ db, user, editionId: input.editionId });
  revalidatePath("/admin", "layout");
  return { fingerprint: sealed.fingerprint };
});

/** Lifts the seal with a reason; the data layer checks the secretariat and refuses once published. */
export const unfreezeResultAction = createAction(unfreezeResultSchema, async (input, { user, db }) => {
  const result = await unfreezeResult({ db, user, editionId: input.editionId, reason: input.reason });
  revalidatePath("/admin", "layout");
  return result;
});
