/**
 * The fingerprint of a sealed result: SHA-256 of its canonical JSON in UTF-8, as 64 lowercase hex digits.
 * Pure apart from node:crypto's hash, which has no state and no input but what it is given.
 */
import { createHash } from "node:crypto";
import { toCanonicalJson } from "./canonical-json";

/** The SHA-256 fingerprint of a value's canonical JSON (lowercase hex). */
export function fingerprint(value: unknown): string {
  return createHash("sha256").update(toCanonicalJson(value), "utf8").digest("hex");
}

/** Whether a text looks like a fingerprint: 64 lowercase hex digits. */
export function isFingerprint(text: string): boolean {
  return /^[0-9a-f]{64}$/.test(text);
}
