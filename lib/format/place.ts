/** The public name of an awarded place: "Winner" for rank 1, then "2nd place", "3rd place", "11th place"… */
export function formatPlace(rank: number): string {
  if (rank === 1) return "Winner";
  const lastTwo = rank % 100;
  const last = rank % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : last === 1 ? "st" : last === 2 ? "nd" : last === 3 ? "rd" : "th";
  return `${rank}${suffix} place`;
}
