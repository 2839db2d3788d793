import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { accountTokens, countries, editions, memberships, users } from "../../db/schema";
import { hashPassword } from "../auth/password";
import { AppError } from "../errors";
import { invitationTokenSchema } from "../validation/set-password";
import { recordAudit } from "../kernel/audit";

/** How long an invitation link works. */
export const INVITATION_VALID_DAYS = 14;

/** The one message for an unknown, used or expired link, so the page tells nobody which tokens exist. */
export const INVALID_INVITATION_MESSAGE =
  "This invitation link is no longer valid. Invitation links work once and expire after 14 days: ask the secretariat to send you a new one.";

/** The SHA-256 of a token, in hex: the only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Issues a fresh invitation for a user inside the caller's transaction and returns the token itself, which
 * exists only in the email. Earlier unused invitations of the user stop working, so only the newest link does.
 */
export async function createInvitationToken(tx: Executor, userId: number): Promise<string> {
  await tx
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, "invitation"), isNull(accountTokens.usedAt)));
  const token = randomBytes(32).toString("base64url");
  await tx.insert(accountTokens).values({
    userId,
    purpose: "invitation",
    tokenHash: hashToken(token),
    expiresAt: sql`now() + make_interval(days => ${INVITATION_VALID_DAYS})`,
  });
  return token;
}

/** A usable invitation token (right purpose, unused, not expired by the database clock, active account). */
function isUsableInvitation(tokenHash: string) {
  return and(
    eq(accountTokens.tokenHash, tokenHash),
    eq(accountTokens.purpose, "invitation"),
    isNull(accountTokens.usedAt),
    gt(accountTokens.expiresAt, sql`now()`),
    eq(users.isActive, true),
  );
}

export interface InvitationDetails {
  name: string;
  email: string;
  /** The juries the person belongs to, newest edition first. */
  juries: { year: number; theme: string; countryName: string | null; isVoting: boolean; isChair: boolean }[];
}

/** Who an invitation link is for and which juries they join; undefined for any link that cannot be used. */
export async function getInvitation({ db, token }: { db: Executor; token: string }): Promise<InvitationDetails | undefined> {
  if (!invitationTokenSchema.safeParse(token).success) return undefined;
  const [invitee] = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(isUsableInvitation(hashToken(token)));
  if (!invitee) return undefined;
  const juries = await db
    .select({
      year: editions.year,
      theme: editions.theme,
      countryName: countries.name,
      isVoting: memberships.isVoting,
      isChair: memberships.isChair,
    })
    .from(memberships)
    .innerJoin(editions, eq(editions.id, memberships.editionId))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .where(and(eq(memberships.userId, invitee.userId), eq(memberships.role, "juror")))
    .orderBy(desc(editions.year));
  return { name: invitee.name, email: invitee.email, juries };
}

/**
 * Sets the password of the person an invitation is for and uses the token up, in one transaction: a link
 * works once, and two tabs submitting at the same time set one password (the token row is locked).
 */
export async function acceptInvitation({ db, token, password }: { db: Executor; token: string; password: string }) {
  // A cheap look first, so a made-up link costs no scrypt; the transaction below checks again under a lock.
  if (!(await getInvitation({ db, token }))) throw new AppError("NOT_FOUND", INVALID_INVITATION_MESSAGE);
  // scrypt is slow on purpose, so the hash is computed before the transaction takes its locks.
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select({ id: accountTokens.id, userId: accountTokens.userId, email: users.email })
      .from(accountTokens)
      .innerJoin(users, eq(users.id, accountTokens.userId))
      .where(isUsableInvitation(hashToken(token)))
      .for("update", { of: accountTokens });
    if (!invitation) throw new AppError("NOT_FOUND", INVALID_INVITATION_MESSAGE);
    await tx.update(users).set({ passwordHash }).where(eq(users.id, invitation.userId));
    await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(accountTokens.userId, invitation.userId), eq(accountTokens.purpose, "invitation"), isNull(accountTokens.usedAt)));
    await recordAudit(tx, {
      actorUserId: invitation.userId,
      editionId: null,
      action: "user.invitation_accepted",
      entityType: "user",
      entityId: invitation.userId,
      data: { tokenId: invitation.id },
    });
    return { email: invitation.email };
  });
}
