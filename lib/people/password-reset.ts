import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { users } from "../../db/schema";
import { countAttempt, toKey } from "../auth/sign-in-throttle";
import { msg } from "../i18n/server-text";
import { recordAudit } from "../kernel/audit";
import { enqueueMail } from "../mail/outbox";
import { composePasswordResetMail } from "../mail/people-mail";
import { toMailLocale } from "../mail/recipient-locale";
import { createAccountToken, findTokenHolder, RESET_VALID_MINUTES, setPasswordWithToken } from "./account-tokens";

/** Reset requests allowed per email, and per client address, in one throttle window (15 minutes). */
export const RESET_REQUESTS_PER_ACCOUNT = 3;
export const RESET_REQUESTS_PER_ADDRESS = 10;

/** The one answer to a reset request, whether or not an account uses the email: nobody learns who has one. */
export const RESET_REQUESTED_MESSAGE = msg(
  "If an account uses this email address, we have sent it a link to choose a new password. The link works once, for one hour.",
);
export const RESET_THROTTLED_MESSAGE = msg("Too many reset requests from here or for this address: please wait a quarter of an hour and try again.");
/** The one message for an unknown, used, expired or forged reset link. */
export const INVALID_RESET_MESSAGE = msg(
  "This password-reset link is no longer valid. Reset links work once and expire after one hour: ask for a new one from the sign-in page.",
);

export function toResetUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/password/reset/${token}`;
}

/**
 * Sends a password-reset link (single use, hashed, one hour) to the account of this email if there is an active
 * one, inside one transaction with its audit entry. Every request counts against the email and the client address
 * first, known email or not, so the answer (sent, or throttled) never tells whether an account exists.
 */
export async function requestPasswordReset({ db, email, address, appUrl }: { db: Executor; email: string; address: string; appUrl: string }) {
  const normalized = email.trim().toLowerCase();
  const byAccount = await countAttempt(db, toKey("reset-account", normalized));
  const byAddress = await countAttempt(db, toKey("reset-address", address));
  if (byAccount.points > RESET_REQUESTS_PER_ACCOUNT || byAddress.points > RESET_REQUESTS_PER_ADDRESS) {
    return { ok: false as const, message: RESET_THROTTLED_MESSAGE };
  }
  await db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(sql`lower(${users.email}) = ${normalized} and ${users.isActive}`)
      .for("update");
    if (!person) return;
    const url = toResetUrl(appUrl, await createAccountToken(tx, person.id, "password_reset"));
    await enqueueMail(tx, { kind: "account.password_reset", to: person.email, ...composePasswordResetMail({ name: person.name, url, validMinutes: RESET_VALID_MINUTES, locale: toMailLocale(person.locale) }) });
    await recordAudit(tx, { actorUserId: null, editionId: null, action: "user.password_reset_requested", entityType: "user", entityId: person.id });
  });
  return { ok: true as const, message: RESET_REQUESTED_MESSAGE };
}

/** Who a reset link is for; undefined for any link that cannot be used. */
export async function getPasswordReset({ db, token }: { db: Executor; token: string }) {
  const holder = await findTokenHolder({ db, token, purpose: "password_reset" });
  return holder ? { name: holder.name, email: holder.email } : undefined;
}

/** Sets a new password with a reset link; the link is used up and every other session of the person ends. */
export function resetPassword({ db, token, password }: { db: Executor; token: string; password: string }) {
  return setPasswordWithToken({ db, token, password, purpose: "password_reset", invalidMessage: INVALID_RESET_MESSAGE, auditAction: "user.password_reset" });
}
