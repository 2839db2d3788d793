import { eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { assignments, scoreSheets, scores } from "@/db/schema";
import { getViolatedConstraint } from "@/lib/errors";
import { getOwnScoreSheet, listRubric } from "@/lib/scoring/queries";
import { saveScoreSheet } from "@/lib/scoring/save-sheet";
import { getCommentFieldName, getScoreFieldName } from "@/lib/validation/score-sheet";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";

async function setUp(t: TestDatabase) {
  const edition = await createEdition(t.db, { phase: "jury_scoring" });
  const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
  const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
  await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id, source: "manual" });
  const rubric = await listRubric({ db: t.db, editionId: edition.id });
  return { nomination, juror, rubric };
}

describeEachEngine("a draft score sheet", (t) => {
  it("keeps a comment typed before its score, reads it back, and answers what it stored", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    const [first, second] = rubric;
    const values = { overallComment: "", [getCommentFieldName(first!.id)]: "  Strong on prevention.  ", [getScoreFieldName(second!.id)]: "6" };

    const saved = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values });

    expect(saved.values.scores.slice(0, 2)).toEqual([
      { criterionId: first!.id, value: null, comment: "Strong on prevention." },
      { criterionId: second!.id, value: 6, comment: "" },
    ]);
    const own = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror });
    expect(own?.scores).toEqual(
      expect.arrayContaining([
        { criterionId: first!.id, value: null, comment: "Strong on prevention." },
        { criterionId: second!.id, value: 6, comment: "" },
      ]),
    );

    // Once scored, the comment sits with its score and the draft holds no unscored comment any more.
    const scored = { ...values, [getScoreFieldName(first!.id)]: "8" };
    const again = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: saved.version, intent: "draft", values: scored });
    expect(again.values.scores[0]).toEqual({ criterionId: first!.id, value: 8, comment: "Strong on prevention." });
    const [sheet] = await t.db.select({ id: scoreSheets.id, unscored: scoreSheets.unscoredComments }).from(scoreSheets).where(eq(scoreSheets.nominationId, nomination.id));
    expect(sheet!.unscored).toEqual({});
    const rows = await t.db.select({ criterionId: scores.criterionId, comment: scores.comment }).from(scores).where(eq(scores.sheetId, sheet!.id));
    expect(rows).toContainEqual({ criterionId: first!.id, comment: "Strong on prevention." });
  });

  it("still needs every score to be submitted, and the database refuses a submitted sheet with an unscored comment", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    const values = { overallComment: "", [getCommentFieldName(rubric[0]!.id)]: "Comment first." };
    await expect(saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values })).rejects.toMatchObject({
      code: "INVALID",
    });
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values });
    const forced = t.db.execute(sql`update score_sheets set state = 'submitted', submitted_at = now() where nomination_id = ${nomination.id}`);
    const error = await forced.then(() => undefined, (e: unknown) => e);
    expect(getViolatedConstraint(error)).toBe("score_sheets_submitted_has_no_unscored_comment");
  });
});
