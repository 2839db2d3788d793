import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { awards, editions, mailOutbox, scoreSheets } from "@/db/schema";
import { listAttentionItems } from "@/lib/admin-home/attention";
import { getAttentionCounts, getCurrentEdition } from "@/lib/admin-home/queries";
import { MAX_MAIL_ATTEMPTS } from "@/lib/mail/status";
import { freezeResult } from "@/lib/results/freeze";
import { recordTieDecision } from "@/lib/results/tie-decisions";
import { createEdition, createNomination, createUser } from "../fixtures/factory";
import { insertSheet, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

async function countsFor(db: Database, year: number) {
  const admin = await createUser(db, [{ role: "admin" }]);
  const edition = await getCurrentEdition({ db, year });
  return getAttentionCounts({ db, viewer: admin, edition });
}

describeEachEngine("what needs the secretariat's attention", (t) => {
  it("counts the submitted dossiers without an eligibility decision, in eligibility only", async () => {
    const edition = await createEdition(t.db, { phase: "eligibility" });
    for (const [countryCode, state] of [["DK", "submitted"], ["FR", "submitted"], ["RO", "accepted"], ["SE", "draft"]] as const) {
      await createNomination(t.db, { editionId: edition.id, countryCode, state });
    }
    await createNomination(t.db, { editionId: edition.id, countryCode: "DK", kind: "additional", state: "submitted" });
    const counts = await countsFor(t.db, edition.year);
    expect(counts).toMatchObject({ undecidedDossiers: 3, jurorsBehind: 0, undecidedTies: 0, isResultUnsealed: false });
    expect(listAttentionItems(counts, edition.year)[0]).toMatchObject({ key: "undecidedDossiers", count: 3, href: `/admin/editions/${edition.year}/nominations?state=submitted` });
    await t.db.update(editions).set({ phase: "nominations_open" }).where(eq(editions.id, edition.id));
    expect(await countsFor(t.db, edition.year)).toMatchObject({ undecidedDossiers: 0 });
  });

  it("counts the jurors with an assigned sheet not submitted (or excluded), in jury scoring", async () => {
    const { edition, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["IT", "GR", "LV"], dossiers: ["DK", "FR"] });
    for (const country of ["DK", "FR"]) {
      await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers[country]!, jurorUserId: jurors.IT!.id, state: "submitted" });
      await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers[country]!, jurorUserId: jurors.LV!.id, state: "submitted" });
    }
    await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.DK!, jurorUserId: jurors.GR!.id, state: "draft" });
    const counts = await countsFor(t.db, edition.year);
    expect(counts).toMatchObject({ jurorsBehind: 1, undecidedDossiers: 0 });
    expect(listAttentionItems(counts, edition.year)[0]).toMatchObject({ key: "jurorsBehind", href: `/admin/editions/${edition.year}/progress`, text: "1 juror has score sheets still to submit" });
    await t.db.update(scoreSheets).set({ isExcluded: true, exclusionReason: "Left the jury" }).where(eq(scoreSheets.jurorUserId, jurors.LV!.id));
    expect(await countsFor(t.db, edition.year)).toMatchObject({ jurorsBehind: 2 });
  });

  it("counts an undecided tie on an awarded place and an unsealed result after the jury closed, until decided and sealed", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["IT", "GR"], dossiers: ["DK", "FR", "RO"] });
    const values: Record<string, number> = { DK: 9, FR: 9, RO: 5 };
    for (const juror of ["IT", "GR"]) {
      for (const country of ["DK", "FR", "RO"]) {
        await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers[country]!, jurorUserId: jurors[juror]!.id, state: "submitted", value: values[country] });
      }
    }
    await t.db.update(editions).set({ phase: "deliberation", juryClosedAt: new Date() }).where(eq(editions.id, edition.id));
    const counts = await countsFor(t.db, edition.year);
    expect(counts).toMatchObject({ undecidedTies: 1, isResultUnsealed: true, jurorsBehind: 0 });
    expect(listAttentionItems(counts, edition.year).map((item) => item.href)).toEqual(
      expect.arrayContaining([`/admin/editions/${edition.year}/ranking`, `/admin/editions/${edition.year}/result`]),
    );

    await recordTieDecision({ db: t.db, actor: admin, editionId: edition.id, orderedNominationIds: [dossiers.DK!, dossiers.FR!], reason: "Denmark's evaluation is external" });
    expect(await countsFor(t.db, edition.year)).toMatchObject({ undecidedTies: 0, isResultUnsealed: true });
    await t.db.insert(awards).values({ editionId: edition.id, rank: 1, nominationId: dossiers.DK! });
    await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    expect(await countsFor(t.db, edition.year)).toMatchObject({ undecidedTies: 0, isResultUnsealed: false });
  });

  it("counts failed and undelivered mail across the outbox, and says so when nothing needs attention", async () => {
    const edition = await createEdition(t.db, { phase: "nominations_open" });
    const before = await countsFor(t.db, edition.year);
    const message = { kind: "test", toAddress: "someone@test.invalid", subject: "Hello", body: "Hello" };
    await t.db.insert(mailOutbox).values([
      { ...message, attempts: MAX_MAIL_ATTEMPTS, lastError: "550 no such user" },
      { ...message, attempts: 2, lastError: "timeout" },
      { ...message, attempts: 1, lastError: "timeout" },
      { ...message, attempts: 1, sentAt: new Date() },
      { ...message, attempts: 0 },
    ]);
    const after = await countsFor(t.db, edition.year);
    expect(after.failedMail - before.failedMail).toBe(1);
    expect(after.undeliveredMail - before.undeliveredMail).toBe(2);
    // Each leads to the outbox filtered to its own messages.
    const mailItems = listAttentionItems(after, edition.year).filter((item) => item.href.startsWith("/admin/outbox"));
    expect(mailItems.map((item) => [item.key, item.href])).toEqual([
      ["failedMail", "/admin/outbox?status=failed"],
      ["undeliveredMail", "/admin/outbox?status=unsent"],
    ]);
    expect(listAttentionItems({ undecidedDossiers: 0, jurorsBehind: 0, undecidedTies: 0, isResultUnsealed: false, failedMail: 0, undeliveredMail: 0 }, edition.year)).toEqual([]);
  });

  it("takes the latest edition under way as the current one, and is the secretariat's only", async () => {
    await createEdition(t.db, { year: 2196, phase: "draft" });
    await createEdition(t.db, { year: 2197, phase: "published" });
    await createEdition(t.db, { year: 2180, phase: "jury_scoring" });
    await createEdition(t.db, { year: 2190, phase: "eligibility" });
    expect(await getCurrentEdition({ db: t.db })).toMatchObject({ year: 2190, phase: "eligibility", timeZone: "Europe/Brussels" });
    const juror = await createUser(t.db, [{ role: "coordinator", countryCode: "DK" }]);
    await expect(getAttentionCounts({ db: t.db, viewer: juror, edition: undefined })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
