import type { CalendarMoment } from "../domain/next-deadline";
import { DEFAULT_TIME_ZONE, formatLocalDateTime, getZoneAbbreviation } from "../domain/edition-time";
import type { Locale } from "../i18n/locales";
import { formatDateRange } from "./date-range";

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

// British English for "30 September 2026 at 17:00"; French gives "30 septembre 2026 à 17:00".
const INTL_LOCALES: Record<Locale, string> = { en: "en-GB", fr: "fr-FR" };

function getFormatter(timeZone: string, withSeconds: boolean, locale: Locale): Intl.DateTimeFormat {
  const key = `${timeZone}|${withSeconds}|${locale}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
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

interface MomentOptions {
  withSeconds?: boolean;
  locale?: Locale;
}

/**
 * "30 September 2026 at 17:00 Europe/Brussels (CEST)": a moment in the edition's zone, the zone said in full (the
 * same label in every language). The one way the app writes a date and time, on pages and in messages alike; the
 * audit trail adds the seconds.
 */
export function formatEditionMoment(
  moment: Date | string | null | undefined,
  timeZone: string = DEFAULT_TIME_ZONE,
  { withSeconds = false, locale = "en" }: MomentOptions = {},
): string {
  if (!moment) return "—";
  const date = new Date(moment);
  return `${getFormatter(timeZone, withSeconds, locale).format(date)} ${timeZone} (${getZoneAbbreviation(date, timeZone)})`;
}

/** A step of the edition's calendar: a whole day as "4 December 2049", a moment as formatEditionMoment writes it. */
export function formatCalendarMoment(moment: CalendarMoment, timeZone: string, locale: Locale = "en"): string {
  return moment.isDay
    ? formatEditionDay(formatLocalDateTime(moment.at, timeZone).slice(0, 10), locale)
    : formatEditionMoment(moment.at, timeZone, { locale });
}

/** A calendar day of the edition ("4 December 2026"), or a dash when it is not set. */
export function formatEditionDay(date: string | null | undefined, locale: Locale = "en"): string {
  return date ? formatDateRange(date, null, locale) : "—";
}

const DISTANCE_WORDS: Record<Locale, { units: Record<"day" | "hour" | "minute", [string, string]>; future: string; past: string; soon: string; now: string }> = {
  en: { units: { day: ["day", "days"], hour: ["hour", "hours"], minute: ["minute", "minutes"] }, future: "in {}", past: "{} ago", soon: "in less than a minute", now: "just now" },
  fr: { units: { day: ["jour", "jours"], hour: ["heure", "heures"], minute: ["minute", "minutes"] }, future: "dans {}", past: "il y a {}", soon: "dans moins d’une minute", now: "à l’instant" },
};

/** "in 3 days, 4 hours", "2 hours ago" ("dans 3 jours, 4 heures", "il y a 2 heures"): how far a moment is from now, to two units. */
export function describeDistance(target: Date, now: Date, locale: Locale = "en"): string {
  const words = DISTANCE_WORDS[locale];
  const seconds = Math.round((target.getTime() - now.getTime()) / 1000);
  const magnitude = Math.abs(seconds);
  const minutes = Math.floor(magnitude / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const unit = (n: number, name: "day" | "hour" | "minute") => `${n} ${words.units[name][n === 1 ? 0 : 1]}`;
  let text: string;
  if (days > 0) text = hours > 0 ? `${unit(days, "day")}, ${unit(hours, "hour")}` : unit(days, "day");
  else if (hours > 0) text = rest > 0 ? `${unit(hours, "hour")}, ${unit(rest, "minute")}` : unit(hours, "hour");
  else if (minutes > 0) text = unit(minutes, "minute");
  else return seconds >= 0 ? words.soon : words.now;
  return (seconds >= 0 ? words.future : words.past).replace("{}", text);
}
