/**
 * The next date of an edition's calendar, and how it reads in the edition's own time zone. Pure: "now" comes from
 * the database's clock, the zone from editions.time_zone.
 */

export interface EditionCalendar {
  timeZone: string;
  nationalCallOpensOn: string | null;
  nationalCallClosesOn: string | null;
  submissionDeadline: Date;
  gracePeriodMinutes: number;
  eligibilityDeadline: Date | null;
  juryDeadline: Date;
  juryMeetingOn: string | null;
  ceremonyStartsOn: string;
}

export interface CalendarMoment {
  label: string;
  at: Date;
  /** A whole day (the ceremony, the jury meeting), shown without a time. */
  isDay: boolean;
}

/** How far the zone is ahead of UTC at a moment, in milliseconds. */
function getZoneOffset(moment: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" })
    .formatToParts(moment)
    .reduce<Record<string, number>>((all, part) => (part.type === "literal" ? all : { ...all, [part.type]: Number(part.value) }), {});
  const asUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return asUtc - Math.floor(moment.getTime() / 1000) * 1000;
}

/** The moment a calendar day ("2049-12-04") starts in a time zone. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number);
  const guess = Date.UTC(year!, month! - 1, date!);
  const first = guess - getZoneOffset(new Date(guess), timeZone);
  // Once more at the found moment, in case a change of clocks lies between the guess and the answer.
  return new Date(guess - getZoneOffset(new Date(first), timeZone));
}

/** Every dated step of the edition, in time order. */
export function listCalendarMoments(calendar: EditionCalendar): CalendarMoment[] {
  const day = (label: string, value: string | null) => (value ? [{ label, at: startOfDayIn(value, calendar.timeZone), isDay: true }] : []);
  const moment = (label: string, value: Date | null) => (value ? [{ label, at: value, isDay: false }] : []);
  const submission = new Date(calendar.submissionDeadline.getTime() + calendar.gracePeriodMinutes * 60_000);
  return [
    ...day("The national call opens", calendar.nationalCallOpensOn),
    ...day("The national call closes", calendar.nationalCallClosesOn),
    ...moment(calendar.gracePeriodMinutes > 0 ? "Nominations close (with the grace period)" : "Nominations close", submission),
    ...moment("Eligibility decisions are due", calendar.eligibilityDeadline),
    ...moment("Jury scoring closes", calendar.juryDeadline),
    ...day("The jury meets", calendar.juryMeetingOn),
    ...day("The ceremony", calendar.ceremonyStartsOn),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The first step still ahead, or null when the whole calendar is behind. */
export function getNextDeadline(calendar: EditionCalendar, now: Date): CalendarMoment | null {
  return listCalendarMoments(calendar).find((m) => m.at.getTime() > now.getTime()) ?? null;
}

/** "30 September 2049 at 23:59 CEST", or "4 December 2049" for a day, in the given zone. */
export function formatInZone(moment: CalendarMoment, timeZone: string): string {
  const format = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    ...(moment.isDay ? {} : { hour: "2-digit", minute: "2-digit", timeZoneName: "short" }),
  });
  return format.format(moment.at);
}
