/**
 * The next date of an edition's calendar, in the edition's own time zone (lib/format/edition-time.ts writes it).
 * Pure: "now" comes from the database's clock, the zone from editions.time_zone.
 */
import { startOfDayIn } from "./edition-time";
import type { TimelineInput } from "./edition-timeline";

/** The dates the admin home reads: the timeline's (lib/domain/edition-timeline.ts), less the ceremony's end and place. */
export type EditionCalendar = Omit<TimelineInput, "ceremonyEndsOn" | "ceremonyPlace">;

/** Which step of the calendar a moment is, for a page to name it in its language. */
export type CalendarStep = "callOpens" | "callCloses" | "nominationsClose" | "nominationsCloseGrace" | "eligibilityDue" | "juryCloses" | "juryMeets" | "ceremony";

export interface CalendarMoment {
  step: CalendarStep;
  label: string;
  at: Date;
  /** A whole day (the ceremony, the jury meeting), shown without a time. */
  isDay: boolean;
}

/** Every dated step of the edition, in time order. */
export function listCalendarMoments(calendar: EditionCalendar): CalendarMoment[] {
  const day = (step: CalendarStep, label: string, value: string | null) => (value ? [{ step, label, at: startOfDayIn(value, calendar.timeZone), isDay: true }] : []);
  const moment = (step: CalendarStep, label: string, value: Date | null) => (value ? [{ step, label, at: value, isDay: false }] : []);
  const submission = new Date(calendar.submissionDeadline.getTime() + calendar.gracePeriodMinutes * 60_000);
  return [
    ...day("callOpens", "The national call opens", calendar.nationalCallOpensOn),
    ...day("callCloses", "The national call closes", calendar.nationalCallClosesOn),
    ...(calendar.gracePeriodMinutes > 0
      ? moment("nominationsCloseGrace", "Nominations close (with the grace period)", submission)
      : moment("nominationsClose", "Nominations close", submission)),
    ...moment("eligibilityDue", "Eligibility decisions are due", calendar.eligibilityDeadline),
    ...moment("juryCloses", "Jury scoring closes", calendar.juryDeadline),
    ...day("juryMeets", "The jury meets", calendar.juryMeetingOn),
    ...day("ceremony", "The ceremony", calendar.ceremonyStartsOn),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The first step still ahead, or null when the whole calendar is behind. */
export function getNextDeadline(calendar: EditionCalendar, now: Date): CalendarMoment | null {
  return listCalendarMoments(calendar).find((m) => m.at.getTime() > now.getTime()) ?? null;
}
