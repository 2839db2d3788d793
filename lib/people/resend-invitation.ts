import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { mailOutbox, users } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { maskAccountLinks } from "../mail/account-links";
import { enqueueMail } from "../mail/outbox";
import { composeRoleInvitationMail } from "../mail/people-mail";
import { toMailLocale } from "../mail/recipient-locale";
import { describeReplacement, INVITATION_MAIL_KINDS, toInvitationUrl } from "../mail/resend-invitation";
import { text } from "../i18n/server-text";
import { MAX_MAIL_ATTEMPTS } from "../mail/status";
import { createInvitationToken, listMembershipViews } from "./account-tokens";
import { runPeopleCommand } from "./people-command";
import { describeMembership } from "./role-labels";

/**
 * Sends an invited person (any role) a new invitation link, with its audit entry: their earlier links stop working,
 * and an earlier invitation still waiting in the outbox is masked and set aside, so nobody receives a dead link.
 */
export async function resendPersonInvitation({ db, actor, userId, appUrl }: { db: Executor; actor: SessionUser; userId: number; appUrl: string }) {
  return runPeopleCommand({ db, actor, editionId: null }, async ({ tx, audit }) => {
    const [person] = await tx
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale, isActive: users.isActive, hasPassword: sql<boolean>`(${users.passwordHash} is not null)` })
      .from(users)
      .where(eq(users.id, userId))
      .for("update");
    if (!person) throw new AppError("NOT_FOUND", "This person does not exist.");
    if (!person.isActive) throw new AppError("CONFLICT", text("The account of {name} is disabled: enable it first.", { name: person.name }));
    if (person.hasPassword) throw new AppError("CONFLICT", text("{name} has already accepted the invitation and can sign in.", { name: person.name }));
    const locale = toMailLocale(person.locale);
    const roles = (await listMembershipViews(tx, person.id)).map((view) => describeMembership(view, locale));
    if (roles.length === 0) throw new AppError("CONFLICT", text("{name} holds no role: invite them to one instead.", { name: person.name }));

    const url = toInvitationUrl(appUrl, await createInvitationToken(tx, person.id));
    const messageId = await enqueueMail(tx, { kind: "people.invitation", to: person.email, ...composeRoleInvitationMail({ name: person.name, email: person.email, roles, url, locale }) });
    const waiting = await tx
      .select({ id: mailOutbox.id, body: mailOutbox.body })
      .from(mailOutbox)
      .where(
        and(
          eq(sql`lower(${mailOutbox.toAddress})`, person.email.toLowerCase()),
          inArray(mailOutbox.kind, [...INVITATION_MAIL_KINDS]),
          isNull(mailOutbox.sentAt),
          sql`${mailOutbox.id} <> ${messageId}`,
        ),
      )
      .for("update");
    for (const old of waiting) {
      await tx
        .update(mailOutbox)
        .set({ body: maskAccountLinks(old.body), attempts: MAX_MAIL_ATTEMPTS, lastError: describeReplacement(messageId) })
        .where(eq(mailOutbox.id, old.id));
    }
    await audit({ action: "people.invitation_resent", entity: "user", id: person.id, data: { messageId, replacedMessageIds: waiting.map((m) => m.id) } });
    return { name: person.name, messageId };
  });
}
