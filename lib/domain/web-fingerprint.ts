/**
 * The fingerprint of lib/domain/fingerprint.ts computed with Web Crypto, so a browser checks a sealed result
 * without trusting the server: SHA-256 of the same canonical JSON, encoded as UTF-8, as 64 lowercase hex digits.
 * No node import: this file runs in the browser.
 */
import { toCanonicalJson } from "./canonical-json";

/** Whether this browser can hash here: Web Crypto's digest exists only on HTTPS pages and on localhost. */
export function canFingerprintInBrowser(): boolean {
  return typeof globalThis.crypto?.subtle?.digest === "function";
}

/** The SHA-256 fingerprint of a value's canonical JSON (lowercase hex), computed with Web Crypto. */
export async function fingerprintWithWebCrypto(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(toCanonicalJson(value));
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}
