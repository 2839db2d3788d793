import { randomBytes } from "node:crypto";
import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { getEnv } from "./env";
import { text, type ServerText } from "./i18n/server-text";

// Engine errors whose text names code, not data; every other message (a driver's, drizzle's "Failed query … params:")
// may carry what the user typed, so only its name, codes and stack frames are logged.
const SAFE_MESSAGE_ERRORS = new Set(["TypeError", "ReferenceError", "RangeError"]);
const MAX_CAUSES = 5;
const MAX_STACK_FRAMES = 12;

let current: Logger | undefined;

function getDefaultLevel(): Level | "silent" {
  // Tests stay quiet unless LOG_LEVEL asks otherwise; vitest sets VITEST in every worker.
  return getEnv().LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info");
}

function createLogger(destination?: DestinationStream, level: Level | "silent" = getDefaultLevel()): Logger {
  return pino({ level, base: { app: "palmares" }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}

/** The app's one structured (JSON lines) logger. */
export function getLogger(): Logger {
  current ??= createLogger();
  return current;
}

/** Sends the log to a stream of the caller's (tests read what would be written); returns a function that undoes it. */
export function redirectLogForTests(destination: DestinationStream, level: Level = "debug"): () => void {
  const previous = current;
  current = createLogger(destination, level);
  return () => {
    current = previous;
  };
}

/** A short random id that ties the user's message to the log line. */
export function createErrorId(): string {
  return randomBytes(4).toString("hex");
}

/** The fields of one error that are safe to log: never its parameters, query text or the data in its message. */
interface SafeErrorFields {
  name: string;
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
  message?: string;
  stack?: string[];
}

function readString(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 && value.length <= 128 ? value : undefined;
}

function describeOne(error: unknown): SafeErrorFields {
  if (!(error instanceof Error)) return { name: typeof error };
  const fields = error as Error & Record<string, unknown>;
  return {
    name: error.name || error.constructor?.name || "Error",
    code: readString(fields.code),
    constraint: readString(fields.constraint_name) ?? readString(fields.constraint),
    table: readString(fields.table_name) ?? readString(fields.table),
    column: readString(fields.column_name) ?? readString(fields.column),
    message: SAFE_MESSAGE_ERRORS.has(error.name) ? error.message.slice(0, 200) : undefined,
    // The stack's first lines repeat the message; only the frames ("    at …") are kept.
    stack: error.stack
      ?.split("\n")
      .filter((line) => /^\s+at /.test(line))
      .slice(0, MAX_STACK_FRAMES)
      .map((line) => line.trim()),
  };
}

/** An error and its causes (drizzle wraps the driver's error), described without any data they carry. */
export function describeError(error: unknown): SafeErrorFields[] {
  const chain: SafeErrorFields[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && chain.length < MAX_CAUSES; e = (e as { cause?: unknown }).cause) {
    chain.push(describeOne(e));
    if (typeof e !== "object") break;
  }
  return chain;
}

/** Logs an unexpected error with a fresh id and returns the id, which the user's message then shows. */
export function logUnexpectedError(where: string, error: unknown): string {
  const errorId = createErrorId();
  getLogger().error({ errorId, where, error: describeError(error) }, `Unexpected error in ${where}`);
  return errorId;
}

/** Logs a request the database was away for: a warning (it answered "try again"), with the error's codes only. */
export function logDatabaseUnavailable(where: string, error: unknown): void {
  getLogger().warn({ where, error: describeError(error).map(({ name, code }) => ({ name, code })) }, `The database was unavailable in ${where}`);
}

/** The message for an unexpected error: nothing about the cause, only the id to quote to the secretariat. */
export function getUnexpectedErrorText(errorId: string): ServerText {
  return text("Something went wrong on our side. Please try again in a moment. (error id {errorId})", { errorId });
}
