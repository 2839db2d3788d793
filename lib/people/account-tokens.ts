import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { accountTokens, countries, editions, memberships, users } from "../../db/schema";
import { assertAcceptablePassword } from "../auth/common-passwords";
import { hashPassword } from "../auth/password";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { recordAudit } from "../kernel/audit";
import { accountTokenSchema } from "../validation/set-password";
import type { MembershipView } from "./role-labels";

export type TokenPurpose = "invitation" | "password_reset";

/** How long an invitation link works. */
export const INVITATION_VALID_DAYS = 14;
/** How long a password-reset link works. */
export const RESET_VALID_MINUTES = 60;

const VALIDITY_MINUTES: Record<TokenPurpose, number> = { invitation: INVITATION_VALID_DAYS * 24 * 60, password_reset: RESET_VALID_MINUTES };

/** The one message for an unknown, used or expired link, so the page tells nobody which tokens exist. */
export const INVALID_INVITATION_MESSAGE = msg(
  "This invitation link is no longer valid. Invitation links work once and expire after 14 days: ask the secretariat to send you a new one.",
);

/** The SHA-256 of a token, in hex: the only form in which a token is stored. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Issues a fresh token of a purpose for a user inside the caller's transaction and returns the token itself, which
 * exists only in the email. Earlier unused tokens of the same purpose stop working, so only the newest link does.
 */
export async function createAccountToken(tx: Executor, userId: number, purpose: TokenPurpose): Promise<string> {
  await tx
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  const token = randomBytes(32).toString("base64url");
  await tx.insert(accountTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: sql`now() + make_interval(mins => ${VALIDITY_MINUTES[purpose]})`,
  });
  return token;
}

/** An invitation link's token (see createAccountToken). */
export function createInvitationToken(tx: Executor, userId: number): Promise<string> {
  return createAccountToken(tx, userId, "invitation");
}

/** A usable token (right purpose, unused, not expired by the database clock, active account). */
function isUsableToken(tokenHash: string, purpose: TokenPurpose) {
  return and(
    eq(accountTokens.tokenHash, tokenHash),
    eq(accountTokens.purpose, purpose),
    isNull(accountTokens.usedAt),
    gt(accountTokens.expiresAt, sql`now()`),
    eq(users.isActive, true),
  );
}

/** Who a usable token is for; undefined for any token that is malformed, unknown, used, expired or of a disabled account. */
export async function findTokenHolder({ db, token, purpose }: { db: Executor; token: string; purpose: TokenPurpose }) {
  if (!accountTokenSchema.safeParse(token).success) return undefined;
  const [holder] = await db
    .select({ userId: users.id, name: users.name, email: users.email })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(isUsableToken(hashToken(token), purpose));
  return holder;
}

/** A person's memberships in the words the pages and mails use, newest edition first, standing roles first. */
export async function listMembershipViews(db: Executor, userId: number): Promise<MembershipView[]> {
  return db
    .select({
      role: memberships.role,
      year: editions.year,
      countryName: countries.name,
      countryCode: memberships.countryCode,
      isChair: memberships.isChair,
      isVoting: memberships.isVoting,
    })
    .from(memberships)
    .leftJoin(editions, eq(editions.id, memberships.editionId))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .where(eq(memberships.userId, userId))
    .orderBy(sql`${editions.year} desc nulls first`, memberships.role, desc(memberships.id));
}

export interface InvitationDetails {
  name: string;
  email: string;
  /** Every role the person is invited to, newest edition first. */
  roles: MembershipView[];
}

/** Who an invitation link is for and the roles they hold; undefined for any link that cannot be used. */
export async function getInvitation({ db, token }: { db: Executor; token: string }): Promise<InvitationDetails | undefined> {
  const invitee = await findTokenHolder({ db, token, purpose: "invitation" });
  if (!invitee) return undefined;
  return { name: invitee.name, email: invitee.email, roles: await listMembershipViews(db, invitee.userId) };
}

/**
 * Sets a password with a token and uses the token up, in one transaction with its audit entry: a link works once,
 * and two tabs submitting at the same time set one password (the token row is locked). The new password hash
 * raises the session version (migration 0010's trigger), so every other session of the person ends.
 */
export async function setPasswordWithToken({
  db,
  token,
  password,
  purpose,
  invalidMessage,
  auditAction,
}: {
  db: Executor;
  token: string;
  password: string;
  purpose: TokenPurpose;
  invalidMessage: string;
  auditAction: string;
}): Promise<{ email: string }> {
  // A cheap look first, so a made-up link costs no scrypt; the transaction below checks again under a lock.
  const holder = await findTokenHolder({ db, token, purpose });
  if (!holder) throw new AppError("NOT_FOUND", invalidMessage);
  assertAcceptablePassword(password, holder);
  // scrypt is slow on purpose, so the hash is computed before the transaction takes its locks.
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx: Transaction) => {
    const [row] = await tx
      .select({ id: accountTokens.id, userId: accountTokens.userId, email: users.email })
      .from(accountTokens)
      .innerJoin(users, eq(users.id, accountTokens.userId))
      .where(isUsableToken(hashToken(token), purpose))
      .for("update", { of: accountTokens });
    if (!row) throw new AppError("NOT_FOUND", invalidMessage);
    await tx.update(users).set({ passwordHash }).where(eq(users.id, row.userId));
    // Every open link of the person that sets a password stops working: one password was just chosen.
    await tx
      .update(accountTokens)
      .set({ usedAt: sql`now()` })
      .where(and(eq(accountTokens.userId, row.userId), isNull(accountTokens.usedAt)));
    await recordAudit(tx, { actorUserId: row.userId, editionId: null, action: auditAction, entityType: "user", entityId: row.userId, data: { tokenId: row.id } });
    return { email: row.email };
  });
}

/** Sets the password of the person an invitation is for (see setPasswordWithToken). */
export function acceptInvitation({ db, token, password }: { db: Executor; token: string; password: string }) {
  return setPasswordWithToken({ db, token, password, purpose: "invitation", invalidMessage: INVALID_INVITATION_MESSAGE, auditAction: "user.invitation_accepted" });
}
