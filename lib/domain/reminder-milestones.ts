/**
 * Which scheduled reminder is due, from the clock and a deadline. Pure: the job reads the database clock and the
 * reminder_sends table makes each one fire once.
 */

import type { Locale } from "../i18n/locales";

const DAY_MS = 24 * 3600 * 1000;

/** Coordinators who have not submitted are reminded this many days before the submission deadline. */
export const NOMINATION_REMINDER_DAYS = [14, 3, 1] as const;
/** Jurors with missing sheets are reminded this many days before the jury deadline. */
export const JURY_REMINDER_DAYS = [7, 2] as const;
/** How long after publication the "results are published" message still goes out (a job runner down that long catches up). */
export const RESULTS_NOTICE_WINDOW_DAYS = 7;

/**
 * The latest milestone due: of the "N days before" moments that have come while the deadline is still ahead, the
 * one closest to the deadline. So a runner that was down through the 14-day and 3-day moments sends only the
 * 3-day reminder, and none once the deadline has passed. Null when none is due.
 */
export function chooseDeadlineMilestone({ now, deadline, daysBefore }: { now: Date; deadline: Date; daysBefore: readonly number[] }): number | null {
  if (now.getTime() >= deadline.getTime()) return null;
  const due = daysBefore.filter((days) => deadline.getTime() - days * DAY_MS <= now.getTime());
  return due.length === 0 ? null : Math.min(...due);
}

/** Whether the results were published recently enough for their notice to go out. */
export function isResultsNoticeDue({ now, publishedAt }: { now: Date; publishedAt: Date | null }): boolean {
  if (!publishedAt) return false;
  const age = now.getTime() - publishedAt.getTime();
  return age >= 0 && age <= RESULTS_NOTICE_WINDOW_DAYS * DAY_MS;
}

/** The key of a reminder in reminder_sends: one per edition, milestone and person. */
export const REMINDER_MILESTONES = {
  nominationDeadline: (days: number) => `nominations.${days}d`,
  juryDeadline: (days: number) => `scoring.${days}d`,
  scoringOpened: "scoring.opened",
  resultsPublished: "results.published",
} as const;

// The units a reminder counts in, singular and plural, per language.
const TIME_UNITS = {
  en: { day: ["day", "days"], hour: ["hour", "hours"] },
  fr: { day: ["jour", "jours"], hour: ["heure", "heures"] },
} as const satisfies Record<Locale, unknown>;

function countUnits(count: number, unit: "day" | "hour", locale: Locale): string {
  return `${count} ${TIME_UNITS[locale][unit][count === 1 ? 0 : 1]}`;
}

/** "1 day", "3 days" ("3 jours"): how far the deadline is, in the milestone's own words. */
export function describeDaysLeft(days: number, locale: Locale = "en"): string {
  return countUnits(days, "day", locale);
}

/** The facts about an edition that decide its reminders, read by the job with the database clock. */
export interface ReminderEdition {
  phase: string;
  submissionDeadline: Date;
  juryDeadline: Date;
  juryClosedAt: Date | null;
  publishedAt: Date | null;
}

export type DueReminder =
  | { audience: "coordinators-not-submitted"; milestone: string; daysLeft: number }
  | { audience: "jurors-scoring-opened"; milestone: string }
  | { audience: "jurors-missing-sheets"; milestone: string; daysLeft: number }
  | { audience: "results-published"; milestone: string };

/** Every reminder an edition has due now, at most one per series (the latest due milestone of each). */
export function planDueReminders(edition: ReminderEdition, now: Date): DueReminder[] {
  const due: DueReminder[] = [];
  if (edition.phase === "nominations_open") {
    const days = chooseDeadlineMilestone({ now, deadline: edition.submissionDeadline, daysBefore: NOMINATION_REMINDER_DAYS });
    if (days !== null) due.push({ audience: "coordinators-not-submitted", milestone: REMINDER_MILESTONES.nominationDeadline(days), daysLeft: days });
  }
  if (edition.phase === "jury_scoring" && !edition.juryClosedAt && now.getTime() < edition.juryDeadline.getTime()) {
    due.push({ audience: "jurors-scoring-opened", milestone: REMINDER_MILESTONES.scoringOpened });
    const days = chooseDeadlineMilestone({ now, deadline: edition.juryDeadline, daysBefore: JURY_REMINDER_DAYS });
    if (days !== null) due.push({ audience: "jurors-missing-sheets", milestone: REMINDER_MILESTONES.juryDeadline(days), daysLeft: days });
  }
  if (edition.phase === "published" && isResultsNoticeDue({ now, publishedAt: edition.publishedAt })) {
    due.push({ audience: "results-published", milestone: REMINDER_MILESTONES.resultsPublished });
  }
  return due;
}

/** "3 days", "5 hours": the time left rounded up to whole days (whole hours within the last day), for a reminder's words. */
export function describeReminderTimeLeft(secondsLeft: number, locale: Locale = "en"): string {
  if (secondsLeft >= 24 * 3600) return describeDaysLeft(Math.ceil(secondsLeft / (24 * 3600)), locale);
  return countUnits(Math.max(1, Math.ceil(secondsLeft / 3600)), "hour", locale);
}
