import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { countries, criteria, nominations, scoreSheets, scores } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDeliberationPage, RANKING_PAGE_SIZE, type RankingPageContent } from "@/lib/results/deliberation-page";
import { computeRankingSnapshot } from "@/lib/results/ranking-snapshot";
import { parseRankingPageQuery } from "@/lib/validation/ranking-page-query";
import { createEdition, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";
import { openLoggingDb } from "../helpers/logging-db";

// Two-letter codes that give each of up to 130 competing dossiers a country of its own (one competing per country).
const CODES = ["J", "K", "Q", "W", "X"].flatMap((a) => [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((b) => a + b));
const JUROR_COUNTRIES = ["BE", "FR", "DE"];

/** An edition in deliberation with `count` dossiers ("Dossier 0"…), each scored by three jurors, the scores varied. */
async function setUpRankedEdition(db: TestDatabase["db"], count: number) {
  await db.insert(countries).values(CODES.map((code) => ({ code, name: `Land ${code}` }))).onConflictDoNothing();
  const edition = await createEdition(db, { phase: "deliberation", juryClosedAt: new Date() });
  const admin = await createUser(db, [{ role: "admin" }]);
  const jurors = [];
  for (const countryCode of JUROR_COUNTRIES) jurors.push(await createUser(db, [{ role: "juror", countryCode, editionId: edition.id }]));
  const dossiers = await db
    .insert(nominations)
    .values(
      CODES.slice(0, count).map((countryCode, i) => ({
        editionId: edition.id,
        countryCode,
        kind: "competing" as const,
        state: "accepted" as const,
        title: `Dossier ${i}`,
        organisation: "O",
        description: "D",
        submittedAt: new Date(),
      })),
    )
    .returning({ id: nominations.id, title: nominations.title });
  const rubric = await db.select({ id: criteria.id, scaleMin: criteria.scaleMin, scaleMax: criteria.scaleMax }).from(criteria).where(eq(criteria.editionId, edition.id));
  const sheets = await db
    .insert(scoreSheets)
    .values(jurors.flatMap((juror) => dossiers.map((d) => ({ editionId: edition.id, nominationId: d.id, jurorUserId: juror.id, state: "submitted" as const, submittedAt: new Date() }))))
    .returning({ id: scoreSheets.id });
  await db.insert(scores).values(
    sheets.flatMap((sheet, i) => rubric.map((c, j) => ({ sheetId: sheet.id, criterionId: c.id, scaleMin: c.scaleMin, scaleMax: c.scaleMax, value: 1 + ((i * 7 + j * 3) % 10) }))),
  );
  return { edition, admin, dossiers };
}

/** The deliberation page's loader as the page calls it, for a large edition (read from its snapshot) unless `isInline`. */
function loadPage(db: TestDatabase["db"], viewer: SessionUser, editionId: number, search: Record<string, string | undefined>, options: { isInline?: boolean; pinnedIds?: string[] } = {}) {
  const query = parseRankingPageQuery(search);
  return getDeliberationPage({ db, viewer, editionId, query, pinnedIds: options.pinnedIds, inlineSheetLimit: options.isInline ? undefined : 0 });
}

async function loadContent(...args: Parameters<typeof loadPage>): Promise<RankingPageContent> {
  const page = await loadPage(...args);
  if (page.state !== "ready") throw new Error(`The ranking is ${page.state}`);
  return page.view;
}

const positionsOf = (places: readonly { position: number }[]) => places.map((p) => p.position);

describeEachEngine("the deliberation page's loader", (t) => {
  it("reads a snapshot edition without its record, in as many queries for 130 dossiers as for 5", async () => {
    const counts: number[] = [];
    for (const size of [5, 130]) {
      const { edition, admin, dossiers } = await setUpRankedEdition(t.db, size);
      await computeRankingSnapshot({ db: t.db, editionId: edition.id });
      const { db, log } = openLoggingDb(t);
      const content = await loadContent(db, admin, edition.id, { page: "2", q: "Dossier 1" }, { pinnedIds: [dossiers[0]!.id] });
      expect(content.rows.length).toBe(size === 5 ? 5 : Math.min(RANKING_PAGE_SIZE, size - RANKING_PAGE_SIZE));
      expect(log.length).toBeGreaterThan(0);
      // The snapshot's whole record is never selected, nor read through a JSON function.
      for (const query of log) expect(query.sql).not.toMatch(/"record"|jsonb_path|->/);
      counts.push(log.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it("pages by RANKING_PAGE_SIZE places: page 0, a word or no page is the first, beyond the last is the last", async () => {
    const { edition, admin } = await setUpRankedEdition(t.db, 130);
    await computeRankingSnapshot({ db: t.db, editionId: edition.id });
    for (const page of [undefined, "0", "-3", "abc", "1.5"]) {
      const content = await loadContent(t.db, admin, edition.id, page === undefined ? {} : { page });
      expect({ page: content.page, first: content.first, last: content.last }).toEqual({ page: 1, first: 1, last: RANKING_PAGE_SIZE });
      expect(positionsOf(content.rows)).toEqual(Array.from({ length: RANKING_PAGE_SIZE }, (_, i) => i + 1));
    }
    const pageCount = Math.ceil(130 / RANKING_PAGE_SIZE);
    const first = (pageCount - 1) * RANKING_PAGE_SIZE + 1;
    const positions = Array.from({ length: 130 - first + 1 }, (_, i) => i + first);
    for (const page of [String(pageCount), "999999"]) {
      const content = await loadContent(t.db, admin, edition.id, { page });
      expect({ page: content.page, pageCount: content.pageCount, total: content.total, first: content.first, last: content.last }).toEqual({
        page: pageCount,
        pageCount,
        total: 130,
        first,
        last: 130,
      });
      expect(positionsOf(content.rows)).toEqual(positions);
      // Both lists show the page's positions of their own ranking.
      for (const basis of ["rawPosition", "normalisedPosition"] as const) {
        expect(content.listed.map((p) => p[basis]!).filter((n) => n >= first).sort((a, b) => a - b)).toEqual(positions);
      }
    }
  });

  it("finds a dossier on any page by title or country, and keeps an awarded one among the options", async () => {
    const { edition, admin, dossiers } = await setUpRankedEdition(t.db, 130);
    await computeRankingSnapshot({ db: t.db, editionId: edition.id });
    const first = await loadContent(t.db, admin, edition.id, {});
    const lastOnFirstPage = new Set(first.rows.map((r) => r.nominationId));
    const beyond = dossiers.find((d) => !lastOnFirstPage.has(d.id))!;

    const byTitle = await loadContent(t.db, admin, edition.id, { q: ` ${beyond.title.toUpperCase()} ` });
    expect(byTitle.search).toBe(beyond.title.toUpperCase());
    expect(byTitle.hits.map((h) => h.nominationId)).toContain(beyond.id);
    expect(byTitle.hits.find((h) => h.nominationId === beyond.id)!.position).toBeGreaterThan(RANKING_PAGE_SIZE);
    expect(byTitle.hits.every((h) => h.title.toLowerCase().includes(beyond.title.toLowerCase()))).toBe(true);
    const country = byTitle.hits.find((h) => h.nominationId === beyond.id)!.countryName;
    expect((await loadContent(t.db, admin, edition.id, { q: country })).hits.map((h) => h.nominationId)).toEqual([beyond.id]);
    expect((await loadContent(t.db, admin, edition.id, { q: "no such dossier" })).hits).toEqual([]);
    expect((await loadContent(t.db, admin, edition.id, { q: "%" })).hits).toEqual([]);

    const pinned = await loadContent(t.db, admin, edition.id, {}, { pinnedIds: [beyond.id] });
    expect(pinned.pinned.map((p) => p.nominationId)).toEqual([beyond.id]);
    expect(pinned.rows.map((r) => r.nominationId)).not.toContain(beyond.id);
  });

  it("gives a small edition computed on the request the same pages as its snapshot", async () => {
    const { edition, admin, dossiers } = await setUpRankedEdition(t.db, 130);
    await computeRankingSnapshot({ db: t.db, editionId: edition.id });
    for (const search of [{}, { page: "2", q: "Dossier 12" }, { q: "land ja" }]) {
      const options = { pinnedIds: [dossiers[3]!.id] };
      const inline = await loadContent(t.db, admin, edition.id, search, { ...options, isInline: true });
      const stored = await loadContent(t.db, admin, edition.id, search, options);
      const byPosition = (content: RankingPageContent) => ({
        ...content,
        listed: [...content.listed].sort((a, b) => a.position - b.position),
        pinned: [...content.pinned].sort((a, b) => a.position - b.position),
      });
      expect(JSON.parse(JSON.stringify(byPosition(stored)))).toEqual(JSON.parse(JSON.stringify(byPosition(inline))));
    }
  });
});
