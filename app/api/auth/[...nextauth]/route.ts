import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { jsonError } from "@/lib/api/respond";
import { CROSS_ORIGIN_MESSAGE, isSameOriginRequest } from "@/lib/api/same-origin";
import { getAuthOptions } from "@/lib/auth/options";
import { recordSignInFailure } from "@/lib/auth/sign-in-audit";
import { consumeSignInAttempt, getClientAddress } from "@/lib/auth/sign-in-throttle";
import { toThrottledError } from "@/lib/auth/sign-in-refusal";

type Context = { params: Promise<{ nextauth: string[] }> };

function runNextAuth(request: Request, context: Context, clientAddress?: string) {
  return NextAuth(getAuthOptions({ clientAddress }))(request, context);
}

function GET(request: Request, context: Context) {
  return runNextAuth(request, context);
}

/**
 * The email of a sign-in post, read from a copy so next-auth still gets the untouched body; like next-auth it
 * takes a JSON or a form body, so neither shape escapes the account's counter.
 */
async function readEmail(request: Request): Promise<string> {
  try {
    const copy = request.clone();
    const email = request.headers.get("content-type")?.includes("application/json")
      ? ((await copy.json()) as { email?: unknown } | null)?.email
      : (await copy.formData()).get("email");
    return typeof email === "string" ? email.slice(0, 320) : "";
  } catch {
    return "";
  }
}

/**
 * Every credentials sign-in is counted before next-auth checks the password, so a throttled attempt is
 * refused (HTTP 429 with Retry-After) before any hashing; next-auth's client reads the error from the JSON url.
 */
async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  // Sign-in and sign-out posts from another site are refused before next-auth reads them.
  if (!isSameOriginRequest(request)) return jsonError(403, "FORBIDDEN", CROSS_ORIGIN_MESSAGE);
  if (nextauth.join("/") !== "callback/credentials") return runNextAuth(request, context);
  const clientAddress = getClientAddress(request.headers);
  const email = await readEmail(request);
  const attempt = await consumeSignInAttempt({ db: getDb(), email, address: clientAddress });
  if (!attempt.ok) {
    await recordSignInFailure(getDb(), { email, clientAddress, reason: "throttled" });
    const url = new URL("/signin", request.url);
    url.searchParams.set("error", toThrottledError(attempt.retryAfterSeconds));
    return NextResponse.json(
      { url: url.toString() },
      { status: 429, headers: { "Retry-After": String(attempt.retryAfterSeconds), "Cache-Control": "no-store" } },
    );
  }
  return runNextAuth(request, context, clientAddress);
}

export { GET, POST };
