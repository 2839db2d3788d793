"use server";

import { headers } from "next/headers";
import { getDb } from "@/db/client";
import { toActionFailure, type ActionResult } from "@/lib/actions/result";
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { translateText } from "@/lib/i18n/server-text";
import { getClientAddress } from "@/lib/auth/sign-in-throttle";
import { getEnv } from "@/lib/env";
import { scheduleMailDelivery } from "@/lib/mail/schedule";
import { requestPasswordReset } from "@/lib/people/password-reset";
import { forgotPasswordSchema, type ForgotPasswordInput } from "@/lib/validation/set-password";

/**
 * Asks for a password-reset link. Not built with createAction because the caller is signed out by definition; the
 * answer is the same whether or not an account uses the email, and requests are throttled per email and address.
 */
export async function requestPasswordResetAction(input: ForgotPasswordInput): Promise<ActionResult<{ message: string }>> {
  try {
    const { email } = forgotPasswordSchema.parse(input);
    const address = getClientAddress(await headers());
    const outcome = await requestPasswordReset({ db: getDb(), email, address, appUrl: getEnv().NEXTAUTH_URL ?? "http://localhost:3000" });
    // The answer in the person's language (lib/people's templates).
    const catalogue = await getRequestServerTextCatalogue();
    if (!outcome.ok) return { ok: false, code: "CONFLICT", message: translateText(catalogue, outcome.message) };
    scheduleMailDelivery();
    return { ok: true, data: { message: translateText(catalogue, outcome.message) } };
  } catch (error) {
    return toActionFailure(error, await getRequestServerTextCatalogue());
  }
}
