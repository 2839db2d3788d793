"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { copyEdition } from "@/lib/editions/copy-edition";
import { deleteEdition } from "@/lib/editions/delete-edition";
import { updateEdition } from "@/lib/editions/update-edition";
import { copyEditionSchema, deleteEditionSchema, updateEditionSchema } from "@/lib/validation/edition";

// The commands decide who may do what, on the edition they have locked (lib/access/policy through the kernel).

/** Saves an edition's settings; what its phase has locked is refused, and so is a form made from an older version. */
export const updateEditionAction = createAction(updateEditionSchema, async (input, { user, db }) => {
  const { editionId, version, ...settings } = input;
  const result = await updateEdition({ db, actor: user, editionId, version, settings });
  revalidatePath("/admin", "layout");
  return { year: result.year, version: result.version };
});

/** Makes another year's edition (usually the next) from this one, as a draft with its rubric and prizes. */
export const copyEditionAction = createAction(copyEditionSchema, async (input, { user, db }) => {
  const copied = await copyEdition({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return { year: copied.year };
});

/** Deletes a draft edition; its audit trail stays. */
export const deleteEditionAction = createAction(deleteEditionSchema, async (input, { user, db }) => {
  const deleted = await deleteEdition({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return { year: deleted.year };
});
