import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { mailOutbox, users } from "../../db/schema";
import { authorizeGlobal } from "../access/policy";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { text } from "../i18n/server-text";
import { recordAudit } from "../kernel/audit";
import { createInvitationToken } from "../people/account-tokens";
import { hasAccountLink, maskAccountLinks, replaceAccountLinks } from "./account-links";
import { enqueueMail } from "./outbox";
import { MAX_MAIL_ATTEMPTS } from "./status";

/** The kinds of message whose link lets someone choose a password. */
export const INVITATION_MAIL_KINDS: readonly string[] = ["jury.invitation", "people.invitation"];

/** Whether a message of the outbox can be resent with a fresh link. */
export function isResendableMail(message: { kind: string; body: string }): boolean {
  return INVITATION_MAIL_KINDS.includes(message.kind) && hasAccountLink(message.body);
}

/** What the outbox says of an unsent copy set aside for a new one (kept in English, as the SMTP errors beside it are). */
export function describeReplacement(newId: number): string {
  return `Replaced by message ${newId}, with a new link.`;
}

export function toInvitationUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, "")}/invitation/${token}`;
}

/**
 * Sends an invitation of the outbox again with a fresh link, in one transaction with its audit entry: the
 * person's earlier links stop working, the new message is queued, and an older copy not yet sent is masked and
 * set aside (marked failed, naming its replacement), so nobody receives a dead link.
 */
export async function resendInvitationMail({ db, actor, messageId, appUrl }: { db: Executor; actor: SessionUser; messageId: number; appUrl: string }) {
  const decision = authorizeGlobal(actor, "outbox.resend");
  if (!decision.ok) throw new AppError(decision.code, decision.reason);
  return db.transaction(async (tx) => {
    const [message] = await tx
      .select({ id: mailOutbox.id, editionId: mailOutbox.editionId, kind: mailOutbox.kind, to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body, sentAt: mailOutbox.sentAt })
      .from(mailOutbox)
      .where(eq(mailOutbox.id, messageId))
      .for("update");
    if (!message) throw new AppError("NOT_FOUND", "This message does not exist.");
    if (!isResendableMail(message)) throw new AppError("CONFLICT", "This message holds no invitation link to renew.");
    const [invitee] = await tx
      .select({ id: users.id, name: users.name, isActive: users.isActive, hasPassword: sql<boolean>`(${users.passwordHash} is not null)` })
      .from(users)
      .where(eq(sql`lower(${users.email})`, message.to.toLowerCase()))
      .for("update");
    if (!invitee) throw new AppError("CONFLICT", "No account uses this address any more.");
    if (!invitee.isActive) throw new AppError("CONFLICT", text("The account of {name} is disabled.", { name: invitee.name }));
    if (invitee.hasPassword) throw new AppError("CONFLICT", text("{name} has already accepted the invitation and can sign in.", { name: invitee.name }));

    const token = await createInvitationToken(tx, invitee.id);
    const body = replaceAccountLinks(message.body, toInvitationUrl(appUrl, token));
    const newId = await enqueueMail(tx, { editionId: message.editionId, kind: message.kind, to: message.to, subject: message.subject, body });
    await tx
      .update(mailOutbox)
      .set({
        body: maskAccountLinks(message.body),
        // An unsent copy would only deliver the dead link: it is set aside rather than tried again.
        ...(message.sentAt ? {} : { attempts: MAX_MAIL_ATTEMPTS, lastError: describeReplacement(newId) }),
      })
      .where(eq(mailOutbox.id, message.id));
    await recordAudit(tx, {
      actorUserId: actor.id,
      editionId: message.editionId,
      action: "mail.invitation_resent",
      entityType: "mail",
      entityId: newId,
      data: { replacedMessageId: message.id, userId: invitee.id },
    });
    return { messageId: newId, name: invitee.name };
  });
}

