import type { CalendarMoment } from "../domain/next-deadline";
import { DEFAULT_TIME_ZONE, formatLocalDateTime, getZoneAbbreviation } from "../domain/edition-time";
import { formatDateRange } from "./date-range";

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function getFormatter(timeZone: string, withSeconds: boolean): Intl.DateTimeFormat {
  const key = `${timeZone}|${withSeconds}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      ...(withSeconds ? { second: "2-digit" } : {}),
      hourCycle: "h23",
      timeZone,
    });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

/**
 * "30 September 2026 at 17:00 Europe/Brussels (CEST)": a moment in the edition's zone, the zone said in full.
 * The one way the app writes a date and time, on pages and in messages alike; the audit trail adds the seconds.
 */
export function formatEditionMoment(moment: Date | string | null | undefined, timeZone: string = DEFAULT_TIME_ZONE, { withSeconds = false } = {}): string {
  if (!moment) return "—";
  const date = new Date(moment);
  return `${getFormatter(timeZone, withSeconds).format(date)} ${timeZone} (${getZoneAbbreviation(date, timeZone)})`;
}

/** A step of the edition's calendar: a whole day as "4 December 2049", a moment as formatEditionMoment writes it. */
export function formatCalendarMoment(moment: CalendarMoment, timeZone: string): string {
  return moment.isDay ? formatEditionDay(formatLocalDateTime(moment.at, timeZone).slice(0, 10)) : formatEditionMoment(moment.at, timeZone);
}

/** A calendar day of the edition ("4 December 2026"), or a dash when it is not set. */
export function formatEditionDay(date: string | null | undefined): string {
  return date ? formatDateRange(date) : "—";
}

/** "in 3 days, 4 hours", "2 hours ago": how far a moment is from now, to two units. */
export function describeDistance(target: Date, now: Date): string {
  const seconds = Math.round((target.getTime() - now.getTime()) / 1000);
  const magnitude = Math.abs(seconds);
  const minutes = Math.floor(magnitude / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  let text: string;
  if (days > 0) text = hours > 0 ? `${unit(days, "day")}, ${unit(hours, "hour")}` : unit(days, "day");
  else if (hours > 0) text = rest > 0 ? `${unit(hours, "hour")}, ${unit(rest, "minute")}` : unit(hours, "hour");
  else if (minutes > 0) text = unit(minutes, "minute");
  else return seconds >= 0 ? "in less than a minute" : "just now";
  return seconds >= 0 ? `in ${text}` : `${text} ago`;
}
