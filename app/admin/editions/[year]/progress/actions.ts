"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { closeJury } from "@/lib/jury/close";
import { sendJuryReminders } from "@/lib/jury/progress";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import { closeJurySchema, editionJurySchema } from "@/lib/validation/assignments";

/** Queues one reminder per juror with missing sheets. */
export const sendRemindersAction = createAction(editionJurySchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", "Only the secretariat can remind the jury.");
  const result = await sendJuryReminders({ db, user, editionId: input.editionId, appUrl: getEnv().NEXTAUTH_URL });
  // The reminders are committed: sending them must not hold up the answer.
  scheduleMailDelivery();
  revalidatePath("/admin", "layout");
  return result;
});

/** Closes the jury and moves the edition to deliberation; forcing it needs a reason. */
export const closeJuryAction = createAction(closeJurySchema, async (input, { user, db }) => {
  if (!user.isAdmin) throw new AppError("FORBIDDEN", "Only the secretariat can close the jury.");
  const result = await closeJury({ db, user, ...input });
  revalidatePath("/", "layout");
  return { version: result.version, isForced: result.isForced, missing: result.missing };
});
