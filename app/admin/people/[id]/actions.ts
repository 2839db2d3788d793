"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { getEnv } from "@/lib/env";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import { replaceCoordinator } from "@/lib/people/replace-coordinator";
import { resendPersonInvitation } from "@/lib/people/resend-invitation";
import { setAccountActive } from "@/lib/people/set-account-active";
import { personTargetSchema, replaceCoordinatorSchema, setAccountActiveSchema } from "@/lib/validation/people";

// The commands decide who may (lib/access/policy: "people.manage", or "coordinators.manage" for an edition's coordinators).

function getAppUrl(): string {
  return getEnv().NEXTAUTH_URL ?? "http://localhost:3000";
}

/** Disables an account (its sessions end on their next request) or enables it again. */
export const setAccountActiveAction = createAction(setAccountActiveSchema, async (input, { user, db }) => {
  const result = await setAccountActive({ db, actor: user, ...input });
  revalidatePath("/admin/people", "layout");
  return result;
});

/** Sends an invited person a fresh link; the earlier ones stop working. */
export const resendPersonInvitationAction = createAction(personTargetSchema, async (input, { user, db }) => {
  const result = await resendPersonInvitation({ db, actor: user, ...input, appUrl: getAppUrl() });
  scheduleMailDelivery();
  revalidatePath("/admin/people", "layout");
  return result;
});

/** Gives a country's coordinator role (for an edition, or standing) to another person; the current holders lose it. */
export const replaceCoordinatorAction = createAction(replaceCoordinatorSchema, async (input, { user, db }) => {
  const result = await replaceCoordinator({ db, actor: user, ...input, appUrl: getAppUrl() });
  scheduleMailDelivery();
  revalidatePath("/admin/people", "layout");
  return { userId: result.userId, name: result.name, isInvited: result.isInvited };
});
