import { z } from "zod";
import { multiLineText, singleLineText } from "./text";
import { ANSWER_FIELDS, type AnswerField } from "../domain/dossier-completeness";
import { MAX_YEAR, MIN_YEAR } from "../domain/phases";
import { countWords } from "../domain/word-count";

/** The real entry form's limits; each edition may set its own (editions.descriptionWordLimit, answerWordLimit). */
export const DEFAULT_DESCRIPTION_WORD_LIMIT = 600;
export const DEFAULT_ANSWER_WORD_LIMIT = 500;
export const NOMINATION_KINDS = ["competing", "additional"] as const;
export const MAX_LINKS = 20;

export interface NominationLimits {
  descriptionWordLimit: number;
  answerWordLimit: number;
}

// Hard caps on characters protect the database whatever word limit an edition sets.
const MAX_TEXT_CHARS = 30_000;
const MAX_LINE_CHARS = 200;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Digits with the usual separators, an optional leading + or bracket; at least six digits.
const EMAIL = z.email();
const PHONE = /^\+?[0-9(][0-9 ()./-]{4,28}[0-9]$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a link is a web address (http or https, with a dotted host name): the only links a dossier keeps or the public pages show. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

function line(tooLong: string, required?: string) {
  return singleLineText({ max: MAX_LINE_CHARS, tooLong, required });
}

/**
 * A long text with a word limit. A draft keeps a text over the limit (so one long answer never stops the rest
 * of the dossier from saving, and nothing typed is lost); only a submission refuses it.
 */
function wordLimited(limit: number, subject: string, isComplete: boolean, required?: string) {
  return multiLineText({ max: MAX_TEXT_CHARS, tooLong: `${subject} is far too long.`, required }).superRefine((text, ctx) => {
    const words = countWords(text);
    if (isComplete && words > limit) ctx.addIssue({ code: "custom", message: describeOverLimit(subject, words, limit) });
  });
}

/** "The description is 12 words over the limit (612 of 600): shorten it to submit." */
export function describeOverLimit(subject: string, words: number, limit: number): string {
  const over = words - limit;
  return `${subject} is ${over} ${over === 1 ? "word" : "words"} over the limit (${words} of ${limit}): shorten it to submit.`;
}

function dateText(required?: string) {
  return singleLineText({ required }).refine((value) => value === "" || isCalendarDate(value), "Enter a real date as YYYY-MM-DD.");
}

const ANSWER_REQUIRED: Record<AnswerField, string> = {
  answerPrevention: "Explain how the project prevents or reduces crime or the fear of crime within the theme.",
  answerEvaluation: "Describe the objectives and how the project was evaluated.",
  answerInnovation: "Explain what is innovative about the project.",
  answerPartners: "Name the partners and their roles.",
  answerReplication: "Explain how the project could be replicated, with its costs and funding.",
};

/** Every field rule of the dossier; `isComplete` adds what a submission needs on top of a draft's rules. */
function createDossierShape(limits: NominationLimits, isComplete: boolean) {
  const need = (message: string) => (isComplete ? message : undefined);
  const answers = Object.fromEntries(
    ANSWER_FIELDS.map((field) => [field, wordLimited(limits.answerWordLimit, "This answer", isComplete, need(ANSWER_REQUIRED[field]))]),
  ) as Record<AnswerField, ReturnType<typeof wordLimited>>;
  return {
    title: line("Keep the title to 200 characters or fewer.", "Enter the project title."),
    organisation: line("Keep the organisation's name to 200 characters or fewer.", need("Enter the responsible organisation.")),
    contactName: line("Keep the contact's name to 200 characters or fewer.", need("Enter the contact person's name.")),
    contactEmail: line("Keep the email address to 200 characters or fewer.", need("Enter the contact person's email address.")).refine(
      (value) => value === "" || EMAIL.safeParse(value).success,
      "Enter a valid email address, e.g. name@example.org.",
    ),
    contactPhone: line("Keep the phone number to 200 characters or fewer.", need("Enter the contact person's phone number.")).refine(
      (value) => value === "" || (PHONE.test(value) && value.replace(/\D/g, "").length >= 6),
      "Enter a phone number of digits, spaces and an optional leading +, e.g. +32 2 123 45 67.",
    ),
    startDate: dateText(need("Enter the date the project started.")),
    isOngoing: z.boolean({ error: "Say whether the project is still running." }),
    endDate: dateText(),
    links: z
      .array(
        z.object({
          url: singleLineText({ max: 2000, tooLong: "Keep each link to 2,000 characters or fewer." })
            .refine((value) => value === "" || isWebUrl(value), "Enter a full web address starting with http:// or https://."),
        }),
      )
      .max(MAX_LINKS, `Give at most ${MAX_LINKS} links.`),
    description: wordLimited(limits.descriptionWordLimit, "The description", isComplete, need("Write the project description.")),
    ...answers,
  };
}

type DossierShape = ReturnType<typeof createDossierShape>;
type DossierDraft = z.output<z.ZodObject<DossierShape>>;

/** The period's cross-field rules: an end date only when the project has ended, and never before the start. */
function checkPeriod(isComplete: boolean) {
  return (value: DossierDraft, ctx: z.RefinementCtx) => {
    if (value.isOngoing || value.endDate === "") {
      if (!value.isOngoing && isComplete) ctx.addIssue({ code: "custom", path: ["endDate"], message: "Enter the date the project ended, or say it is still running." });
      return;
    }
    if (value.startDate !== "" && isCalendarDate(value.startDate) && isCalendarDate(value.endDate) && value.endDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: "The end date cannot be before the start date." });
    }
  };
}

/** The dossier's values as the database stores them: no blank links, no end date while running, null for no date. */
function toColumns(value: DossierDraft) {
  return {
    ...value,
    startDate: value.startDate || null,
    endDate: value.isOngoing ? null : value.endDate || null,
    links: value.links.map((link) => link.url).filter((url) => url !== ""),
  };
}

function createDossierSchema(limits: NominationLimits, isComplete: boolean) {
  return z.object(createDossierShape(limits, isComplete)).superRefine(checkPeriod(isComplete)).transform(toColumns);
}

/** A draft's content: formats are checked, blanks and texts over the word limit are allowed (submit refuses those). */
export function createNominationContentSchema(limits: NominationLimits) {
  return createDossierSchema(limits, false);
}

/** What a dossier needs before it can be submitted: every field of the entry form filled in, within the limits. */
export function createCompleteNominationSchema(limits: NominationLimits) {
  return createDossierSchema(limits, true);
}

/** Who sends the dossier and as what; fixed once the draft exists. */
export const nominationTargetShape = {
  countryCode: singleLineText().toUpperCase().length(2, "Choose a country."),
  kind: z.enum(NOMINATION_KINDS, { error: "Choose whether the project competes or is an additional good practice." }),
};

/** A new dossier: country, kind and its first text (the "new nomination" form), with the edition's word limit. */
export function createNominationSchema(limits: NominationLimits) {
  const { title, organisation, description } = createDossierShape(limits, false);
  return z.object({ ...nominationTargetShape, title, organisation, description });
}

export type NominationContentValues = z.input<ReturnType<typeof createNominationContentSchema>>;
export type NominationContent = z.output<ReturnType<typeof createNominationContentSchema>>;
export type NominationFormValues = z.input<ReturnType<typeof createNominationSchema>>;

/** Field errors keyed by the full path ("links.2.url"), so each one lands beside its own input in the form. */
export function toDossierFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

// Action inputs check structure and size only: the edition's rules run in the data layer with the schemas above,
// so the server answers exactly the messages the form shows.
const looseText = z.string().max(MAX_TEXT_CHARS * 2);
const looseContentShape = {
  title: looseText,
  organisation: looseText,
  contactName: looseText,
  contactEmail: looseText,
  contactPhone: looseText,
  startDate: looseText,
  isOngoing: z.boolean(),
  endDate: looseText,
  links: z.array(z.object({ url: looseText })).max(MAX_LINKS * 5),
  description: looseText,
  answerPrevention: looseText,
  answerEvaluation: looseText,
  answerInnovation: looseText,
  answerPartners: looseText,
  answerReplication: looseText,
} satisfies Record<keyof DossierShape, z.ZodType>;

const revisionShape = {
  id: z.uuid("Unknown nomination."),
  version: z.coerce.number().int().positive(),
};

export const newNominationInputSchema = z.object({
  year: z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR),
  ...nominationTargetShape,
  title: looseText,
  organisation: looseText,
  description: looseText,
});
export const saveNominationInputSchema = z.object({ ...revisionShape, ...looseContentShape });
export const submitNominationInputSchema = z.object(revisionShape);
export const nominationIdInputSchema = z.object({ id: revisionShape.id });
export const reopenNominationInputSchema = z.object({
  id: revisionShape.id,
  reason: multiLineText({
    required: "Give the reason for reopening the dossier.",
    max: 2000,
    tooLong: "Keep the reason to 2,000 characters or fewer.",
  }),
});

export type NewNominationInput = z.output<typeof newNominationInputSchema>;
export type SaveNominationInput = z.output<typeof saveNominationInputSchema>;
export type SubmitNominationInput = z.output<typeof submitNominationInputSchema>;

/** A stored dossier as the form (and the complete schema) reads it: blanks for missing dates, one object per link. */
export function toDossierFormValues(row: {
  title: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  startDate: string | null;
  isOngoing: boolean;
  endDate: string | null;
  links: string[];
  description: string;
  answerPrevention: string;
  answerEvaluation: string;
  answerInnovation: string;
  answerPartners: string;
  answerReplication: string;
}): NominationContentValues {
  return {
    title: row.title,
    organisation: row.organisation,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
    startDate: row.startDate ?? "",
    isOngoing: row.isOngoing,
    endDate: row.endDate ?? "",
    links: row.links.map((url) => ({ url })),
    description: row.description,
    answerPrevention: row.answerPrevention,
    answerEvaluation: row.answerEvaluation,
    answerInnovation: row.answerInnovation,
    answerPartners: row.answerPartners,
    answerReplication: row.answerReplication,
  };
}
