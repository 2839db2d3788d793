import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import {
  assignments,
  auditEvents,
  conflicts,
  frozenResults,
  nominations,
  scoreSheets,
  scores,
  type EditionPhase,
  type NominationState,
} from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { getDossierForJuror, listDossiersForJuror, listJurorEditions } from "@/lib/jury/dossiers";
import { RESULT_FROZEN_REASON } from "@/lib/access/policy";
import { getOwnScoreSheet, listRubric, type RubricRow } from "@/lib/scoring/queries";
import { reopenScoreSheet } from "@/lib/scoring/reopen-sheet";
import { saveScoreSheet } from "@/lib/scoring/save-sheet";
import { toActionFailure } from "@/lib/actions/result";
import { getViolatedConstraint } from "@/lib/errors";
import fr from "@/messages/server/fr";
import { getCommentFieldName, getScoreFieldName } from "@/lib/validation/score-sheet";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine, type TestDatabase } from "../helpers/db";

function fullSheet(rubric: readonly RubricRow[], value = 7): Record<string, string> {
  const values: Record<string, string> = { overallComment: "Solid project." };
  for (const criterion of rubric) {
    values[getScoreFieldName(criterion.id)] = String(value);
    values[getCommentFieldName(criterion.id)] = `On ${criterion.title}`;
  }
  return values;
}

/** Assigns a dossier to a juror directly, as the assignment generation or the admin would. */
async function assign(t: TestDatabase, juror: SessionUser, nomination: { id: string; editionId: number }) {
  await t.db.insert(assignments).values({ editionId: nomination.editionId, jurorUserId: juror.id, nominationId: nomination.id, source: "manual" });
}

async function setUp(t: TestDatabase, options: { phase?: EditionPhase; state?: NominationState } = {}) {
  const edition = await createEdition(t.db, { phase: options.phase ?? "jury_scoring" });
  const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: options.state ?? "accepted" });
  const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
  await assign(t, juror, nomination);
  const rubric = await listRubric({ db: t.db, editionId: edition.id });
  return { edition, nomination, juror, rubric };
}

async function expectRefused(promise: Promise<unknown>, code: string) {
  await expect(promise).rejects.toMatchObject({ name: "AppError", code });
}

/** Asserts a juror can neither read, list nor write a dossier, and that no sheet was created. */
async function expectInvisible(t: TestDatabase, user: SessionUser, nominationId: string, rubric: readonly RubricRow[]) {
  expect(await getDossierForJuror({ db: t.db, nominationId, user })).toBeUndefined();
  expect((await listDossiersForJuror({ db: t.db, user })).map((d) => d.id)).not.toContain(nominationId);
  for (const intent of ["draft", "submit"] as const) {
    await expectRefused(saveScoreSheet({ db: t.db, user, nominationId, version: 0, intent, values: fullSheet(rubric) }), "NOT_FOUND");
  }
  const sheets = await t.db.select({ id: scoreSheets.id }).from(scoreSheets).where(eq(scoreSheets.nominationId, nominationId));
  expect(sheets).toHaveLength(0);
}

async function endJuryDeadline(t: TestDatabase, editionId: number) {
  await t.db.execute(
    sql`update editions set submission_deadline = now() - interval '10 days', jury_deadline = now() - interval '1 minute' where id = ${editionId}`,
  );
}

describeEachEngine("jury scoring", (t) => {
  it("lets a juror from another country read, save a draft of and submit an accepted dossier", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    const dossier = await getDossierForJuror({ db: t.db, nominationId: nomination.id, user: juror });
    expect(dossier).toMatchObject({ id: nomination.id, countryCode: "DK", edition: { id: edition.id, isScoringOpen: true } });
    expect(dossier!.edition.secondsLeft).toBeGreaterThan(0);

    const [listed] = await listDossiersForJuror({ db: t.db, user: juror });
    expect(listed).toMatchObject({ id: nomination.id, sheetState: null });

    const draftValues = { overallComment: "", [getScoreFieldName(rubric[0]!.id)]: "4" };
    const draft = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values: draftValues });
    expect(draft).toMatchObject({ state: "draft", version: 1, submittedAt: null });

    const submitted = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1, intent: "submit", values: fullSheet(rubric, 8) });
    expect(submitted).toMatchObject({ state: "submitted", version: 2, isRepeat: false });
    expect(submitted.submittedAt).toBeInstanceOf(Date);

    const own = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror });
    expect(own?.scores).toHaveLength(rubric.length);
    expect(own?.scores.every((s) => s.value === 8)).toBe(true);
    const [after] = await listDossiersForJuror({ db: t.db, user: juror });
    expect(after?.sheetState).toBe("submitted");

    const events = await t.db.select().from(auditEvents).where(and(eq(auditEvents.action, "sheet.submit"), eq(auditEvents.editionId, edition.id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: juror.id, entityType: "score_sheet" });
  });

  it("hides a dossier that is not assigned to the juror", async () => {
    const { edition, nomination, rubric } = await setUp(t);
    const unassigned = await createUser(t.db, [{ role: "juror", countryCode: "SE", editionId: edition.id }]);
    await expectInvisible(t, unassigned, nomination.id, rubric);
    // Once assigned, the same juror sees it: the assignment alone made the difference.
    await assign(t, unassigned, nomination);
    expect(await getDossierForJuror({ db: t.db, nominationId: nomination.id, user: unassigned })).toMatchObject({ id: nomination.id });
  });

  it("hides a dossier of the juror's own country from reading and scoring, even when assigned", async () => {
    const { edition, nomination, rubric } = await setUp(t);
    const danishJuror = await createUser(t.db, [{ role: "juror", countryCode: "DK", editionId: edition.id }]);
    await assign(t, danishJuror, nomination);
    await expectInvisible(t, danishJuror, nomination.id, rubric);
  });

  it("hides an assigned dossier the juror has a conflict on", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    await t.db.insert(conflicts).values({ editionId: edition.id, jurorUserId: juror.id, nominationId: nomination.id, source: "declared", reason: "Former colleague" });
    await expectInvisible(t, juror, nomination.id, rubric);
  });

  it("hides a dossier from a juror of another edition", async () => {
    const { nomination, rubric } = await setUp(t);
    const otherEdition = await createEdition(t.db, { phase: "jury_scoring" });
    const otherJuror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: otherEdition.id }]);
    await assign(t, otherJuror, nomination);
    await expectInvisible(t, otherJuror, nomination.id, rubric);
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "SE" }]);
    await expectInvisible(t, coordinator, nomination.id, rubric);
  });

  it("hides draft, submitted, rejected and additional nominations", async () => {
    const { edition, juror, rubric } = await setUp(t);
    const hidden = [
      await createNomination(t.db, { editionId: edition.id, countryCode: "SE", state: "draft" }),
      await createNomination(t.db, { editionId: edition.id, countryCode: "FI", state: "submitted" }),
      await createNomination(t.db, { editionId: edition.id, countryCode: "PT", state: "submitted", kind: "additional" }),
      await createNomination(t.db, { editionId: edition.id, countryCode: "RO", state: "accepted", kind: "additional" }),
    ];
    const [rejected] = await t.db
      .insert(nominations)
      .values({ editionId: edition.id, countryCode: "EE", title: "Off theme", state: "rejected", submittedAt: new Date(), eligibilityReason: "off_theme" })
      .returning({ id: nominations.id });
    for (const nomination of [...hidden, { ...rejected!, editionId: edition.id }]) {
      await assign(t, juror, nomination);
      await expectInvisible(t, juror, nomination.id, rubric);
    }
  });

  it("hides dossiers before the jury phase and shows them read-only after it", async () => {
    const early = await setUp(t, { phase: "eligibility" });
    await expectInvisible(t, early.juror, early.nomination.id, early.rubric);
    const [edition] = await listJurorEditions({ db: t.db, user: early.juror });
    expect(edition).toMatchObject({ id: early.edition.id, phase: "eligibility", isScoringOpen: false });

    const late = await setUp(t, { phase: "deliberation" });
    const dossier = await getDossierForJuror({ db: t.db, nominationId: late.nomination.id, user: late.juror });
    expect(dossier?.edition.isScoringOpen).toBe(false);
    await expectRefused(
      saveScoreSheet({ db: t.db, user: late.juror, nominationId: late.nomination.id, version: 0, intent: "submit", values: fullSheet(late.rubric) }),
      // The wrong moment, not the wrong person (issue 8: one code for one kind of refusal).
      "CONFLICT",
    );
  });

  it("refuses to save or submit after the jury deadline by the database clock", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values: fullSheet(rubric) });
    await endJuryDeadline(t, edition.id);
    const dossier = await getDossierForJuror({ db: t.db, nominationId: nomination.id, user: juror });
    expect(dossier?.edition.isScoringOpen).toBe(false);
    const late = saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1, intent: "draft", values: fullSheet(rubric) });
    await expect(late).rejects.toMatchObject({ code: "DEADLINE_PASSED", message: expect.stringMatching(/^The jury deadline \(.+\) has passed\.$/) });
    await expectRefused(reopenScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1 }), "DEADLINE_PASSED");
    const own = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror });
    expect(own).toMatchObject({ state: "submitted", version: 1 });
  });

  it("refuses a submission with a missing criterion and names it, but keeps it as a draft", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    const values = fullSheet(rubric);
    const missing = rubric[2]!;
    values[getScoreFieldName(missing.id)] = "";
    const refused = saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values });
    await expect(refused).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { [getScoreFieldName(missing.id)]: [`${missing.title}: choose a score from 1 to 10 before submitting.`] },
    });
    expect(await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror })).toBeUndefined();

    const draft = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values });
    expect(draft.state).toBe("draft");
    const own = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror });
    // The draft keeps no score for it, but keeps the comment typed on it.
    expect(own?.scores.find((s) => s.criterionId === missing.id)).toEqual({ criterionId: missing.id, value: null, comment: `On ${missing.title}` });
  });

  it("refuses a score outside the criterion's scale, even in a draft", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    const values = fullSheet(rubric);
    values[getScoreFieldName(rubric[0]!.id)] = "11";
    values[getScoreFieldName(rubric[1]!.id)] = "6.5";
    const refused = saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values });
    await expect(refused).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: {
        [getScoreFieldName(rubric[0]!.id)]: [`${rubric[0]!.title}: the score must be a whole number from 1 to 10.`],
        [getScoreFieldName(rubric[1]!.id)]: [`${rubric[1]!.title}: the score must be a whole number from 1 to 10.`],
      },
    });
  });

  it("gives a French juror the refusal and each field's error in French", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    const values = fullSheet(rubric);
    values[getScoreFieldName(rubric[0]!.id)] = "11";
    const refusal = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values }).catch((error: unknown) => error);
    expect(toActionFailure(refusal, fr)).toMatchObject({
      code: "INVALID",
      message: "Notez chaque critère dans son échelle avant de soumettre.",
      fieldErrors: { [getScoreFieldName(rubric[0]!.id)]: [`${rubric[0]!.title} : la note doit être un nombre entier de 1 à 10.`] },
    });
  });

  it("refuses a stale version with CONFLICT", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values: fullSheet(rubric, 5) });
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1, intent: "draft", values: fullSheet(rubric, 6) });
    await expectRefused(
      saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1, intent: "draft", values: fullSheet(rubric, 9) }),
      "CONFLICT",
    );
    await expectRefused(
      saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values: fullSheet(rubric, 9) }),
      "CONFLICT",
    );
    const own = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror });
    expect(own).toMatchObject({ state: "draft", version: 2 });
    expect(own?.scores.every((s) => s.value === 6)).toBe(true);
  });

  it("records a double-clicked submission once", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    const submit = () => saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values: fullSheet(rubric) });
    const results = await Promise.all([submit(), submit()]);
    expect(results.map((r) => r.isRepeat).sort()).toEqual([false, true]);
    expect(results.every((r) => r.state === "submitted" && r.version === 1)).toBe(true);
    const events = await t.db.select({ id: auditEvents.id }).from(auditEvents).where(and(eq(auditEvents.action, "sheet.submit"), eq(auditEvents.editionId, edition.id)));
    expect(events).toHaveLength(1);
    // A different submission over a submitted sheet is not a repeat: it must go through "Edit again".
    await expectRefused(
      saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1, intent: "submit", values: fullSheet(rubric, 3) }),
      "CONFLICT",
    );
  });

  it("reopens a submitted sheet as a draft while scoring is open", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values: fullSheet(rubric) });
    const reopened = await reopenScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1 });
    expect(reopened).toMatchObject({ state: "draft", version: 2, submittedAt: null });
    const again = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 2, intent: "submit", values: fullSheet(rubric, 9) });
    expect(again).toMatchObject({ state: "submitted", version: 3 });
  });

  it("shows a juror only their own sheet", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    const otherJuror = await createUser(t.db, [{ role: "juror", countryCode: "SE", editionId: edition.id }]);
    await assign(t, otherJuror, nomination);
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values: fullSheet(rubric) });
    expect(await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: otherJuror })).toBeUndefined();
    const [listed] = await listDossiersForJuror({ db: t.db, user: otherJuror });
    expect(listed).toMatchObject({ id: nomination.id, sheetState: null });
    // The other juror's own first save starts a new sheet instead of touching the first juror's.
    const saved = await saveScoreSheet({ db: t.db, user: otherJuror, nominationId: nomination.id, version: 0, intent: "draft", values: fullSheet(rubric, 2) });
    expect(saved).toMatchObject({ state: "draft", version: 1 });
    const first = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror });
    expect(first?.scores.every((s) => s.value === 7)).toBe(true);
  });

  it("lets the database refuse a score outside its criterion's scale", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    const [sheet] = await t.db
      .insert(scoreSheets)
      .values({ editionId: edition.id, nominationId: nomination.id, jurorUserId: juror.id })
      .returning({ id: scoreSheets.id });
    const criterion = rubric[0]!;
    const tooHigh = await t.db
      .insert(scores)
      .values({ sheetId: sheet!.id, criterionId: criterion.id, scaleMin: criterion.scaleMin, scaleMax: criterion.scaleMax, value: criterion.scaleMax + 1 })
      .then(() => null, (e: unknown) => e);
    expect(getViolatedConstraint(tooHigh)).toBe("scores_value_in_scale");
    // A row cannot claim a wider scale than its criterion's to slip past the check.
    const widened = await t.db
      .insert(scores)
      .values({ sheetId: sheet!.id, criterionId: criterion.id, scaleMin: criterion.scaleMin, scaleMax: 100, value: 50 })
      .then(() => null, (e: unknown) => e);
    expect(getViolatedConstraint(widened)).toBe("scores_criterion_scale_fk");
  });

  it("lists the editions a user sits on the jury of, and none for others", async () => {
    const { edition, juror } = await setUp(t);
    const [row] = await listJurorEditions({ db: t.db, user: juror });
    expect(row).toMatchObject({ id: edition.id, phase: "jury_scoring", jurorCountryCode: "FR", isScoringOpen: true });
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "FR" }]);
    expect(await listJurorEditions({ db: t.db, user: coordinator })).toEqual([]);
  });
  it("refuses to save, submit or reopen once the jury is closed, even before the deadline", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values: fullSheet(rubric) });
    await t.db.execute(sql`update editions set jury_closed_at = now() where id = ${edition.id}`);
    const dossier = await getDossierForJuror({ db: t.db, nominationId: nomination.id, user: juror });
    expect(dossier?.edition).toMatchObject({ isScoringOpen: false, isJuryClosed: true });
    await expectRefused(reopenScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1 }), "CONFLICT");
    const other = await createNomination(t.db, { editionId: edition.id, countryCode: "SE", state: "accepted" });
    await assign(t, juror, other);
    await expectRefused(saveScoreSheet({ db: t.db, user: juror, nominationId: other.id, version: 0, intent: "draft", values: fullSheet(rubric) }), "CONFLICT");
  });

  it("refuses every scoring write on a frozen result with a clear message", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "submit", values: fullSheet(rubric, 6) });
    const other = await createNomination(t.db, { editionId: edition.id, countryCode: "SE", state: "accepted" });
    await assign(t, juror, other);
    // Frozen while still in scoring: the policy refuses it as the wrong moment, before the database's trigger would.
    await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "test" });
    const frozen = { code: "CONFLICT", message: RESULT_FROZEN_REASON };
    await expect(reopenScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 1 })).rejects.toMatchObject(frozen);
    await expect(
      saveScoreSheet({ db: t.db, user: juror, nominationId: other.id, version: 0, intent: "draft", values: fullSheet(rubric) }),
    ).rejects.toMatchObject(frozen);
    expect(await getOwnScoreSheet({ db: t.db, nominationId: other.id, user: juror })).toBeUndefined();
    const own = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror });
    expect(own).toMatchObject({ state: "submitted", version: 1 });
    expect(own?.scores.every((s) => s.value === 6)).toBe(true);
  });

  it("autosaves drafts in order and refuses an autosave from a stale window", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    const first = rubric[0]!;
    const autosave = (version: number, value: string) =>
      saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version, intent: "draft", values: { [getScoreFieldName(first.id)]: value } });
    const one = await autosave(0, "3");
    const two = await autosave(one.version, "4");
    expect([one.version, two.version]).toEqual([1, 2]);
    expect(two.savedAt).toBeInstanceOf(Date);
    // A second window loaded before the first save still holds version 0 (or 1): its autosave must not overwrite.
    await expect(autosave(0, "9")).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/changed in another window/) });
    await expectRefused(autosave(1, "9"), "CONFLICT");
    const own = await getOwnScoreSheet({ db: t.db, nominationId: nomination.id, user: juror });
    expect(own).toMatchObject({ state: "draft", version: 2, scores: [{ criterionId: first.id, value: 4, comment: "" }] });
  });

  it("requires a comment on a criterion that asks for one, at submission only", async () => {
    const { nomination, juror, rubric } = await setUp(t);
    const criterion = rubric[1]!;
    await t.db.execute(sql`update criteria set is_comment_required = true where id = ${criterion.id}`);
    const values = fullSheet(rubric);
    values[getCommentFieldName(criterion.id)] = "  ";
    const draft = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: 0, intent: "draft", values });
    await expect(
      saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: draft.version, intent: "submit", values }),
    ).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { [getCommentFieldName(criterion.id)]: [`${criterion.title}: a comment is required for this criterion.`] },
    });
    values[getCommentFieldName(criterion.id)] = "Partners are named, roles are not.";
    const submitted = await saveScoreSheet({ db: t.db, user: juror, nominationId: nomination.id, version: draft.version, intent: "submit", values });
    expect(submitted.state).toBe("submitted");
  });

  it("lists only assigned dossiers, with the state of the juror's own sheet", async () => {
    const { edition, nomination, juror, rubric } = await setUp(t);
    const second = await createNomination(t.db, { editionId: edition.id, countryCode: "SE", state: "accepted" });
    const unassigned = await createNomination(t.db, { editionId: edition.id, countryCode: "PT", state: "accepted" });
    await assign(t, juror, second);
    await saveScoreSheet({ db: t.db, user: juror, nominationId: second.id, version: 0, intent: "draft", values: fullSheet(rubric) });
    const listed = await listDossiersForJuror({ db: t.db, user: juror });
    expect(listed.map((d) => [d.id, d.sheetState]).sort()).toEqual([[nomination.id, null], [second.id, "draft"]].sort());
    expect(listed.map((d) => d.id)).not.toContain(unassigned.id);
  });
});
