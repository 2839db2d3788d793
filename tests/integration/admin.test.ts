import { and, asc, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, awards, conflicts, criteria, editions, nominations, scoreSheets, scores, type EditionPhase } from "@/db/schema";
import type { SessionUser } from "@/lib/auth/session-user";
import { advanceEditionPhase } from "@/lib/editions/advance-phase";
import { getPhaseContext, listEditionsWithCounts } from "@/lib/editions/queries";
import { listAdminNominations } from "@/lib/nominations/admin-queries";
import { listAwards, saveAwards } from "@/lib/results/awards";
import { getDatabaseNow } from "@/lib/editions/queries";
import { decideEligibility } from "@/lib/nominations/decide-eligibility";
import { getEditionRanking } from "@/lib/results/ranking";
import { AppError } from "@/lib/errors";
import { sealResult } from "../fixtures/ceremony";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { describeEachEngine } from "../helpers/db";

/** The AppError code a promise fails with, or "ok" when it succeeds. */
async function outcomeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

async function getEdition(db: Database, id: number) {
  const [row] = await db
    .select({ phase: editions.phase, version: editions.version, publishedAt: editions.publishedAt })
    .from(editions)
    .where(eq(editions.id, id));
  return row!;
}

async function getNomination(db: Database, id: string) {
  const [row] = await db
    .select({
      state: nominations.state,
      version: nominations.version,
      eligibilityReason: nominations.eligibilityReason,
      eligibilityNote: nominations.eligibilityNote,
    })
    .from(nominations)
    .where(eq(nominations.id, id));
  return row!;
}

async function listAudit(db: Database, entityId: string | number) {
  return db
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId, data: auditEvents.data })
    .from(auditEvents)
    .where(eq(auditEvents.entityId, String(entityId)))
    .orderBy(asc(auditEvents.id));
}

/** Inserts a score sheet with one score per criterion of the edition, every score set to `value`. */
async function insertSheet(
  db: Database,
  sheet: { editionId: number; nominationId: string; jurorUserId: number; value: number; state?: "draft" | "submitted"; isExcluded?: boolean },
) {
  const [row] = await db
    .insert(scoreSheets)
    .values({
      editionId: sheet.editionId,
      nominationId: sheet.nominationId,
      jurorUserId: sheet.jurorUserId,
      state: sheet.state ?? "submitted",
      submittedAt: (sheet.state ?? "submitted") === "submitted" ? new Date() : null,
      isExcluded: sheet.isExcluded ?? false,
      exclusionReason: sheet.isExcluded ? "Excluded by the secretariat" : null,
    })
    .returning({ id: scoreSheets.id });
  const rubric = await db
    .select({ id: criteria.id, scaleMin: criteria.scaleMin, scaleMax: criteria.scaleMax })
    .from(criteria)
    .where(eq(criteria.editionId, sheet.editionId));
  await db.insert(scores).values(rubric.map((c) => ({ sheetId: row!.id, criterionId: c.id, scaleMin: c.scaleMin, scaleMax: c.scaleMax, value: sheet.value })));
  return row!.id;
}

/** Every kind of signed-in person who is not the secretariat, for the refusal tests. */
async function createNonAdmins(db: Database, editionId: number): Promise<SessionUser[]> {
  const coordinator = await createUser(db, [{ role: "coordinator", countryCode: "DK" }]);
  const juror = await createUser(db, [{ role: "juror", countryCode: "DE", editionId }]);
  const chair = await createUser(db, [{ role: "juror", countryCode: "NL", editionId, isChair: true }]);
  const admin = await createUser(db, [{ role: "admin" }]);
  return [coordinator, juror, chair, { ...admin, isActive: false }];
}

describeEachEngine("secretariat: phase transitions", (t) => {
  it("moves an edition one step, bumps its version and records the move", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db);
    const moved = await advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "draft", to: "nominations_open", version: 1 });
    expect(moved).toMatchObject({ phase: "nominations_open", version: 2 });
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "nominations_open", version: 2, publishedAt: null });
    expect(await listAudit(t.db, edition.id)).toEqual([
      { action: "edition.phase_changed", actorUserId: admin.id, data: { from: "draft", to: "nominations_open", version: 2 } },
    ]);
  });

  it("lets one of two admins clicking at once win and refuses the other as a conflict", async () => {
    const [first, second] = [await createUser(t.db, [{ role: "admin" }]), await createUser(t.db, [{ role: "admin" }])];
    const edition = await createEdition(t.db);
    const move = (actor: SessionUser) =>
      outcomeOf(advanceEditionPhase({ db: t.db, actor, editionId: edition.id, from: "draft", to: "nominations_open", version: 1 }));
    const outcomes = await Promise.all([move(first), move(second)]);
    expect(outcomes.sort()).toEqual(["CONFLICT", "ok"]);
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "nominations_open", version: 2 });
    expect(await listAudit(t.db, edition.id)).toHaveLength(1);
  });

  it("refuses a stale version or a stale phase as a conflict", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "nominations_open", version: 4 });
    const stale = { db: t.db, actor: admin, editionId: edition.id, isWarningConfirmed: true };
    expect(await outcomeOf(advanceEditionPhase({ ...stale, from: "nominations_open", to: "eligibility", version: 3 }))).toBe("CONFLICT");
    expect(await outcomeOf(advanceEditionPhase({ ...stale, from: "draft", to: "nominations_open", version: 4 }))).toBe("CONFLICT");
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "nominations_open", version: 4 });
  });

  it("refuses to skip a phase", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "eligibility" });
    const skip = advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "eligibility", to: "deliberation", version: 1 });
    await expect(skip).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("one step at a time") });
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "eligibility", version: 1 });
  });

  it("refuses to leave eligibility while a submitted competing nomination is undecided", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "eligibility" });
    const pending = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "submitted" });
    // Neither a draft nor a submitted additional project holds the phase back.
    await createNomination(t.db, { editionId: edition.id, countryCode: "FR" });
    await createNomination(t.db, { editionId: edition.id, countryCode: "DK", kind: "additional", state: "submitted" });
    const move = () => advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "eligibility", to: "jury_scoring", version: 1 });
    await expect(move()).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("undecided") });
    expect((await getEdition(t.db, edition.id)).phase).toBe("eligibility");

    await decideEligibility({ db: t.db, actor: admin, nominationId: pending.id, version: 1, decision: "accept" });
    expect(await move()).toMatchObject({ phase: "jury_scoring" });
  });

  it("asks for confirmation before closing nominations ahead of the deadline", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const request = { db: t.db, actor: admin, editionId: edition.id, from: "nominations_open" as const, to: "eligibility" as const, version: 1 };
    await expect(advanceEditionPhase(request)).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("deadline") });
    expect(await advanceEditionPhase({ ...request, isWarningConfirmed: true })).toMatchObject({ phase: "eligibility" });
  });

  it("closes nominations without a warning once the deadline has passed by the database clock", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, {
      phase: "nominations_open",
      submissionDeadline: new Date(Date.now() - 3600_000),
      juryDeadline: new Date(Date.now() + 3600_000),
    });
    expect((await getPhaseContext({ db: t.db, editionId: edition.id })).isSubmissionDeadlinePassed).toBe(true);
    expect(
      await advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "nominations_open", to: "eligibility", version: 1 }),
    ).toMatchObject({ phase: "eligibility" });
  });

  it("refuses to close the jury before any sheet is submitted", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const move = advanceEditionPhase({
      db: t.db,
      actor: admin,
      editionId: edition.id,
      from: "jury_scoring",
      to: "deliberation",
      version: 1,
      isWarningConfirmed: true,
    });
    await expect(move).rejects.toMatchObject({ code: "INVALID" });
  });

  it("closes the jury when the edition moves to deliberation from the edition page", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const juror = await createUser(t.db, [{ role: "juror", countryCode: "FR", editionId: edition.id }]);
    await insertSheet(t.db, { editionId: edition.id, nominationId: nomination.id, jurorUserId: juror.id, value: 7 });
    await advanceEditionPhase({
      db: t.db,
      actor: admin,
      editionId: edition.id,
      from: "jury_scoring",
      to: "deliberation",
      version: 1,
      isWarningConfirmed: true,
    });
    const [row] = await t.db.select({ juryClosedAt: editions.juryClosedAt }).from(editions).where(eq(editions.id, edition.id));
    expect(row?.juryClosedAt).toBeInstanceOf(Date);
  });

  it("rolls the move back when its audit entry cannot be written", async () => {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db);
    // An actor id no user row has makes the audit insert fail on its foreign key, after the update ran.
    const ghost: SessionUser = { ...admin, id: 2_000_000_000 };
    await expect(
      advanceEditionPhase({ db: t.db, actor: ghost, editionId: edition.id, from: "draft", to: "nominations_open", version: 1 }),
    ).rejects.toThrow();
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "draft", version: 1 });
  });

  it("refuses every non-admin, and a disabled admin", async () => {
    const edition = await createEdition(t.db);
    for (const actor of await createNonAdmins(t.db, edition.id)) {
      const move = advanceEditionPhase({ db: t.db, actor, editionId: edition.id, from: "draft", to: "nominations_open", version: 1 });
      expect(await outcomeOf(move)).toBe("FORBIDDEN");
    }
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "draft", version: 1 });
  });
});

describeEachEngine("secretariat: eligibility decisions", (t) => {
  async function setUp(phase: EditionPhase = "eligibility") {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase });
    const nomination = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "submitted" });
    return { admin, edition, nomination };
  }

  it("accepts a submitted nomination and records the decision with it", async () => {
    const { admin, nomination } = await setUp();
    expect(await decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "accept" })).toEqual({
      state: "accepted",
      version: 2,
    });
    expect(await getNomination(t.db, nomination.id)).toMatchObject({ state: "accepted", version: 2, eligibilityReason: null });
    expect(await listAudit(t.db, nomination.id)).toEqual([
      { action: "nomination.accepted", actorUserId: admin.id, data: { from: "submitted", to: "accepted" } },
    ]);
  });

  it("rejects with a reason and a note, and records both", async () => {
    const { admin, nomination } = await setUp();
    await decideEligibility({
      db: t.db,
      actor: admin,
      nominationId: nomination.id,
      version: 1,
      decision: "reject",
      reason: "off_theme",
      note: "  About road safety.  ",
    });
    expect(await getNomination(t.db, nomination.id)).toMatchObject({
      state: "rejected",
      eligibilityReason: "off_theme",
      eligibilityNote: "About road safety.",
    });
    expect(await listAudit(t.db, nomination.id)).toEqual([
      {
        action: "nomination.rejected",
        actorUserId: admin.id,
        data: { from: "submitted", to: "rejected", reason: "off_theme", note: "About road safety." },
      },
    ]);
  });

  it("refuses a rejection without a reason, and 'other' without a note, leaving no trace", async () => {
    const { admin, nomination } = await setUp();
    const base = { db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "reject" as const };
    await expect(decideEligibility(base)).rejects.toMatchObject({ code: "INVALID", fieldErrors: { reason: [expect.any(String)] } });
    await expect(decideEligibility({ ...base, reason: "other", note: "   " })).rejects.toMatchObject({
      code: "INVALID",
      fieldErrors: { note: [expect.any(String)] },
    });
    expect(await getNomination(t.db, nomination.id)).toMatchObject({ state: "submitted", version: 1 });
    expect(await listAudit(t.db, nomination.id)).toEqual([]);
    await decideEligibility({ ...base, reason: "other", note: "Sent twice under two titles." });
    expect((await getNomination(t.db, nomination.id)).state).toBe("rejected");
  });

  it("lets a decision be changed during the phase, and clears the reason on acceptance", async () => {
    const { admin, nomination } = await setUp();
    await decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "reject", reason: "incomplete" });
    await decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 2, decision: "accept" });
    expect(await getNomination(t.db, nomination.id)).toMatchObject({ state: "accepted", version: 3, eligibilityReason: null, eligibilityNote: null });
    expect((await listAudit(t.db, nomination.id)).map((e) => e.action)).toEqual(["nomination.rejected", "nomination.accepted"]);
  });

  it("refuses a decision on a stale version as a conflict", async () => {
    const { admin, nomination } = await setUp();
    await decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "accept" });
    const stale = decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "reject", reason: "duplicate" });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getNomination(t.db, nomination.id)).state).toBe("accepted");
  });

  it("refuses decisions outside the eligibility phase and on drafts or additional projects", async () => {
    const { admin, nomination } = await setUp("jury_scoring");
    expect(await outcomeOf(decideEligibility({ db: t.db, actor: admin, nominationId: nomination.id, version: 1, decision: "accept" }))).toBe(
      "CONFLICT",
    );
    const open = await setUp();
    const draft = await createNomination(t.db, { editionId: open.edition.id, countryCode: "FR" });
    const additional = await createNomination(t.db, { editionId: open.edition.id, countryCode: "DK", kind: "additional", state: "submitted" });
    for (const target of [draft, additional]) {
      const decision = decideEligibility({ db: t.db, actor: admin, nominationId: target.id, version: 1, decision: "accept" });
      expect(await outcomeOf(decision)).toBe("CONFLICT");
      expect((await getNomination(t.db, target.id)).state).toBe(target.state);
    }
    expect(await outcomeOf(decideEligibility({ db: t.db, actor: admin, nominationId: crypto.randomUUID(), version: 1, decision: "accept" }))).toBe(
      "NOT_FOUND",
    );
  });

  it("refuses every non-admin, and a disabled admin", async () => {
    const { edition, nomination } = await setUp();
    for (const actor of await createNonAdmins(t.db, edition.id)) {
      const decision = decideEligibility({ db: t.db, actor, nominationId: nomination.id, version: 1, decision: "accept" });
      expect(await outcomeOf(decision)).toBe("FORBIDDEN");
    }
    expect(await getNomination(t.db, nomination.id)).toMatchObject({ state: "submitted", version: 1 });
  });

  it("lists every nomination of the edition, drafts included, and counts them per state", async () => {
    const { admin, edition, nomination } = await setUp();
    const draft = await createNomination(t.db, { editionId: edition.id, countryCode: "FR" });
    const listed = await listAdminNominations({ db: t.db, viewer: admin, edition, query: { sort: "country" } });
    expect(listed.map((n) => [n.id, n.state]).sort()).toEqual(
      [
        [nomination.id, "submitted"],
        [draft.id, "draft"],
      ].sort(),
    );
    expect(Object.keys(listed[0]!)).not.toContain("contactEmail");
    const [row] = (await listEditionsWithCounts({ db: t.db })).filter((e) => e.id === edition.id);
    expect(row!.counts).toMatchObject({ draft: 1, submitted: 1, accepted: 0 });
  });
});

describeEachEngine("secretariat: ranking", (t) => {
  async function setUp() {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "jury_scoring" });
    const denmark = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted", title: "HopeNow" });
    const france = await createNomination(t.db, { editionId: edition.id, countryCode: "FR", state: "accepted", title: "Ac.Sé" });
    const poland = await createNomination(t.db, { editionId: edition.id, countryCode: "PL", state: "accepted", title: "Unscored" });
    const [rejected] = await t.db
      .insert(nominations)
      .values({
        editionId: edition.id,
        countryCode: "RO",
        title: "Rejected",
        state: "rejected",
        eligibilityReason: "off_theme",
        submittedAt: new Date(),
      })
      .returning({ id: nominations.id });
    const juror = (countryCode: string) => createUser(t.db, [{ role: "juror", countryCode, editionId: edition.id }]);
    return { admin, edition, denmark, france, poland, rejectedId: rejected!.id, juror };
  }

  it("counts only submitted, non-excluded sheets of accepted nominations by jurors from other, unconflicted countries", async () => {
    const { admin, edition, denmark, france, poland, rejectedId, juror } = await setUp();
    const [germany, italy, danish, spain, netherlands] = [await juror("DE"), await juror("IT"), await juror("DK"), await juror("ES"), await juror("NL")];
    const sheet = (nominationId: string, jurorUserId: number, value: number, extra: { state?: "draft"; isExcluded?: boolean } = {}) =>
      insertSheet(t.db, { editionId: edition.id, nominationId, jurorUserId, value, ...extra });

    await sheet(denmark.id, germany.id, 8);
    await sheet(denmark.id, italy.id, 6);
    await sheet(denmark.id, danish.id, 1); // own country
    await sheet(denmark.id, spain.id, 1); // conflicted
    await t.db.insert(conflicts).values({ editionId: edition.id, jurorUserId: spain.id, nominationId: denmark.id, source: "declared" });
    await sheet(france.id, germany.id, 5);
    await sheet(france.id, italy.id, 10, { state: "draft" });
    await sheet(france.id, netherlands.id, 1, { isExcluded: true });
    await sheet(rejectedId, germany.id, 10); // rejected nomination

    const ranking = await getEditionRanking({ db: t.db, viewer: admin, editionId: edition.id });
    expect(ranking.rows.map((r) => [r.title, r.rank, r.mean, r.sheetCount, r.isTied])).toEqual([
      ["HopeNow", 1, 7, 2, false],
      ["Ac.Sé", 2, 5, 1, false],
    ]);
    expect(ranking.rows[0]).toMatchObject({ median: 7, min: 6, max: 8, standardDeviation: 1, countryName: "Denmark" });
    expect(ranking.unscored.map((n) => n.id)).toEqual([poland.id]);
    expect(ranking.incompleteSheetCount).toBe(0);
  });

  it("marks nominations with equal means as tied", async () => {
    const { admin, edition, denmark, france, juror } = await setUp();
    const germany = await juror("DE");
    await insertSheet(t.db, { editionId: edition.id, nominationId: denmark.id, jurorUserId: germany.id, value: 7 });
    await insertSheet(t.db, { editionId: edition.id, nominationId: france.id, jurorUserId: germany.id, value: 7 });
    const ranking = await getEditionRanking({ db: t.db, viewer: admin, editionId: edition.id });
    expect(ranking.rows.map((r) => [r.rank, r.isTied])).toEqual([
      [1, true],
      [1, true],
    ]);
  });

  it("reports a submitted sheet with a missing score instead of counting it", async () => {
    const { admin, edition, denmark, juror } = await setUp();
    const germany = await juror("DE");
    const sheetId = await insertSheet(t.db, { editionId: edition.id, nominationId: denmark.id, jurorUserId: germany.id, value: 7 });
    await t.db.execute(sql`delete from ${scores} where ${scores.sheetId} = ${sheetId} and ${scores.criterionId} = (select min(${scores.criterionId}) from ${scores} where ${scores.sheetId} = ${sheetId})`);
    const ranking = await getEditionRanking({ db: t.db, viewer: admin, editionId: edition.id });
    expect(ranking).toMatchObject({ rows: [], incompleteSheetCount: 1 });
  });

  it("shows the ranking to the secretariat, to the jury chair once the jury is closed, and to no one else", async () => {
    const { edition } = await setUp();
    const [coordinator, juror, chair, disabledAdmin] = await createNonAdmins(t.db, edition.id);
    for (const viewer of [coordinator!, juror!, disabledAdmin!, chair!]) {
      expect(await outcomeOf(getEditionRanking({ db: t.db, viewer, editionId: edition.id }))).toBe("FORBIDDEN");
    }
    const closed = await createEdition(t.db, { phase: "deliberation" });
    const [, , closedChair] = await createNonAdmins(t.db, closed.id);
    expect(await outcomeOf(getEditionRanking({ db: t.db, viewer: closedChair!, editionId: closed.id }))).toBe("ok");
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const early = await createEdition(t.db, { phase: "eligibility" });
    expect(await outcomeOf(getEditionRanking({ db: t.db, viewer: admin, editionId: early.id }))).toBe("FORBIDDEN");
  });
});

describeEachEngine("secretariat: awards and publication", (t) => {
  async function setUp() {
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const edition = await createEdition(t.db, { phase: "deliberation" });
    const winner = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", state: "accepted" });
    const runnerUp = await createNomination(t.db, { editionId: edition.id, countryCode: "FR", state: "accepted" });
    const other = await createNomination(t.db, { editionId: edition.id, countryCode: "RO", state: "accepted" });
    const additional = await createNomination(t.db, { editionId: edition.id, countryCode: "DK", kind: "additional", state: "submitted" });
    const place = (rank: number, nominationId: string) => ({ rank, nominationId, prize: `Prize ${rank}`, juryReason: `Reason ${rank}` });
    return { admin, edition, winner, runnerUp, other, additional, place };
  }

  it("saves the awarded places, replacing earlier ones, with an audit entry", async () => {
    const { admin, edition, winner, runnerUp, place } = await setUp();
    await saveAwards({ db: t.db, actor: admin, editionId: edition.id, places: [place(1, runnerUp.id)] });
    await saveAwards({ db: t.db, actor: admin, editionId: edition.id, places: [place(1, winner.id), place(2, runnerUp.id)] });
    const saved = await listAwards({ db: t.db, editionId: edition.id });
    expect(saved.map((a) => [a.rank, a.nominationId, a.prize, a.juryReason])).toEqual([
      [1, winner.id, "Prize 1", "Reason 1"],
      [2, runnerUp.id, "Prize 2", "Reason 2"],
    ]);
    const audit = await listAudit(t.db, edition.id);
    expect(audit.map((e) => e.action)).toEqual(["awards.saved", "awards.saved"]);
    expect(audit[1]!.data).toEqual({ places: [{ rank: 1, nominationId: winner.id }, { rank: 2, nominationId: runnerUp.id }] });
  });

  it("refuses places without a winner, with gaps, beyond the edition's count, repeated, or for ineligible nominations", async () => {
    const { admin, edition, winner, runnerUp, other, additional, place } = await setUp();
    await saveAwards({ db: t.db, actor: admin, editionId: edition.id, places: [place(1, other.id)] });
    const attempts = [
      [place(2, winner.id)],
      [place(1, winner.id), place(3, runnerUp.id)],
      [place(1, winner.id), place(2, runnerUp.id), place(3, other.id), place(4, additional.id)],
      [place(1, winner.id), place(2, winner.id)],
      [place(1, additional.id)],
      [place(1, crypto.randomUUID())],
    ];
    for (const places of attempts) {
      expect(await outcomeOf(saveAwards({ db: t.db, actor: admin, editionId: edition.id, places }))).toBe("INVALID");
    }
    // The refused attempts left the earlier choice in place.
    expect((await listAwards({ db: t.db, editionId: edition.id })).map((a) => a.nominationId)).toEqual([other.id]);
  });

  it("refuses awards outside deliberation and from anyone but the secretariat", async () => {
    const { edition, winner, place } = await setUp();
    for (const actor of await createNonAdmins(t.db, edition.id)) {
      expect(await outcomeOf(saveAwards({ db: t.db, actor, editionId: edition.id, places: [place(1, winner.id)] }))).toBe("FORBIDDEN");
    }
    const admin = await createUser(t.db, [{ role: "admin" }]);
    const scoring = await createEdition(t.db, { phase: "jury_scoring" });
    const nomination = await createNomination(t.db, { editionId: scoring.id, countryCode: "DK", state: "accepted" });
    expect(await outcomeOf(saveAwards({ db: t.db, actor: admin, editionId: scoring.id, places: [place(1, nomination.id)] }))).toBe("CONFLICT");
    expect(await t.db.select({ id: awards.id }).from(awards).where(eq(awards.editionId, scoring.id))).toEqual([]);
  });

  it("refuses to publish without a winner", async () => {
    const { admin, edition } = await setUp();
    await sealResult(t.db, edition.id, admin.id);
    const publish = advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "deliberation", to: "published", version: 1 });
    await expect(publish).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("winner") });
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "deliberation", publishedAt: null });
  });

  it("publishes: stamps the time by the database clock and settles every accepted nomination's state", async () => {
    const { admin, edition, winner, runnerUp, other, additional, place } = await setUp();
    await saveAwards({ db: t.db, actor: admin, editionId: edition.id, places: [place(1, winner.id), place(2, runnerUp.id)] });
    const rejected = await t.db
      .insert(nominations)
      .values({ editionId: edition.id, countryCode: "SE", title: "Late", state: "rejected", eligibilityReason: "incomplete", submittedAt: new Date() })
      .returning({ id: nominations.id });
    const startedAt = (await getDatabaseNow({ db: t.db })).getTime();
    // Only a sealed result is published.
    await sealResult(t.db, edition.id, admin.id);

    const published = await advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "deliberation", to: "published", version: 1 });
    expect(published).toMatchObject({ phase: "published", version: 2 });

    const row = await getEdition(t.db, edition.id);
    expect(row.phase).toBe("published");
    expect(row.publishedAt!.getTime()).toBeGreaterThanOrEqual(startedAt);
    expect(row.publishedAt!.getTime()).toBeLessThan(startedAt + 60_000);

    expect((await getNomination(t.db, winner.id)).state).toBe("awarded");
    expect((await getNomination(t.db, runnerUp.id)).state).toBe("awarded");
    expect(await getNomination(t.db, other.id)).toMatchObject({ state: "participant", version: 2 });
    expect((await getNomination(t.db, additional.id)).state).toBe("submitted");
    expect((await getNomination(t.db, rejected[0]!.id)).state).toBe("rejected");

    const [audit] = await t.db
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, String(edition.id)), eq(auditEvents.action, "edition.published")));
    expect(audit!.data).toEqual({ from: "deliberation", to: "published", version: 2, awardedCount: 2, participantCount: 1 });
    // Once published, the awards cannot change any more.
    expect(await outcomeOf(saveAwards({ db: t.db, actor: admin, editionId: edition.id, places: [place(1, other.id)] }))).toBe("CONFLICT");
  });

  it("refuses publication by anyone but the secretariat", async () => {
    const { admin, edition, winner, place } = await setUp();
    await saveAwards({ db: t.db, actor: admin, editionId: edition.id, places: [place(1, winner.id)] });
    for (const actor of await createNonAdmins(t.db, edition.id)) {
      const publish = advanceEditionPhase({ db: t.db, actor, editionId: edition.id, from: "deliberation", to: "published", version: 1 });
      expect(await outcomeOf(publish)).toBe("FORBIDDEN");
    }
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "deliberation", publishedAt: null });
    expect((await getNomination(t.db, winner.id)).state).toBe("accepted");
  });
});
