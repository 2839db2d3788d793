import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { mailTemplates } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { mailTemplateSchema, type MailTemplateInput } from "../validation/mail-template";

const STALE_TEMPLATE = msg("Someone else changed this message meanwhile. Reload the page to see their text before you save yours.");

/**
 * Saves an edition's own text for one kind of message in one language, in one transaction with its audit entry. The placeholders
 * are checked again here (an action is a public endpoint); the version guards against overwriting a colleague's edit.
 */
export async function saveMailTemplate({ db, actor, input }: { db: Executor; actor: SessionUser; input: MailTemplateInput }) {
  const { editionId, kind, locale, version, subject, body } = mailTemplateSchema.parse(input);
  return runEditionCommand({ db, actor, editionId, action: "messages.edit" }, async ({ tx, actorId, audit }) => {
    const [current] = await tx
      .select({ id: mailTemplates.id, version: mailTemplates.version })
      .from(mailTemplates)
      .where(and(eq(mailTemplates.editionId, editionId), eq(mailTemplates.kind, kind), eq(mailTemplates.locale, locale)))
      .for("update");
    if ((current?.version ?? 0) !== version) throw new AppError("CONFLICT", STALE_TEMPLATE);
    const [saved] = current
      ? await tx
          .update(mailTemplates)
          .set({ subject, body, version: sql`${mailTemplates.version} + 1`, updatedAt: sql`now()`, updatedByUserId: actorId })
          .where(eq(mailTemplates.id, current.id))
          .returning({ id: mailTemplates.id, version: mailTemplates.version })
      : await tx
          .insert(mailTemplates)
          .values({ editionId, kind, locale, subject, body, updatedByUserId: actorId })
          .onConflictDoNothing()
          .returning({ id: mailTemplates.id, version: mailTemplates.version });
    // Two first saves at once: the unique key lets one in, the other is told to reload.
    if (!saved) throw new AppError("CONFLICT", STALE_TEMPLATE);
    await audit({ action: "mail-template.saved", entity: "mail_template", id: saved.id, data: { kind, locale, version: saved.version, subjectLength: subject.length, bodyLength: body.length } });
    return { kind, locale, version: saved.version };
  });
}
