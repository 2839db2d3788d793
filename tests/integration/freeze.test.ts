import { and, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { assignments, auditEvents, awards, criteria, editions, frozenResults, nominations, scoreSheets, scores, tieDecisions } from "@/db/schema";
import { RESULT_FROZEN_MESSAGE, toActionFailure } from "@/lib/actions/result";
import { getCertificateData } from "@/lib/results/certificates";
import { freezeResult, getFrozenResult, getResultSeal, unfreezeResult } from "@/lib/results/freeze";
import { fingerprint, isFingerprint } from "@/lib/domain/fingerprint";
import { isFrozenResultError } from "@/lib/errors";
import { createUser } from "../fixtures/factory";
import { insertSheet, outcomeOf, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

const JURORS = ["IT", "GR", "LV"];
const DOSSIERS = ["DK", "FR", "RO", "SE"];

/**
 * An edition in deliberation: three jurors scored every dossier but their own country's (Denmark best, then France,
 * Romania, Sweden, each juror a little apart), and the secretariat awarded the first three places.
 * With `isTiedAtTop`, Denmark and France get the same scores from everyone, so place 1 is a tie.
 */
async function setUpDeliberation(db: Database, options: { isTiedAtTop?: boolean } = {}) {
  const base: Record<string, number> = { DK: 9, FR: options.isTiedAtTop ? 9 : 8, RO: 6, SE: 4 };
  const setup = await setUpScoringEdition(db, { jurors: JURORS, dossiers: DOSSIERS });
  const { edition, jurors, dossiers } = setup;
  for (const [index, jurorCountry] of JURORS.entries()) {
    for (const dossierCountry of DOSSIERS) {
      const value = base[dossierCountry]! - (index === 1 ? 1 : 0);
      await insertSheet(db, { editionId: edition.id, nominationId: dossiers[dossierCountry]!, jurorUserId: jurors[jurorCountry]!.id, state: "submitted", value });
    }
  }
  await db.update(editions).set({ phase: "deliberation", juryClosedAt: new Date() }).where(eq(editions.id, edition.id));
  await db.insert(awards).values(
    ["DK", "FR", "RO"].map((country, index) => ({
      editionId: edition.id,
      rank: index + 1,
      nominationId: dossiers[country]!,
      prize: index === 0 ? "EUR 10,000" : "EUR 5,000",
      juryReason: `Reason for ${country}`,
    })),
  );
  return setup;
}

interface StoredSnapshot {
  edition: { year: number; theme: string };
  awards: { rank: number; nominationId: string; juryReason: string }[];
  ranking: { raw: { entries: { nominationId: string }[] } };
  scores: { jurorId: number; nominationId: string; criterionId: number; value: number }[];
}

async function getStored(db: Database, editionId: number) {
  const [row] = await db
    .select({ snapshot: frozenResults.snapshot, fingerprint: frozenResults.fingerprint, frozenBy: frozenResults.frozenBy })
    .from(frozenResults)
    .where(eq(frozenResults.editionId, editionId));
  return row;
}

async function listAudit(db: Database, editionId: number, action: string) {
  return db
    .select({ actorUserId: auditEvents.actorUserId, data: auditEvents.data })
    .from(auditEvents)
    .where(and(eq(auditEvents.editionId, editionId), eq(auditEvents.action, action)));
}

/** The error a write fails with, or null when it succeeds. */
async function errorOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
    return null;
  } catch (error) {
    return error;
  }
}

describeEachEngine("freezing an edition's result", (t) => {
  it("stores the snapshot and the fingerprint of its canonical JSON, with an audit entry", async () => {
    const { edition, admin, dossiers } = await setUpDeliberation(t.db);
    const sealed = await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    expect(isFingerprint(sealed.fingerprint)).toBe(true);

    const stored = await getStored(t.db, edition.id);
    expect(stored?.fingerprint).toBe(sealed.fingerprint);
    expect(stored?.frozenBy).toBe(admin.id);
    // The stored snapshot alone gives the fingerprint back, after its round trip through jsonb.
    expect(fingerprint(stored!.snapshot)).toBe(sealed.fingerprint);
    const snapshot = stored!.snapshot as StoredSnapshot;
    expect(snapshot.edition).toMatchObject({ year: edition.year, theme: edition.theme });
    expect(snapshot.awards.map((a) => [a.rank, a.nominationId, a.juryReason])).toEqual([
      [1, dossiers.DK, "Reason for DK"],
      [2, dossiers.FR, "Reason for FR"],
      [3, dossiers.RO, "Reason for RO"],
    ]);
    expect(snapshot.ranking.raw.entries.map((e) => e.nominationId)).toEqual([dossiers.DK, dossiers.FR, dossiers.RO, dossiers.SE]);
    // Three jurors × four dossiers, less each juror's own country (none here), × five criteria.
    expect(snapshot.scores).toHaveLength(3 * 4 * 5);
    expect(snapshot.scores[0]).toEqual({ jurorId: expect.any(Number), nominationId: expect.any(String), criterionId: expect.any(Number), value: expect.any(Number) });

    expect(await listAudit(t.db, edition.id, "result.frozen")).toEqual([{ actorUserId: admin.id, data: { fingerprint: sealed.fingerprint, publicFingerprint: sealed.publicFingerprint, privateFingerprint: sealed.privateFingerprint } }]);
    expect(await getFrozenResult({ db: t.db, editionId: edition.id })).toEqual({ fingerprint: sealed.fingerprint, frozenAt: expect.any(Date) });
    expect(await getResultSeal({ db: t.db, viewer: admin, editionId: edition.id })).toMatchObject({
      fingerprint: sealed.fingerprint,
      publicFingerprint: sealed.publicFingerprint,
      privateFingerprint: sealed.privateFingerprint,
      isIntact: true,
      isCurrent: true,
    });
  });

  it("then refuses, in the database, to change an award, add a score or remove an assignment, with a clear message", async () => {
    const { edition, admin, jurors, dossiers } = await setUpDeliberation(t.db);
    await freezeResult({ db: t.db, user: admin, editionId: edition.id });

    const awardChange = await errorOf(t.db.update(awards).set({ juryReason: "changed" }).where(eq(awards.editionId, edition.id)));
    expect(isFrozenResultError(awardChange)).toBe(true);
    expect(toActionFailure(awardChange)).toEqual({ ok: false, code: "CONFLICT", message: RESULT_FROZEN_MESSAGE });

    const [sheet] = await t.db.select({ id: scoreSheets.id }).from(scoreSheets).where(eq(scoreSheets.editionId, edition.id)).limit(1);
    const [criterion] = await t.db.select({ id: criteria.id }).from(criteria).where(eq(criteria.editionId, edition.id)).limit(1);
    // The guard runs before the key checks, so the refusal names the freeze, not the duplicate key.
    const scoreInsert = await errorOf(t.db.insert(scores).values({ sheetId: sheet!.id, criterionId: criterion!.id, scaleMin: 1, scaleMax: 10, value: 10 }));
    expect(isFrozenResultError(scoreInsert)).toBe(true);
    const scoreChange = await errorOf(t.db.update(scores).set({ value: 1 }).where(eq(scores.sheetId, sheet!.id)));
    expect(isFrozenResultError(scoreChange)).toBe(true);

    const removal = await errorOf(
      t.db.delete(assignments).where(and(eq(assignments.jurorUserId, jurors.IT!.id), eq(assignments.nominationId, dossiers.DK!))),
    );
    expect(isFrozenResultError(removal)).toBe(true);
    const left = await t.db.select({ id: assignments.id }).from(assignments).where(eq(assignments.editionId, edition.id));
    expect(left).toHaveLength(JURORS.length * DOSSIERS.length);
    expect(await t.db.select({ r: awards.juryReason }).from(awards).where(eq(awards.editionId, edition.id))).not.toContainEqual({ r: "changed" });
  });

  it("is refused a second time, naming the fingerprint it already has", async () => {
    const { edition, admin } = await setUpDeliberation(t.db);
    const sealed = await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    await expect(freezeResult({ db: t.db, user: admin, editionId: edition.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `The result is already frozen (fingerprint ${sealed.fingerprint}).`,
    });
    expect(await listAudit(t.db, edition.id, "result.frozen")).toHaveLength(1);
  });

  it("is for the secretariat only: the chair, a juror or a coordinator cannot freeze or unfreeze", async () => {
    const { edition, admin, jurors } = await setUpDeliberation(t.db);
    const chair = await createUser(t.db, [{ role: "juror", countryCode: "PT", editionId: edition.id, isChair: true }]);
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]);
    for (const user of [chair, jurors.IT!, coordinator]) {
      expect(await outcomeOf(freezeResult({ db: t.db, user, editionId: edition.id }))).toBe("FORBIDDEN");
    }
    expect(await getStored(t.db, edition.id)).toBeUndefined();

    await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    expect(await outcomeOf(unfreezeResult({ db: t.db, user: chair, editionId: edition.id, reason: "A reason" }))).toBe("FORBIDDEN");
    expect(await getStored(t.db, edition.id)).toBeDefined();
  });

  it("needs the winner, the jury closed and every tie on an awarded place decided", async () => {
    const scoring = await setUpScoringEdition(t.db, { jurors: ["IT"], dossiers: ["DK"] });
    expect(await outcomeOf(freezeResult({ db: t.db, user: scoring.admin, editionId: scoring.edition.id }))).toBe("CONFLICT");

    const noWinner = await setUpDeliberation(t.db);
    await t.db.delete(awards).where(eq(awards.editionId, noWinner.edition.id));
    await expect(freezeResult({ db: t.db, user: noWinner.admin, editionId: noWinner.edition.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Choose the winner"),
    });

    const tied = await setUpDeliberation(t.db, { isTiedAtTop: true });
    await expect(freezeResult({ db: t.db, user: tied.admin, editionId: tied.edition.id })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Place 1 is still tied"),
    });
    await t.db.insert(tieDecisions).values({
      editionId: tied.edition.id,
      orderedNominationIds: [tied.dossiers.DK!, tied.dossiers.FR!],
      reason: "Denmark's evaluation is stronger.",
      decidedBy: tied.admin.id,
    });
    const sealed = await freezeResult({ db: t.db, user: tied.admin, editionId: tied.edition.id });
    const snapshot = (await getStored(t.db, tied.edition.id))!.snapshot as { tieDecisions: { reason: string }[] };
    expect(snapshot.tieDecisions.map((d) => d.reason)).toEqual(["Denmark's evaluation is stronger."]);
    expect(isFingerprint(sealed.fingerprint)).toBe(true);
  });

  it("unfreezes with the admin and a reason, auditing the old fingerprint; a change then gives a new fingerprint", async () => {
    const { edition, admin } = await setUpDeliberation(t.db);
    const first = await freezeResult({ db: t.db, user: admin, editionId: edition.id });

    expect(await outcomeOf(unfreezeResult({ db: t.db, user: admin, editionId: edition.id, reason: "   " }))).toBe("INVALID");
    expect(await getStored(t.db, edition.id)).toBeDefined();

    const lifted = await unfreezeResult({ db: t.db, user: admin, editionId: edition.id, reason: "The jury's reason for France had a typo." });
    expect(lifted.previousFingerprint).toBe(first.fingerprint);
    expect(await getStored(t.db, edition.id)).toBeUndefined();
    expect(await listAudit(t.db, edition.id, "result.unfrozen")).toEqual([
      { actorUserId: admin.id, data: { fingerprint: first.fingerprint, reason: "The jury's reason for France had a typo." } },
    ]);
    expect(await outcomeOf(unfreezeResult({ db: t.db, user: admin, editionId: edition.id, reason: "Again" }))).toBe("CONFLICT");

    // Nothing changed: the same data seals to the same fingerprint.
    expect((await freezeResult({ db: t.db, user: admin, editionId: edition.id })).fingerprint).toBe(first.fingerprint);
    await unfreezeResult({ db: t.db, user: admin, editionId: edition.id, reason: "Now the typo." });

    await t.db.update(awards).set({ juryReason: "Reason for FR, corrected" }).where(and(eq(awards.editionId, edition.id), eq(awards.rank, 2)));
    const second = await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    expect(second.fingerprint).not.toBe(first.fingerprint);
  });

  it("seals a published edition too, but never unfreezes it", async () => {
    const { edition, admin } = await setUpDeliberation(t.db);
    await t.db.update(editions).set({ phase: "published", publishedAt: new Date() }).where(eq(editions.id, edition.id));
    const sealed = await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    await expect(unfreezeResult({ db: t.db, user: admin, editionId: edition.id, reason: "Please" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("published"),
    });
    expect((await getStored(t.db, edition.id))?.fingerprint).toBe(sealed.fingerprint);
  });

  it("tells when the data no longer gives the sealed fingerprint", async () => {
    const { edition, admin, dossiers } = await setUpDeliberation(t.db);
    await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    // A dossier's title is in the snapshot but outside what the trigger guards (the jury's statement now is guarded).
    await t.db.update(nominations).set({ title: "Renamed after the freeze" }).where(eq(nominations.id, dossiers.DK!));
    expect(await getResultSeal({ db: t.db, viewer: admin, editionId: edition.id })).toMatchObject({ isIntact: true, isCurrent: false });
  });
});

const SITE_URL = "https://awards.example.org";

describeEachEngine("certificates of the sealed result", (t) => {
  it("are for the secretariat, once the result is frozen, for places someone holds", async () => {
    const { edition, admin, jurors } = await setUpDeliberation(t.db);
    expect(await outcomeOf(getCertificateData({ db: t.db, viewer: admin, editionId: edition.id, rank: 1, siteUrl: SITE_URL }))).toBe("CONFLICT");

    const sealed = await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    const winner = await getCertificateData({ db: t.db, viewer: admin, editionId: edition.id, rank: 1, siteUrl: SITE_URL });
    expect(winner).toMatchObject({
      year: edition.year,
      theme: edition.theme,
      rank: 1,
      countryName: "Denmark",
      fingerprint: sealed.fingerprint,
      publicFingerprint: sealed.publicFingerprint,
      verifyUrl: `${SITE_URL}/verify?year=${edition.year}`,
    });
    expect(winner.title).toBe("Dossier from DK");
    expect(await outcomeOf(getCertificateData({ db: t.db, viewer: admin, editionId: edition.id, rank: 4, siteUrl: SITE_URL }))).toBe("NOT_FOUND");
    expect(await outcomeOf(getCertificateData({ db: t.db, viewer: jurors.IT!, editionId: edition.id, rank: 1, siteUrl: SITE_URL }))).toBe("FORBIDDEN");
  });
});
