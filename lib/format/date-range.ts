const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parseIsoDate(value: string): { year: number; month: string; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not an ISO date: ${value}`);
  return { year: Number(match[1]), month: MONTHS[Number(match[2]) - 1] ?? "", day: Number(match[3]) };
}

/**
 * A calendar date or range of dates (as PostgreSQL `date` strings) in British English, without repeating what
 * both ends share: "4 December 2014", "4–5 December 2014", "30 November – 2 December 2014".
 */
export function formatDateRange(startsOn: string, endsOn?: string | null): string {
  const start = parseIsoDate(startsOn);
  const full = (d: typeof start) => `${d.day} ${d.month} ${d.year}`;
  if (!endsOn || endsOn === startsOn) return full(start);
  const end = parseIsoDate(endsOn);
  if (start.year !== end.year) return `${full(start)} – ${full(end)}`;
  if (start.month !== end.month) return `${start.day} ${start.month} – ${full(end)}`;
  return `${start.day}–${full(end)}`;
}
