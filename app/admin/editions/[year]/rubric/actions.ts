"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { addCriterion, moveCriterion, removeCriterion, updateCriterion } from "@/lib/editions/rubric";
import { AppError } from "@/lib/errors";
import { addCriterionSchema, moveCriterionSchema, removeCriterionSchema, updateCriterionSchema } from "@/lib/validation/rubric";

// Each handler refuses non-admins at once; the data layer checks can(), the phase and the rubric's version again
// with the edition row locked.
const FORBIDDEN_MESSAGE = "Only the secretariat can change the rubric.";

/** Adds a criterion at the end of the edition's rubric. */
export const addCriterionAction = createAction(addCriterionSchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  const { editionId, rubricVersion, ...criterion } = input;
  const result = await addCriterion({ db, actor: user, editionId, rubricVersion, criterion });
  revalidatePath("/admin", "layout");
  return result;
});

/** Changes one criterion's title, guidance, weight, scale or comment rule. */
export const updateCriterionAction = createAction(updateCriterionSchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  const { editionId, rubricVersion, criterionId, ...criterion } = input;
  const result = await updateCriterion({ db, actor: user, editionId, rubricVersion, criterionId, criterion });
  revalidatePath("/admin", "layout");
  return result;
});

/** Removes one criterion; the ones after it move up. */
export const removeCriterionAction = createAction(removeCriterionSchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  const result = await removeCriterion({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

/** Swaps one criterion with its neighbour above or below. */
export const moveCriterionAction = createAction(moveCriterionSchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", FORBIDDEN_MESSAGE);
  const result = await moveCriterion({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});
