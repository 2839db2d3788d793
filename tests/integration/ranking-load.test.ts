import { and, asc, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { conflicts, criteria, scores, scoreSheets } from "@/db/schema";
import { seedScaleEdition } from "@/db/seed/scale";
import type { RankingSheet } from "@/lib/domain/ranking";
import { computeRanking } from "@/lib/domain/ranking-result";
import { getRankingRecord, listCountableSheets, loadRankingSheets } from "@/lib/results/ranking";
import { describeEachEngine } from "../helpers/db";

/*
 * Issue 10: the sheets' scores are aggregated per sheet in SQL (one row per sheet, not one per score). The result
 * must equal loading every score row and grouping them in memory, on both engines, with an incomplete sheet, an
 * excluded one, a draft and a declared conflict among the sheets.
 */

/** The sheets as they were loaded before: the countable sheets, then every score row, grouped in memory. */
async function loadSheetsRowByRow(db: Database, editionId: number, rubric: { id: number }[]) {
  const sheets = await listCountableSheets({ db, editionId });
  const rows = await db
    .select({ sheetId: scores.sheetId, criterionId: scores.criterionId, value: scores.value })
    .from(scores)
    .innerJoin(scoreSheets, eq(scoreSheets.id, scores.sheetId))
    .where(eq(scoreSheets.editionId, editionId));
  const bySheet = new Map<number, Record<number, number>>();
  for (const row of rows) bySheet.set(row.sheetId, { ...bySheet.get(row.sheetId), [row.criterionId]: row.value });
  const complete: RankingSheet[] = [];
  let incomplete = 0;
  for (const sheet of sheets) {
    const values = bySheet.get(sheet.id) ?? {};
    if (rubric.some((c) => values[c.id] === undefined)) incomplete += 1;
    else complete.push({ nominationId: sheet.nominationId, jurorId: sheet.jurorUserId, scores: values });
  }
  return { sheets: complete, incompleteSheetCount: incomplete };
}

const byKey = (a: RankingSheet, b: RankingSheet) => (a.nominationId < b.nominationId ? -1 : a.nominationId > b.nominationId ? 1 : a.jurorId - b.jurorId);

describeEachEngine("the ranking's sheets aggregated in SQL", (t) => {
  it("equal the score rows grouped in memory, and give the same ranking", async () => {
    const { editionId } = await seedScaleEdition(t.db, { dossiers: 30, jurors: 10, sheets: 5, criteria: 5, year: 2091, seed: 11 });
    const rubric = await t.db.select({ id: criteria.id }).from(criteria).where(eq(criteria.editionId, editionId)).orderBy(asc(criteria.position));
    const sheets = await t.db.select({ id: scoreSheets.id, nominationId: scoreSheets.nominationId, jurorUserId: scoreSheets.jurorUserId }).from(scoreSheets).where(eq(scoreSheets.editionId, editionId)).orderBy(asc(scoreSheets.id));
    // One incomplete, one excluded, one draft, one under a declared conflict.
    await t.db.delete(scores).where(and(eq(scores.sheetId, sheets[0]!.id), eq(scores.criterionId, rubric[2]!.id)));
    await t.db.update(scoreSheets).set({ isExcluded: true, exclusionReason: "Scored the wrong dossier" }).where(eq(scoreSheets.id, sheets[1]!.id));
    await t.db.update(scoreSheets).set({ state: "draft" }).where(eq(scoreSheets.id, sheets[2]!.id));
    await t.db.insert(conflicts).values({ editionId, jurorUserId: sheets[3]!.jurorUserId, nominationId: sheets[3]!.nominationId, source: "declared", reason: "Worked with the team" });

    const aggregated = await loadRankingSheets({ db: t.db, editionId, rubric });
    const rowByRow = await loadSheetsRowByRow(t.db, editionId, rubric);
    expect(aggregated.incompleteSheetCount).toBe(1);
    expect(rowByRow.sheets).toHaveLength(150 - 4);
    expect(aggregated.incompleteSheetCount).toBe(rowByRow.incompleteSheetCount);
    expect([...aggregated.sheets].sort(byKey)).toEqual([...rowByRow.sheets].sort(byKey));

    const record = await getRankingRecord({ db: t.db, editionId });
    expect(record.result).toEqual(computeRanking({ ...record.input, sheets: [...rowByRow.sheets].sort(byKey) }));
    const [counted] = await t.db.select({ n: sql<number>`count(*)::int` }).from(scoreSheets).where(and(eq(scoreSheets.editionId, editionId), eq(scoreSheets.state, "submitted")));
    expect(counted!.n).toBe(149);
  });
});
