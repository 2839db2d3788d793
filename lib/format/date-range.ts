import type { Locale } from "../i18n/locales";

const MONTH_NAMES = new Map<Locale, string[]>();

/** The twelve month names of a language ("January", "janvier"), from the Intl API. */
function getMonthNames(locale: Locale): string[] {
  let names = MONTH_NAMES.get(locale);
  if (!names) {
    const formatter = new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" });
    names = Array.from({ length: 12 }, (_, month) => formatter.format(new Date(Date.UTC(2000, month, 1))));
    MONTH_NAMES.set(locale, names);
  }
  return names;
}

interface CalendarDay {
  year: number;
  month: string;
  day: string;
}

function parseIsoDate(value: string, locale: Locale): CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not an ISO date: ${value}`);
  const day = Number(match[3]);
  // French writes the first of the month as an ordinal: "1er décembre".
  return { year: Number(match[1]), month: getMonthNames(locale)[Number(match[2]) - 1] ?? "", day: locale === "fr" && day === 1 ? "1er" : String(day) };
}

/**
 * A calendar date or range of dates (as PostgreSQL `date` strings) without repeating what both ends share, in British
 * English ("4 December 2014", "4–5 December 2014", "30 November – 2 December 2014") or French ("4–5 décembre 2014").
 */
export function formatDateRange(startsOn: string, endsOn?: string | null, locale: Locale = "en"): string {
  const start = parseIsoDate(startsOn, locale);
  const full = (d: CalendarDay) => `${d.day} ${d.month} ${d.year}`;
  if (!endsOn || endsOn === startsOn) return full(start);
  const end = parseIsoDate(endsOn, locale);
  if (start.year !== end.year) return `${full(start)} – ${full(end)}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${full(end)}`;
  return `${start.day}–${full(end)}`;
}
