"use server";

import { getDb } from "@/db/client";
import { toActionFailure, type ActionResult } from "@/lib/actions/result";
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { acceptInvitation } from "@/lib/people/account-tokens";
import { setPasswordSchema, type SetPasswordInput } from "@/lib/validation/set-password";

/**
 * Sets an invited person's password. Not built with createAction because the caller has no session yet:
 * the invitation token is the credential, checked (hashed, unused, unexpired) by the data layer.
 */
export async function acceptInvitationAction(input: SetPasswordInput): Promise<ActionResult<{ email: string }>> {
  try {
    const { token, password } = setPasswordSchema.parse(input);
    const result = await acceptInvitation({ db: getDb(), token, password });
    return { ok: true, data: result };
  } catch (error) {
    return toActionFailure(error, await getRequestServerTextCatalogue());
  }
}
