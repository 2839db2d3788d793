"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { resetMailTemplate } from "@/lib/mail/reset-template";
import { saveMailTemplate } from "@/lib/mail/save-template";
import { mailTemplateSchema, resetMailTemplateSchema } from "@/lib/validation/mail-template";

/** Saves an edition's own text for one kind of message; the data layer checks the placeholders, the right and the version. */
export const saveMailTemplateAction = createAction(mailTemplateSchema, async (input, { user, db }) => {
  const result = await saveMailTemplate({ db, actor: user, input });
  revalidatePath("/admin/editions", "layout");
  return result;
});

/** Goes back to the built-in text of one kind of message. */
export const resetMailTemplateAction = createAction(resetMailTemplateSchema, async (input, { user, db }) => {
  const result = await resetMailTemplate({ db, actor: user, input });
  revalidatePath("/admin/editions", "layout");
  return result;
});
