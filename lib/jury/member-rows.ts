import { and, count, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { editions, memberships, scoreSheets, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";

/*
 * The rows every change to a jury's members reads. Each such change runs through the edition-command kernel as
 * "jury.manage", so two changes to one jury (two chairs, one seat left under the cap) run one after the other.
 */

/** How many sheets the juror behind the current users row submitted for the edition. */
export function countSubmittedSheets(editionId: number) {
  return sql<number>`(select count(*) from ${scoreSheets} where ${scoreSheets.editionId} = ${editionId} and ${scoreSheets.jurorUserId} = ${users.id} and ${scoreSheets.state} = 'submitted')`.mapWith(
    Number,
  );
}

/** What a jury change reads of its edition beyond the kernel's locked row: the theme (for mails) and the cap. */
export async function getJurySettings(tx: Transaction, editionId: number) {
  const [row] = await tx.select({ theme: editions.theme, maxVotingJurors: editions.maxVotingJurors }).from(editions).where(eq(editions.id, editionId));
  if (!row) throw new AppError("NOT_FOUND", "This edition does not exist.");
  return row;
}

export async function countVotingMembers(tx: Transaction, editionId: number): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.editionId, editionId), eq(memberships.role, "juror"), eq(memberships.isVoting, true)));
  return row?.n ?? 0;
}

/** One member of the edition's jury, locked for update; NOT_FOUND when they left it meanwhile. */
export async function getJuryMemberForUpdate(tx: Transaction, editionId: number, membershipId: number) {
  const [member] = await tx
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      countryCode: memberships.countryCode,
      isChair: memberships.isChair,
      isVoting: memberships.isVoting,
      isActive: users.isActive,
      hasPassword: sql<boolean>`(${users.passwordHash} is not null)`,
      submittedSheetCount: countSubmittedSheets(editionId),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.id, membershipId), eq(memberships.editionId, editionId), eq(memberships.role, "juror")))
    .for("update", { of: memberships });
  if (!member) throw new AppError("NOT_FOUND", "This person is no longer on the jury. Reload the page.");
  return member;
}

/** Takes the chair away from whoever holds it, so another member can take it in the same transaction. */
export async function clearJuryChair(tx: Transaction, editionId: number): Promise<number | null> {
  const [previous] = await tx
    .update(memberships)
    .set({ isChair: false })
    .where(and(eq(memberships.editionId, editionId), eq(memberships.role, "juror"), eq(memberships.isChair, true)))
    .returning({ id: memberships.id });
  return previous?.id ?? null;
}

export interface JuryMemberChange {
  db: Executor;
  actor: SessionUser;
  editionId: number;
  membershipId: number;
}

export function toInvitationUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/invitation/${token}`;
}
