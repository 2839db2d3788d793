/**
 * Every message that belongs to an edition, as a template the secretariat may rewrite per edition: its built-in
 * subject and body, the placeholders it knows (with a sample for the preview) and those it cannot do without.
 * Pure, so the editor's live preview and the check on save share it. The texts are in lib/mail/template-texts.ts.
 */
import { checkPlaceholders, renderPlaceholders, renderSubject } from "../domain/mail-placeholders";
import { DEFAULT_TEXTS } from "./template-texts";

/** What each placeholder stands for, and what the preview shows in its place. */
export const PLACEHOLDERS = {
  name: { description: "the addressee's name", sample: "Alex Martin" },
  email: { description: "the addressee's email address", sample: "alex.martin@example.org" },
  edition_year: { description: "the edition's year", sample: "2027" },
  theme: { description: "the edition's theme", sample: "Prevention of domestic burglary" },
  country: { description: "the country the message is about", sample: "Belgium" },
  seat: { description: "the seat on the jury, e.g. as a voting member, for France", sample: "as a voting member, for France" },
  link: { description: "the page in Palmarès the message leads to", sample: "https://palmares.example/" },
  deadline: { description: "the deadline, in the edition's time zone", sample: "30 September 2027 at 23:59 Europe/Brussels (CEST)" },
  time_left: { description: "how long until the deadline, e.g. 3 days", sample: "3 days" },
  status: { description: "where the country's dossier stands", sample: "a draft, not submitted yet" },
  title: { description: "the dossier's title", sample: "Safe streets" },
  dossier: { description: "the dossier's title in quotes, with its reference", sample: '"Safe streets" (reference ECPA-2027-BE)' },
  reason: { description: "why the dossier was not accepted, as a sentence", sample: "the project is off the edition's theme." },
  note: { description: "the secretariat's note with its heading, or nothing", sample: "Note from the secretariat:\nSee section 2 of the call." },
  dossier_count: { description: "how many dossiers are assigned, e.g. 5 dossiers", sample: "5 dossiers" },
  missing_count: { description: "how many dossiers still lack a submitted sheet, e.g. 2 dossiers", sample: "2 dossiers" },
  missing_list: { description: "those dossiers, one a line", sample: '- Belgium: "Safe streets" (not started)\n- Ireland: "Night watch" (draft saved, not submitted)' },
} as const satisfies Record<string, { description: string; sample: string }>;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

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
  title: string;
  /** When it is sent, in a sentence for the secretariat. */
  sentWhen: string;
  placeholders: readonly PlaceholderName[];
  required: readonly PlaceholderName[];
  /** The page its {{link}} leads to, for the preview. */
  samplePath: string;
}

export const MAIL_TEMPLATE_SPECS: Record<MailTemplateKind, MailTemplateSpec> = {
  "jury-invitation": {
    outboxKind: "jury.invitation",
    title: "Invitation to the jury",
    sentWhen: "When the secretariat adds someone without a password to the jury, or resends the invitation.",
    placeholders: ["name", "email", "edition_year", "theme", "seat", "link"],
    required: ["link"],
    samplePath: "invitation/sample-link",
  },
  "jury-added": {
    outboxKind: "jury.added",
    title: "Added to the jury",
    sentWhen: "When the secretariat adds someone who can already sign in to the jury.",
    placeholders: ["name", "edition_year", "theme", "seat", "link"],
    required: [],
    samplePath: "signin",
  },
  "eligibility-accepted": {
    outboxKind: "nomination.eligibility",
    title: "Dossier accepted",
    sentWhen: "To a country's coordinators when the secretariat accepts its dossier.",
    placeholders: ["edition_year", "country", "title", "dossier", "note", "link"],
    required: [],
    samplePath: "coordinator/nominations/sample",
  },
  "eligibility-rejected": {
    outboxKind: "nomination.eligibility",
    title: "Dossier not accepted",
    sentWhen: "To a country's coordinators when the secretariat rejects its dossier.",
    placeholders: ["edition_year", "country", "title", "dossier", "reason", "note", "link"],
    required: ["reason"],
    samplePath: "coordinator/nominations/sample",
  },
  "jury-reminder": {
    outboxKind: "jury.reminder",
    title: "Reminder to the jury (sent by hand)",
    sentWhen: "When the secretariat reminds the jurors with missing sheets from the jury progress page.",
    placeholders: ["name", "edition_year", "dossier_count", "missing_count", "missing_list", "deadline", "link"],
    required: [],
    samplePath: "jury",
  },
  "nominations-reminder": {
    outboxKind: "reminder.nominations",
    title: "Submission deadline reminder",
    sentWhen: "Automatically, 14, 3 and 1 days before the submission deadline, to coordinators whose country has not submitted.",
    placeholders: ["name", "edition_year", "theme", "country", "status", "deadline", "time_left", "link"],
    required: ["deadline"],
    samplePath: "coordinator",
  },
  "scoring-opened": {
    outboxKind: "reminder.scoring_opened",
    title: "Scoring is open",
    sentWhen: "Automatically, to every juror, when the edition moves to jury scoring.",
    placeholders: ["name", "edition_year", "theme", "dossier_count", "deadline", "link"],
    required: [],
    samplePath: "jury",
  },
  "scoring-deadline": {
    outboxKind: "reminder.scoring_deadline",
    title: "Jury deadline reminder",
    sentWhen: "Automatically, 7 and 2 days before the jury deadline, to jurors with sheets not yet submitted.",
    placeholders: ["name", "edition_year", "missing_count", "missing_list", "deadline", "time_left", "link"],
    required: ["deadline"],
    samplePath: "jury",
  },
  "results-published": {
    outboxKind: "results.published",
    title: "Results published",
    sentWhen: "Automatically, to the edition's coordinators and jurors, when the results are published.",
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

/** The built-in text of a kind, used by every edition that has not rewritten it. */
export function getDefaultTemplate(kind: MailTemplateKind): TemplateText {
  return DEFAULT_TEXTS[kind];
}

/** The field messages for a template's subject and body (empty when it may be saved). */
export function checkTemplate(kind: MailTemplateKind, text: TemplateText): { subject: string[]; body: string[] } {
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

/** The template rendered with every placeholder's sample value, for the editor's preview. */
export function renderTemplatePreview(kind: MailTemplateKind, text: TemplateText): TemplateText {
  const spec = MAIL_TEMPLATE_SPECS[kind];
  const samples: TemplateValues = Object.fromEntries(spec.placeholders.map((name) => [name, PLACEHOLDERS[name].sample]));
  return renderTemplate(text, { ...samples, link: `${PLACEHOLDERS.link.sample}${spec.samplePath}` });
}
