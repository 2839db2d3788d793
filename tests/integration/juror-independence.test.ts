import { sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { assignments, conflicts, type ScoreVisibility } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { listOtherSheetsForJuror } from "@/lib/scoring/other-sheets";
import { getOwnScoreSheet, listRubric, type RubricRow } from "@/lib/scoring/queries";
import { saveScoreSheet } from "@/lib/scoring/save-sheet";
import { getScoreFieldName } from "@/lib/validation/score-sheet";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";

function sheetOf(rubric: readonly RubricRow[], value: number): Record<string, string> {
  return Object.fromEntries(rubric.map((criterion) => [getScoreFieldName(criterion.id), String(value)]));
}

/** A Danish dossier scored by three jurors (France 8, Sweden 6, Portugal 4), and a Danish juror assigned by mistake. */
async function setUp(t: TestDatabase, scoreVisibility: ScoreVisibility) {
  const edition = await createEdition(t.db, { phase: "jury_scoring", scoreVisibility });
  const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
  const rubric = await listRubric({ db: t.db, editionId: edition.id });
  const jurors: SessionUser[] = [];
  for (const [countryCode, value] of [["FR", 8], ["SE", 6], ["PT", 4]] as const) {
    const juror = await createUser(t.db, [{ role: "juror", countryCode, editionId: edition.id }]);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id });
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values: sheetOf(rubric, value) });
    jurors.push(juror);
  }
  const danish = await createUser(t.db, [{ role: "juror", countryCode: "DK", editionId: edition.id }]);
  await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: danish.id, nominationId: nomination.id });
  const closeJury = () => t.db.execute(sql`update editions set jury_closed_at = now(), phase = 'deliberation' where id = ${edition.id}`);
  const others = (user: SessionUser) => listOtherSheetsForJuror({ db: t.db, user, nominationId: nomination.id });
  return { edition, nomination, rubric, jurors: jurors as [SessionUser, SessionUser, SessionUser], danish, closeJury, others };
}

const values = (sheet: { scores: { value: number }[] }) => [...new Set(sheet.scores.map((s) => s.value))];

describeEachEngine("a juror's independence: other jurors' scores", (t) => {
  it("hides the others' scores before the jury is closed, whatever the setting", async () => {
    const { jurors, others } = await setUp(t, "named");
    for (const juror of jurors) expect(await others(juror)).toEqual([]);
  });

  it("never lets a juror read another juror's sheet through their own", async () => {
    const { nomination, jurors, closeJury } = await setUp(t, "named");
    await closeJury();
    const own = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: jurors[0] });
    expect(own?.scores.every((s) => s.value === 8)).toBe(true);
  });

  it("shows nothing more after closing when the edition keeps scores to their owner", async () => {
    const { jurors, closeJury, others } = await setUp(t, "own_only");
    await closeJury();
    expect(await others(jurors[0])).toEqual([]);
  });

  it("shows the others' submitted scores without names after closing, in a stable order", async () => {
    const { jurors, closeJury, others } = await setUp(t, "anonymous");
    await closeJury();
    const seenByFrance = await others(jurors[0]);
    expect(seenByFrance.map((s) => [s.label, s.name, values(s)])).toEqual([
      ["Juror A", null, [6]],
      ["Juror B", null, [4]],
    ]);
    expect(seenByFrance[0]!.scores).toHaveLength(5);
    expect(JSON.stringify(seenByFrance)).not.toMatch(/Test User|juror_user_id|jurorUserId/);
    const seenBySweden = await others(jurors[1]);
    expect(seenBySweden.map((s) => [s.label, values(s)])).toEqual([["Juror A", [8]], ["Juror B", [4]]]);
  });

  it("shows the names after closing when the edition says so", async () => {
    const { jurors, closeJury, others } = await setUp(t, "named");
    await closeJury();
    const seen = await others(jurors[2]);
    expect(seen.map((s) => [s.name, values(s)])).toEqual([["Test User", [8]], ["Test User", [6]]]);
  });

  it("never shows scores to a juror of the dossier's own country, a conflicted or unassigned juror, or a coordinator", async () => {
    const { edition, nomination, jurors, danish, closeJury, others } = await setUp(t, "named");
    const unassigned = await createUser(t.db, [{ role: "juror", countryCode: "FI", editionId: edition.id }]);
    const conflicted = await createUser(t.db, [{ role: "juror", countryCode: "EE", editionId: edition.id }]);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: conflicted.id, nominationId: nomination.id });
    await t.db.insert(conflicts).values({ editionId: edition.id, jurorUserId: conflicted.id, nominationId: nomination.id, source: "admin", reason: "Funder" });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]);
    await closeJury();
    for (const user of [danish, unassigned, conflicted, coordinator]) expect(await others(user)).toEqual([]);
    expect(await others(jurors[0])).toHaveLength(2);
  });

  it("leaves out drafts, excluded sheets and the sheets of conflicted jurors", async () => {
    const { edition, nomination, jurors, closeJury, others } = await setUp(t, "anonymous");
    await t.db.execute(sql`update score_sheets set state = 'draft', submitted_at = null where juror_user_id = ${jurors[1].id}`);
    await t.db.execute(sql`update score_sheets set is_excluded = true, exclusion_reason = 'assignment removed' where juror_user_id = ${jurors[2].id}`);
    await closeJury();
    expect(await others(jurors[0])).toEqual([]);
    // Counted again, but conflicted: still never shown.
    await t.db.execute(sql`update score_sheets set is_excluded = false, exclusion_reason = null where juror_user_id = ${jurors[2].id}`);
    expect(await others(jurors[0])).toHaveLength(1);
    await t.db.insert(conflicts).values({ editionId: edition.id, jurorUserId: jurors[2].id, nominationId: nomination.id, source: "admin", reason: "Funder" });
    expect(await others(jurors[0])).toEqual([]);
  });
});
