import { and, asc, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { accountTokens, assignments, countries, memberships, scoreSheets, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError, getViolatedConstraint, isFrozenResultError } from "../errors";
import { composeJuryAddedMail, composeJuryInvitationMail } from "../mail/jury-mail";
import { enqueueMail } from "../mail/outbox";
import type { AddJuryMember } from "../validation/jury-member";
import { createInvitationToken } from "../people/account-tokens";
import { generateAssignmentsWithin } from "./assignments";
import { recordAudit } from "../kernel/audit";
import {
  clearJuryChair,
  countSubmittedSheets,
  countVotingMembers,
  describeVotingCount,
  getJuryMemberForUpdate,
  lockJuryEdition,
  type JuryMemberChange,
} from "./roles";

export { setJuryChair, setJuryRole, updateVotingCap } from "./roles";

/** Invited: has no password yet; active: can sign in; disabled: the account is switched off. */
export type InvitationStatus = "invited" | "active" | "disabled";

export type JuryMember = Awaited<ReturnType<typeof listJuryMembers>>[number];

/** The jury of an edition for the secretariat: the chair first, then voting members, then experts, by name. */
export async function listJuryMembers({ db, viewer, editionId }: { db: Executor; viewer: SessionUser; editionId: number }) {
  if (!viewer.isAdmin) throw new AppError("FORBIDDEN", "Only the secretariat can see the jury's members.");
  const rows = await db
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      countryCode: memberships.countryCode,
      countryName: countries.name,
      isChair: memberships.isChair,
      isVoting: memberships.isVoting,
      isActive: users.isActive,
      // Only whether a password exists leaves the database, never the hash.
      hasPassword: sql<boolean>`(${users.passwordHash} is not null)`,
      submittedSheetCount: countSubmittedSheets(editionId),
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(countries, eq(countries.code, memberships.countryCode))
    .where(and(eq(memberships.editionId, editionId), eq(memberships.role, "juror")))
    .orderBy(desc(memberships.isChair), desc(memberships.isVoting), asc(users.name), asc(users.email));
  return rows.map(({ hasPassword, ...row }) => ({
    ...row,
    status: (!row.isActive ? "disabled" : hasPassword ? "active" : "invited") as InvitationStatus,
  }));
}

/** The countries a juror may come from, by name; former members stay listed for past editions. */
export async function listJurorCountries({ db }: { db: Executor }) {
  const rows = await db
    .select({ code: countries.code, name: countries.name, leftOn: countries.leftOn })
    .from(countries)
    .orderBy(asc(countries.name));
  return rows.map(({ leftOn, ...country }) => ({ ...country, isFormer: leftOn !== null }));
}

function toInvitationUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/invitation/${token}`;
}

export interface AddJuryMemberRequest extends AddJuryMember {
  db: Executor;
  actor: SessionUser;
  /** The app's public address, for the invitation link. */
  appUrl: string;
}

/**
 * Puts a person on an edition's jury with their country, as a voting member or an expert, in one transaction
 * with its audit entry and email. Someone without an account (or who never accepted an earlier invitation)
 * gets a new invitation link; someone who can already sign in is told they joined.
 */
export async function addJuryMember(request: AddJuryMemberRequest) {
  const { db, actor, editionId, role, isChair } = request;
  const email = request.email.trim().toLowerCase();
  const isVoting = role === "voting";
  try {
    return await db.transaction(async (tx) => {
      const edition = await lockJuryEdition(tx, actor, editionId);
      const [country] = await tx.select({ name: countries.name }).from(countries).where(eq(countries.code, request.countryCode));
      if (!country) throw new AppError("INVALID", "Choose the juror's country from the list.", { countryCode: ["Choose the juror's country from the list."] });
      const [existing] = await tx
        .select({ id: users.id, name: users.name, isActive: users.isActive, hasPassword: sql<boolean>`(${users.passwordHash} is not null)` })
        .from(users)
        .where(eq(sql`lower(${users.email})`, email));
      if (!existing && !request.name.trim()) {
        const message = "No account uses this email yet: enter the person's name to invite them.";
        throw new AppError("INVALID", message, { name: [message] });
      }
      if (existing && !existing.isActive) {
        throw new AppError("CONFLICT", `The account of ${existing.name} is disabled, so it cannot join the jury.`);
      }
      if (existing) {
        const [already] = await tx
          .select({ id: memberships.id })
          .from(memberships)
          .where(and(eq(memberships.userId, existing.id), eq(memberships.editionId, editionId), eq(memberships.role, "juror")));
        if (already) throw new AppError("CONFLICT", `${existing.name} is already on the ${edition.year} jury.`);
      }
      if (isVoting && (await countVotingMembers(tx, editionId)) >= edition.maxVotingJurors) {
        throw new AppError(
          "CONFLICT",
          `The ${edition.year} jury already has ${describeVotingCount(edition.maxVotingJurors)}, its cap. ` +
            "Add this person as a non-voting expert, or raise the cap first.",
        );
      }
      const previousChairId = isChair ? await clearJuryChair(tx, editionId) : null;
      const person = existing ?? (await createInvitedUser(tx, email, request.name.trim()));
      const [membership] = await tx
        .insert(memberships)
        .values({ userId: person.id, role: "juror", editionId, countryCode: request.countryCode, isChair, isVoting })
        .returning({ id: memberships.id });

      // A voting juror who joins while the jury scores gets their share of dossiers at once, like the others did.
      if (isVoting && edition.phase === "jury_scoring" && !edition.juryClosedAt) {
        await generateAssignmentsWithin({ tx, actorId: actor.id, editionId });
      }

      const isInvited = !person.hasPassword;
      const mailInput = { name: person.name, email, year: edition.year, theme: edition.theme, countryName: country.name, isVoting, isChair };
      const mail = isInvited
        ? composeJuryInvitationMail({ ...mailInput, url: toInvitationUrl(request.appUrl, await createInvitationToken(tx, person.id)) })
        : composeJuryAddedMail({ ...mailInput, signInUrl: `${request.appUrl.replace(/\/+$/, "")}/signin` });
      await enqueueMail(tx, { editionId, kind: isInvited ? "jury.invitation" : "jury.added", to: email, ...mail });
      await recordAudit(tx, {
        actorUserId: actor.id,
        editionId,
        action: "jury.member_added",
        entityType: "membership",
        entityId: membership!.id,
        data: { userId: person.id, email, countryCode: request.countryCode, isVoting, isChair, previousChairId, isNewUser: !existing, isInvited },
      });
      return { membershipId: membership!.id, userId: person.id, name: person.name, isInvited, isNewUser: !existing };
    });
  } catch (error) {
    // Two secretaries adding the same new email at once: the database's unique email index decides.
    if (getViolatedConstraint(error) === "users_email_lower_idx" || getViolatedConstraint(error) === "memberships_juror_once_idx") {
      throw new AppError("CONFLICT", "Someone else added this person meanwhile. Reload the page to see the jury.");
    }
    throw error;
  }
}

async function createInvitedUser(tx: Transaction, email: string, name: string) {
  // No password: the person cannot sign in until they accept the invitation and choose one.
  const [user] = await tx.insert(users).values({ email, name, passwordHash: null }).returning({ id: users.id, name: users.name });
  return { ...user!, isActive: true, hasPassword: false };
}

/**
 * Takes a member off the jury with their assignments and draft sheets. Someone who submitted a sheet stays,
 * for the record: the secretariat can make them a non-voting expert so their scores no longer count.
 */
export async function removeJuryMember({ db, actor, editionId, membershipId }: JuryMemberChange) {
  try {
    return await db.transaction(async (tx) => {
      const edition = await lockJuryEdition(tx, actor, editionId);
      const member = await getJuryMemberForUpdate(tx, editionId, membershipId);
      if (member.submittedSheetCount > 0) {
        const sheets = member.submittedSheetCount === 1 ? "1 score sheet" : `${member.submittedSheetCount} score sheets`;
        throw new AppError(
          "CONFLICT",
          `${member.name} cannot be removed: they have submitted ${sheets} for ${edition.year}, which stay on record. ` +
            "Mark them as a non-voting expert instead, so their scores no longer count.",
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
      await recordAudit(tx, {
        actorUserId: actor.id,
        editionId,
        action: "jury.member_removed",
        entityType: "membership",
        entityId: membershipId,
        data: {
          userId: member.userId,
          email: member.email,
          countryCode: member.countryCode,
          isVoting: member.isVoting,
          wasChair: member.isChair,
          removedAssignmentCount: removedAssignments.length,
          removedDraftSheetCount: drafts.length,
        },
      });
      return { name: member.name };
    });
  } catch (error) {
    if (isFrozenResultError(error)) {
      throw new AppError("CONFLICT", "The result of this edition is frozen, so its jury's assignments can no longer change.");
    }
    throw error;
  }
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

/** Sends an invited member a new link; earlier links stop working. */
export async function resendJuryInvitation({ db, actor, editionId, membershipId, appUrl }: JuryMemberChange & { appUrl: string }) {
  return db.transaction(async (tx) => {
    const edition = await lockJuryEdition(tx, actor, editionId);
    const member = await getJuryMemberForUpdate(tx, editionId, membershipId);
    if (!member.isActive) throw new AppError("CONFLICT", `The account of ${member.name} is disabled.`);
    if (member.hasPassword) throw new AppError("CONFLICT", `${member.name} has already accepted the invitation and can sign in.`);
    const [country] = await tx.select({ name: countries.name }).from(countries).where(eq(countries.code, member.countryCode ?? ""));
    const token = await createInvitationToken(tx, member.userId);
    const mail = composeJuryInvitationMail({
      name: member.name,
      email: member.email,
      year: edition.year,
      theme: edition.theme,
      countryName: country?.name ?? member.countryCode ?? "",
      isVoting: member.isVoting,
      isChair: member.isChair,
      url: toInvitationUrl(appUrl, token),
    });
    await enqueueMail(tx, { editionId, kind: "jury.invitation", to: member.email, ...mail });
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId,
      action: "jury.invitation_resent",
      entityType: "membership",
      entityId: membershipId,
      data: { userId: member.userId },
    });
    return { name: member.name };
  });
}

