import { eq } from "drizzle-orm";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { Database } from "@/db/client";
import { editions } from "@/db/schema";
import { moveCeremonyStep, startCeremony } from "@/lib/ceremony/control";
import { advanceEditionPhase } from "@/lib/editions/advance-phase";
import { runDueJobs } from "@/lib/jobs/runner";
import { saveAwards } from "@/lib/results/awards";
import { saveJuryStatement } from "@/lib/results/jury-statement";
import {
  getCachedPublicPractice,
  getCachedPublishedResults,
  listCachedPracticeFacets,
  listCachedPublicPractices,
  listCachedPublishedEditions,
} from "@/lib/results/public-cache";
import { parsePracticeFilters } from "@/lib/validation/practice-filters";
import { PUBLIC_RESULTS_TAG } from "@/lib/results/public-invalidation";
import { setEmbargo } from "@/lib/results/publication";
import { setUpCeremonyEdition } from "../fixtures/ceremony";
import { describeEachEngine } from "../helpers/db";

/**
 * Next's data cache stood in for by a map that keeps every answer until its tag is cleared, so a write that forgot
 * to clear it shows as a stale answer. Outside a request revalidateTag throws as Next's does, so the job runner's
 * path (the process's own cache) is the one exercised, as in the server.
 */
const cache = vi.hoisted(() => ({ entries: new Map<string, unknown>(), clears: [] as string[][], isInRequest: false }));

vi.mock("next/cache", () => ({
  unstable_cache:
    (read: (...args: unknown[]) => Promise<unknown>, keyParts: string[]) =>
    async (...args: unknown[]) => {
      const key = JSON.stringify([keyParts, args]);
      if (!cache.entries.has(key)) cache.entries.set(key, await read(...args));
      return cache.entries.get(key);
    },
  revalidateTag: (tag: string) => {
    if (!cache.isInRequest) throw new Error(`Invariant: static generation store missing in revalidateTag(${JSON.stringify(tag)})`);
    cache.clears.push([tag]);
    cache.entries.clear();
  },
}));

// The cached readers use the app's connection; here it is the test's database.
const wiring = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("@/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db/client")>()), getDb: () => wiring.db }));

const processCache = {
  revalidateTag: async (tags: string[]) => {
    cache.clears.push(tags);
    cache.entries.clear();
  },
};

beforeEach(() => {
  (globalThis as { __incrementalCache?: unknown }).__incrementalCache = processCache;
  cache.entries.clear();
  cache.clears = [];
  cache.isInRequest = false;
});
afterEach(() => {
  delete (globalThis as { __incrementalCache?: unknown }).__incrementalCache;
});

async function getVersion(db: Database, editionId: number) {
  const [row] = await db.select({ version: editions.version }).from(editions).where(eq(editions.id, editionId));
  return row!.version;
}

describeEachEngine("the public cache", (t) => {
  beforeEach(() => {
    wiring.db = t.db;
  });

  it("never holds an embargoed result before its time, and shows it once the job runner has published it", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    const embargoAt = new Date(Date.now() + 3600_000);
    await setEmbargo({ db: t.db, actor: admin, editionId: edition.id, embargoAt, version: await getVersion(t.db, edition.id) });

    // Visitors before the embargo: the query returns nothing unpublished, so the cache can only hold "not found".
    expect(await getCachedPublishedResults(edition.year)).toBeUndefined();
    await runDueJobs({ db: t.db });
    expect(await getCachedPublishedResults(edition.year)).toBeUndefined();
    expect([...cache.entries.values()].filter((value) => value !== undefined && !Array.isArray(value))).toEqual([]);
    expect(cache.clears).toEqual([]);

    // The embargo's end: the job publishes and clears the cache, so the next visitor sees the results.
    await runDueJobs({ db: t.db, now: new Date(embargoAt.getTime() + 60_000) });
    expect(cache.clears).toEqual([[PUBLIC_RESULTS_TAG]]);
    const results = await getCachedPublishedResults(edition.year);
    expect(results?.awards.map((a) => a.rank)).toEqual([1, 2, 3]);
    expect(results?.publishedAt).toBeInstanceOf(Date);
    expect((await listCachedPublishedEditions()).map((e) => e.year)).toContain(edition.year);
  });

  it("never holds an embargoed edition's good practices before its time, and shows them once published", async () => {
    const { edition, admin, nominees } = await setUpCeremonyEdition(t.db, { isSealed: true });
    const embargoAt = new Date(Date.now() + 3600_000);
    await setEmbargo({ db: t.db, actor: admin, editionId: edition.id, embargoAt, version: await getVersion(t.db, edition.id) });
    const byYear = parsePracticeFilters({ year: String(edition.year) });
    const read = async () => ({
      page: await listCachedPublicPractices(byYear),
      winner: await getCachedPublicPractice(nominees.denmark.id),
      years: (await listCachedPracticeFacets()).years.map((y) => y.year),
    });

    // Visitors before the embargo: the catalogue, the entry's page and the filters' counts know nothing of it.
    const before = await read();
    expect(before.page).toMatchObject({ items: [], total: 0 });
    expect(before.winner).toBeUndefined();
    expect(before.years).not.toContain(edition.year);
    await runDueJobs({ db: t.db });
    expect((await read()).page.total).toBe(0);

    // The embargo's end clears the cache: the answers cached empty above give way to the published entries.
    await runDueJobs({ db: t.db, now: new Date(embargoAt.getTime() + 60_000) });
    expect(cache.clears).toEqual([[PUBLIC_RESULTS_TAG]]);
    const after = await read();
    expect(after.page.items.map((p) => [p.title, p.outcome])).toEqual([
      ["Winner-title-W1N", "winner"],
      ["Second-title-S2C", "runner-up"],
      ["Third-title-T3D", "runner-up"],
      ["Swedish participant", "competing"],
      ["Additional project", "good-practice"],
    ]);
    expect(after.winner).toMatchObject({ juryReason: "Winner-reason-W1N", prize: "Winner-prize-W1N" });
    expect(after.years).toContain(edition.year);
  });

  it("is cleared by the reveal in the live show, once the step has committed", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    let { version } = await startCeremony({ db: t.db, actor: admin, editionId: edition.id, mode: "live" });
    expect(await getCachedPublishedResults(edition.year)).toBeUndefined();
    for (let step = 0; step < 3; step++) {
      ({ version } = await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version }));
    }
    // The nominees and the runners-up publish nothing and leave the cache as it was.
    expect(cache.clears).toEqual([]);
    expect(await moveCeremonyStep({ db: t.db, actor: admin, editionId: edition.id, mode: "live", direction: "next", version })).toMatchObject({ isPublished: true });
    expect(cache.clears).toHaveLength(1);
    expect((await getCachedPublishedResults(edition.year))?.awards).toHaveLength(3);
  });

  it("is cleared by the Publish button, the awards and the jury's statement, inside a request by Next's own call", async () => {
    cache.isInRequest = true;
    const { edition, admin, nominees } = await setUpCeremonyEdition(t.db);
    const places = [
      { rank: 1, nominationId: nominees.france.id, prize: "", juryReason: "Changed" },
      { rank: 2, nominationId: nominees.denmark.id, prize: "", juryReason: "" },
    ];
    await saveAwards({ db: t.db, actor: admin, editionId: edition.id, places });
    await saveJuryStatement({ db: t.db, actor: admin, editionId: edition.id, statement: "The jury's reasons." });
    expect(cache.clears).toEqual([[PUBLIC_RESULTS_TAG], [PUBLIC_RESULTS_TAG]]);
  });

  it("is cleared by a phase move, which the home page and the API show", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db, { isSealed: true });
    await advanceEditionPhase({ db: t.db, actor: admin, editionId: edition.id, from: "deliberation", to: "published", version: await getVersion(t.db, edition.id) });
    expect(cache.clears).toEqual([[PUBLIC_RESULTS_TAG]]);
    expect((await getCachedPublishedResults(edition.year))?.year).toBe(edition.year);
  });

  it("is left alone by a write that fails", async () => {
    const { edition, admin } = await setUpCeremonyEdition(t.db);
    await expect(saveJuryStatement({ db: t.db, actor: admin, editionId: edition.id + 100_000, statement: "x" })).rejects.toBeTruthy();
    expect(cache.clears).toEqual([]);
  });
});
