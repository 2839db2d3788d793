import { and, count, eq, isNull, ne, sql } from "drizzle-orm";
import type { Transaction } from "../../db/client";
import { accountTokens, assignments, memberships, scoreSheets } from "../../db/schema";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { getJuryMemberForUpdate, type JuryMemberChange } from "./member-rows";

/**
 * Takes a member off the jury with their assignments and draft sheets. Someone who submitted a sheet stays,
 * for the record: the secretariat can make them a non-voting expert so their scores no longer count.
 */
export async function removeJuryMember({ db, actor, editionId, membershipId }: JuryMemberChange) {
  return runEditionCommand({ db, actor, editionId, action: "jury.manage" }, async ({ tx, edition, audit }) => {
    const member = await getJuryMemberForUpdate(tx, editionId, membershipId);
    if (member.submittedSheetCount > 0) {
      const values = { name: member.name, year: edition.year, count: member.submittedSheetCount };
      throw new AppError(
        "CONFLICT",
        member.submittedSheetCount === 1
          ? text("{name} cannot be removed: they have submitted 1 score sheet for {year}, which stays on record. Mark them as a non-voting expert instead, so their scores no longer count.", values)
          : text("{name} cannot be removed: they have submitted {count} score sheets for {year}, which stay on record. Mark them as a non-voting expert instead, so their scores no longer count.", values),
      );
    }
    const isOwnSheet = and(eq(scoreSheets.editionId, editionId), eq(scoreSheets.jurorUserId, member.userId), ne(scoreSheets.state, "submitted"));
    const drafts = await tx.delete(scoreSheets).where(isOwnSheet).returning({ id: scoreSheets.id });
    const removedAssignments = await tx
      .delete(assignments)
      .where(and(eq(assignments.editionId, editionId), eq(assignments.jurorUserId, member.userId)))
      .returning({ id: assignments.id });
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await revokeUnneededInvitations(tx, member.userId);
    await audit({
      action: "jury.member_removed",
      entity: "membership",
      id: membershipId,
      data: {
        userId: member.userId,
        countryCode: member.countryCode,
        isVoting: member.isVoting,
        wasChair: member.isChair,
        removedAssignmentCount: removedAssignments.length,
        removedDraftSheetCount: drafts.length,
      },
    });
    return { name: member.name };
  });
}

/** An invitation of someone who no longer holds any role would only open an empty account: it stops working. */
async function revokeUnneededInvitations(tx: Transaction, userId: number): Promise<void> {
  const [remaining] = await tx.select({ n: count() }).from(memberships).where(eq(memberships.userId, userId));
  if ((remaining?.n ?? 0) > 0) return;
  await tx
    .update(accountTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, "invitation"), isNull(accountTokens.usedAt)));
}
