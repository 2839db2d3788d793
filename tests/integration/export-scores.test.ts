import ExcelJS from "exceljs";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { nominations } from "@/db/schema";
import { recordTieDecision } from "@/lib/results/tie-decisions";
import { getScoreExport, listScoreExportRows } from "@/lib/scoring/score-export";
import { SCORE_COLUMNS, buildScoresCsv, buildScoresWorkbook } from "@/lib/export/scores";
import { createUser } from "../fixtures/factory";
import { insertScoredSheet, outcomeOf, setUpDeliberation } from "../fixtures/ranking";
import { describeEachEngine } from "../helpers/db";

const CRITERIA = 5;

describeEachEngine("exports of the full scores", (t) => {
  /** Three jurors and three dossiers: each juror scores the two dossiers that are not from their country. */
  async function setUpScored(phase: "jury_scoring" | "deliberation" | "published" = "deliberation") {
    const setup = await setUpDeliberation(t.db, { chair: "DK", jurors: ["FR", "RO"], dossiers: ["DK", "FR", "RO"], phase });
    for (const juror of ["DK", "FR", "RO"]) {
      for (const dossier of ["DK", "FR", "RO"]) {
        if (juror === dossier) continue;
        await insertScoredSheet(t.db, {
          editionId: setup.edition.id,
          nominationId: setup.dossiers[dossier]!,
          jurorUserId: setup.jurors[juror]!.id,
          values: [8, 7, 6, 5, 4],
          comments: ["=HYPERLINK(\"http://evil.invalid\",\"click\")", "", "", "", "Fine, well \"evaluated\""],
        });
      }
    }
    return setup;
  }

  it("has one row per juror × dossier × criterion actually scored, drafts left out and excluded sheets marked", async () => {
    const { edition, admin, dossiers } = await setUpScored();
    const outsider = await createUser(t.db, [{ role: "juror", countryCode: "DE", editionId: edition.id }]);
    await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.DK!, jurorUserId: outsider.id, values: 1, state: "draft" });
    await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.FR!, jurorUserId: outsider.id, values: 2, isExcluded: true });

    const { rows } = await listScoreExportRows({ db: t.db, viewer: admin, editionId: edition.id });
    // 3 jurors × 2 dossiers each (never their own) × 5 criteria, plus the excluded sheet's 5.
    expect(rows).toHaveLength(3 * 2 * CRITERIA + CRITERIA);
    expect(rows.filter((r) => r.isExcluded)).toHaveLength(CRITERIA);
    expect(rows.filter((r) => r.isExcluded).every((r) => !r.isCounted && r.score === 2)).toBe(true);
    expect(rows.filter((r) => r.isCounted)).toHaveLength(3 * 2 * CRITERIA);
    expect(rows[0]).toMatchObject({
      year: edition.year,
      countryName: "Denmark",
      title: "Dossier from DK",
      jurorName: "Test User",
      jurorCountryName: expect.stringMatching(/^(France|Romania)$/),
      criterionPosition: 1,
      criterionTitle: "Criterion 1",
      weight: 1,
      score: 8,
      submittedAt: new Date("2030-11-10T12:00:00Z"),
    });
  });

  it("writes the CSV with its header, one line per row, and defused formulas", async () => {
    const { edition, admin, dossiers } = await setUpScored();
    await t.db.update(nominations).set({ title: "=cmd|' /C calc'!A0" }).where(eq(nominations.id, dossiers.RO!));
    const { rows } = await listScoreExportRows({ db: t.db, viewer: admin, editionId: edition.id });
    const csv = buildScoresCsv(rows);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(SCORE_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + 3 * 2 * CRITERIA);
    expect(lines[1]).toBe(
      `${edition.year},Denmark,Dossier from DK,Test User,France,1. Criterion 1,1,8,"'=HYPERLINK(""http://evil.invalid"",""click"")",2030-11-10T12:00:00.000Z,no,yes`,
    );
    expect(csv).toContain(`,Romania,'=cmd|' /C calc'!A0,`);
    expect(csv).not.toMatch(/(^|,|\r\n)=/);
    expect(csv).toContain(`"Fine, well ""evaluated"""`);
  });

  it("builds a workbook with the ranking as its summary, the scores and the jurors, values never formulas", async () => {
    const { edition, admin, dossiers } = await setUpScored("published");
    await t.db.update(nominations).set({ title: "=1+1" }).where(eq(nominations.id, dossiers.FR!));
    const data = await getScoreExport({ db: t.db, viewer: admin, editionId: edition.id });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildScoresWorkbook(data)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Ranking", "Scores", "Jurors"]);

    const ranking = workbook.getWorksheet("Ranking")!;
    expect(ranking.getRow(1).getCell(1).value).toBe("Place");
    // Every dossier got the same scores: one three-way tie the chair has not decided.
    expect([2, 3, 4].map((r) => [ranking.getRow(r).getCell(1).value, ranking.getRow(r).getCell(4).value])).toEqual([
      [1, 6],
      [1, 6],
      [1, 6],
    ]);
    expect(ranking.getRow(2).getCell(16).value).toBe("tied: awaiting the chair's decision");

    const scoresSheet = workbook.getWorksheet("Scores")!;
    expect(scoresSheet.rowCount).toBe(1 + 3 * 2 * CRITERIA);
    const formulaTitle = scoresSheet.getColumn(3).values.find((v) => v === "=1+1");
    expect(formulaTitle).toBe("=1+1");
    scoresSheet.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(workbook.getWorksheet("Jurors")!.rowCount).toBe(1 + 3);
  });

  it("names who decided a tie: the secretariat's decision says so, not the chair", async () => {
    const { edition, admin, dossiers } = await setUpScored();
    const order = [dossiers.RO!, dossiers.FR!, dossiers.DK!];
    await recordTieDecision({ db: t.db, actor: admin, editionId: edition.id, orderedNominationIds: order, reason: "Stronger evaluation" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildScoresWorkbook(await getScoreExport({ db: t.db, viewer: admin, editionId: edition.id }))) as unknown as ArrayBuffer);
    const ranking = workbook.getWorksheet("Ranking")!;
    expect(ranking.getRow(2).getCell(3).value).toBe("Dossier from RO");
    expect(ranking.getRow(2).getCell(16).value).toBe("decided by the secretariat: Stronger evaluation");
  });

  it("is for the secretariat only, once the jury is closed", async () => {
    const { edition, jurors } = await setUpScored();
    const refused = [jurors.DK!, jurors.FR!, await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]), await createUser(t.db, [{ role: "admin" }], { isActive: false })];
    for (const viewer of refused) {
      expect(await outcomeOf(listScoreExportRows({ db: t.db, viewer, editionId: edition.id }))).toBe("FORBIDDEN");
    }
    const scoring = await setUpScored("jury_scoring");
    expect(await outcomeOf(listScoreExportRows({ db: t.db, viewer: scoring.admin, editionId: scoring.edition.id }))).toBe("CONFLICT");
  });
});
