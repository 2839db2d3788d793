"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { erasePerson } from "@/lib/people/erase";
import { erasePersonSchema } from "@/lib/validation/erasure";

/** Erases a person's personal data; the command checks the right (person.erase) and audits it in its transaction. */
export const erasePersonAction = createAction(erasePersonSchema, async (input, { user, db }) => {
  const report = await erasePerson({ db, actor: user, userId: input.userId, reason: input.reason });
  revalidatePath("/admin/audit", "layout");
  return report;
});
