/**
 * Wall-clock time in an edition's time zone and the moments (UTC) it stands for. Pure: only the Intl API.
 * Dates are typed by the secretariat in the edition's zone and stored as timestamptz, so this is where DST is handled.
 */

/** The zone of an edition that names none: the network's secretariat sits in Brussels. */
export const DEFAULT_TIME_ZONE = "Europe/Brussels";

/** A local date and time, as a form's date and time fields give it. */
export interface LocalDateTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function getPartsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = FORMATTERS.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    FORMATTERS.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether a text is an IANA zone name such as Europe/Brussels (or UTC); abbreviations such as CET are refused. */
export function isValidTimeZone(timeZone: string): boolean {
  if (!/^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock reading of a moment in a zone, to the second. */
export function getZonedParts(moment: Date, timeZone: string): LocalDateTime & { second: number } {
  const parts = Object.fromEntries(getPartsFormatter(timeZone).formatToParts(moment).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

/** How far the zone is ahead of UTC at that moment, in milliseconds. */
function getOffset(utcMs: number, timeZone: string): number {
  const p = getZonedParts(new Date(utcMs), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The moment a local time in a zone stands for. A time the clocks skip (spring forward) reads as the same
 * distance after the jump (02:30 becomes 03:30); a time that happens twice (fall back) is the first of the two.
 */
export function zonedLocalToUtc(local: LocalDateTime, timeZone: string): Date {
  const guess = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // The offset an hour either side: the earlier one picks the first of two repeated times.
  const before = getOffset(guess - 3600_000 * 3, timeZone);
  const after = getOffset(guess + 3600_000 * 3, timeZone);
  for (const offset of [before, after]) {
    const candidate = guess - offset;
    const p = getZonedParts(new Date(candidate), timeZone);
    if (p.year === local.year && p.month === local.month && p.day === local.day && p.hour === local.hour && p.minute === local.minute) {
      return new Date(candidate);
    }
  }
  // Skipped by the clocks: the earlier offset carries the time past the jump.
  return new Date(guess - before);
}

/** The moment a calendar day ("2049-12-04") starts in a zone: the edition's days count as reached from then. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return zonedLocalToUtc({ year, month, day: date, hour: 0, minute: 0 }, timeZone);
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Reads "2026-09-30T17:00" (what a datetime-local field sends); undefined when it is not a real date and time. */
export function parseLocalDateTime(text: string): LocalDateTime | undefined {
  const match = LOCAL_PATTERN.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  return { year, month, day, hour, minute };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "2026-09-30T17:00": a moment as a datetime-local field shows it in the zone. */
export function formatLocalDateTime(moment: Date, timeZone: string): string {
  const p = getZonedParts(moment, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The zone's short name at that moment: "CET" or "CEST" for Brussels, "GMT+3" where there is no common one. */
export function getZoneAbbreviation(moment: Date, timeZone: string): string {
  const part = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "short" })
    .formatToParts(moment)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}
