"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { closeJury } from "@/lib/jury/close-jury";
import { sendJuryReminders } from "@/lib/jury/send-reminders";
import { getEnv } from "@/lib/env";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import { closeJurySchema, editionJurySchema } from "@/lib/validation/assignments";

/** Queues one reminder per juror with missing sheets. */
export const sendRemindersAction = createAction(editionJurySchema, async (input, { user, db }) => {
  const result = await sendJuryReminders({ db, user, editionId: input.editionId, appUrl: getEnv().NEXTAUTH_URL });
  // The reminders are committed: sending them must not hold up the answer.
  scheduleMailDelivery();
  revalidatePath("/admin", "layout");
  return result;
});

/** Closes the jury and moves the edition to deliberation; forcing it needs a reason. */
export const closeJuryAction = createAction(closeJurySchema, async (input, { user, db }) => {
  const result = await closeJury({ db, user, ...input });
  revalidatePath("/", "layout");
  return { version: result.version, isForced: result.isForced, missing: result.missing };
});
