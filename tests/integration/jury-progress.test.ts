import { asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { editions, mailOutbox, users } from "@/db/schema";
import { closeJury } from "@/lib/jury/close-jury";
import { getJuryProgress } from "@/lib/jury/progress";
import { removeAssignment } from "@/lib/jury/remove-assignment";
import { sendJuryReminders } from "@/lib/jury/send-reminders";
import { createUser } from "../fixtures/factory";
import { insertSheet, listAuditActions, outcomeOf, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

/** Three jurors on three dossiers: France is done, Germany has a draft, Italy has not started. */
async function setUpProgress(db: Parameters<typeof setUpScoringEdition>[0]) {
  const setup = await setUpScoringEdition(db, { jurors: ["FR", "DE", "IT"], dossiers: ["BE", "NL", "FR"] });
  const { edition, jurors, dossiers } = setup;
  const sheet = (juror: string, dossier: string, state: "draft" | "submitted") =>
    insertSheet(db, { editionId: edition.id, nominationId: dossiers[dossier]!, jurorUserId: jurors[juror]!.id, state });
  await sheet("FR", "BE", "submitted");
  await sheet("FR", "NL", "submitted");
  await sheet("DE", "BE", "submitted");
  await sheet("DE", "NL", "draft");
  return setup;
}

async function listOutbox(db: Parameters<typeof setUpScoringEdition>[0], editionId: number) {
  return db
    .select({ kind: mailOutbox.kind, to: mailOutbox.toAddress, subject: mailOutbox.subject, body: mailOutbox.body })
    .from(mailOutbox)
    .where(eq(mailOutbox.editionId, editionId))
    .orderBy(asc(mailOutbox.id));
}

async function getEdition(db: Parameters<typeof setUpScoringEdition>[0], id: number) {
  const [row] = await db
    .select({ phase: editions.phase, version: editions.version, juryClosedAt: editions.juryClosedAt, juryCloseReason: editions.juryCloseReason })
    .from(editions)
    .where(eq(editions.id, id));
  return row!;
}

describeEachEngine("jury progress: counts", (t) => {
  it("counts assigned sheets not started, in draft and submitted, per juror, per dossier and in total", async () => {
    const { edition, jurors, dossiers } = await setUpProgress(t.db);
    const progress = await getJuryProgress({ db: t.db, editionId: edition.id });
    const byJuror = Object.fromEntries(progress.jurors.map((j) => [j.countryCode, [j.assigned, j.notStarted, j.draft, j.submitted]]));
    expect(byJuror).toEqual({ FR: [2, 0, 0, 2], DE: [3, 1, 1, 1], IT: [3, 3, 0, 0] });
    const byDossier = Object.fromEntries(progress.dossiers.map((d) => [d.countryCode, [d.assigned, d.notStarted, d.draft, d.submitted]]));
    expect(byDossier).toEqual({ BE: [3, 1, 0, 2], NL: [3, 1, 1, 1], FR: [2, 2, 0, 0] });
    expect(progress.totals).toEqual({ assigned: 8, notStarted: 4, draft: 1, submitted: 3, excluded: 0 });
    expect(progress.isComplete).toBe(false);

    // A sheet excluded with its assignment no longer counts anywhere.
    const admin = await createUser(t.db, [{ role: "admin" }]);
    await removeAssignment({ db: t.db, user: admin, editionId: edition.id, jurorUserId: jurors.DE!.id, nominationId: dossiers.BE! });
    expect((await getJuryProgress({ db: t.db, editionId: edition.id })).totals).toEqual({ assigned: 7, notStarted: 4, draft: 1, submitted: 2, excluded: 0 });
  });
});

describeEachEngine("jury progress: reminders", (t) => {
  it("queues one reminder per juror with missing sheets, listing them and the deadline, and none for a juror who is done", async () => {
    const { edition, admin, jurors } = await setUpProgress(t.db);
    const result = await sendJuryReminders({ db: t.db, user: admin, editionId: edition.id, appUrl: "https://palmares.example" });
    expect(result).toEqual({ jurorCount: 2 });

    const emails = Object.fromEntries(
      await Promise.all(
        Object.entries(jurors).map(async ([code, juror]) => {
          const [row] = await t.db.select({ email: users.email }).from(users).where(eq(users.id, juror.id));
          return [row!.email, code] as const;
        }),
      ),
    );
    const outbox = await listOutbox(t.db, edition.id);
    expect(outbox.map((m) => [m.kind, emails[m.to]]).sort()).toEqual([
      ["jury.reminder", "DE"],
      ["jury.reminder", "IT"],
    ]);
    const toGermany = outbox.find((m) => emails[m.to] === "DE")!;
    expect(toGermany.subject).toContain("2 dossiers still to score");
    expect(toGermany.body).toContain('- Netherlands: "Dossier from NL" (draft saved, not submitted)');
    expect(toGermany.body).toContain('- France: "Dossier from FR" (not started)');
    expect(toGermany.body).not.toContain("Dossier from BE");
    expect(toGermany.body).toContain("https://palmares.example/jury");
    const toItaly = outbox.find((m) => emails[m.to] === "IT")!;
    expect(toItaly.body).toContain('- France: "Dossier from FR" (not started)');
    expect(toItaly.body).toMatch(/The jury deadline is \d{1,2} \w+ \d{4}/);

    const audit = await listAuditActions(t.db, edition.id);
    expect(audit).toContainEqual(expect.objectContaining({ action: "jury.reminders_queued", data: expect.objectContaining({ jurorCount: 2 }) }));
  });

  it("sends nothing when every juror is done", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR"], dossiers: ["BE"] });
    await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.BE!, jurorUserId: jurors.FR!.id, state: "submitted" });
    expect(await sendJuryReminders({ db: t.db, user: admin, editionId: edition.id })).toEqual({ jurorCount: 0 });
    expect(await listOutbox(t.db, edition.id)).toEqual([]);
  });
});

describeEachEngine("jury progress: closing the jury", (t) => {
  it("refuses to close while sheets are missing, and a forced close without a reason", async () => {
    const { edition, admin } = await setUpProgress(t.db);
    const close = (isForced: boolean, reason: string) =>
      closeJury({ db: t.db, user: admin, editionId: edition.id, version: edition.version, isForced, reason });
    await expect(close(false, "")).rejects.toMatchObject({ code: "INVALID", message: expect.stringContaining("5 assigned score sheets are not submitted yet") });
    await expect(close(true, "  ")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { reason: [expect.any(String)] } });
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "jury_scoring", juryClosedAt: null });
  });

  it("force-closes with a reason: stores it, stamps the time, moves to deliberation and audits it", async () => {
    const { edition, admin } = await setUpProgress(t.db);
    const result = await closeJury({ db: t.db, user: admin, editionId: edition.id, version: edition.version, isForced: true, reason: "The Italian juror withdrew." });
    expect(result).toMatchObject({ isForced: true, missing: 5, version: edition.version + 1 });
    const closed = await getEdition(t.db, edition.id);
    expect(closed).toMatchObject({ phase: "deliberation", juryCloseReason: "The Italian juror withdrew.", version: edition.version + 1 });
    expect(closed.juryClosedAt).toBeInstanceOf(Date);
    const audit = await listAuditActions(t.db, edition.id);
    expect(audit).toContainEqual(expect.objectContaining({ action: "edition.phase_changed", data: expect.objectContaining({ to: "deliberation" }) }));
    expect(audit).toContainEqual(
      expect.objectContaining({ action: "jury.force_closed", data: expect.objectContaining({ missing: 5, reason: "The Italian juror withdrew." }) }),
    );
    // Once closed, nothing more is sent or changed.
    expect(await outcomeOf(sendJuryReminders({ db: t.db, user: admin, editionId: edition.id }))).toBe("CONFLICT");
  });

  it("closes without a reason when every assigned sheet is submitted", async () => {
    const { edition, admin, jurors, dossiers } = await setUpScoringEdition(t.db, { jurors: ["FR", "DE"], dossiers: ["BE"] });
    for (const juror of ["FR", "DE"]) {
      await insertSheet(t.db, { editionId: edition.id, nominationId: dossiers.BE!, jurorUserId: jurors[juror]!.id, state: "submitted" });
    }
    expect(await closeJury({ db: t.db, user: admin, editionId: edition.id, version: edition.version, isForced: false, reason: "" })).toMatchObject({
      isForced: false,
      missing: 0,
    });
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "deliberation", juryCloseReason: null });
    expect((await listAuditActions(t.db, edition.id)).map((a) => a.action)).toContain("jury.closed");
  });

  it("refuses a stale version as a conflict", async () => {
    const { edition, admin } = await setUpProgress(t.db);
    const stale = closeJury({ db: t.db, user: admin, editionId: edition.id, version: edition.version - 1, isForced: true, reason: "Late" });
    expect(await outcomeOf(stale)).toBe("CONFLICT");
    expect((await getEdition(t.db, edition.id)).phase).toBe("jury_scoring");
  });

  it("refuses every non-admin with FORBIDDEN, for reminders and for closing", async () => {
    const { edition, jurors } = await setUpProgress(t.db);
    const chair = await createUser(t.db, [{ role: "juror", countryCode: "SE", editionId: edition.id, isChair: true }]);
    const coordinator = await createUser(t.db, [{ role: "coordinator", countryCode: "BE" }]);
    const admin = await createUser(t.db, [{ role: "admin" }]);
    for (const user of [coordinator, jurors.FR!, chair, { ...admin, isActive: false }]) {
      expect(await outcomeOf(sendJuryReminders({ db: t.db, user, editionId: edition.id }))).toBe("FORBIDDEN");
      expect(await outcomeOf(closeJury({ db: t.db, user, editionId: edition.id, version: edition.version, isForced: true, reason: "x" }))).toBe("FORBIDDEN");
    }
    expect(await listOutbox(t.db, edition.id)).toEqual([]);
    expect(await getEdition(t.db, edition.id)).toMatchObject({ phase: "jury_scoring", juryClosedAt: null });
  });
});
