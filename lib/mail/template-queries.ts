import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { mailTemplates } from "../../db/schema";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "../i18n/locales";
import { getDefaultTemplate, MAIL_TEMPLATE_KINDS, MAIL_TEMPLATE_SPECS, renderTemplatePreview, type MailTemplateKind, type TemplateText } from "./templates";

/**
 * The text an edition's messages of this kind are rendered from in the recipient's language: the edition's own
 * version in that language, or that language's built-in default.
 */
export async function getEditionTemplate(db: Executor, editionId: number, kind: MailTemplateKind, locale: Locale = DEFAULT_LOCALE): Promise<TemplateText> {
  const [row] = await db
    .select({ subject: mailTemplates.subject, body: mailTemplates.body })
    .from(mailTemplates)
    .where(and(eq(mailTemplates.editionId, editionId), eq(mailTemplates.kind, kind), eq(mailTemplates.locale, locale)));
  return row ?? getDefaultTemplate(kind, locale);
}

/** Every kind of message of an edition, with the languages the secretariat has rewritten it in. */
export async function listEditionTemplates({ db, editionId }: { db: Executor; editionId: number }) {
  const rows = await db
    .select({ kind: mailTemplates.kind, locale: mailTemplates.locale, updatedAt: mailTemplates.updatedAt })
    .from(mailTemplates)
    .where(eq(mailTemplates.editionId, editionId));
  return MAIL_TEMPLATE_KINDS.map((kind) => {
    const versions = LOCALES.map((locale) => {
      const row = rows.find((r) => r.kind === kind && r.locale === locale);
      return { locale, isCustomised: Boolean(row), updatedAt: row?.updatedAt ?? null };
    });
    return { kind, versions, isCustomised: versions.some((v) => v.isCustomised) };
  });
}

/**
 * One template as its editor opens it, once per language: the text in use, its version (0 while it is the default,
 * for the optimistic check on save), the default beside it and the preview with sample values.
 */
export async function getTemplateForEditor({ db, editionId, kind }: { db: Executor; editionId: number; kind: MailTemplateKind }) {
  const rows = await db
    .select({ locale: mailTemplates.locale, subject: mailTemplates.subject, body: mailTemplates.body, version: mailTemplates.version, updatedAt: mailTemplates.updatedAt })
    .from(mailTemplates)
    .where(and(eq(mailTemplates.editionId, editionId), eq(mailTemplates.kind, kind)));
  const versions = LOCALES.map((locale) => {
    const row = rows.find((r) => r.locale === locale);
    const defaults = getDefaultTemplate(kind, locale);
    const text = row ? { subject: row.subject, body: row.body } : defaults;
    return {
      locale,
      ...text,
      version: row?.version ?? 0,
      isCustomised: Boolean(row),
      updatedAt: row?.updatedAt ?? null,
      defaults,
      preview: renderTemplatePreview(kind, text, locale),
    };
  });
  return { kind, ...MAIL_TEMPLATE_SPECS[kind], versions };
}

export type TemplateForEditor = Awaited<ReturnType<typeof getTemplateForEditor>>;
export type TemplateVersionForEditor = TemplateForEditor["versions"][number];

/** The edition's template of a kind, read once per language however many recipients speak it (a reminder to many). */
export function cacheEditionTemplates(db: Executor, editionId: number, kind: MailTemplateKind): (locale: Locale) => Promise<TemplateText> {
  const byLocale = new Map<Locale, Promise<TemplateText>>();
  return (locale) => {
    let template = byLocale.get(locale);
    if (!template) byLocale.set(locale, (template = getEditionTemplate(db, editionId, kind, locale)));
    return template;
  };
}
