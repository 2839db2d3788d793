import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { auditEvents, editions } from "@/db/schema";
import { getPublishedResults, listPublicEditions, listPublishedEditions } from "@/lib/results/public-queries";
import { getEmbargo, publishDueEditions, setEmbargo } from "@/lib/results/publication";
import { setUpCeremonyEdition } from "../fixtures/ceremony";
import { outcomeOf } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

/** Sets the embargo straight in the database, relative to its own clock (e.g. "1 hour" or "-1 second"). */
async function setEmbargoIn(db: Database, editionId: number, interval: string) {
  await db
    .update(editions)
    .set({ embargoAt: sql`now() + ${interval}::interval` })
    .where(eq(editions.id, editionId));
}

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

describeEachEngine("publication at the embargo", (t) => {
  it("keeps the results private before the embargo time, by the database clock", async () => {
    const { edition } = await setUpCeremonyEdition(t.db);
    await setEmbargoIn(t.db, edition.id, "1 hour");
    expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
    expect((await listPublishedEditions({ db: t.db })).map((e) => e.year)).not.toContain(edition.year);
    expect(await publishDueEditions({ db: t.db })).not.toContain(edition.year);
    expect((await getEdition(t.db, edition.id)).phase).toBe("deliberation");
  });

  it("publishes on the first public read after the embargo time, as the schedule with no actor", async () => {
    const { edition } = await setUpCeremonyEdition(t.db);
    await setEmbargoIn(t.db, edition.id, "-1 second");
    const results = await getPublishedResults({ db: t.db, year: edition.year });
    expect(results?.awards).toHaveLength(3);
    const after = await getEdition(t.db, edition.id);
    expect(after.phase).toBe("published");
    expect(after.publishedAt).toBeInstanceOf(Date);
    const audit = await listPublicationAudit(t.db, edition.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: null, data: { trigger: "embargo", from: "deliberation", to: "published" } });
  });

  it("publishes once however many readers arrive at the same moment", async () => {
    const { edition } = await setUpCeremonyEdition(t.db);
    await setEmbargoIn(t.db, edition.id, "-1 minute");
    await Promise.all([
      publishDueEditions({ db: t.db }),
      listPublicEditions({ db: t.db }),
      getPublishedResults({ db: t.db, year: edition.year }),
      publishDueEditions({ db: t.db }),
    ]);
    expect(await publishDueEditions({ db: t.db })).not.toContain(edition.year);
    expect(await listPublicationAudit(t.db, edition.id)).toHaveLength(1);
  });

  it("leaves an edition without a winner unpublished when its embargo passes, and says so", async () => {
    const { edition } = await setUpCeremonyEdition(t.db, { places: [] });
    await setEmbargoIn(t.db, edition.id, "-1 second");
    expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
    expect(await getEmbargo({ db: t.db, editionId: edition.id })).toMatchObject({ isPassed: true, hasWinner: false });
    expect((await getEdition(t.db, edition.id)).phase).toBe("deliberation");
  });

  it("lets the secretariat schedule a future time and cancel it; refuses the past, stale pages and others", async () => {
    const { edition, admin, coordinator } = await setUpCeremonyEdition(t.db);
    const { version } = await getEdition(t.db, edition.id);
    const inAnHour = new Date(Date.now() + 3600_000);
    const schedule = (embargoAt: Date | null, v: number, actor = admin) => setEmbargo({ db: t.db, actor, editionId: edition.id, embargoAt, version: v });

    expect(await outcomeOf(schedule(inAnHour, version, coordinator))).toBe("FORBIDDEN");
    expect(await outcomeOf(schedule(new Date(Date.now() - 60_000), version))).toBe("INVALID");
    const saved = await schedule(inAnHour, version);
    expect(saved.embargoAt?.getTime()).toBe(inAnHour.getTime());
    expect(await outcomeOf(schedule(null, version))).toBe("CONFLICT");
    const cleared = await schedule(null, saved.version);
    expect(cleared.embargoAt).toBeNull();
    const actions = await t.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.editionId, edition.id));
    expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(["edition.embargo_set", "edition.embargo_cleared"]));

    const published = await setUpCeremonyEdition(t.db, { phase: "published" });
    const { version: publishedVersion } = await getEdition(t.db, published.edition.id);
    expect(
      await outcomeOf(setEmbargo({ db: t.db, actor: published.admin, editionId: published.edition.id, embargoAt: inAnHour, version: publishedVersion })),
    ).toBe("CONFLICT");
  });

  it("does not publish an edition still in jury scoring when its embargo passes", async () => {
    const { edition } = await setUpCeremonyEdition(t.db, { phase: "jury_scoring" });
    await setEmbargoIn(t.db, edition.id, "-1 second");
    await publishDueEditions({ db: t.db });
    expect((await getEdition(t.db, edition.id)).phase).toBe("jury_scoring");
    expect(await getPublishedResults({ db: t.db, year: edition.year })).toBeUndefined();
  });
});
