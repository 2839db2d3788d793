import { z } from "zod";
import { multiLineText, singleLineText } from "./text";
import { ANSWER_FIELDS, type AnswerField } from "../domain/dossier-completeness";
import { MAX_YEAR, MIN_YEAR } from "../domain/phases";
import { countWords } from "../domain/word-count";
import { issueText, msg, text, type ServerText } from "../i18n/server-text";

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

/** What a word-limited text is, for its messages: the description or one of the answers. */
type LongText = "description" | "answer";

const FAR_TOO_LONG: Record<LongText, string> = {
  description: msg("The description is far too long."),
  answer: msg("This answer is far too long."),
};

/**
 * A long text with a word limit. A draft keeps a text over the limit (so one long answer never stops the rest
 * of the dossier from saving, and nothing typed is lost); only a submission refuses it.
 */
function wordLimited(limit: number, subject: LongText, isComplete: boolean, required?: string) {
  return multiLineText({ max: MAX_TEXT_CHARS, tooLong: FAR_TOO_LONG[subject], required }).superRefine((value, ctx) => {
    const words = countWords(value);
    if (isComplete && words > limit) ctx.addIssue({ code: "custom", ...issueText(describeOverLimit(subject, words, limit)) });
  });
}

/** The message of a text over its word limit, e.g. the description 12 words over (612 of 600). */
export function describeOverLimit(subject: LongText, words: number, limit: number): ServerText {
  const values = { over: words - limit, words, limit };
  const isOne = values.over === 1;
  if (subject === "description") {
    return isOne
      ? text("The description is {over} word over the limit ({words} of {limit}): shorten it to submit.", values)
      : text("The description is {over} words over the limit ({words} of {limit}): shorten it to submit.", values);
  }
  return isOne
    ? text("This answer is {over} word over the limit ({words} of {limit}): shorten it to submit.", values)
    : text("This answer is {over} words over the limit ({words} of {limit}): shorten it to submit.", values);
}

function dateText(required?: string) {
  return singleLineText({ required }).refine((value) => value === "" || isCalendarDate(value), msg("Enter a real date as YYYY-MM-DD."));
}

const ANSWER_REQUIRED: Record<AnswerField, string> = {
  answerPrevention: msg("Explain how the project prevents or reduces crime or the fear of crime within the theme."),
  answerEvaluation: msg("Describe the objectives and how the project was evaluated."),
  answerInnovation: msg("Explain what is innovative about the project."),
  answerPartners: msg("Name the partners and their roles."),
  answerReplication: msg("Explain how the project could be replicated, with its costs and funding."),
};

/** Every field rule of the dossier; `isComplete` adds what a submission needs on top of a draft's rules. */
function createDossierShape(limits: NominationLimits, isComplete: boolean) {
  const need = (message: string) => (isComplete ? message : undefined);
  const answers = Object.fromEntries(
    ANSWER_FIELDS.map((field) => [field, wordLimited(limits.answerWordLimit, "answer", isComplete, need(ANSWER_REQUIRED[field]))]),
  ) as Record<AnswerField, ReturnType<typeof wordLimited>>;
  return {
    title: line(msg("Keep the title to 200 characters or fewer."), msg("Enter the project title.")),
    organisation: line(msg("Keep the organisation's name to 200 characters or fewer."), need(msg("Enter the responsible organisation."))),
    contactName: line(msg("Keep the contact's name to 200 characters or fewer."), need(msg("Enter the contact person's name."))),
    contactEmail: line(msg("Keep the email address to 200 characters or fewer."), need(msg("Enter the contact person's email address."))).refine(
      (value) => value === "" || EMAIL.safeParse(value).success,
      msg("Enter a valid email address, e.g. name@example.org."),
    ),
    contactPhone: line(msg("Keep the phone number to 200 characters or fewer."), need(msg("Enter the contact person's phone number."))).refine(
      (value) => value === "" || (PHONE.test(value) && value.replace(/\D/g, "").length >= 6),
      msg("Enter a phone number of digits, spaces and an optional leading +, e.g. +32 2 123 45 67."),
    ),
    startDate: dateText(need(msg("Enter the date the project started."))),
    isOngoing: z.boolean({ error: msg("Say whether the project is still running.") }),
    endDate: dateText(),
    links: z
      .array(
        z.object({
          url: singleLineText({ max: 2000, tooLong: msg("Keep each link to 2,000 characters or fewer.") })
            .refine((value) => value === "" || isWebUrl(value), msg("Enter a full web address starting with http:// or https://.")),
        }),
      )
      // A custom check rather than .max(): its params carry the template and the number, for translation.
      .refine((links) => links.length <= MAX_LINKS, issueText(text("Give at most {max} links.", { max: MAX_LINKS }))),
    description: wordLimited(limits.descriptionWordLimit, "description", isComplete, need(msg("Write the project description."))),
    ...answers,
  };
}

type DossierShape = ReturnType<typeof createDossierShape>;
type DossierDraft = z.output<z.ZodObject<DossierShape>>;

/** The period's cross-field rules: an end date only when the project has ended, and never before the start. */
function checkPeriod(isComplete: boolean) {
  return (value: DossierDraft, ctx: z.RefinementCtx) => {
    if (value.isOngoing || value.endDate === "") {
      if (!value.isOngoing && isComplete) ctx.addIssue({ code: "custom", path: ["endDate"], message: msg("Enter the date the project ended, or say it is still running.") });
      return;
    }
    if (value.startDate !== "" && isCalendarDate(value.startDate) && isCalendarDate(value.endDate) && value.endDate < value.startDate) {
      ctx.addIssue({ code: "custom", path: ["endDate"], message: msg("The end date cannot be before the start date.") });
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
  countryCode: singleLineText().toUpperCase().length(2, msg("Choose a country.")),
  kind: z.enum(NOMINATION_KINDS, { error: msg("Choose whether the project competes or is an additional good practice.") }),
};

/** A new dossier: country, kind and its first text (the "new nomination" form), with the edition's word limit. */
export function createNominationSchema(limits: NominationLimits) {
  const { title, organisation, description } = createDossierShape(limits, false);
  return z.object({ ...nominationTargetShape, title, organisation, description });
}

export type NominationContentValues = z.input<ReturnType<typeof createNominationContentSchema>>;
export type NominationContent = z.output<ReturnType<typeof createNominationContentSchema>>;
export type NominationFormValues = z.input<ReturnType<typeof createNominationSchema>>;

/**
 * Field errors keyed by the full path ("links.2.url"), so each one lands beside its own input in the form; each
 * message said by `say` (the person's language, from the issue's template and values), English by default.
 */
export function toDossierFieldErrors(
  error: z.ZodError,
  say: (issue: z.core.$ZodIssue) => string = (issue) => issue.message,
): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(say(issue));
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
  id: z.uuid(msg("Unknown nomination.")),
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
    required: msg("Give the reason for reopening the dossier."),
    max: 2000,
    tooLong: msg("Keep the reason to 2,000 characters or fewer."),
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
