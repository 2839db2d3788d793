import { and, eq, ne, or, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../../db/client";
import { accountTokens, mailOutbox, nominations, personErasures, signInAttempts, users } from "../../db/schema";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { getAccountAttemptKey } from "../auth/sign-in-throttle";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { recordAudit } from "../kernel/audit";
import { MAX_MAIL_ATTEMPTS } from "../mail/status";
import { digestEmail } from "../privacy/email-digest";
import { toErasedEmail, toErasedName } from "../privacy/placeholder";

export const ERASED_MAIL_BODY = "[This message was addressed to a person whose personal data has been erased.]";

export interface ErasureReport {
  userId: number;
  name: string;
  clearedNominationCount: number;
  redactedMessageCount: number;
  removedTokenCount: number;
}

/**
 * Erases one person inside the caller's transaction, without an access check (the command and the retention job
 * check first). The user row stays, anonymised, because sheets, scores, tie decisions and the audit trail name it
 * by id: the sealed result holds ids only, so its fingerprint is unchanged. Memberships stay too (which country's
 * juror scored which sheet decides the ranking), but the account is disabled and every session ends.
 */
export async function erasePersonInTransaction(
  tx: Transaction,
  { userId, actorUserId, reason, cause }: { userId: number; actorUserId: number | null; reason: string; cause: "request" | "retention" },
): Promise<ErasureReport> {
  const [person] = await tx.select({ id: users.id, email: users.email, name: users.name }).from(users).where(eq(users.id, userId)).for("update");
  if (!person) throw new AppError("NOT_FOUND", "This person does not exist.");
  const [already] = await tx.select({ userId: personErasures.userId }).from(personErasures).where(eq(personErasures.userId, userId));
  if (already) throw new AppError("CONFLICT", text("The personal data of {name} has already been erased.", { name: toErasedName(userId) }));
  const email = person.email.trim().toLowerCase();
  const placeholderName = toErasedName(userId);
  const placeholderEmail = toErasedEmail(userId);

  await tx
    .update(users)
    .set({ name: placeholderName, email: placeholderEmail, passwordHash: null, isActive: false, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
  const tokens = await tx.delete(accountTokens).where(eq(accountTokens.userId, userId)).returning({ id: accountTokens.id });
  await tx.delete(signInAttempts).where(eq(signInAttempts.key, getAccountAttemptKey(email)));

  // Messages to them lose their body and address; an unsent one is set aside so it is never delivered.
  const addressed = await tx
    .update(mailOutbox)
    .set({
      toAddress: placeholderEmail,
      body: ERASED_MAIL_BODY,
      attempts: sql`case when ${mailOutbox.sentAt} is null then ${MAX_MAIL_ATTEMPTS} else ${mailOutbox.attempts} end`,
      lastError: sql`case when ${mailOutbox.sentAt} is null then 'Not sent: the recipient''s personal data was erased.' else ${mailOutbox.lastError} end`,
    })
    .where(eq(sql`lower(${mailOutbox.toAddress})`, email))
    .returning({ id: mailOutbox.id });
  // Messages to others that name them (a submission receipt to a colleague) keep their text with the placeholder.
  // A name too short to be told from ordinary words is left alone (an empty one would match every body).
  const name = person.name.trim().length >= 3 ? person.name : null;
  await tx
    .update(mailOutbox)
    .set({
      body: name
        ? sql`replace(replace(${mailOutbox.body}, ${person.email}, ${placeholderEmail}), ${name}, ${placeholderName})`
        : sql`replace(${mailOutbox.body}, ${person.email}, ${placeholderEmail})`,
    })
    .where(
      and(
        ne(mailOutbox.toAddress, placeholderEmail),
        or(sql`strpos(${mailOutbox.body}, ${person.email}) > 0`, name ? sql`strpos(${mailOutbox.body}, ${name}) > 0` : undefined),
      ),
    );
  // A dossier naming them as its contact person loses the contact details (the dossier itself stays).
  const cleared = await tx
    .update(nominations)
    .set({ contactName: "", contactEmail: "", contactPhone: "", version: sql`${nominations.version} + 1`, updatedAt: sql`now()` })
    .where(eq(sql`lower(trim(${nominations.contactEmail}))`, email))
    .returning({ id: nominations.id });

  await tx.insert(personErasures).values({ userId, emailDigest: digestEmail(email), cause });
  const report = { userId, name: placeholderName, clearedNominationCount: cleared.length, redactedMessageCount: addressed.length, removedTokenCount: tokens.length };
  // The entry holds no erased data: the id, the reason and what was done.
  await recordAudit(tx, {
    actorUserId,
    editionId: null,
    action: "person.erased",
    entityType: "user",
    entityId: userId,
    data: { cause, reason, clearedNominationCount: report.clearedNominationCount, redactedMessageCount: report.redactedMessageCount, removedTokenCount: report.removedTokenCount },
  });
  return report;
}

/**
 * The secretariat erases a person's personal data on their request, with a reason, in one transaction with its
 * audit entry. Refused for one's own account (another admin must do it) and for a person already erased.
 */
export async function erasePerson({ db, actor, userId, reason }: { db: Executor; actor: SessionUser; userId: number; reason: string }) {
  const decision = authorizeGlobal(actor, "person.erase");
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
  if (actor.id === userId) throw new AppError("CONFLICT", "You cannot erase your own account: ask another member of the secretariat.");
  return db.transaction((tx) => erasePersonInTransaction(tx, { userId, actorUserId: actor.id, reason, cause: "request" }));
}

/** Finds a person for the erasure page by email (any case) or "#id", with whether they are erased already. */
export async function findPersonForErasure({ db, viewer, query }: { db: Executor; viewer: SessionUser; query: string }) {
  const decision = authorizeGlobal(viewer, "person.erase");
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
  const id = /^#?(\d{1,9})$/.exec(query.trim())?.[1];
  const [row] = await db
    .select({ id: users.id, name: users.name, email: users.email, isActive: users.isActive, erasedAt: personErasures.erasedAt })
    .from(users)
    .leftJoin(personErasures, eq(personErasures.userId, users.id))
    .where(id ? eq(users.id, Number(id)) : eq(sql`lower(${users.email})`, query.trim().toLowerCase()));
  return row ?? null;
}
