import { createHash } from "node:crypto";

/**
 * A one-way digest of an email as accounts are found by (trimmed, any case). The audit keeps digests instead of
 * typed or erased emails: repeated attempts on one address still show as one digest, and someone who already knows
 * an address can check it, but the trail never shows an address in clear. Stable across restarts and secrets.
 */
export function digestEmail(email: string): string {
  return createHash("sha256").update(`palmares.email:${email.trim().toLowerCase()}`, "utf8").digest("hex").slice(0, 32);
}

const EMAIL_LIKE = /^[^\s@]+@[^\s@]+$/;

/** Whether a value read from an audit entry looks like an email address. */
export function isEmailLike(value: unknown): value is string {
  return typeof value === "string" && value.length <= 320 && EMAIL_LIKE.test(value.trim());
}
