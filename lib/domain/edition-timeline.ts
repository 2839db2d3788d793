/**
 * An edition's calendar as one ordered list: each date with the phase it belongs to, whether it has passed, and
 * which one comes next. Pure: the page gives the database clock's now.
 */
import { startOfDayIn } from "./edition-time";
import type { Phase } from "./phases";

export interface TimelineInput {
  timeZone: string;
  nationalCallOpensOn: string | null;
  nationalCallClosesOn: string | null;
  submissionDeadline: Date;
  gracePeriodMinutes: number;
  eligibilityDeadline: Date | null;
  juryDeadline: Date;
  juryMeetingOn: string | null;
  ceremonyStartsOn: string;
  ceremonyEndsOn: string | null;
  ceremonyPlace: string;
}

export interface TimelineEntry {
  key: string;
  label: string;
  /** The phase the date closes or belongs to. */
  phase: Phase;
  /** A moment (shown with its time) or a calendar day (shown as a date). */
  moment?: Date;
  day?: string;
  /** When the entry counts as reached: the moment, or the start of the day in the edition's zone. */
  at: Date;
  isPast: boolean;
  isNext: boolean;
}

/** The dates in calendar order, the first not yet reached marked as next. */
export function buildEditionTimeline(input: TimelineInput, now: Date): TimelineEntry[] {
  const zone = input.timeZone;
  const entries: Omit<TimelineEntry, "isPast" | "isNext">[] = [];
  const day = (key: string, label: string, phase: Phase, value: string | null) => {
    if (value) entries.push({ key, label, phase, day: value, at: startOfDayIn(value, zone) });
  };
  const moment = (key: string, label: string, phase: Phase, value: Date | null) => {
    if (value) entries.push({ key, label, phase, moment: value, at: value });
  };
  day("national-call-opens", "National calls open", "draft", input.nationalCallOpensOn);
  day("national-call-closes", "National calls close", "draft", input.nationalCallClosesOn);
  moment(
    "submission-deadline",
    input.gracePeriodMinutes > 0 ? `Submission deadline (then ${input.gracePeriodMinutes} minutes' grace)` : "Submission deadline",
    "nominations_open",
    input.submissionDeadline,
  );
  moment("eligibility-deadline", "Eligibility decided", "eligibility", input.eligibilityDeadline);
  moment("jury-deadline", "Jury deadline", "jury_scoring", input.juryDeadline);
  day("jury-meeting", "Jury meeting", "deliberation", input.juryMeetingOn);
  day("ceremony", input.ceremonyPlace ? `Ceremony, ${input.ceremonyPlace}` : "Ceremony", "published", input.ceremonyStartsOn);
  const sorted = entries.sort((a, b) => a.at.getTime() - b.at.getTime());
  const nextIndex = sorted.findIndex((e) => e.at.getTime() > now.getTime());
  return sorted.map((e, index) => ({ ...e, isPast: e.at.getTime() <= now.getTime(), isNext: index === nextIndex }));
}
