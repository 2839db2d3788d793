import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { assignments, auditEvents, conflicts, frozenResults, scoreSheets } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { DECLARED_CONFLICT_EXCLUSION, declareConflict } from "@/lib/jury/declare-conflict";
import { getDossierForJuror, listDossiersForJuror } from "@/lib/jury/dossiers";
import { RESULT_FROZEN_REASON } from "@/lib/access/policy";
import { listRubric } from "@/lib/scoring/queries";
import { saveScoreSheet } from "@/lib/scoring/save-sheet";
import { listAnnexes } from "@/lib/nominations/annex-queries";
import { conflictDeclarationSchema } from "@/lib/validation/conflict-declaration";
import { getScoreFieldName } from "@/lib/validation/score-sheet";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";

async function setUp(t: TestDatabase) {
  const edition = await createEdition(t.db, { phase: "jury_scoring" });
  const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
  const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
  await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id });
  const rubric = await listRubric({ db: t.db, editionId: edition.id });
  return { edition, nomination, juror, rubric };
}

async function findSheet(t: TestDatabase, juror: SessionUser, nominationId: string) {
  const [sheet] = await t.db
    .select({ id: scoreSheets.id, state: scoreSheets.state, isExcluded: scoreSheets.isExcluded, exclusionReason: scoreSheets.exclusionReason })
    .from(scoreSheets)
    .where(and(eq(scoreSheets.jurorUserId, juror.id), eq(scoreSheets.nominationId, nominationId)));
  return sheet;
}

describeEachEngine("a juror declares a conflict of interest", (t) => {
  it("records the conflict, removes the assignment and excludes the submitted sheet without deleting it", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    const values = Object.fromEntries(rubric.map((c) => [getScoreFieldName(c.id), "7"]));
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values });

    const declared = await declareConflict({ db: t.db, user: juror, nominationId: nomination.id, reason: "I advised this project in 2023." });

    const [conflict] = await t.db.select().from(conflicts).where(eq(conflicts.jurorUserId, juror.id));
    expect(conflict).toMatchObject({ id: declared.conflictId, nominationId: nomination.id, source: "declared", reason: "I advised this project in 2023.", createdBy: juror.id });
    expect(await t.db.select().from(assignments).where(eq(assignments.jurorUserId, juror.id))).toEqual([]);
    const sheet = await findSheet(t, juror, nomination.id);
    expect(sheet).toMatchObject({ id: declared.excludedSheetId, state: "submitted", isExcluded: true, exclusionReason: DECLARED_CONFLICT_EXCLUSION });

    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "conflict.declare"), eq(auditEvents.editionId, edition.id)));
    expect(event).toMatchObject({ actorUserId: juror.id, entityType: "conflict", entityId: String(declared.conflictId) });
    expect(event!.data).toMatchObject({ nominationId: nomination.id, excludedSheet: { id: sheet!.id, state: "submitted" } });

    // Afterwards the dossier is gone for them: not readable, not listed, not scorable, no annexes.
    expect(await getDossierForJuror({ db: t.db, nominationId: nomination.id, user: juror })).toBeUndefined();
    expect(await listDossiersForJuror({ db: t.db, user: juror })).toEqual([]);
    expect(await listAnnexes({ db: t.db, user: juror, nominationId: nomination.id })).toBeUndefined();
    await expect(
      saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1, intent: "draft", values }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      declareConflict({ db: t.db, user: juror, nominationId: nomination.id, reason: "Again" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("records a conflict on a dossier not yet scored without inventing a sheet", async () => {
    const { nomination, juror } = await setUp(t);
    const declared = await declareConflict({ db: t.db, user: juror, nominationId: nomination.id, reason: "My sister works there." });
    expect(declared.excludedSheetId).toBeNull();
    expect(await findSheet(t, juror, nomination.id)).toBeUndefined();
  });

  it("refuses a declaration on a dossier the juror may not open", async () => {
    const { edition, nomination } = await setUp(t);
    const unassigned = await createUser(t.db, [{ role: "juror", countryCode: "SE", editionId: edition.id }]);
    const danish = await createUser(t.db, [{ role: "juror", countryCode: "DK", editionId: edition.id }]);
    await t.db.insert(assignments).values({ editionId: edition.id, jurorUserId: danish.id, nominationId: nomination.id });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]);
    for (const user of [unassigned, danish, coordinator]) {
      await expect(declareConflict({ db: t.db, user, nominationId: nomination.id, reason: "No" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await t.db.select().from(conflicts).where(eq(conflicts.nominationId, nomination.id))).toEqual([]);
  });

  it("refuses a declaration once the jury is closed or the phase has moved on", async () => {
    const closed = await setUp(t);
    await t.db.execute(sql`update editions set jury_closed_at = now() where id = ${closed.edition.id}`);
    await expect(declareConflict({ db: t.db, user: closed.juror, nominationId: closed.nomination.id, reason: "Late" })).rejects.toMatchObject({ code: "CONFLICT" });

    const moved = await setUp(t);
    await t.db.execute(sql`update editions set phase = 'deliberation' where id = ${moved.edition.id}`);
    await expect(declareConflict({ db: t.db, user: moved.juror, nominationId: moved.nomination.id, reason: "Late" })).rejects.toMatchObject({ code: "CONFLICT" });
    const rows = await t.db.select({ id: assignments.id }).from(assignments).where(eq(assignments.jurorUserId, moved.juror.id));
    expect(rows).toHaveLength(1);
  });

  it("refuses a declaration on a frozen result and leaves everything as it was", async () => {
    const { edition, nomination, juror } = await setUp(t);
    await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "test" });
    await expect(declareConflict({ db: t.db, user: juror, nominationId: nomination.id, reason: "Too late" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: RESULT_FROZEN_REASON,
    });
    expect(await t.db.select().from(conflicts).where(eq(conflicts.jurorUserId, juror.id))).toEqual([]);
    expect(await t.db.select({ id: assignments.id }).from(assignments).where(eq(assignments.jurorUserId, juror.id))).toHaveLength(1);
  });

  it("requires a reason", () => {
    const nominationId = "0b8f4a52-5f4c-4c0e-9d1e-2a7f2f6d9a11";
    expect(conflictDeclarationSchema.safeParse({ nominationId, reason: "   " }).success).toBe(false);
    expect(conflictDeclarationSchema.safeParse({ nominationId, reason: "Former colleague" }).data).toEqual({ nominationId, reason: "Former colleague" });
  });
});
