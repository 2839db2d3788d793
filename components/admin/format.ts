const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** A calendar date (a `date` column arrives as YYYY-MM-DD). */
export function formatDate(value: string | null | undefined): string {
  return value ? DATE.format(new Date(`${value}T00:00:00Z`)) : "—";
}

/** A score with two decimals, as the jury reads it. */
export function formatScore(value: number): string {
  return value.toFixed(2);
}
