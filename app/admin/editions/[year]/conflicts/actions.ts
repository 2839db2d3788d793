"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { addAdminConflict } from "@/lib/jury/add-conflict";
import { adminConflictSchema } from "@/lib/validation/assignments";

/** Records a conflict of interest; the juror loses the dossier and any sheet on it is excluded. */
export const addConflictAction = createAction(adminConflictSchema, async (input, { user, db }) => {
  const result = await addAdminConflict({ db, user, ...input });
  revalidatePath("/admin", "layout");
  return result;
});
