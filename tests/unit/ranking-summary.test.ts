import { describe, expect, it } from "vitest";
import { computeRanking } from "@/lib/domain/ranking-result";
import { getPageWindow, RANKING_PAGE_SIZE } from "@/lib/results/deliberation-page";
import { toRankingView, type RankingView } from "@/lib/results/ranking-snapshot";
import { SUMMARY_JUROR_LIMIT, SUMMARY_STABILITY_CHANGE_LIMIT, SUMMARY_TIE_LIMIT, summariseRanking } from "@/lib/results/ranking-summary";
import { getRankingPageHref, parseRankingPageQuery } from "@/lib/validation/ranking-page-query";
import { makeRandomInput } from "../support/random-ranking";

/** A ranking view over random sheets, with `unscored` accepted dossiers that have no sheet (raw and without a tie-break chain if asked). */
function makeView(options: { dossiers: number; jurors: number; scaleMax?: number; unscored?: number; hasChain?: boolean }): RankingView {
  const random = makeRandomInput({ dossiers: options.dossiers, jurors: options.jurors, sheetsPerDossier: 5, criteria: 2, seed: 7, scaleMax: options.scaleMax, isNormalised: options.hasChain !== false });
  const input = { ...random, tieBreakChain: options.hasChain === false ? [] : random.tieBreakChain };
  const ids = [...new Set(input.sheets.map((s) => s.nominationId))];
  for (let i = 0; i < (options.unscored ?? 0); i += 1) ids.push(`u-${i}`);
  return toRankingView({
    edition: { id: 1, year: 2090, phase: "deliberation", isNormalised: input.isNormalised, tieBreakChain: [...input.tieBreakChain], awardedPlaces: 3 },
    criteria: input.criteria.map((c) => ({ ...c, title: `Criterion ${c.position}` })),
    nominations: ids.map((id, i) => ({ id, countryCode: `C${i}`, countryName: `Country ${i}`, title: `Title ${i}` })),
    jurors: Array.from({ length: options.jurors }, (_, i) => ({ id: i + 1, name: `Juror ${i + 1}`, countryCode: "BE", countryName: "Belgium" })),
    input,
    result: computeRanking(input),
    incompleteSheetCount: 0,
  });
}

describe("summariseRanking", () => {
  it("keeps one row per dossier in the official order, the unscored after, and both rankings' positions", () => {
    const view = makeView({ dossiers: 40, jurors: 10, unscored: 3 });
    const { summary, places } = summariseRanking(view);
    expect(places.map((p) => p.position)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    expect(places.map((p) => p.nominationId).slice(0, 40)).toEqual(view.result[view.result.officialBasis].entries.map((e) => e.nominationId));
    expect(places.slice(40).map((p) => [p.nominationId, p.row, p.rawPosition])).toEqual([0, 1, 2].map((i) => [`u-${i}`, null, null]));
    for (const basis of ["raw", "normalised"] as const) {
      const column = basis === "raw" ? "rawPosition" : "normalisedPosition";
      const byPosition = places.slice(0, 40).sort((a, b) => a[column]! - b[column]!);
      expect(byPosition.map((p) => p.nominationId)).toEqual(view.result[basis].entries.map((e) => e.nominationId));
    }
    expect(summary).toMatchObject({ rankedCount: 40, unscoredCount: 3, jurorCount: 10 });
    // Under the limit every juror is kept, in the result's order.
    expect(summary.jurors.map((j) => j.jurorId)).toEqual(view.result.jurors.map((j) => j.jurorId));
  });

  it("bounds the jurors, the open ties and the stability whatever the edition's size, and names every dossier it mentions", () => {
    // The raw ranking with no tie-break chain has many ties; 300 jurors is more than the summary keeps.
    const view = makeView({ dossiers: 2000, jurors: 300, scaleMax: 10, hasChain: false });
    const { summary } = summariseRanking(view);
    const official = view.result[view.result.officialBasis];
    expect(official.openTies.length).toBeGreaterThan(SUMMARY_TIE_LIMIT);
    expect(summary.openTies).toHaveLength(SUMMARY_TIE_LIMIT);
    expect(summary.openTieCount).toBe(official.openTies.length);
    expect(summary.openTies.map((t) => t.place)).toEqual(official.openTies.slice(0, SUMMARY_TIE_LIMIT).map((t) => t.place));
    expect(summary.jurors).toHaveLength(SUMMARY_JUROR_LIMIT);
    const fallbackCount = view.result.jurors.filter((j) => j.fallback !== null).length;
    expect(summary.jurors.filter((j) => j.fallback !== null)).toHaveLength(Math.min(fallbackCount, SUMMARY_JUROR_LIMIT));
    expect(summary.jurorCount).toBe(300);
    for (const basis of ["raw", "normalised"] as const) {
      expect(summary.stability[basis].changes.length).toBeLessThanOrEqual(SUMMARY_STABILITY_CHANGE_LIMIT);
      expect(summary.stability[basis].changeCount).toBe(view.result.stability[basis].changes.length);
    }
    const mentioned = [...summary.openTies.flatMap((t) => t.nominationIds), ...summary.stability.raw.top.map((p) => p.nominationId)];
    for (const id of mentioned) expect(summary.names[id]).toBeDefined();
    expect(JSON.stringify(summary).length).toBeLessThan(200_000);
  });

  it("counts every ranked dossier (by raw and by normalised mean) and every juror in the bands of the scale", () => {
    const view = makeView({ dossiers: 2000, jurors: 300, scaleMax: 10, unscored: 4 });
    const { summary } = summariseRanking(view);
    const distribution = summary.distribution!;
    expect(distribution.starts[0]).toBe(view.result.scale.min);
    const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
    expect([sum(distribution.raw), sum(distribution.normalised), sum(distribution.jurors)]).toEqual([summary.rankedCount, summary.rankedCount, 300]);
    // The band of the best dossier's raw mean holds at least that dossier.
    const best = view.result.dossiers.reduce((a, b) => (b.raw.mean > a.raw.mean ? b : a));
    const band = distribution.starts.findLastIndex((start) => start <= best.raw.mean);
    expect(distribution.raw[band]).toBeGreaterThan(0);
  });
});

describe("the ranking page's query", () => {
  it("reads page and search from the URL, falling back to the first page without a search", () => {
    expect(parseRankingPageQuery({ page: "3", q: "  France " })).toEqual({ page: 3, search: "France" });
    for (const page of [undefined, "", "0", "-1", "1.5", "abc", ["x", "2"]]) expect(parseRankingPageQuery({ page }).page).toBe(1);
    expect(parseRankingPageQuery({ q: "   " }).search).toBeUndefined();
    expect(parseRankingPageQuery({ q: "x".repeat(500) }).search).toHaveLength(200);
    const id = "0b7e9a52-3c1d-4e8f-9a6b-2d4c5e6f7a8b";
    expect(parseRankingPageQuery({ dossier: id.toUpperCase() }).dossierId).toBe(id);
    for (const dossier of ["1", "x'; drop table", `${id}0`]) expect(parseRankingPageQuery({ dossier }).dossierId).toBeUndefined();
    expect(getRankingPageHref("/r", { page: 1 })).toBe("/r");
    expect(getRankingPageHref("/r", { page: 3, dossierId: id })).toBe(`/r?page=3&dossier=${id}`);
    expect(getRankingPageHref("/r", { page: 2, search: "a b" })).toBe("/r?q=a+b&page=2");
  });

  it("keeps the page within the pages there are", () => {
    const size = RANKING_PAGE_SIZE;
    expect(getPageWindow(10_000, 2)).toEqual({ page: 2, pageCount: 10_000 / size, total: 10_000, first: size + 1, last: 2 * size });
    expect(getPageWindow(10_000, 500)).toMatchObject({ page: 10_000 / size, first: 10_001 - size, last: 10_000 });
    expect(getPageWindow(2 * size + 10, 3)).toMatchObject({ page: 3, first: 2 * size + 1, last: 2 * size + 10 });
    expect(getPageWindow(0, 4)).toEqual({ page: 1, pageCount: 1, total: 0, first: 1, last: 0 });
    expect(getPageWindow(RANKING_PAGE_SIZE, 2)).toMatchObject({ page: 1, pageCount: 1 });
  });
});
