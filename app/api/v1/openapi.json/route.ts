import { NextResponse } from "next/server";
import { OPENAPI_DOCUMENT } from "@/lib/api/openapi";
import { answerPublicGet, answerPublicPreflight } from "@/lib/api/public-route";

/** The public API's contract (OpenAPI 3.1), so a client can be generated or checked against it. */
export async function GET(): Promise<Response> {
  return answerPublicGet(async () => NextResponse.json(OPENAPI_DOCUMENT));
}

export const OPTIONS = answerPublicPreflight;
