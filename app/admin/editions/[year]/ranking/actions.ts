"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { saveAwards } from "@/lib/data/awards";
import { AppError } from "@/lib/errors";
import { saveAwardsSchema } from "@/lib/validation/awards";

/** Replaces the edition's awarded places (deliberation only); empty places are left unawarded. */
export const saveAwardsAction = createAction(saveAwardsSchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", "Only the secretariat can choose the awards.");
  const places = input.places
    .filter((place) => place.nominationId !== "")
    .map(({ rank, nominationId, prize, juryReason }) => ({ rank, nominationId, prize, juryReason }));
  const result = await saveAwards({ db, actor: user, editionId: input.editionId, places });
  revalidatePath("/admin", "layout");
  return result;
});
