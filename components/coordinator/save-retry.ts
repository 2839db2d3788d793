import type { ActionResult } from "@/lib/actions/result";

const MAX_RETRY_MS = 30_000;

/** What the dossier's autosave does after a save that did not succeed. */
export type SaveFailureStep =
  /** The network or the server failed: the same text is sent again, later each time. */
  | { kind: "retry"; delayMs: number }
  /** The server refused the text itself: show its field messages and wait until the text changes. */
  | { kind: "invalid"; fieldErrors: Record<string, string[]> }
  /** A colleague saved in between: pause until the user chooses a version. */
  | { kind: "conflict"; message: string }
  /** Saving cannot go on (locked, deadline passed, signed out). */
  | { kind: "stop"; message: string };

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Decides after a failed save. Only a failure that another attempt can cure (no answer, an unexpected server error,
 * the database away for a moment) is retried; a refusal of the text is never retried, or a NUL the database refuses
 * would loop forever.
 */
export function getStepAfterFailure(failure: Failure | null, retries: number): SaveFailureStep {
  if (!failure || failure.code === "ERROR" || failure.code === "UNAVAILABLE") return { kind: "retry", delayMs: Math.min(MAX_RETRY_MS, 1000 * 2 ** retries) };
  if (failure.code === "INVALID" || failure.code === "TOO_LARGE") return { kind: "invalid", fieldErrors: failure.fieldErrors ?? {} };
  if (failure.code === "CONFLICT") return { kind: "conflict", message: failure.message };
  return { kind: "stop", message: failure.message };
}
