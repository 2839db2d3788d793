"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { getEnv } from "@/lib/env";
import { resendInvitationMail } from "@/lib/mail/resend-invitation";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import { resendInvitationSchema } from "@/lib/validation/outbox";

/**
 * Sends an invitation again with a fresh link (the earlier links stop working); the data layer checks that the
 * caller is the secretariat and that the message is an invitation of someone who has not accepted yet.
 */
export const resendInvitationAction = createAction(resendInvitationSchema, async (input, { user, db }) => {
  const result = await resendInvitationMail({ db, actor: user, messageId: input.messageId, appUrl: getEnv().NEXTAUTH_URL ?? "http://localhost:3000" });
  scheduleMailDelivery();
  revalidatePath("/admin/outbox", "layout");
  return result;
});
