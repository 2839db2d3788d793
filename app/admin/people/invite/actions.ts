"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { getEnv } from "@/lib/env";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import { invitePerson } from "@/lib/people/invite";
import { invitePersonSchema } from "@/lib/validation/people";

// The command decides who may invite (lib/access/policy: "people.manage", "coordinators.manage" or "jury.manage").

/** Invites someone by email to a role: a new account is created and invited, an existing one gains the role. */
export const invitePersonAction = createAction(invitePersonSchema, async (input, { user, db }) => {
  const result = await invitePerson({ db, actor: user, ...input, appUrl: getEnv().NEXTAUTH_URL ?? "http://localhost:3000" });
  // The email is committed with the change: sending it must not hold up the answer.
  scheduleMailDelivery();
  revalidatePath("/admin", "layout");
  return result;
});
