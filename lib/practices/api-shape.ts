import type { PracticeDetail, PracticePage, PracticeSummary } from "./queries";

/** An entry as the public API lists it: flat country fields like the results endpoint, and where its page is. */
export function toPracticeSummaryJson(practice: PracticeSummary) {
  return {
    id: practice.id,
    year: practice.year,
    theme: practice.theme,
    outcome: practice.outcome,
    rank: practice.rank,
    country: practice.country.code,
    countryName: practice.country.name,
    title: practice.title,
    organisation: practice.organisation,
    summary: practice.summary,
    page: `/practices/${practice.id}`,
  };
}

export function toPracticePageJson(page: PracticePage) {
  return {
    items: page.items.map(toPracticeSummaryJson),
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    pageCount: page.pageCount,
  };
}

export function toPracticeDetailJson(practice: PracticeDetail) {
  return {
    ...toPracticeSummaryJson(practice),
    description: practice.description,
    startDate: practice.startDate,
    endDate: practice.endDate,
    isOngoing: practice.isOngoing,
    links: practice.links,
    prize: practice.prize,
    juryReason: practice.juryReason,
  };
}
