import { readFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditEvents, conflicts, editions, frozenResults, memberships, tieDecisions } from "@/db/schema";
import { RESULT_FROZEN_REASON } from "@/lib/access/policy";
import { describePlaceDecision } from "@/lib/domain/ranking-labels";
import { saveAwards } from "@/lib/results/awards";
import { getJuryStatement, saveJuryStatement } from "@/lib/results/jury-statement";
import { getEditionRanking, getRankingRecord } from "@/lib/results/ranking";
import { listTieDecisions, recordTieDecision } from "@/lib/results/tie-decisions";
import { createUser } from "../fixtures/factory";
import { insertScoredSheet, outcomeOf, setUpDeliberation } from "../fixtures/ranking";
import { describeEachEngine } from "../helpers/db";

describeEachEngine("deliberation: the ranking computed from the database", (t) => {
  it("normalises each juror's scores, leaves out what must not count, and shows raw and normalised side by side", async () => {
    const { edition, admin, jurors, dossiers } = await setUpDeliberation(t.db, {
      chair: "IT",
      jurors: ["GR", "LV", "DK", "ES"],
      dossiers: ["DK", "FR", "RO"],
      isNormalised: true,
    });
    const sheet = (dossier: string, juror: string, values: number, extra: { isExcluded?: boolean; state?: "draft" } = {}) =>
      insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers[dossier]!, jurorUserId: jurors[juror]!.id, values, ...extra });
    // Greece is lenient and scored DK and RO; Latvia is strict and scored FR and RO; each put RO last.
    await sheet("DK", "GR", 9);
    await sheet("RO", "GR", 8);
    await sheet("FR", "LV", 4);
    await sheet("RO", "LV", 2);
    // None of these may count: own country, excluded, a draft, a declared conflict.
    await sheet("DK", "DK", 1);
    await sheet("FR", "IT", 10, { isExcluded: true });
    await sheet("FR", "ES", 10, { state: "draft" });
    await sheet("RO", "ES", 10);
    await t.db.insert(conflicts).values({ editionId: edition.id, jurorUserId: jurors.ES!.id, nominationId: dossiers.RO!, source: "declared" });

    const { record } = await getEditionRanking({ db: t.db, viewer: admin, editionId: edition.id });
    const country = (id: string) => record.nominations.find((n) => n.id === id)!.countryCode;
    const { result } = record;
    expect(result.officialBasis).toBe("normalised");
    expect(result.raw.entries.map((e) => [country(e.nominationId), e.score])).toEqual([
      ["DK", 9],
      ["RO", 5],
      ["FR", 4],
    ]);
    // Normalised, DK and FR are each their juror's favourite: equal, ahead of RO.
    expect(result.normalised.entries.map((e) => [country(e.nominationId), e.rank])).toEqual([
      ["DK", 1],
      ["FR", 1],
      ["RO", 3],
    ]);
    const jurorCountry = (id: number) => record.jurors.find((j) => j.id === id)!.countryCode;
    expect(result.jurors.map((j) => [jurorCountry(j.jurorId), j.sheetCount, j.fallback]).sort()).toEqual([
      ["GR", 2, null],
      ["LV", 2, null],
    ]);
    expect(result.dossiers.map((d) => [country(d.nominationId), d.raw.sheetCount]).sort()).toEqual([
      ["DK", 1],
      ["FR", 1],
      ["RO", 2],
    ]);

    // The same rows give the same record, to the last digit: the freeze can fingerprint it.
    expect(JSON.stringify(await getRankingRecord({ db: t.db, editionId: edition.id }))).toBe(JSON.stringify(record));
  });

  it("follows the edition's tie-break chain and reports where it decided", async () => {
    const { edition, admin, jurors, dossiers } = await setUpDeliberation(t.db, { chair: "IT", jurors: ["GR", "LV"], dossiers: ["DK", "FR"] });
    await t.db.update(editions).set({ tieBreakChain: ["criterion:2", "median"] }).where(eq(editions.id, edition.id));
    // Both average 6 with equal medians; France scores higher on criterion 2.
    await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.DK!, jurorUserId: jurors.GR!.id, values: [8, 4, 6, 6, 6] });
    await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.FR!, jurorUserId: jurors.GR!.id, values: [4, 8, 6, 6, 6] });
    const { record } = await getEditionRanking({ db: t.db, viewer: admin, editionId: edition.id });
    expect(record.result.raw.entries.map((e) => [e.nominationId, e.rank, e.place, e.decidedBy])).toEqual([
      [dossiers.FR, 1, 1, { by: "chain", step: "criterion:2" }],
      [dossiers.DK, 1, 2, { by: "chain", step: "criterion:2" }],
    ]);
  });
});

describeEachEngine("deliberation: the chair's tie decisions", (t) => {
  /** DK and FR tied on every step of the chain, RO behind. */
  async function setUpTie(phase: "jury_scoring" | "deliberation" = "deliberation") {
    const setup = await setUpDeliberation(t.db, { chair: "IT", jurors: ["GR"], dossiers: ["DK", "FR", "RO"], phase });
    const { edition, jurors, dossiers } = setup;
    for (const juror of ["IT", "GR"]) {
      await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.DK!, jurorUserId: jurors[juror]!.id, values: 7 });
      await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.FR!, jurorUserId: jurors[juror]!.id, values: 7 });
      await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.RO!, jurorUserId: jurors[juror]!.id, values: 5 });
    }
    const order = [dossiers.FR!, dossiers.DK!];
    return { ...setup, order };
  }

  it("leaves an unbreakable tie to the chair, who records the order and the reason", async () => {
    const { edition, chair, order } = await setUpTie();
    const before = await getRankingRecord({ db: t.db, editionId: edition.id });
    expect(before.result.raw.openTies).toEqual([{ nominationIds: [...order].sort(), place: 1, score: 7, decisionId: null }]);
    expect(before.result.raw.entries.slice(0, 2).map((e) => [e.place, e.decidedBy.by])).toEqual([
      [1, "unresolved"],
      [1, "unresolved"],
    ]);

    const { id } = await recordTieDecision({ db: t.db, actor: chair, editionId: edition.id, orderedNominationIds: order, reason: "  A stronger evaluation  " });
    const after = await getRankingRecord({ db: t.db, editionId: edition.id });
    expect(after.result.raw.entries.map((e) => [e.nominationId, e.place])).toEqual([
      [order[0], 1],
      [order[1], 2],
      [expect.any(String), 3],
    ]);
    expect(after.result.raw.entries[0]!.decidedBy).toEqual({ by: "chair", decisionId: id, reason: "A stronger evaluation" });
    const decisions = await listTieDecisions({ db: t.db, editionId: edition.id });
    expect(decisions.map((d) => [d.orderedNominationIds, d.reason, d.decidedByName])).toEqual([[order, "A stronger evaluation", "Test User"]]);
    const audit = await t.db.select({ action: auditEvents.action, actor: auditEvents.actorUserId }).from(auditEvents).where(eq(auditEvents.editionId, edition.id));
    expect(audit).toEqual([{ action: "tie.decided", actor: chair.id }]);
  });

  it("lets the secretariat record the decision too, and the latest decision wins", async () => {
    const { edition, admin, chair, order } = await setUpTie();
    await recordTieDecision({ db: t.db, actor: chair, editionId: edition.id, orderedNominationIds: order, reason: "First" });
    await recordTieDecision({ db: t.db, actor: admin, editionId: edition.id, orderedNominationIds: [...order].reverse(), reason: "On second thoughts" });
    const { result } = await getRankingRecord({ db: t.db, editionId: edition.id });
    expect(result.raw.entries[0]!.nominationId).toBe(order[1]);
    expect(result.tieDecisions.map((d) => [d.reason, d.appliesTo])).toEqual([
      ["First", []],
      ["On second thoughts", ["raw", "normalised"]],
    ]);
    // Each decision keeps who recorded it, and the place it decides says so rather than "decided by the chair".
    const decisions = await listTieDecisions({ db: t.db, editionId: edition.id });
    expect(decisions.map((d) => [d.reason, d.deciderRole])).toEqual([
      ["First", "chair"],
      ["On second thoughts", "secretariat"],
    ]);
    const roles = new Map(decisions.map((d) => [d.id, d.deciderRole]));
    expect(describePlaceDecision(result.raw.entries[0]!.decidedBy, roles)).toBe("decided by the secretariat: On second thoughts");
  });

  it("gives decisions recorded before the role was stored the secretariat's role where an admin who was not the chair made them", async () => {
    const { edition, admin, chair, order } = await setUpTie();
    const rows = await t.db
      .insert(tieDecisions)
      .values([
        { editionId: edition.id, orderedNominationIds: order, reason: "By the chair", decidedBy: chair.id },
        { editionId: edition.id, orderedNominationIds: order, reason: "By the secretariat", decidedBy: admin.id },
        { editionId: edition.id, orderedNominationIds: order, reason: "By someone since deleted", decidedBy: null },
      ])
      .returning({ id: tieDecisions.id });
    expect(rows).toHaveLength(3);
    const migration = readFileSync(new URL("../../db/migrations/0022_tie_decider_role.sql", import.meta.url), "utf8");
    const backfill = migration.split("--> statement-breakpoint").find((statement) => statement.includes("UPDATE"))!;
    await t.db.execute(sql.raw(backfill));
    const decisions = await listTieDecisions({ db: t.db, editionId: edition.id });
    expect(decisions.map((d) => [d.reason, d.deciderRole])).toEqual([
      ["By the chair", "chair"],
      ["By the secretariat", "secretariat"],
      ["By someone since deleted", "chair"],
    ]);
  });

  it("records an admin who chairs the jury as the chair", async () => {
    const { edition, chair, order } = await setUpTie();
    const chairingAdmin = { ...chair, isAdmin: true };
    await recordTieDecision({ db: t.db, actor: chairingAdmin, editionId: edition.id, orderedNominationIds: order, reason: "As chair" });
    const [decision] = await listTieDecisions({ db: t.db, editionId: edition.id });
    expect(decision!.deciderRole).toBe("chair");
  });

  it("refuses jurors, coordinators, a chair of another edition and disabled admins", async () => {
    const { edition, jurors, order } = await setUpTie();
    const other = await setUpDeliberation(t.db, { chair: "IT", jurors: [], dossiers: [] });
    const refused = [
      jurors.GR!,
      await createUser(t.db, [{ role: "coordinator", countryCode: "FR" }]),
      other.chair,
      await createUser(t.db, [{ role: "admin" }], { isActive: false }),
    ];
    for (const actor of refused) {
      expect(await outcomeOf(recordTieDecision({ db: t.db, actor, editionId: edition.id, orderedNominationIds: order, reason: "Mine" }))).toBe("FORBIDDEN");
    }
    expect(await listTieDecisions({ db: t.db, editionId: edition.id })).toEqual([]);
  });

  it("requires a reason and exactly the dossiers still tied", async () => {
    const { edition, chair, order, dossiers } = await setUpTie();
    const decide = (orderedNominationIds: string[], reason = "Because") =>
      outcomeOf(recordTieDecision({ db: t.db, actor: chair, editionId: edition.id, orderedNominationIds, reason }));
    expect(await decide(order, "   ")).toBe("INVALID");
    expect(await decide([order[0]!, order[0]!])).toBe("INVALID");
    expect(await decide([dossiers.DK!, dossiers.RO!])).toBe("CONFLICT");
    expect(await decide([...order, dossiers.RO!])).toBe("CONFLICT");
    expect(await listTieDecisions({ db: t.db, editionId: edition.id })).toEqual([]);
  });

  it("refuses decisions outside deliberation and once the result is frozen", async () => {
    const scoring = await setUpTie("jury_scoring");
    expect(await outcomeOf(recordTieDecision({ db: t.db, actor: scoring.chair, editionId: scoring.edition.id, orderedNominationIds: scoring.order, reason: "Early" }))).toBe("CONFLICT");

    const { edition, chair, order } = await setUpTie();
    await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "sealed" });
    const attempt = recordTieDecision({ db: t.db, actor: chair, editionId: edition.id, orderedNominationIds: order, reason: "Late" });
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/frozen/) });
    // The database itself refuses too, whatever the application checks.
    const direct = await t.db
      .insert(tieDecisions)
      .values({ editionId: edition.id, orderedNominationIds: order, reason: "Behind the app's back" })
      .then(() => "ok", () => "refused");
    expect(direct).toBe("refused");
  });
});

describeEachEngine("deliberation: the jury's statement and frozen awards", (t) => {
  it("lets the chair and the secretariat write the statement during deliberation, with an audit entry", async () => {
    const { edition, admin, chair } = await setUpDeliberation(t.db, { chair: "IT", jurors: [], dossiers: [] });
    await saveJuryStatement({ db: t.db, actor: chair, editionId: edition.id, statement: "  An outstanding year.  " });
    expect(await getJuryStatement({ db: t.db, editionId: edition.id })).toBe("An outstanding year.");
    await saveJuryStatement({ db: t.db, actor: admin, editionId: edition.id, statement: "Edited by the secretariat." });
    expect(await getJuryStatement({ db: t.db, editionId: edition.id })).toBe("Edited by the secretariat.");
    const audit = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.editionId, edition.id));
    expect(audit.map((a) => a.action)).toEqual(["jury-statement.saved", "jury-statement.saved"]);
  });

  it("refuses other jurors, other phases and a frozen result", async () => {
    const { edition, chair, jurors } = await setUpDeliberation(t.db, { chair: "IT", jurors: ["GR"], dossiers: [] });
    const save = (actor: typeof chair, editionId = edition.id) => outcomeOf(saveJuryStatement({ db: t.db, actor, editionId, statement: "Text" }));
    expect(await save(jurors.GR!)).toBe("FORBIDDEN");
    expect(await save(await createUser(t.db, [{ role: "coordinator", countryCode: "IT" }]))).toBe("FORBIDDEN");
    const published = await setUpDeliberation(t.db, { chair: "IT", jurors: [], dossiers: [], phase: "published" });
    expect(await save(published.chair, published.edition.id)).toBe("CONFLICT");
    await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "sealed" });
    await expect(saveJuryStatement({ db: t.db, actor: chair, editionId: edition.id, statement: "Late" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/frozen/),
    });
    expect(await getJuryStatement({ db: t.db, editionId: edition.id })).toBe("");
  });

  it("says plainly that frozen awards can no longer change", async () => {
    const { edition, admin, dossiers } = await setUpDeliberation(t.db, { chair: "IT", jurors: [], dossiers: ["DK"] });
    const place = { rank: 1, nominationId: dossiers.DK!, prize: "EUR 10,000", juryReason: "The best" };
    await saveAwards({ db: t.db, actor: admin, editionId: edition.id, places: [place] });
    await t.db.insert(frozenResults).values({ editionId: edition.id, snapshot: {}, fingerprint: "sealed" });
    await expect(saveAwards({ db: t.db, actor: admin, editionId: edition.id, places: [{ ...place, juryReason: "Changed" }] })).rejects.toMatchObject({
      code: "CONFLICT",
      message: RESULT_FROZEN_REASON,
    });
  });

  it("counts only voting jurors", async () => {
    const { edition, admin, jurors, dossiers } = await setUpDeliberation(t.db, { chair: "IT", jurors: ["GR"], dossiers: ["DK"] });
    await t.db.update(memberships).set({ isVoting: false }).where(and(eq(memberships.userId, jurors.GR!.id), eq(memberships.editionId, edition.id)));
    await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.DK!, jurorUserId: jurors.GR!.id, values: 3 });
    await insertScoredSheet(t.db, { editionId: edition.id, nominationId: dossiers.DK!, jurorUserId: jurors.IT!.id, values: 8 });
    const { record } = await getEditionRanking({ db: t.db, viewer: admin, editionId: edition.id });
    expect(record.result.dossiers.map((d) => [d.raw.mean, d.raw.sheetCount])).toEqual([[8, 1]]);
    expect(record.jurors.map((j) => j.id)).toEqual([jurors.IT!.id]);
  });
});
