import { z } from "zod";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, PASSWORD_TOO_LONG, PASSWORD_TOO_SHORT, countPasswordCharacters } from "../domain/password-rules";
import { msg } from "../i18n/server-text";
import { singleLineText } from "./text";

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

/** An account token as issued (invitation or reset): 32 random bytes in base64url (43 characters). */
export const accountTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
/** Kept under its first name for the invitation code that reads it. */
export const invitationTokenSchema = accountTokenSchema;

/**
 * Choosing a password from an invitation or a reset link: the token, the password and its confirmation. The length
 * is checked here (form and action); the common, predictable and personal passwords are refused by the data layer,
 * which knows the person and holds the list (lib/auth/common-passwords.ts).
 */
export const setPasswordSchema = z
  .object({
    token: singleLineText({ max: 100, isTrimmed: false }),
    // A password is hashed, never stored as text, but a control character in it is a typing accident.
    password: singleLineText({ isTrimmed: false })
      .refine((value) => countPasswordCharacters(value) >= MIN_PASSWORD_LENGTH, PASSWORD_TOO_SHORT)
      .refine((value) => countPasswordCharacters(value) <= MAX_PASSWORD_LENGTH, PASSWORD_TOO_LONG),
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: msg("The two passwords do not match.") });
    }
  });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;
export type SetPassword = z.output<typeof setPasswordSchema>;

/** Asking for a reset link: the email only, checked loosely so the answer never depends on it. */
export const forgotPasswordSchema = z.object({
  email: singleLineText({ max: 320 }).pipe(z.email(msg("Enter your email address."))),
});

export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
export type ForgotPassword = z.output<typeof forgotPasswordSchema>;
