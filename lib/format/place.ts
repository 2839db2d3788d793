import type { Locale } from "../i18n/locales";

/**
 * The public name of an awarded place: "Winner" for rank 1, then "2nd place", "3rd place", "11th place"…; in French
 * "Lauréat", "2e place", "3e place".
 */
export function formatPlace(rank: number, locale: Locale = "en"): string {
  if (locale === "fr") return rank === 1 ? "Lauréat" : `${rank}e place`;
  if (rank === 1) return "Winner";
  const lastTwo = rank % 100;
  const last = rank % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${rank}${suffix} place`;
}
