import { NextResponse } from "next/server";
import { AppError, GENERIC_ERROR_MESSAGE } from "../errors";

/** A JSON error body that never carries database or stack details. */
export function jsonError(status: number, code: string, message: string) {
  return NextResponse.json({ error: { code, message } }, { status });
}

/** Runs a route handler body and turns any failure into a JSON error response. */
export async function handleRoute(body: () => Promise<Response>): Promise<Response> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof AppError) return jsonError(error.status, error.code, error.message);
    console.error("Unexpected error in a route handler", error);
    return jsonError(500, "ERROR", GENERIC_ERROR_MESSAGE);
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
