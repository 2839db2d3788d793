"use server";

import { getDb } from "@/db/client";
import { toActionFailure, type ActionResult } from "@/lib/actions/result";
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { resetPassword } from "@/lib/people/password-reset";
import { setPasswordSchema, type SetPasswordInput } from "@/lib/validation/set-password";

/**
 * Sets a new password from a reset link. Not built with createAction because the caller has no session: the reset
 * token is the credential, checked (hashed, unused, unexpired, purpose "password_reset") by the data layer.
 */
export async function resetPasswordAction(input: SetPasswordInput): Promise<ActionResult<{ email: string }>> {
  try {
    const { token, password } = setPasswordSchema.parse(input);
    return { ok: true, data: await resetPassword({ db: getDb(), token, password }) };
  } catch (error) {
    return toActionFailure(error, await getRequestServerTextCatalogue());
  }
}
