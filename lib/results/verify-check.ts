/**
 * The check the verify page runs in the browser: parse the pasted public part, hash its canonical JSON with Web
 * Crypto, and compare with the fingerprint the results API publishes for its year. Browser-safe: no node import.
 */
import { PUBLIC_PART_FORMAT } from "../domain/sealed-part-formats";
import { canFingerprintInBrowser, fingerprintWithWebCrypto } from "../domain/web-fingerprint";

export type VerifyOutcome =
  | { kind: "match"; year: number; fingerprint: string; publishedAt: string | null }
  | { kind: "mismatch"; year: number; published: string; computed: string }
  | { kind: "error"; message: string };

interface PublishedSealAnswer {
  seal: { publicFingerprint: string; publishedAt: string | null; sealedAt: string } | null;
}

function readYear(value: unknown): number | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const edition = (value as { edition?: unknown }).edition;
  const year = typeof edition === "object" && edition !== null ? (edition as { year?: unknown }).year : undefined;
  return typeof year === "number" && Number.isInteger(year) ? year : null;
}

/** Checks a public part (the text of the downloaded file) against the seal published for its year. */
export async function checkPublicSnapshot(text: string, fetcher: typeof fetch = fetch): Promise<VerifyOutcome> {
  if (!text.trim()) return { kind: "error", message: "Paste the public part of a sealed result, or choose its file, first." };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "error", message: "This is not valid JSON, so it cannot be the public part of a sealed result." };
  }
  const year = readYear(value);
  if (year === null || (value as { format?: unknown }).format !== PUBLIC_PART_FORMAT) {
    return { kind: "error", message: `This JSON is not the public part of a sealed result (its "format" should be "${PUBLIC_PART_FORMAT}").` };
  }
  if (!canFingerprintInBrowser()) {
    return { kind: "error", message: "This browser cannot compute SHA-256 on this page (Web Crypto needs a secure, HTTPS page)." };
  }
  const response = await fetcher(`/api/v1/editions/${year}/results`, { cache: "no-store" });
  const answer = response.ok ? ((await response.json()) as PublishedSealAnswer) : null;
  if (!answer?.seal) return { kind: "error", message: `No sealed result is published for ${year}, so there is nothing to compare this file with.` };
  const computed = await fingerprintWithWebCrypto(value);
  const published = answer.seal.publicFingerprint;
  return computed === published
    ? { kind: "match", year, fingerprint: computed, publishedAt: answer.seal.publishedAt ?? answer.seal.sealedAt }
    : { kind: "mismatch", year, published, computed };
}
