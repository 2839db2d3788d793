import { z } from "zod";
import { DEFAULT_TIME_ZONE, isValidTimeZone, parseLocalDateTime, zonedLocalToUtc } from "../domain/edition-time";
import { MAX_YEAR, MIN_YEAR } from "../domain/phases";
import { MAX_TIE_BREAK_STEPS, readTieBreakSteps } from "../domain/tie-break-words";
import { issueText, msg, type ServerText } from "../i18n/server-text";
import { multiLineText, singleLineText } from "./text";
import { YEAR_ERROR_MESSAGE } from "./year";

export const MAX_AWARDED_PLACES = 10;

/** What a whole-number field says when it is missing, not whole, below its minimum or above its maximum. */
interface WholeNumberMessages {
  missing: string;
  notWhole: string;
  tooSmall: string;
  tooLarge: string;
}

/** A whole number typed into a form: blank means missing (or null when optional), anything else must be whole. */
function wholeNumber(messages: WholeNumberMessages, min: number, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
    z
      .number({ error: (issue) => (issue.input === undefined ? messages.missing : messages.notWhole) })
      .int(messages.notWhole)
      .min(min, messages.tooSmall)
      .max(max, messages.tooLarge),
  );
}

// Each field's messages in full, so that each is one template the catalogue translates.
const GRACE_PERIOD = {
  missing: msg(msg("Enter the grace period.")),
  notWhole: msg(msg("The grace period must be a whole number.")),
  tooSmall: msg(msg("The grace period must be at least 0.")),
  tooLarge: msg(msg("The grace period must be at most 1,440.")),
};
const DESCRIPTION_WORD_LIMIT = {
  missing: msg(msg("Enter the description's word limit.")),
  notWhole: msg(msg("The description's word limit must be a whole number.")),
  tooSmall: msg(msg("The description's word limit must be at least 50.")),
  tooLarge: msg(msg("The description's word limit must be at most 10,000.")),
};
const ANSWER_WORD_LIMIT = {
  missing: msg(msg("Enter the answers' word limit.")),
  notWhole: msg(msg("The answers' word limit must be a whole number.")),
  tooSmall: msg(msg("The answers' word limit must be at least 50.")),
  tooLarge: msg(msg("The answers' word limit must be at most 10,000.")),
};
const AWARDED_PLACES = {
  missing: msg(msg("Enter the number of awarded places.")),
  notWhole: msg(msg("The number of awarded places must be a whole number.")),
  tooSmall: msg(msg("The number of awarded places must be at least 1.")),
  tooLarge: msg(msg("The number of awarded places must be at most 10.")),
};
const VOTING_CAP = {
  missing: msg(msg("Enter the voting cap.")),
  notWhole: msg(msg("The voting cap must be a whole number.")),
  tooSmall: msg(msg("The voting cap must be at least 1.")),
  tooLarge: msg(msg("The voting cap must be at most 50.")),
};
const JURORS_PER_DOSSIER = {
  missing: msg(msg("Enter the jurors per dossier.")),
  notWhole: msg(msg("The jurors per dossier must be a whole number.")),
  tooSmall: msg(msg("The jurors per dossier must be at least 1.")),
  tooLarge: msg(msg("The jurors per dossier must be at most 50.")),
};
const RETENTION_PERIOD = {
  missing: msg(msg("Enter the retention period.")),
  notWhole: msg(msg("The retention period must be a whole number.")),
  tooSmall: msg(msg("The retention period must be at least 1.")),
  tooLarge: msg(msg("The retention period must be at most 120.")),
};

const isCalendarDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseLocalDateTime(`${text}T00:00`) !== undefined;

function requiredCalendarDate(required: string) {
  return z.string().trim().min(1, required).refine(isCalendarDate, msg("Enter a date such as 2027-12-04."));
}

function optionalCalendarDate() {
  return z
    .string()
    .trim()
    .refine((t) => t === "" || isCalendarDate(t), msg("Enter a date such as 2027-12-04."))
    .transform((t) => (t === "" ? null : t));
}

/** A date and time as the datetime-local field sends it ("2027-09-30T23:59"), read in the edition's zone later. */
function localDateTime(required?: string) {
  const schema = z.string().trim();
  const check = (t: string) => parseLocalDateTime(t) !== undefined;
  const message = msg("Enter a date and a time, such as 2027-09-30 23:59.");
  return required ? schema.min(1, required).refine(check, message) : schema.refine((t) => t === "" || check(t), message);
}

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const tieBreakStep = z.string().regex(/^(|median|top_marks|criterion:\d{1,2})$/, msg("Choose a step from the list."));

const settingsShape = {
  theme: singleLineText({ required: msg("Give the edition its theme."), max: 300, tooLong: msg("Keep the theme under 300 characters.") }),
  description: multiLineText({ max: 5000, tooLong: msg("Keep the description under 5,000 characters.") }),
  presidencyCountryCode: z.string().regex(/^[A-Z]{2}$/, msg("Choose the country holding the presidency.")),
  timeZone: z
    .string()
    .trim()
    .default(DEFAULT_TIME_ZONE)
    .refine(isValidTimeZone, msg("Enter a time zone by its IANA name, such as Europe/Brussels or Europe/Lisbon.")),
  nationalCallOpensOn: optionalCalendarDate(),
  nationalCallClosesOn: optionalCalendarDate(),
  submissionDeadline: localDateTime(msg("Enter the submission deadline.")),
  gracePeriodMinutes: wholeNumber(GRACE_PERIOD, 0, 1440),
  eligibilityDeadline: localDateTime(),
  juryDeadline: localDateTime(msg("Enter the jury deadline.")),
  juryMeetingOn: optionalCalendarDate(),
  ceremonyStartsOn: requiredCalendarDate(msg("Enter the ceremony's first day.")),
  ceremonyEndsOn: optionalCalendarDate(),
  ceremonyPlace: singleLineText({ max: 200, tooLong: msg("Keep the place under 200 characters.") }),
  descriptionWordLimit: wholeNumber(DESCRIPTION_WORD_LIMIT, 50, 10_000),
  answerWordLimit: wholeNumber(ANSWER_WORD_LIMIT, 50, 10_000),
  awardedPlaces: wholeNumber(AWARDED_PLACES, 1, MAX_AWARDED_PLACES),
  prizes: z.array(singleLineText({ max: 500, tooLong: msg("Keep each prize under 500 characters.") })).max(MAX_AWARDED_PLACES).default([]),
  maxVotingJurors: wholeNumber(VOTING_CAP, 1, 50),
  scoreVisibility: z.enum(["own_only", "anonymous", "named"], msg("Choose what jurors see of the others' scores.")),
  isNormalised: checkbox,
  assignmentMode: z.enum(["all", "per_dossier"], msg("Choose how dossiers are assigned.")),
  jurorsPerDossier: z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : value),
    z.union([z.null(), wholeNumber(JURORS_PER_DOSSIER, 1, 50)]),
  ),
  contactRetentionMonths: wholeNumber(RETENTION_PERIOD, 1, 120),
  tieBreak1: tieBreakStep.default(""),
  tieBreak2: tieBreakStep.default(""),
  tieBreak3: tieBreakStep.default(""),
};

type SettingsShape = z.output<z.ZodObject<typeof settingsShape>>;

/** The rules across fields, each reported on the field the form should mark; then local times become moments. */
function withCalendar<T extends z.ZodType<SettingsShape>>(schema: T) {
  return schema
    .superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      const issueWith = (path: string, serverText: ServerText) => ctx.addIssue({ code: "custom", path: [path], ...issueText(serverText) });
      if (v.nationalCallOpensOn && v.nationalCallClosesOn && v.nationalCallClosesOn < v.nationalCallOpensOn) {
        issue("nationalCallClosesOn", msg("The national call must close on or after the day it opens."));
      }
      // Zod runs these rules even when a field failed: each compares only values that are themselves valid.
      const isMoment = (t: unknown) => typeof t === "string" && parseLocalDateTime(t) !== undefined;
      const areDeadlinesValid = isMoment(v.submissionDeadline) && isMoment(v.juryDeadline);
      if (areDeadlinesValid && v.juryDeadline <= v.submissionDeadline) issue("juryDeadline", msg("The jury deadline must be after the submission deadline."));
      if (areDeadlinesValid && isMoment(v.eligibilityDeadline) && (v.eligibilityDeadline < v.submissionDeadline || v.eligibilityDeadline > v.juryDeadline)) {
        issue("eligibilityDeadline", msg("The eligibility deadline must fall between the submission deadline and the jury deadline."));
      }
      if (typeof v.ceremonyEndsOn === "string" && isCalendarDate(v.ceremonyStartsOn) && v.ceremonyEndsOn < v.ceremonyStartsOn) issue("ceremonyEndsOn", msg("The ceremony must end on or after its first day."));
      if (Array.isArray(v.prizes) && Number.isInteger(v.awardedPlaces) && v.awardedPlaces >= 1 && v.prizes.length > v.awardedPlaces) issue("prizes", msg("Describe a prize only for the awarded places."));
      if (v.assignmentMode === "per_dossier" && v.jurorsPerDossier === null) {
        issue("jurorsPerDossier", msg("Say how many jurors score each dossier."));
      }
      const { errors } = readTieBreakSteps([v.tieBreak1, v.tieBreak2, v.tieBreak3]);
      for (const [index, serverText] of errors) issueWith(`tieBreak${index + 1}`, serverText);
    })
    .transform((v) => {
      const toMoment = (text: string) => zonedLocalToUtc(parseLocalDateTime(text)!, v.timeZone);
      const { tieBreak1, tieBreak2, tieBreak3, prizes, submissionDeadline, eligibilityDeadline, juryDeadline, ...rest } = v;
      return {
        ...rest,
        submissionDeadline: toMoment(submissionDeadline),
        eligibilityDeadline: eligibilityDeadline ? toMoment(eligibilityDeadline) : null,
        juryDeadline: toMoment(juryDeadline),
        jurorsPerDossier: v.assignmentMode === "all" ? null : v.jurorsPerDossier,
        tieBreakChain: readTieBreakSteps([tieBreak1, tieBreak2, tieBreak3].slice(0, MAX_TIE_BREAK_STEPS)).chain,
        prizes: prizes.map((description, index) => ({ rank: index + 1, description })).filter((p) => p.description !== ""),
      };
    });
}

const year = z.coerce.number({ error: YEAR_ERROR_MESSAGE }).int(YEAR_ERROR_MESSAGE).min(MIN_YEAR, YEAR_ERROR_MESSAGE).max(MAX_YEAR, YEAR_ERROR_MESSAGE);
const editionId = z.coerce.number().int().positive();
const version = z.coerce.number().int().positive();

// The actions' schemas are flat, so every field error maps onto the form field of the same name.
export const editionSettingsSchema = withCalendar(z.object(settingsShape));
export const createEditionSchema = withCalendar(z.object({ year, ...settingsShape }));
export const updateEditionSchema = withCalendar(z.object({ editionId, version, ...settingsShape }));
export const copyEditionSchema = z.object({ editionId, year });
export const deleteEditionSchema = z.object({ editionId, version });

export type EditionSettingsFormValues = z.input<typeof editionSettingsSchema>;
export type EditionSettings = z.output<typeof editionSettingsSchema>;
export type CreateEditionInput = z.input<typeof createEditionSchema>;
export type UpdateEditionInput = z.input<typeof updateEditionSchema>;
export type CopyEditionInput = z.input<typeof copyEditionSchema>;
export type DeleteEditionInput = z.input<typeof deleteEditionSchema>;
