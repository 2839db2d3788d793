import { NextResponse } from "next/server";
import { discardConnectionAfter, getOpenConnection } from "../../db/client";
import { AppError, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailableError } from "../errors";
import { getRequestServerTextCatalogue } from "../i18n/server-text-catalogue";
import { translateText } from "../i18n/server-text";
import { getUnexpectedErrorText, logDatabaseUnavailable, logUnexpectedError } from "../log";

/** A JSON error body that never carries database or stack details. */
export function jsonError(status: number, code: string, message: string, headers?: HeadersInit) {
  return NextResponse.json({ error: { code, message } }, { status, headers });
}

// A database or store that failed for now is worth asking again soon; clients and load balancers read this header.
const RETRY_AFTER = { "Retry-After": "5" };

/** Runs a route handler body and turns any failure into a JSON error response. */
export async function handleRoute(body: () => Promise<Response>): Promise<Response> {
  const connection = getOpenConnection();
  try {
    return await body();
  } catch (error) {
    // The database was lost under this request: the next one starts on a fresh connection.
    discardConnectionAfter(error, connection ?? getOpenConnection());
    // The message in the person's language; the code stays the same for programs.
    const catalogue = await getRequestServerTextCatalogue();
    if (error instanceof AppError) {
      return jsonError(error.status, error.code, translateText(catalogue, error.text), error.code === "UNAVAILABLE" ? RETRY_AFTER : undefined);
    }
    if (isDatabaseUnavailableError(error)) {
      logDatabaseUnavailable("a route handler", error);
      return jsonError(503, "UNAVAILABLE", translateText(catalogue, DATABASE_UNAVAILABLE_MESSAGE), RETRY_AFTER);
    }
    const errorId = logUnexpectedError("a route handler", error);
    return jsonError(500, "ERROR", translateText(catalogue, getUnexpectedErrorText(errorId)));
  }
}

/** Headers that make the browser save the file and never render or sniff it. */
export function getDownloadHeaders(contentType: string, fileName: string): HeadersInit {
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
}
