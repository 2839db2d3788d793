import { z } from "zod";
import { singleLineText } from "./text";

export const MIN_PASSWORD_LENGTH = 12;
// The sign-in check accepts up to 1,024 characters; a longer password could never be used.
export const MAX_PASSWORD_LENGTH = 1024;

/** An invitation token as issued: 32 random bytes in base64url (43 characters). */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/** Choosing a password from an invitation link: the token, the password and its confirmation. */
export const setPasswordSchema = z
  .object({
    token: singleLineText({ max: 100, isTrimmed: false }),
    // A password is hashed, never stored as text, but a control character in it is a typing accident.
    password: singleLineText({ isTrimmed: false })
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`),
    confirmPassword: z.string(),
  })
  .superRefine((value, ctx) => {
    if (value.password !== value.confirmPassword) {
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "The two passwords do not match." });
    }
  });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;
export type SetPassword = z.output<typeof setPasswordSchema>;
