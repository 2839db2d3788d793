import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { mailTemplates } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { resetMailTemplateSchema, type ResetMailTemplateInput } from "../validation/mail-template";

/** Goes back to the built-in text of one kind of message in one language for an edition: its own text is deleted, with an audit entry. */
export async function resetMailTemplate({ db, actor, input }: { db: Executor; actor: SessionUser; input: ResetMailTemplateInput }) {
  const { editionId, kind, locale, version } = resetMailTemplateSchema.parse(input);
  return runEditionCommand({ db, actor, editionId, action: "messages.edit" }, async ({ tx, audit }) => {
    const [current] = await tx
      .select({ id: mailTemplates.id, version: mailTemplates.version, subject: mailTemplates.subject, body: mailTemplates.body })
      .from(mailTemplates)
      .where(and(eq(mailTemplates.editionId, editionId), eq(mailTemplates.kind, kind), eq(mailTemplates.locale, locale)))
      .for("update");
    if (!current) return { kind, locale, version: 0, wasCustomised: false };
    if (current.version !== version) {
      throw new AppError("CONFLICT", "Someone else changed this message meanwhile. Reload the page before you reset it.");
    }
    await tx.delete(mailTemplates).where(eq(mailTemplates.id, current.id));
    // The text that goes is kept in the audit entry, so a reset by mistake can be typed back.
    await audit({ action: "mail-template.reset", entity: "mail_template", id: current.id, data: { kind, locale, version: current.version, subject: current.subject, body: current.body } });
    return { kind, locale, version: 0, wasCustomised: true };
  });
}
