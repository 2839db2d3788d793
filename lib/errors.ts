import { formatText, msg, type ServerText } from "./i18n/server-text";

export type ErrorCode = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "DEADLINE_PASSED" | "INVALID" | "TOO_LARGE" | "UNAVAILABLE";

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DEADLINE_PASSED: 409,
  INVALID: 400,
  TOO_LARGE: 413,
  // A service the app needs (the database, the file store) failed for now: the same request may succeed in a moment.
  UNAVAILABLE: 503,
};

/**
 * An expected failure whose message is safe to show to the user. The message is an English template (lib/i18n/
 * server-text), with text(template, values) when part of it varies, so it can be shown in the person's language.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly text: ServerText;

  constructor(code: ErrorCode, message: string | ServerText, fieldErrors?: Record<string, string[]>) {
    const text = typeof message === "string" ? { template: message } : message;
    super(formatText(text.template, text.values));
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
    this.text = text;
  }

  get status(): number {
    return HTTP_STATUS[this.code];
  }
}

export const GENERIC_ERROR_MESSAGE = msg("Something went wrong on our side. Please try again in a moment.");

/** Finds the PostgreSQL constraint a driver error names, whichever driver raised it. */
export function getViolatedConstraint(error: unknown): string | undefined {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (candidate.code === "23505" || candidate.code === "23514" || candidate.code === "23503") {
      const name = candidate.constraint_name ?? candidate.constraint;
      return typeof name === "string" ? name : "";
    }
  }
  return undefined;
}

/** Whether the database refused a write because the edition's result is frozen (migration 0003's trigger). */
export function isFrozenResultError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const candidate = e as { code?: unknown; hint?: unknown; message?: unknown };
    if (candidate.code === "P0001" && (candidate.hint === "result_frozen" || String(candidate.message).includes("is frozen"))) {
      return true;
    }
  }
  return false;
}

export const DATABASE_UNAVAILABLE_MESSAGE = msg(
  "The database cannot be reached just now, so this may not have been saved. Please try again in a moment.",
);

// The driver's own codes for a connection that failed or broke (postgres.js and Node's sockets).
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTCONN",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
]);
// SQLSTATEs of a server that is restarting, in recovery, shutting down or full: 08xxx, 57P01–57P03, 53300.
const UNAVAILABLE_SQLSTATES = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

/**
 * Whether the database itself was away (down, restarting, in crash recovery, or the connection broke), rather than
 * refusing the request: the same request may succeed in a moment, so the user is told to try again, not shown a fault.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
    // Node reports a refused connection to every address of a name as one AggregateError.
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.some((item) => isDatabaseUnavailableError(item))) return true;
  }
  return false;
}
