/**
 * How far a dossier is from being ready to submit, section by section. Pure: no database, no framework.
 * The zod schema decides whether a value is valid; this only says what is still missing or over its limit.
 */
import { countWords } from "./word-count";

/** The entry form's five questions, one per award criterion, in the order the form asks them. */
export const ANSWER_FIELDS = ["answerPrevention", "answerEvaluation", "answerInnovation", "answerPartners", "answerReplication"] as const;
export type AnswerField = (typeof ANSWER_FIELDS)[number];

export interface DossierDraftValues extends Record<AnswerField, string> {
  title: string;
  organisation: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  startDate: string;
  isOngoing: boolean;
  endDate: string;
  description: string;
}

/** A field the indicator tracks; "endDate" stands for the period: still running, or an end date. */
export type TrackedField = Exclude<keyof DossierDraftValues, "isOngoing">;
export type SectionId = "project" | "contact" | "description" | "answers";

export const DOSSIER_SECTIONS: readonly { id: SectionId; title: string; fields: readonly TrackedField[] }[] = [
  { id: "project", title: "Project", fields: ["title", "organisation", "startDate", "endDate"] },
  { id: "contact", title: "Contact", fields: ["contactName", "contactEmail", "contactPhone"] },
  { id: "description", title: "Description", fields: ["description"] },
  { id: "answers", title: "Criteria answers", fields: ANSWER_FIELDS },
];

export interface WordLimits {
  descriptionWordLimit: number;
  answerWordLimit: number;
}

export interface SectionProgress {
  id: SectionId;
  title: string;
  done: number;
  total: number;
  isComplete: boolean;
  /** Fields still blank. */
  missing: TrackedField[];
  /** Fields filled in but over their word limit. */
  overLimit: TrackedField[];
}

function getWordLimit(field: TrackedField, limits: WordLimits): number | undefined {
  if (field === "description") return limits.descriptionWordLimit;
  return (ANSWER_FIELDS as readonly string[]).includes(field) ? limits.answerWordLimit : undefined;
}

function isFilled(values: DossierDraftValues, field: TrackedField): boolean {
  if (field === "endDate") return values.isOngoing || values.endDate.trim() !== "";
  return values[field].trim() !== "";
}

/** Each section's progress and the whole dossier's: complete when nothing is missing or over its limit. */
export function assessCompleteness(values: DossierDraftValues, limits: WordLimits) {
  const sections: SectionProgress[] = DOSSIER_SECTIONS.map((section) => {
    const missing = section.fields.filter((field) => !isFilled(values, field));
    const overLimit = section.fields.filter((field) => {
      const limit = getWordLimit(field, limits);
      return limit !== undefined && isFilled(values, field) && countWords(values[field as keyof DossierDraftValues] as string) > limit;
    });
    const done = section.fields.length - missing.length - overLimit.length;
    return { id: section.id, title: section.title, done, total: section.fields.length, isComplete: done === section.fields.length, missing, overLimit };
  });
  const done = sections.reduce((sum, s) => sum + s.done, 0);
  const total = sections.reduce((sum, s) => sum + s.total, 0);
  return { sections, done, total, isComplete: done === total };
}

export type Completeness = ReturnType<typeof assessCompleteness>;
