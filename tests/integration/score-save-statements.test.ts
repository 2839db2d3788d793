import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { assignments, auditEvents, scores } from "@/db/schema";
import { listRubric, type RubricRow } from "@/lib/scoring/queries";
import { saveScoreSheet } from "@/lib/scoring/save-sheet";
import { getCommentFieldName, getScoreFieldName } from "@/lib/validation/score-sheet";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";
import { openLoggingDb } from "../helpers/logging-db";

/*
 * A save sent 14 statements (15 for the first one) before issue 10: a lookup before the transaction, three for the
 * access facts, a clock, the rubric, the sheet lock, update, delete and re-insert of every score, the audit entry and
 * two reads back. Now: the edition lock (edition found and clock read in it), one load of dossier, assignment,
 * conflict, sheet, scores and rubric, the sheet, the changed scores in one upsert, the audit entry.
 */
const STATEMENTS_PER_SAVE = 5;

function sheetOf(rubric: readonly RubricRow[], value: number | null, comment = "Noted"): Record<string, string> {
  const values: Record<string, string> = { overallComment: `Overall ${value}` };
  for (const criterion of rubric) {
    values[getScoreFieldName(criterion.id)] = value === null ? "" : String(value);
    values[getCommentFieldName(criterion.id)] = `${comment} ${criterion.position}`;
  }
  return values;
}

describeEachEngine("score save: statements per save", (t) => {
  it(`sends at most ${STATEMENTS_PER_SAVE} statements per save, whatever the rubric, and writes only what changed`, async () => {
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id, source: "manual" });
    const rubric = await listRubric({ db: t.db, editionId: edition.id });
    const { db, log } = openLoggingDb(t);
    const statementsOf = async <T>(run: () => Promise<T>) => {
      const before = log.length;
      const result = await run();
      return { result, sql: log.slice(before).map((q) => q.sql) };
    };
    const save = (version: number, intent: "draft" | "submit", values: Record<string, string>) =>
      statementsOf(() => saveScoreSheet({ db, user: juror, nominationId: nomination.id, version, intent, values }));

    const first = await save(0, "draft", sheetOf(rubric, 5));
    const draft = await save(1, "draft", { ...sheetOf(rubric, 5), [getScoreFieldName(rubric[0]!.id)]: "6" });
    const submit = await save(2, "submit", sheetOf(rubric, 7));
    const repeat = await save(2, "submit", sheetOf(rubric, 7));
    for (const step of [first, draft, submit]) expect(step.sql).toHaveLength(STATEMENTS_PER_SAVE);
    // A repeated submission only locks and loads: it writes nothing.
    expect(repeat.sql).toHaveLength(2);
    expect(repeat.result).toMatchObject({ isRepeat: true, version: 3, state: "submitted" });
    expect(submit.result).toMatchObject({ isRepeat: false, version: 3, state: "submitted" });
    expect(submit.result.values.scores.map((s) => s.value)).toEqual(rubric.map(() => 7));
    // The one changed criterion was the only score row written by the second save.
    const upsert = draft.sql.find((q) => q.startsWith('insert into "scores"'))!;
    expect(upsert.match(/\(\$\d+, \$\d+, \$\d+, \$\d+, \$\d+, \$\d+\)/g)).toHaveLength(1);
    expect(draft.sql.some((q) => q.startsWith("select") && q.includes("from \"scores\""))).toBe(false);

    const stored = await t.db.select({ criterionId: scores.criterionId, value: scores.value, comment: scores.comment }).from(scores);
    expect(stored.filter((s) => rubric.some((c) => c.id === s.criterionId)).length).toBeGreaterThanOrEqual(rubric.length);
    const events = await t.db
      .select({ action: auditEvents.action, data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.editionId, edition.id), eq(auditEvents.entityType, "score_sheet")));
    expect(events.map((e) => e.action)).toEqual(["sheet.save", "sheet.save", "sheet.submit"]);
    expect((events[1]!.data as { scoreChanges: unknown[] }).scoreChanges).toEqual([{ criterionId: rubric[0]!.id, before: 5, after: 6 }]);
  });

  it("deletes a cleared score in one more statement and keeps its comment on the sheet", async () => {
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id, source: "manual" });
    const rubric = await listRubric({ db: t.db, editionId: edition.id });
    const { db, log } = openLoggingDb(t);
    await saveScoreSheet({ db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values: sheetOf(rubric, 4) });
    const before = log.length;
    const cleared = await saveScoreSheet({ db, user: juror, nominationId: nomination.id, version: 1, intent: "draft", values: sheetOf(rubric, null, "Kept") });
    const sent = log.slice(before).map((q) => q.sql);
    // No score written, one delete: lock, load, sheet, delete, audit.
    expect(sent).toHaveLength(STATEMENTS_PER_SAVE);
    expect(sent.filter((q) => q.startsWith('delete from "scores"'))).toHaveLength(1);
    expect(cleared.values.scores.every((s) => s.value === null && s.comment.startsWith("Kept"))).toBe(true);
    const left = await t.db.select({ criterionId: scores.criterionId }).from(scores).where(eq(scores.criterionId, rubric[0]!.id));
    expect(left).toHaveLength(0);
  });
});
