/**
 * The check the verify page runs in the browser: parse the pasted public part, hash its canonical JSON with Web
 * Crypto, and compare with the fingerprint the results API publishes for its year. Browser-safe: no node import.
 */
import { PUBLIC_PART_FORMAT } from "../domain/sealed-part-formats";
import { canFingerprintInBrowser, fingerprintWithWebCrypto } from "../domain/web-fingerprint";

/** Why a file could not be checked; the page words it in its language (messages/<locale>/verify.json). */
export type VerifyProblem = "empty" | "notJson" | "wrongFormat" | "noCrypto" | "notPublished";

export type VerifyOutcome =
  | { kind: "match"; year: number; fingerprint: string; publishedAt: string | null }
  | { kind: "mismatch"; year: number; published: string; computed: string }
  | { kind: "error"; problem: VerifyProblem; year?: number; format?: string };

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
  if (!text.trim()) return { kind: "error", problem: "empty" };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: "error", problem: "notJson" };
  }
  const year = readYear(value);
  if (year === null || (value as { format?: unknown }).format !== PUBLIC_PART_FORMAT) {
    return { kind: "error", problem: "wrongFormat", format: PUBLIC_PART_FORMAT };
  }
  if (!canFingerprintInBrowser()) {
    return { kind: "error", problem: "noCrypto" };
  }
  const response = await fetcher(`/api/v1/editions/${year}/results`, { cache: "no-store" });
  const answer = response.ok ? ((await response.json()) as PublishedSealAnswer) : null;
  if (!answer?.seal) return { kind: "error", problem: "notPublished", year };
  const computed = await fingerprintWithWebCrypto(value);
  const published = answer.seal.publicFingerprint;
  return computed === published
    ? { kind: "match", year, fingerprint: computed, publishedAt: answer.seal.publishedAt ?? answer.seal.sealedAt }
    : { kind: "mismatch", year, published, computed };
}
