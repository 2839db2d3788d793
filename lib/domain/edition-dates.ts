/**
 * Next year's calendar from this year's. Pure: no database, no framework.
 * A moment keeps its wall-clock time in the edition's zone (a deadline at 23:59 Brussels stays 23:59 Brussels,
 * whichever side of a clock change it falls), and 29 February becomes 28 February.
 */
import { getZonedParts, zonedLocalToUtc } from "./edition-time";

/** Every date of an edition: moments (timestamptz) and calendar days ("YYYY-MM-DD"). */
export interface EditionDates {
  submissionDeadline: Date;
  eligibilityDeadline: Date | null;
  juryDeadline: Date;
  nationalCallOpensOn: string | null;
  nationalCallClosesOn: string | null;
  juryMeetingOn: string | null;
  ceremonyStartsOn: string;
  ceremonyEndsOn: string | null;
}

function getDaysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day of the month some years later, or the month's last day when it has none (29 February). */
function shiftDay(year: number, month: number, day: number, years: number) {
  const target = year + years;
  return { year: target, month, day: Math.min(day, getDaysInMonth(target, month)) };
}

/** "2028-02-29" one year later is "2029-02-28". */
export function shiftCalendarDate(date: string, years: number): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Not a calendar date: ${date}`);
  const shifted = shiftDay(Number(match[1]), Number(match[2]), Number(match[3]), years);
  return `${String(shifted.year).padStart(4, "0")}-${String(shifted.month).padStart(2, "0")}-${String(shifted.day).padStart(2, "0")}`;
}

/** The moment at the same wall-clock time in the zone, some years later. */
export function shiftMoment(moment: Date, timeZone: string, years: number): Date {
  const local = getZonedParts(moment, timeZone);
  const day = shiftDay(local.year, local.month, local.day, years);
  return zonedLocalToUtc({ ...day, hour: local.hour, minute: local.minute }, timeZone);
}

const shiftOptional = <T>(value: T | null, shift: (v: T) => T): T | null => (value === null ? null : shift(value));

/** Every date of the edition moved by a number of years (1 for next year's edition). */
export function shiftEditionDatesByYear(dates: EditionDates, timeZone: string, years = 1): EditionDates {
  const moment = (m: Date) => shiftMoment(m, timeZone, years);
  const day = (d: string) => shiftCalendarDate(d, years);
  return {
    submissionDeadline: moment(dates.submissionDeadline),
    eligibilityDeadline: shiftOptional(dates.eligibilityDeadline, moment),
    juryDeadline: moment(dates.juryDeadline),
    nationalCallOpensOn: shiftOptional(dates.nationalCallOpensOn, day),
    nationalCallClosesOn: shiftOptional(dates.nationalCallClosesOn, day),
    juryMeetingOn: shiftOptional(dates.juryMeetingOn, day),
    ceremonyStartsOn: day(dates.ceremonyStartsOn),
    ceremonyEndsOn: shiftOptional(dates.ceremonyEndsOn, day),
  };
}
