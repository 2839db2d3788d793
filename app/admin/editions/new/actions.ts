"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { createEdition } from "@/lib/editions/create-edition";
import { createEditionSchema } from "@/lib/validation/edition";

// The command decides who may create an edition (edition.create in GLOBAL_PERMISSIONS).

/** Creates an edition in its draft phase with the settings of the form. */
export const createEditionAction = createAction(createEditionSchema, async (input, { user, db }) => {
  const { year, ...settings } = input;
  const created = await createEdition({ db, actor: user, year, settings });
  revalidatePath("/admin", "layout");
  return { year: created.year };
});
