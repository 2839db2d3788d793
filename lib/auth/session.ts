import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../../db/client";
import { getSessionUser } from "../people/queries";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { getLogger } from "../log";
import { readSessionClaims } from "./options";
import { decodeSessionToken } from "./session-token";
import type { SessionUser } from "./session-user";

/**
 * The cookie next-auth keeps the session in: the __Secure- one when the site is served over HTTPS, as next-auth
 * itself decides (from NEXTAUTH_URL), so a cookie set over plain HTTP never stands in for it.
 */
export function getSessionCookieName(): string {
  return getEnv().NEXTAUTH_URL?.startsWith("https://") ? "__Secure-next-auth.session-token" : "next-auth.session-token";
}

/**
 * The claims of this request's session cookie, read as next-auth's getServerSession reads them but without its
 * round trip through the whole auth handler, which re-encrypts a token a page cannot send back anyway.
 */
async function readRequestSessionClaims() {
  const token = (await cookies()).get(getSessionCookieName())?.value;
  if (!token) return undefined;
  try {
    return readSessionClaims(await decodeSessionToken({ token, secret: getEnv().NEXTAUTH_SECRET! }));
  } catch {
    // A garbage, tampered or expired cookie is the visitor's problem, not ours: one warning line, no stack.
    getLogger().warn({ code: "JWT_SESSION_ERROR" }, "Refused a session cookie that could not be read");
    return undefined;
  }
}

/**
 * The signed-in, active user of this request, read fresh from the database; null otherwise or once signed out.
 * Memoised per server request with React's cache(), so the header and the page share one lookup.
 */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<SessionUser | null> {
  const claims = await readRequestSessionClaims();
  if (!claims) return null;
  return getSessionUser({ db: getDb(), userId: claims.userId, sessionVersion: claims.sessionVersion });
});

/** For pages: the current user, or a redirect to the sign-in page that comes back here. */
export async function requirePageUser(callbackPath: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
  return user;
}

/** For actions and route handlers: the current user, or an UNAUTHORIZED error. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Please sign in again: your session has ended.");
  return user;
}
