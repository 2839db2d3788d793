import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, mailOutbox } from "@/db/schema";
import { addJuryMember } from "@/lib/jury/add-member";
import { MASKED_TOKEN } from "@/lib/mail/account-links";
import { deliverPendingMail, type MailTransport } from "@/lib/mail/deliver";
import { getOutboxMessage, listOutboxMessages } from "@/lib/mail/outbox-queries";
import { resendInvitationMail } from "@/lib/mail/resend-invitation";
import { MAX_MAIL_ATTEMPTS } from "@/lib/mail/status";
import { acceptInvitation, getInvitation } from "@/lib/people/account-tokens";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";

const APP_URL = "https://awards.example.org";
const TOKEN = /\/invitation\/([A-Za-z0-9_-]{43})/;

/** The raw stored body of a message: what the database holds, not what the outbox shows. */
async function readStoredBody(t: TestDatabase, id: number): Promise<string> {
  const [row] = await t.db.select({ body: mailOutbox.body }).from(mailOutbox).where(eq(mailOutbox.id, id));
  return row!.body;
}

/** Invites a new person to an edition's jury, as the secretariat does, and returns the message and its live token. */
async function invite(t: TestDatabase) {
  const admin = await createUser(t.db, [{ role: "admin" }]);
  const edition = await createEdition(t.db, { phase: "draft" });
  const email = `invitee-${edition.year}@example.org`;
  await addJuryMember({ db: t.db, actor: admin, editionId: edition.id, email, name: "Ana Invitee", countryCode: "PT", role: "expert", isChair: false, appUrl: APP_URL });
  const [message] = await t.db.select({ id: mailOutbox.id }).from(mailOutbox).where(eq(mailOutbox.toAddress, email));
  const token = TOKEN.exec(await readStoredBody(t, message!.id))?.[1];
  expect(token, "the queued message holds the live link").toBeTruthy();
  return { admin, edition, email, messageId: message!.id, token: token! };
}

/** A transport that keeps what it sends, as the invitee's mailbox would. */
function createMailbox(): MailTransport & { sent: { to: string; text: string }[] } {
  const sent: { to: string; text: string }[] = [];
  return { sent, sendMail: async (message) => void sent.push({ to: message.to, text: message.text }) };
}

describeEachEngine("invitation links in the outbox", (t) => {
  it("never shows a live token in the outbox's list or message view, only the masked link", async () => {
    const { admin, messageId, token } = await invite(t);
    const list = await listOutboxMessages({ db: t.db, viewer: admin });
    expect(JSON.stringify(list)).not.toContain(token);

    const message = await getOutboxMessage({ db: t.db, viewer: admin, id: messageId });
    expect(JSON.stringify(message)).not.toContain(token);
    expect(message?.body).toContain(`${APP_URL}/invitation/${MASKED_TOKEN}`);
    expect(message?.canResend).toBe(true);
    // The link still works for its addressee: masking is about who reads the outbox, not about the invitation.
    expect(await getInvitation({ db: t.db, token })).toMatchObject({ name: "Ana Invitee" });
  });

  it("delivers the live link to the addressee, then keeps only the masked one", async () => {
    const { email, messageId, token } = await invite(t);
    const mailbox = createMailbox();
    const report = await deliverPendingMail({ db: t.db, transport: mailbox, from: "test@example.org" });
    expect(report.sentIds).toContain(messageId);
    expect(mailbox.sent.find((m) => m.to === email)?.text).toContain(`/invitation/${token}`);

    const stored = await readStoredBody(t, messageId);
    expect(stored).not.toContain(token);
    expect(stored).not.toMatch(TOKEN);
    expect(stored).toContain(`/invitation/${MASKED_TOKEN}`);
  });

  it("resends with a fresh link: the old token stops working and the new one sets the password", async () => {
    const { admin, edition, email, messageId, token } = await invite(t);
    const resent = await resendInvitationMail({ db: t.db, actor: admin, messageId, appUrl: APP_URL });

    expect(await getInvitation({ db: t.db, token })).toBeUndefined();
    await expect(acceptInvitation({ db: t.db, token, password: "a long new password" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const newToken = TOKEN.exec(await readStoredBody(t, resent.messageId))?.[1];
    expect(newToken).toBeTruthy();
    expect(newToken).not.toBe(token);
    expect(JSON.stringify(await getOutboxMessage({ db: t.db, viewer: admin, id: resent.messageId }))).not.toContain(newToken);

    // The old copy, never sent, is masked and set aside so nobody receives a dead link.
    const [old] = await t.db.select({ body: mailOutbox.body, attempts: mailOutbox.attempts, lastError: mailOutbox.lastError }).from(mailOutbox).where(eq(mailOutbox.id, messageId));
    expect(old).toMatchObject({ attempts: MAX_MAIL_ATTEMPTS, lastError: `Replaced by message ${resent.messageId}, with a new link.` });
    expect(old!.body).not.toContain(token);
    const [audit] = await t.db.select({ actorUserId: auditEvents.actorUserId, editionId: auditEvents.editionId }).from(auditEvents).where(eq(auditEvents.action, "mail.invitation_resent"));
    expect(audit).toEqual({ actorUserId: admin.id, editionId: edition.id });

    expect(await acceptInvitation({ db: t.db, token: newToken!, password: "a long new password" })).toEqual({ email });
    await expect(resendInvitationMail({ db: t.db, actor: admin, messageId: resent.messageId, appUrl: APP_URL })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lets only an active admin resend", async () => {
    const { edition, messageId, token } = await invite(t);
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "PT", editionId: edition.id }]);
    await expect(resendInvitationMail({ db: t.db, actor: coordinator, messageId, appUrl: APP_URL })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getInvitation({ db: t.db, token })).toBeDefined();
  });
});
