import { z } from "zod";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailableError, isFrozenResultError, type ErrorCode } from "../errors";
import { getUnexpectedErrorMessage, logDatabaseUnavailable, logUnexpectedError } from "../log";
import { toFieldErrors } from "../validation/field-errors";

/** What every server action returns: data, or a message and every field's errors. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | "ERROR"; message: string; fieldErrors?: Record<string, string[]> };

export const RESULT_FROZEN_MESSAGE =
  "The result of this edition is frozen: it can no longer change. The secretariat can unfreeze it with a reason.";

/** Turns any failure into an action result; unexpected errors are logged (without their data) under an id the user sees. */
export function toActionFailure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof AppError) {
    return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors };
  }
  // The database's freeze guard can refuse a write no data-layer function expected; say so plainly.
  if (isFrozenResultError(error)) return { ok: false, code: "CONFLICT", message: RESULT_FROZEN_MESSAGE };
  if (error instanceof z.ZodError) {
    return { ok: false, code: "INVALID", message: "Please correct the highlighted fields.", fieldErrors: toFieldErrors(error) };
  }
  // The database away for a moment (a restart, a failover) is no fault of the request: ask for the same again.
  if (isDatabaseUnavailableError(error)) {
    logDatabaseUnavailable("a server action", error);
    return { ok: false, code: "UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE };
  }
  const errorId = logUnexpectedError("a server action", error);
  return { ok: false, code: "ERROR", message: getUnexpectedErrorMessage(errorId) };
}

// Kept here too, so callers of the action result find it beside it; the domain imports it from lib/validation.
export { toFieldErrors };
