import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { memberships, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";

/**
 * Loads the person behind a session, with their roles; null when unknown, disabled, or when the token's session
 * version is no longer the person's (signed out, password changed or account disabled since the token was made).
 */
export async function getSessionUser({
  db,
  userId,
  sessionVersion,
}: {
  db: Executor;
  userId: number;
  /** Omitted only by code that holds no token (tests, seeds). */
  sessionVersion?: number;
}): Promise<SessionUser | null> {
  // One statement for the person and their roles: it runs on every signed-in request.
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      isActive: users.isActive,
      locale: users.locale,
      role: memberships.role,
      editionId: memberships.editionId,
      countryCode: memberships.countryCode,
      isChair: memberships.isChair,
      isVoting: memberships.isVoting,
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.id, userId), sessionVersion === undefined ? undefined : eq(users.sessionVersion, sessionVersion)));
  const user = rows[0];
  if (!user || !user.isActive) return null;
  const roles: SessionUser["memberships"] = [];
  for (const row of rows) {
    if (row.role === null) continue;
    roles.push({ role: row.role, editionId: row.editionId, countryCode: row.countryCode, isChair: row.isChair!, isVoting: row.isVoting! });
  }
  return { id: user.id, email: user.email, name: user.name, isActive: user.isActive, locale: user.locale, isAdmin: roles.some((r) => r.role === "admin"), memberships: roles };
}

/** The fields needed to check a sign-in, found by email regardless of case. */
export async function getUserCredentials({ db, email }: { db: Executor; email: string }) {
  const [row] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, isActive: users.isActive, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return row;
}
