import { and, count, eq, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { editions, memberships, scoreSheets, users } from "../../db/schema";
import { can } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { isPhaseReached } from "../domain/phases";
import { AppError } from "../errors";
import type { JuryRole } from "../validation/jury-member";
import { recordAudit } from "../kernel/audit";

/*
 * Who chairs and who votes on an edition's jury, and the cap on voting members. Every jury change locks the
 * edition row first, so two changes to one jury (two chairs, one seat left under the cap) run one after the other.
 */

/** "1 voting member", "8 voting members". */
export function describeVotingCount(n: number): string {
  return n === 1 ? "1 voting member" : `${n} voting members`;
}

/** How many sheets the juror behind the current users row submitted for the edition. */
export function countSubmittedSheets(editionId: number) {
  return sql<number>`(select count(*) from ${scoreSheets} where ${scoreSheets.editionId} = ${editionId} and ${scoreSheets.jurorUserId} = ${users.id} and ${scoreSheets.state} = 'submitted')`.mapWith(
    Number,
  );
}

/** Locks the edition row for update and checks the actor may manage it. */
export async function lockJuryEdition(tx: Transaction, actor: SessionUser, editionId: number) {
  const [edition] = await tx
    .select({
      id: editions.id,
      year: editions.year,
      theme: editions.theme,
      phase: editions.phase,
      maxVotingJurors: editions.maxVotingJurors,
      juryClosedAt: editions.juryClosedAt,
    })
    .from(editions)
    .where(eq(editions.id, editionId))
    .for("update");
  if (!edition) throw new AppError("NOT_FOUND", "This edition does not exist.");
  if (!can(actor, "edition.manage", { edition })) throw new AppError("FORBIDDEN", "Only the secretariat can change the jury.");
  return edition;
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

/** Makes a member the chair; the previous chair stops being chair in the same transaction (one chair per edition). */
export async function setJuryChair({ db, actor, editionId, membershipId }: JuryMemberChange) {
  return db.transaction(async (tx) => {
    await lockJuryEdition(tx, actor, editionId);
    const member = await getJuryMemberForUpdate(tx, editionId, membershipId);
    if (member.isChair) return { name: member.name, isChanged: false };
    const previousChairId = await clearJuryChair(tx, editionId);
    await tx.update(memberships).set({ isChair: true }).where(eq(memberships.id, membershipId));
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "jury.chair_changed",
      entityType: "membership",
      entityId: membershipId,
      data: { userId: member.userId, previousChairId },
    });
    return { name: member.name, isChanged: true };
  });
}

/** Makes a member a voting member (within the cap) or a non-voting expert, whose scores do not count. */
export async function setJuryRole({ db, actor, editionId, membershipId, role }: JuryMemberChange & { role: JuryRole }) {
  return db.transaction(async (tx) => {
    const edition = await lockJuryEdition(tx, actor, editionId);
    const member = await getJuryMemberForUpdate(tx, editionId, membershipId);
    const isVoting = role === "voting";
    if (member.isVoting === isVoting) return { name: member.name, isChanged: false };
    // Once the jury is closed, whether a scorer votes decides the ranking, so it may no longer change.
    if (isPhaseReached(edition.phase, "deliberation") && member.submittedSheetCount > 0) {
      throw new AppError(
        "CONFLICT",
        `The ${edition.year} jury is closed and ${member.name} has submitted score sheets, so whether they vote can no longer change.`,
      );
    }
    if (isVoting && (await countVotingMembers(tx, editionId)) >= edition.maxVotingJurors) {
      throw new AppError(
        "CONFLICT",
        `The ${edition.year} jury already has ${describeVotingCount(edition.maxVotingJurors)}, its cap. Raise the cap first.`,
      );
    }
    await tx.update(memberships).set({ isVoting }).where(eq(memberships.id, membershipId));
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "jury.member_role_changed",
      entityType: "membership",
      entityId: membershipId,
      data: { userId: member.userId, from: member.isVoting ? "voting" : "expert", to: role },
    });
    return { name: member.name, isChanged: true };
  });
}

/** Sets how many voting members the edition's jury may have; never below the number it has now. */
export async function updateVotingCap(request: { db: Executor; actor: SessionUser; editionId: number; maxVotingJurors: number }) {
  const { db, actor, editionId, maxVotingJurors } = request;
  return db.transaction(async (tx) => {
    const edition = await lockJuryEdition(tx, actor, editionId);
    const votingCount = await countVotingMembers(tx, editionId);
    if (maxVotingJurors < votingCount) {
      const message = `The jury has ${describeVotingCount(votingCount)}: make some of them non-voting experts before lowering the cap to ${maxVotingJurors}.`;
      throw new AppError("CONFLICT", message, { maxVotingJurors: [message] });
    }
    if (maxVotingJurors === edition.maxVotingJurors) return { maxVotingJurors, isChanged: false };
    await tx.update(editions).set({ maxVotingJurors }).where(eq(editions.id, editionId));
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "edition.voting_cap_changed",
      entityType: "edition",
      entityId: editionId,
      data: { from: edition.maxVotingJurors, to: maxVotingJurors },
    });
    return { maxVotingJurors, isChanged: true };
  });
}
