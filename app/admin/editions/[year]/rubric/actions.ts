"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { addCriterion } from "@/lib/editions/add-criterion";
import { moveCriterion } from "@/lib/editions/move-criterion";
import { removeCriterion } from "@/lib/editions/remove-criterion";
import { updateCriterion } from "@/lib/editions/update-criterion";
import { addCriterionSchema, moveCriterionSchema, removeCriterionSchema, updateCriterionSchema } from "@/lib/validation/rubric";

// The commands decide who may do what, on the edition they have locked (lib/access/policy through the kernel).

/** Adds a criterion at the end of the edition's rubric. */
export const addCriterionAction = createAction(addCriterionSchema, async (input, { user, db }) => {
  const { editionId, rubricVersion, ...criterion } = input;
  const result = await addCriterion({ db, actor: user, editionId, rubricVersion, criterion });
  revalidatePath("/admin", "layout");
  return result;
});

/** Changes one criterion's title, guidance, weight, scale or comment rule. */
export const updateCriterionAction = createAction(updateCriterionSchema, async (input, { user, db }) => {
  const { editionId, rubricVersion, criterionId, ...criterion } = input;
  const result = await updateCriterion({ db, actor: user, editionId, rubricVersion, criterionId, criterion });
  revalidatePath("/admin", "layout");
  return result;
});

/** Removes one criterion; the ones after it move up. */
export const removeCriterionAction = createAction(removeCriterionSchema, async (input, { user, db }) => {
  const result = await removeCriterion({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});

/** Swaps one criterion with its neighbour above or below. */
export const moveCriterionAction = createAction(moveCriterionSchema, async (input, { user, db }) => {
  const result = await moveCriterion({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});
