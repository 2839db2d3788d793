import { z } from "zod";
import { DEFAULT_TIME_ZONE, isValidTimeZone, parseLocalDateTime, zonedLocalToUtc } from "../domain/edition-time";
import { MAX_YEAR, MIN_YEAR } from "../domain/phases";
import { MAX_TIE_BREAK_STEPS, readTieBreakSteps } from "../domain/tie-break-words";
import { multiLineText, singleLineText } from "./text";
import { YEAR_ERROR_MESSAGE } from "./year";

export const MAX_AWARDED_PLACES = 10;

/** A whole number typed into a form: blank means missing (or null when optional), anything else must be whole. */
function wholeNumber(label: string, min: number, max: number) {
  return z.preprocess(
    (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value),
    z
      .number({ error: (issue) => (issue.input === undefined ? `Enter ${label}.` : `${capitalise(label)} must be a whole number.`) })
      .int(`${capitalise(label)} must be a whole number.`)
      .min(min, `${capitalise(label)} must be at least ${min}.`)
      .max(max, `${capitalise(label)} must be at most ${max.toLocaleString("en-GB")}.`),
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const isCalendarDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && parseLocalDateTime(`${text}T00:00`) !== undefined;

function requiredCalendarDate(required: string) {
  return z.string().trim().min(1, required).refine(isCalendarDate, "Enter a date such as 2027-12-04.");
}

function optionalCalendarDate() {
  return z
    .string()
    .trim()
    .refine((t) => t === "" || isCalendarDate(t), "Enter a date such as 2027-12-04.")
    .transform((t) => (t === "" ? null : t));
}

/** A date and time as the datetime-local field sends it ("2027-09-30T23:59"), read in the edition's zone later. */
function localDateTime(required?: string) {
  const schema = z.string().trim();
  const check = (t: string) => parseLocalDateTime(t) !== undefined;
  const message = "Enter a date and a time, such as 2027-09-30 23:59.";
  return required ? schema.min(1, required).refine(check, message) : schema.refine((t) => t === "" || check(t), message);
}

const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const tieBreakStep = z.string().regex(/^(|median|top_marks|criterion:\d{1,2})$/, "Choose a step from the list.");

const settingsShape = {
  theme: singleLineText({ required: "Give the edition its theme.", max: 300, tooLong: "Keep the theme under 300 characters." }),
  description: multiLineText({ max: 5000, tooLong: "Keep the description under 5,000 characters." }),
  presidencyCountryCode: z.string().regex(/^[A-Z]{2}$/, "Choose the country holding the presidency."),
  timeZone: z
    .string()
    .trim()
    .default(DEFAULT_TIME_ZONE)
    .refine(isValidTimeZone, "Enter a time zone by its IANA name, such as Europe/Brussels or Europe/Lisbon."),
  nationalCallOpensOn: optionalCalendarDate(),
  nationalCallClosesOn: optionalCalendarDate(),
  submissionDeadline: localDateTime("Enter the submission deadline."),
  gracePeriodMinutes: wholeNumber("the grace period", 0, 1440),
  eligibilityDeadline: localDateTime(),
  juryDeadline: localDateTime("Enter the jury deadline."),
  juryMeetingOn: optionalCalendarDate(),
  ceremonyStartsOn: requiredCalendarDate("Enter the ceremony's first day."),
  ceremonyEndsOn: optionalCalendarDate(),
  ceremonyPlace: singleLineText({ max: 200, tooLong: "Keep the place under 200 characters." }),
  descriptionWordLimit: wholeNumber("the description's word limit", 50, 10_000),
  answerWordLimit: wholeNumber("the answers' word limit", 50, 10_000),
  awardedPlaces: wholeNumber("the number of awarded places", 1, MAX_AWARDED_PLACES),
  prizes: z.array(singleLineText({ max: 500, tooLong: "Keep each prize under 500 characters." })).max(MAX_AWARDED_PLACES).default([]),
  maxVotingJurors: wholeNumber("the voting cap", 1, 50),
  scoreVisibility: z.enum(["own_only", "anonymous", "named"], "Choose what jurors see of the others' scores."),
  isNormalised: checkbox,
  assignmentMode: z.enum(["all", "per_dossier"], "Choose how dossiers are assigned."),
  jurorsPerDossier: z.preprocess(
    (value) => (value === "" || value === null || value === undefined ? null : value),
    z.union([z.null(), wholeNumber("the jurors per dossier", 1, 50)]),
  ),
  contactRetentionMonths: wholeNumber("the retention period", 1, 120),
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
      if (v.nationalCallOpensOn && v.nationalCallClosesOn && v.nationalCallClosesOn < v.nationalCallOpensOn) {
        issue("nationalCallClosesOn", "The national call must close on or after the day it opens.");
      }
      // Zod runs these rules even when a field failed: each compares only values that are themselves valid.
      const isMoment = (t: unknown) => typeof t === "string" && parseLocalDateTime(t) !== undefined;
      const areDeadlinesValid = isMoment(v.submissionDeadline) && isMoment(v.juryDeadline);
      if (areDeadlinesValid && v.juryDeadline <= v.submissionDeadline) issue("juryDeadline", "The jury deadline must be after the submission deadline.");
      if (areDeadlinesValid && isMoment(v.eligibilityDeadline) && (v.eligibilityDeadline < v.submissionDeadline || v.eligibilityDeadline > v.juryDeadline)) {
        issue("eligibilityDeadline", "The eligibility deadline must fall between the submission deadline and the jury deadline.");
      }
      if (typeof v.ceremonyEndsOn === "string" && isCalendarDate(v.ceremonyStartsOn) && v.ceremonyEndsOn < v.ceremonyStartsOn) issue("ceremonyEndsOn", "The ceremony must end on or after its first day.");
      if (Array.isArray(v.prizes) && Number.isInteger(v.awardedPlaces) && v.awardedPlaces >= 1 && v.prizes.length > v.awardedPlaces) issue("prizes", "Describe a prize only for the awarded places.");
      if (v.assignmentMode === "per_dossier" && v.jurorsPerDossier === null) {
        issue("jurorsPerDossier", "Say how many jurors score each dossier.");
      }
      const { errors } = readTieBreakSteps([v.tieBreak1, v.tieBreak2, v.tieBreak3]);
      for (const [index, message] of errors) issue(`tieBreak${index + 1}`, message);
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
