import { z } from "zod";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailableError, isFrozenResultError, type ErrorCode } from "../errors";
import { msg, translateText, type ServerTextCatalogue } from "../i18n/server-text";
import { getUnexpectedErrorText, logDatabaseUnavailable, logUnexpectedError } from "../log";
import { toFieldErrors } from "../validation/field-errors";

/** What every server action returns: data, or a message and every field's errors. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | "ERROR"; message: string; fieldErrors?: Record<string, string[]> };

export const RESULT_FROZEN_MESSAGE = msg(
  "The result of this edition is frozen: it can no longer change. The secretariat can unfreeze it with a reason.",
);

/** Each field's errors in a language (zod messages are English templates too). */
function translateFieldErrors(catalogue: ServerTextCatalogue | undefined, fieldErrors: Record<string, string[]> | undefined) {
  if (!fieldErrors || !catalogue) return fieldErrors;
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((m) => translateText(catalogue, m))]));
}

/**
 * Turns any failure into an action result, in the language of the catalogue given (English without one); unexpected
 * errors are logged (without their data) under an id the user sees.
 */
export function toActionFailure(error: unknown, catalogue?: ServerTextCatalogue): Extract<ActionResult<never>, { ok: false }> {
  const say = (message: Parameters<typeof translateText>[1]) => translateText(catalogue, message);
  if (error instanceof AppError) {
    // A refusal raised from a failed parse keeps its issues as the cause: their templates translate with their values.
    const fieldErrors = error.cause instanceof z.ZodError ? toFieldErrors(error.cause, catalogue) : translateFieldErrors(catalogue, error.fieldErrors);
    return { ok: false, code: error.code, message: say(error.text), fieldErrors };
  }
  // The database's freeze guard can refuse a write no data-layer function expected; say so plainly.
  if (isFrozenResultError(error)) return { ok: false, code: "CONFLICT", message: say(RESULT_FROZEN_MESSAGE) };
  if (error instanceof z.ZodError) {
    return {
      ok: false,
      code: "INVALID",
      message: say(msg("Please correct the highlighted fields.")),
      fieldErrors: toFieldErrors(error, catalogue),
    };
  }
  // The database away for a moment (a restart, a failover) is no fault of the request: ask for the same again.
  if (isDatabaseUnavailableError(error)) {
    logDatabaseUnavailable("a server action", error);
    return { ok: false, code: "UNAVAILABLE", message: say(DATABASE_UNAVAILABLE_MESSAGE) };
  }
  const errorId = logUnexpectedError("a server action", error);
  return { ok: false, code: "ERROR", message: say(getUnexpectedErrorText(errorId)) };
}

// Kept here too, so callers of the action result find it beside it; the domain imports it from lib/validation.
export { toFieldErrors };
