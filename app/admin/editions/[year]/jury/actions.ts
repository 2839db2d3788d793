"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/safe-action";
import { addJuryMember } from "@/lib/jury/add-member";
import { removeJuryMember } from "@/lib/jury/remove-member";
import { resendJuryInvitation } from "@/lib/jury/resend-invitation";
import { setJuryChair } from "@/lib/jury/set-chair";
import { setJuryRole } from "@/lib/jury/set-role";
import { updateVotingCap } from "@/lib/jury/update-voting-cap";
import { getEnv } from "@/lib/env";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import { addJuryMemberSchema, juryMemberTargetSchema, setJuryRoleSchema, votingCapSchema } from "@/lib/validation/jury-member";

// The commands decide who may do what, on the edition they have locked (lib/access/policy through the kernel).

function getAppUrl(): string {
  return getEnv().NEXTAUTH_URL ?? "http://localhost:3000";
}

/** Puts someone on the jury: an existing account by email, or a new person who is invited. */
export const addJuryMemberAction = createAction(addJuryMemberSchema, async (input, { user, db }) => {
  const result = await addJuryMember({ db, actor: user, ...input, appUrl: getAppUrl() });
  // The email is committed with the change: sending it must not hold up the answer.
  scheduleMailDelivery();
  revalidatePath("/admin", "layout");
  return { name: result.name, isInvited: result.isInvited };
});

/** Makes a member the chair, in place of the previous one. */
export const setJuryChairAction = createAction(juryMemberTargetSchema, async (input, { user, db }) => {
  const result = await setJuryChair({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return { name: result.name };
});

/** Makes a member a voting member or a non-voting expert. */
export const setJuryRoleAction = createAction(setJuryRoleSchema, async (input, { user, db }) => {
  const result = await setJuryRole({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return { name: result.name };
});

/** Takes a member off the jury, unless they submitted a score sheet. */
export const removeJuryMemberAction = createAction(juryMemberTargetSchema, async (input, { user, db }) => {
  const result = await removeJuryMember({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return { name: result.name };
});

/** Sends an invited member a new link. */
export const resendJuryInvitationAction = createAction(juryMemberTargetSchema, async (input, { user, db }) => {
  const result = await resendJuryInvitation({ db, actor: user, ...input, appUrl: getAppUrl() });
  scheduleMailDelivery();
  revalidatePath("/admin", "layout");
  return { name: result.name };
});

/** Sets the cap on the jury's voting members. */
export const updateVotingCapAction = createAction(votingCapSchema, async (input, { user, db }) => {
  const result = await updateVotingCap({ db, actor: user, ...input });
  revalidatePath("/admin", "layout");
  return { maxVotingJurors: result.maxVotingJurors };
});
