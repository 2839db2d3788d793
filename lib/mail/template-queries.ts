import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { mailTemplates } from "../../db/schema";
import { getDefaultTemplate, MAIL_TEMPLATE_KINDS, MAIL_TEMPLATE_SPECS, renderTemplatePreview, type MailTemplateKind, type TemplateText } from "./templates";

/** The text an edition's messages of this kind are rendered from: its own, or the built-in default. */
export async function getEditionTemplate(db: Executor, editionId: number, kind: MailTemplateKind): Promise<TemplateText> {
  const [row] = await db
    .select({ subject: mailTemplates.subject, body: mailTemplates.body })
    .from(mailTemplates)
    .where(and(eq(mailTemplates.editionId, editionId), eq(mailTemplates.kind, kind)));
  return row ?? getDefaultTemplate(kind);
}

/** Every kind of message of an edition, with whether the secretariat has rewritten it. */
export async function listEditionTemplates({ db, editionId }: { db: Executor; editionId: number }) {
  const rows = await db
    .select({ kind: mailTemplates.kind, updatedAt: mailTemplates.updatedAt })
    .from(mailTemplates)
    .where(eq(mailTemplates.editionId, editionId));
  const updated = new Map(rows.map((row) => [row.kind, row.updatedAt]));
  return MAIL_TEMPLATE_KINDS.map((kind) => ({
    kind,
    title: MAIL_TEMPLATE_SPECS[kind].title,
    sentWhen: MAIL_TEMPLATE_SPECS[kind].sentWhen,
    isCustomised: updated.has(kind),
    updatedAt: updated.get(kind) ?? null,
  }));
}

/**
 * One template as its editor opens it: the text in use, its version (0 while it is the default, for the
 * optimistic check on save), the default beside it and the preview with sample values.
 */
export async function getTemplateForEditor({ db, editionId, kind }: { db: Executor; editionId: number; kind: MailTemplateKind }) {
  const [row] = await db
    .select({ subject: mailTemplates.subject, body: mailTemplates.body, version: mailTemplates.version, updatedAt: mailTemplates.updatedAt })
    .from(mailTemplates)
    .where(and(eq(mailTemplates.editionId, editionId), eq(mailTemplates.kind, kind)));
  const defaults = getDefaultTemplate(kind);
  const text = row ? { subject: row.subject, body: row.body } : defaults;
  return {
    kind,
    ...MAIL_TEMPLATE_SPECS[kind],
    ...text,
    version: row?.version ?? 0,
    isCustomised: Boolean(row),
    updatedAt: row?.updatedAt ?? null,
    defaults,
    preview: renderTemplatePreview(kind, text),
  };
}

export type TemplateForEditor = Awaited<ReturnType<typeof getTemplateForEditor>>;
