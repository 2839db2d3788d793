/**
 * Every message that belongs to an edition, as a template the secretariat may rewrite per edition and language: its
 * built-in subject and body in each language, the placeholders it knows (with a sample for the preview) and those it
 * cannot do without. The placeholders are the same in every language.
 * Pure, so the editor's live preview and the check on save share it. The texts are in lib/mail/template-texts.ts.
 */
import { checkPlaceholders, renderPlaceholders, renderSubject } from "../domain/mail-placeholders";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locales";
import type { ServerText } from "../i18n/server-text";
import { DEFAULT_TEXTS_EN } from "./template-texts";
import { DEFAULT_TEXTS_FR } from "./template-texts-fr";

/** What the preview shows in place of each placeholder, per language (the editor's list says what each stands for). */
export const PLACEHOLDER_SAMPLES = {
  en: {
    name: "Alex Martin",
    email: "alex.martin@example.org",
    edition_year: "2027",
    theme: "Prevention of domestic burglary",
    country: "Belgium",
    seat: "as a voting member, for France",
    link: "https://palmares.example/",
    deadline: "30 September 2027 at 23:59 Europe/Brussels (CEST)",
    time_left: "3 days",
    status: "a draft, not submitted yet",
    title: "Safe streets",
    dossier: '"Safe streets" (reference ECPA-2027-BE)',
    reason: "the project is off the edition's theme.",
    note: "Note from the secretariat:\nSee section 2 of the call.",
    dossier_count: "5 dossiers",
    missing_count: "2 dossiers",
    missing_list: '- Belgium: "Safe streets" (not started)\n- Ireland: "Night watch" (draft saved, not submitted)',
  },
  fr: {
    name: "Alex Martin",
    email: "alex.martin@example.org",
    edition_year: "2027",
    theme: "Prévention des cambriolages",
    country: "Belgique",
    seat: "en tant que membre votant, pour la France",
    link: "https://palmares.example/",
    deadline: "30 septembre 2027 à 23:59 Europe/Brussels (CEST)",
    time_left: "3 jours",
    status: "un brouillon, pas encore soumis",
    title: "Rues sûres",
    dossier: "« Rues sûres » (référence ECPA-2027-BE)",
    reason: "le projet ne correspond pas au thème de l’édition.",
    note: "Note du secrétariat :\nVoir la section 2 de l’appel.",
    dossier_count: "5 dossiers",
    missing_count: "2 dossiers",
    missing_list: "- Belgique : « Rues sûres » (pas commencé)\n- Irlande : « Veille de nuit » (brouillon enregistré, non soumis)",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type PlaceholderName = keyof (typeof PLACEHOLDER_SAMPLES)["en"];

export const MAIL_TEMPLATE_KINDS = [
  "jury-invitation",
  "jury-added",
  "eligibility-accepted",
  "eligibility-rejected",
  "jury-reminder",
  "nominations-reminder",
  "scoring-opened",
  "scoring-deadline",
  "results-published",
] as const;

export type MailTemplateKind = (typeof MAIL_TEMPLATE_KINDS)[number];

export interface MailTemplateSpec {
  /** The outbox's kind for the messages it sends. */
  outboxKind: string;
  placeholders: readonly PlaceholderName[];
  required: readonly PlaceholderName[];
  /** The page its {{link}} leads to, for the preview. */
  samplePath: string;
}

export const MAIL_TEMPLATE_SPECS: Record<MailTemplateKind, MailTemplateSpec> = {
  "jury-invitation": {
    outboxKind: "jury.invitation",
    placeholders: ["name", "email", "edition_year", "theme", "seat", "link"],
    required: ["link"],
    samplePath: "invitation/sample-link",
  },
  "jury-added": {
    outboxKind: "jury.added",
    placeholders: ["name", "edition_year", "theme", "seat", "link"],
    required: [],
    samplePath: "signin",
  },
  "eligibility-accepted": {
    outboxKind: "nomination.eligibility",
    placeholders: ["edition_year", "country", "title", "dossier", "note", "link"],
    required: [],
    samplePath: "coordinator/nominations/sample",
  },
  "eligibility-rejected": {
    outboxKind: "nomination.eligibility",
    placeholders: ["edition_year", "country", "title", "dossier", "reason", "note", "link"],
    required: ["reason"],
    samplePath: "coordinator/nominations/sample",
  },
  "jury-reminder": {
    outboxKind: "jury.reminder",
    placeholders: ["name", "edition_year", "dossier_count", "missing_count", "missing_list", "deadline", "link"],
    required: [],
    samplePath: "jury",
  },
  "nominations-reminder": {
    outboxKind: "reminder.nominations",
    placeholders: ["name", "edition_year", "theme", "country", "status", "deadline", "time_left", "link"],
    required: ["deadline"],
    samplePath: "coordinator",
  },
  "scoring-opened": {
    outboxKind: "reminder.scoring_opened",
    placeholders: ["name", "edition_year", "theme", "dossier_count", "deadline", "link"],
    required: [],
    samplePath: "jury",
  },
  "scoring-deadline": {
    outboxKind: "reminder.scoring_deadline",
    placeholders: ["name", "edition_year", "missing_count", "missing_list", "deadline", "time_left", "link"],
    required: ["deadline"],
    samplePath: "jury",
  },
  "results-published": {
    outboxKind: "results.published",
    placeholders: ["name", "edition_year", "theme", "link"],
    required: [],
    samplePath: "results/2027",
  },
};

export function isMailTemplateKind(value: unknown): value is MailTemplateKind {
  return typeof value === "string" && (MAIL_TEMPLATE_KINDS as readonly string[]).includes(value);
}

export interface TemplateText {
  subject: string;
  body: string;
}

const DEFAULT_TEXTS: Record<Locale, Record<MailTemplateKind, TemplateText>> = { en: DEFAULT_TEXTS_EN, fr: DEFAULT_TEXTS_FR };

/** The built-in text of a kind in a language, used by every edition that has not rewritten it in that language. */
export function getDefaultTemplate(kind: MailTemplateKind, locale: Locale = DEFAULT_LOCALE): TemplateText {
  return DEFAULT_TEXTS[locale][kind];
}

/** The field messages for a template's subject and body (empty when it may be saved). */
export function checkTemplate(kind: MailTemplateKind, text: TemplateText): { subject: ServerText[]; body: ServerText[] } {
  const spec = MAIL_TEMPLATE_SPECS[kind];
  return {
    // A required placeholder belongs in the body; the subject may use any known one, or none.
    subject: checkPlaceholders(text.subject, { allowed: spec.placeholders }),
    body: checkPlaceholders(text.body, { allowed: spec.placeholders, required: spec.required }),
  };
}

export type TemplateValues = Partial<Record<PlaceholderName, string>>;

/** A message from a template and its values. */
export function renderTemplate(text: TemplateText, values: TemplateValues): TemplateText {
  return { subject: renderSubject(text.subject, values), body: renderPlaceholders(text.body, values) };
}

/** The template rendered with every placeholder's sample value in its language, for the editor's preview. */
export function renderTemplatePreview(kind: MailTemplateKind, text: TemplateText, locale: Locale = DEFAULT_LOCALE): TemplateText {
  const spec = MAIL_TEMPLATE_SPECS[kind];
  const sample = PLACEHOLDER_SAMPLES[locale];
  const samples: TemplateValues = Object.fromEntries(spec.placeholders.map((name) => [name, sample[name]]));
  return renderTemplate(text, { ...samples, link: `${sample.link}${spec.samplePath}` });
}
