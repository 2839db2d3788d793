/**
 * How deadlines read to people. Pure: the seconds left are computed by the database clock elsewhere.
 */
import { formatEditionMoment } from "../format/edition-time";
import type { Locale } from "../i18n/locales";

/** "30 September 2026 at 23:59 Europe/Brussels (CEST)": a deadline in the edition's own zone, said in full. */
export function formatDeadline(moment: Date, timeZone: string, locale: Locale = "en"): string {
  return formatEditionMoment(moment, timeZone, { locale });
}

const TIME_LEFT_WORDS = {
  en: { units: { day: ["day", "days"], hour: ["hour", "hours"], minute: ["minute", "minutes"] }, left: "{} left", closed: "closed", underMinute: "less than a minute left" },
  fr: { units: { day: ["jour", "jours"], hour: ["heure", "heures"], minute: ["minute", "minutes"] }, left: "encore {}", closed: "clos", underMinute: "moins d’une minute" },
} as const satisfies Record<Locale, unknown>;

/** "3 days, 4 hours left" ("encore 3 jours, 4 heures"); the two largest units only, since a countdown needs no more precision. */
export function describeTimeLeft(secondsLeft: number, locale: Locale = "en"): string {
  const words = TIME_LEFT_WORDS[locale];
  if (!Number.isFinite(secondsLeft) || secondsLeft <= 0) return words.closed;
  if (secondsLeft < 60) return words.underMinute;
  const plural = (count: number, unit: keyof typeof words.units) => `${count} ${words.units[unit][count === 1 ? 0 : 1]}`;
  const minutes = Math.floor(secondsLeft / 60);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const restMinutes = minutes % 60;
  let text: string;
  if (days > 0) text = hours > 0 ? `${plural(days, "day")}, ${plural(hours, "hour")}` : plural(days, "day");
  else if (hours > 0) text = restMinutes > 0 ? `${plural(hours, "hour")}, ${plural(restMinutes, "minute")}` : plural(hours, "hour");
  else text = plural(restMinutes, "minute");
  return words.left.replace("{}", text);
}
