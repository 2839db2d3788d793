import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "../../db/client";
import { getSessionUser } from "../people/queries";
import { AppError } from "../errors";
import { getAuthOptions, readSessionClaims } from "./options";
import type { SessionUser } from "./session-user";

/**
 * The signed-in, active user of this request, read fresh from the database; null otherwise or once signed out.
 * Memoised per server request with React's cache(), so the header and the page share one lookup.
 */
export const getCurrentUser = cache(async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(getAuthOptions());
  const claims = readSessionClaims({ sub: session?.user?.id, sv: session?.user?.sessionVersion });
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
