import { and, asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, editions, jobs, nominations } from "@/db/schema";
import { getAudienceState } from "@/lib/ceremony/queries";
import { moveCeremonyStep, startCeremony } from "@/lib/ceremony/control";
import { advanceEditionPhase } from "@/lib/editions/advance-phase";
import { runDueJobs } from "@/lib/jobs/runner";
import { unfreezeResult } from "@/lib/results/freeze";
import { getPublishedResults, listPublicEditions, listPublishedEditions } from "@/lib/results/public-queries";
import { getEmbargo, setEmbargo } from "@/lib/results/publication";
import { sealResult, setUpCeremonyEdition } from "../fixtures/ceremony";
import { outcomeOf } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

const IN_TWO_HOURS = () => new Date(Date.now() + 2 * 3600_000);

async function getEdition(db: Database, editionId: number) {
  const [row] = await db
    .select({ phase: editions.phase, publishedAt: editions.publishedAt, version: editions.version, embargoAt: editions.embargoAt })
    .from(editions)
    .where(eq(editions.id, editionId));
  return row!;
}

async function listPublicationAudit(db: Database, editionId: number) {
  return db
    .select({ actorUserId: auditEvents.actorUserId, data: auditEvents.data })
    .from(auditEvents)
    .where(and(eq(auditEvents.editionId, editionId), eq(auditEvents.action, "edition.published")));
}

async function listPublicationJobs(db: Database, editionId: number) {
  return db
    .select({ state: jobs.state, runAt: jobs.runAt, attempts: jobs.attempts, lastError: jobs.lastError })
    .from(jobs)
    .where(and(eq(jobs.kind, "publication"), eq(jobs.key, `edition:${editionId}`)))
    .orderBy(asc(jobs.id));
}

/** Schedules the publication an hour ahead, as the secretariat does; returns when it is due. */
async function scheduleInAnHour(db: Database, editionId: number, actor: Parameters<typeof setEmbargo>[0]["actor"]) {
  const embargoAt = new Date(Date.now() + 3600_000);
  const { version } = await getEdition(db, editionId);
  await setEmbargo({ db, actor, editionId, embargoAt, version });
  return embargoAt;
}

describeEachEngine("publication at the embargo, by the job runner", (t) => {
  it("keeps the results private before the embargo time", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    await scheduleInAnHour(t.db, edition.id, admin);
    await runDueJobs({ db: t.db });
    expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
    expect((await getEdition(t.db, edition.id)).phase).toBe("deliberation");
    expect(await listPublicationJobs(t.db, edition.id)).toMatchObject([{ state: "pending", attempts: 0 }]);
  });

  it("publishes a sealed result once its time has come, as the schedule with no actor", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    await scheduleInAnHour(t.db, edition.id, admin);
    await runDueJobs({ db: t.db, now: IN_TWO_HOURS() });
    const after = await getEdition(t.db, edition.id);
    expect(after.phase).toBe("published");
    expect(after.publishedAt).toBeInstanceOf(Date);
    expect((await getPublishedResults({ db: t.db, year: edition.year }))?.awards).toHaveLength(3);
    const audit = await listPublicationAudit(t.db, edition.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: null, data: { trigger: "embargo", from: "deliberation", to: "published" } });
    expect(await listPublicationJobs(t.db, edition.id)).toMatchObject([{ state: "done", attempts: 1 }]);
  });

  it("refuses to publish an unsealed result at its time, records why and tries again later", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db);
    await scheduleInAnHour(t.db, edition.id, admin);
    const report = await runDueJobs({ db: t.db, now: IN_TWO_HOURS() });
    expect(report.failed).toHaveLength(1);
    expect((await getEdition(t.db, edition.id)).phase).toBe("deliberation");
    const [job] = await listPublicationJobs(t.db, edition.id);
    expect(job).toMatchObject({ state: "pending", attempts: 1, lastError: expect.stringMatching(/^Seal the result first/) });
    // Sealed meanwhile: the retry publishes it.
    await sealResult(t.db, edition.id, admin.id);
    await runDueJobs({ db: t.db, now: new Date(Date.now() + 3 * 3600_000) });
    expect((await getEdition(t.db, edition.id)).phase).toBe("published");
  });

  it("reads the time typed in the form in the edition's own zone", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db);
    await t.db.update(editions).set({ timeZone: "Asia/Tokyo" }).where(eq(editions.id, edition.id));
    const { version } = await getEdition(t.db, edition.id);
    // Tokyo is UTC+9 all year: 19:30 there, a year ahead, is 10:30 UTC.
    const year = new Date().getUTCFullYear() + 1;
    const saved = await setEmbargo({ db: t.db, actor: admin, editionId: edition.id, embargoAt: `${year}-12-04T19:30`, version });
    expect(saved.embargoAt?.toISOString()).toBe(`${year}-12-04T10:30:00.000Z`);
    expect(await outcomeOf(setEmbargo({ db: t.db, actor: admin, editionId: edition.id, embargoAt: `${year}-02-30T19:30`, version: saved.version }))).toBe("INVALID");
  });

  it("replaces the scheduled job when the time is set again, and cancels it with the embargo", async () => {
    const { edition, admin, coordinator } = await setUpCeremonyEdition(t.db);
    const { version } = await getEdition(t.db, edition.id);
    const inAnHour = new Date(Date.now() + 3600_000);
    const schedule = (embargoAt: Date | null, v: number, actor = admin) => setEmbargo({ db: t.db, actor, editionId: edition.id, embargoAt, version: v });

    expect(await outcomeOf(schedule(inAnHour, version, coordinator))).toBe("FORBIDDEN");
    expect(await outcomeOf(schedule(new Date(Date.now() - 60_000), version))).toBe("INVALID");
    const saved = await schedule(inAnHour, version);
    expect(saved.embargoAt?.getTime()).toBe(inAnHour.getTime());
    expect(await outcomeOf(schedule(null, version))).toBe("CONFLICT");
    const later = new Date(Date.now() + 5 * 3600_000);
    const moved = await schedule(later, saved.version);
    const pending = await listPublicationJobs(t.db, edition.id);
    expect(pending).toHaveLength(1);
    expect(pending[0]?.runAt.getTime()).toBe(later.getTime());
    const cleared = await schedule(null, moved.version);
    expect(cleared.embargoAt).toBeNull();
    expect(await listPublicationJobs(t.db, edition.id)).toEqual([]);
    const actions = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.editionId, edition.id));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["edition.embargo_set", "edition.embargo_cleared"]));

    const published = await setUpCeremonyEdition(t.db, { phase: "published" });
    const { version: publishedVersion } = await getEdition(t.db, published.edition.id);
    expect(
      await outcomeOf(setEmbargo({ db: t.db, actor: published.admin, editionId: published.edition.id, embargoAt: inAnHour, version: publishedVersion })),
    ).toBe("CONFLICT");
  });

  it("leaves an edition published by the ceremony meanwhile as it is", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    await scheduleInAnHour(t.db, edition.id, admin);
    await advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "deliberation", to: "published", version: (await getEdition(t.db, edition.id)).version });
    const report = await runDueJobs({ db: t.db, now: IN_TWO_HOURS() });
    expect(report.failed).toEqual([]);
    expect(await listPublicationAudit(t.db, edition.id)).toHaveLength(1);
  });

  it("says when an edition without a winner has its embargo passed", async () => {
    const { edition } = await setUpCeremonyEdition(t.db, { places: [] });
    await t.db.update(editions).set({ embargoAt: sql`now() - interval '1 second'` }).where(eq(editions.id, edition.id));
    expect(await getEmbargo({ db: t.db, editionId: edition.id })).toMatchObject({ isPassed: true, hasWinner: false });
  });
});

describeEachEngine("public reads are pure", (t) => {
  /** Every row of the tables a publication changes, as text: equal before and after means nothing was written. */
  async function readChecksum(db: Database) {
    const [editionRows, nominationRows, auditRows] = await Promise.all([
      db.select().from(editions).orderBy(asc(editions.id)),
      db.select().from(nominations).orderBy(asc(nominations.id)),
      db.select().from(auditEvents).orderBy(asc(auditEvents.id)),
    ]);
    return JSON.stringify({ editionRows, nominationRows, auditRows });
  }

  it("never publishes or writes on an anonymous read of the results, the archive or the audience screen, even with an embargo due", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "live" });
    // The embargo passed a minute ago by the database clock.
    await t.db.update(editions).set({ embargoAt: sql`now() - interval '1 minute'` }).where(eq(editions.id, edition.id));
    const before = await readChecksum(t.db);
    expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
    expect((await listPublishedEditions({ db: t.db })).map((e) => e.year)).not.toContain(edition.year);
    expect((await listPublicEditions({ db: t.db })).find((e) => e.year === edition.year)?.isPublished).toBe(false);
    expect((await getAudienceState({ db: t.db, viewer: null, year: edition.year, mode: "live" }))?.view.kind).toBe("title");
    expect(await readChecksum(t.db)).toBe(before);
  });
});

describeEachEngine("only a sealed result is published", (t) => {
  const publishByButton = async (db: Database, editionId: number, actor: Parameters<typeof advanceEditionPhase>[0]["actor"]) =>
    advanceEditionPhase({ db, actor, editionId, from: "deliberation", to: "published", version: (await getEdition(db, editionId)).version });

  it("by the Publish button: refused unsealed, allowed sealed", async () => {
    const unsealed = await setUpCeremonyEdition(t.db);
    await expect(publishByButton(t.db, unsealed.edition.id, unsealed.admin)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/^Seal the result first/),
    });
    expect((await getEdition(t.db, unsealed.edition.id)).phase).toBe("deliberation");
    const sealed = await setUpCeremonyEdition(t.db, { isSealed: true });
    await publishByButton(t.db, sealed.edition.id, sealed.admin);
    expect((await getEdition(t.db, sealed.edition.id)).phase).toBe("published");
  });

  it("by the live show: it starts only on a sealed result, a rehearsal needs none", async () => {
    const unsealed = await setUpCeremonyEdition(t.db);
    const start = (mode: "live" | "rehearsal") => startCeremony({ db: t.db, actor: unsealed.admin, editionId: unsealed.edition.id, mode });
    await expect(start("live")).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Seal the result first/) });
    expect(await outcomeOf(start("rehearsal"))).toBe("ok");
  });

  it("by the reveal: refused when the seal was lifted during the show, published when sealed, never un-published by going back", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    let { version } = await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "live" });
    const move = async (direction: "next" | "previous") => {
      const moved = await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction, version });
      version = moved.version;
      return moved;
    };
    for (let i = 0; i < 3; i++) await move("next");
    await unfreezeResult({ db: t.db, user: admin, editionId: edition.id, reason: "A prize was wrong" });
    await expect(move("next")).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/^Seal the result first/) });
    expect((await getEdition(t.db, edition.id)).phase).toBe("deliberation");

    await sealResult(t.db, edition.id, admin.id);
    expect(await move("next")).toMatchObject({ isPublished: true });
    await move("previous");
    expect((await getEdition(t.db, edition.id)).phase).toBe("published");
  });
});

describe("the scheduled publication's job", () => {
  it("is a registered kind", async () => {
    const { getJobHandler } = await import("@/lib/jobs/registry");
    expect(getJobHandler("publication")).toBeDefined();
    expect(getJobHandler("mail.deliver")?.repeatEverySeconds).toBeGreaterThan(0);
  });
});
