import { and, eq, sql } from "drizzle-orm";
import { expect, it } from "vitest";
import type { Database } from "@/db/client";
import { assignments, awards, conflicts, criteria, editions, frozenResults, jobs, memberships, nominations, rankingSnapshots, rankingVersions, scoreSheets, scores, tieDecisions, users } from "@/db/schema";
import { JOB_KINDS, getEditionJobKey } from "@/lib/jobs/kinds";
import { toCanonicalValue } from "@/lib/domain/canonical-json";
import { runDueJobs } from "@/lib/jobs/runner";
import { getDeliberationRanking, INLINE_RANKING_SHEET_LIMIT, queueRankingCompute } from "@/lib/results/deliberation-ranking";
import { freezeResult } from "@/lib/results/freeze";
import { describeEditionRanking, getRankingRecord } from "@/lib/results/ranking";
import { computeRankingSnapshotInWorker } from "@/lib/results/ranking-worker-client";
import { computeRankingSnapshot, getRankingSnapshots, getRankingState, getRankingVersion, toRankingView } from "@/lib/results/ranking-snapshot";
import { insertSheet, setUpScoringEdition } from "../fixtures/jury";
import { describeEachEngine } from "../helpers/db";

const JURORS = ["IT", "GR", "LV"];
const DOSSIERS = ["DK", "FR", "RO", "SE"];

/** An edition in deliberation: every juror submitted a sheet for every dossier but their own, DK best; one draft sheet. */
async function setUpDeliberation(db: Database) {
  const base: Record<string, number> = { DK: 9, FR: 8, RO: 6, SE: 4 };
  const setup = await setUpScoringEdition(db, { jurors: JURORS, dossiers: DOSSIERS });
  const { edition, jurors, dossiers } = setup;
  const sheetIds: number[] = [];
  for (const [index, jurorCountry] of JURORS.entries()) {
    for (const dossierCountry of DOSSIERS) {
      const value = base[dossierCountry]! - index;
      const state = jurorCountry === "LV" && dossierCountry === "SE" ? "draft" : "submitted";
      sheetIds.push(await insertSheet(db, { editionId: edition.id, nominationId: dossiers[dossierCountry]!, jurorUserId: jurors[jurorCountry]!.id, state, value }));
    }
  }
  await db.update(editions).set({ phase: "deliberation", juryClosedAt: new Date() }).where(eq(editions.id, edition.id));
  const draftSheetId = sheetIds[sheetIds.length - 1]!;
  return { ...setup, sheetIds: sheetIds.slice(0, -1), draftSheetId };
}

/** Whether the write moved the edition's ranking version. */
async function isBumpedBy(db: Database, editionId: number, write: () => PromiseLike<unknown>): Promise<boolean> {
  const before = await getRankingVersion({ db, editionId });
  await write();
  return (await getRankingVersion({ db, editionId })) !== before;
}

/**
 * Counts the edition as large from now on (as if it held 5,000 more submitted sheets), so its changes queue the
 * computation, and queues the first one, as the change that made it large would have.
 */
async function makeLarge(db: Database, editionId: number) {
  await db.update(rankingVersions).set({ submittedSheets: sql`${rankingVersions.submittedSheets} + 5000` }).where(eq(rankingVersions.editionId, editionId));
  await queueRankingCompute({ db, editionId });
}

/** The edition's pending ranking computations (one at most). */
async function countPendingComputations(db: Database, editionId: number): Promise<number> {
  const rows = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.kind, JOB_KINDS.rankingCompute), eq(jobs.key, getEditionJobKey(editionId)), eq(jobs.state, "pending")));
  return rows.length;
}

describeEachEngine("the ranking snapshot", (t) => {
  it("moves the ranking version on every write the ranking reads, and on no other", async () => {
    const { edition, jurors, dossiers, sheetIds, draftSheetId } = await setUpDeliberation(t.db);
    const id = edition.id;
    const [sheet] = sheetIds;
    const [criterion] = await t.db.select({ id: criteria.id }).from(criteria).where(eq(criteria.editionId, id)).limit(1);
    const bumps = async (write: () => PromiseLike<unknown>) => isBumpedBy(t.db, id, write);

    // What the ranking reads.
    expect(await bumps(() => t.db.update(scores).set({ value: 3 }).where(eq(scores.sheetId, sheet!)))).toBe(true);
    expect(await bumps(() => t.db.update(scoreSheets).set({ state: "draft", submittedAt: null }).where(eq(scoreSheets.id, sheet!)))).toBe(true);
    expect(await bumps(() => t.db.update(scoreSheets).set({ state: "submitted", submittedAt: new Date() }).where(eq(scoreSheets.id, sheet!)))).toBe(true);
    expect(await bumps(() => t.db.update(scoreSheets).set({ isExcluded: true, exclusionReason: "Wrong dossier" }).where(eq(scoreSheets.id, sheet!)))).toBe(true);
    expect(await bumps(() => t.db.insert(conflicts).values({ editionId: id, jurorUserId: jurors.IT!.id, nominationId: dossiers.FR!, source: "declared", reason: "Partner" }))).toBe(true);
    expect(await bumps(() => t.db.delete(conflicts).where(eq(conflicts.editionId, id)))).toBe(true);
    expect(await bumps(() => t.db.insert(tieDecisions).values({ editionId: id, orderedNominationIds: [dossiers.DK!, dossiers.FR!], reason: "The jury preferred DK" }))).toBe(true);
    expect(await bumps(() => t.db.update(editions).set({ isNormalised: true }).where(eq(editions.id, id)))).toBe(true);
    expect(await bumps(() => t.db.update(editions).set({ tieBreakChain: ["median"] }).where(eq(editions.id, id)))).toBe(true);
    expect(await bumps(() => t.db.update(editions).set({ awardedPlaces: 2 }).where(eq(editions.id, id)))).toBe(true);
    expect(await bumps(() => t.db.update(criteria).set({ weight: 2 }).where(eq(criteria.id, criterion!.id)))).toBe(true);
    expect(await bumps(() => t.db.update(memberships).set({ isVoting: false }).where(eq(memberships.userId, jurors.GR!.id)))).toBe(true);
    expect(await bumps(() => t.db.update(nominations).set({ title: "Renamed" }).where(eq(nominations.id, dossiers.RO!)))).toBe(true);
    expect(await bumps(() => t.db.update(users).set({ name: "Renamed juror" }).where(eq(users.id, jurors.LV!.id)))).toBe(true);
    expect(await bumps(() => t.db.delete(scoreSheets).where(eq(scoreSheets.id, sheetIds[1]!)))).toBe(true);

    // What it does not: drafts, comments, assignments, the theme, a setting written with its old value.
    expect(await bumps(() => t.db.update(scores).set({ value: 2 }).where(eq(scores.sheetId, draftSheetId)))).toBe(false);
    expect(await bumps(() => t.db.update(scoreSheets).set({ overallComment: "Still thinking" }).where(eq(scoreSheets.id, draftSheetId)))).toBe(false);
    expect(await bumps(() => t.db.update(scores).set({ comment: "Clear" }).where(eq(scores.sheetId, sheetIds[2]!)))).toBe(false);
    expect(await bumps(() => t.db.update(scoreSheets).set({ overallComment: "Solid" }).where(eq(scoreSheets.id, sheetIds[2]!)))).toBe(false);
    expect(await bumps(() => t.db.delete(assignments).where(and(eq(assignments.editionId, id), eq(assignments.jurorUserId, jurors.IT!.id))))).toBe(false);
    expect(await bumps(() => t.db.update(editions).set({ theme: "Another theme" }).where(eq(editions.id, id)))).toBe(false);
    expect(await bumps(() => t.db.update(editions).set({ awardedPlaces: 2 }).where(eq(editions.id, id)))).toBe(false);
    expect(await bumps(() => t.db.update(nominations).set({ description: "Longer text" }).where(eq(nominations.id, dossiers.RO!)))).toBe(false);
    expect(await bumps(() => t.db.update(criteria).set({ guidance: "Read the form" }).where(eq(criteria.id, criterion!.id)))).toBe(false);
  });

  it("stores the ranking the record gives, for the version it was read at, and computes a version once", async () => {
    const { edition } = await setUpDeliberation(t.db);
    const computed = await computeRankingSnapshot({ db: t.db, editionId: edition.id });
    expect(computed).toEqual({ version: await getRankingVersion({ db: t.db, editionId: edition.id }), isComputed: true });
    const { current, latestReady } = await getRankingSnapshots({ db: t.db, editionId: edition.id, version: computed.version });
    expect(current).toMatchObject({ status: "ready", progress: 100 });
    expect(latestReady!.record).toEqual(JSON.parse(JSON.stringify(toRankingView(await getRankingRecord({ db: t.db, editionId: edition.id })))));
    expect(await computeRankingSnapshot({ db: t.db, editionId: edition.id })).toEqual({ version: computed.version, isComputed: false });
  });

  it.skipIf(t.engine !== "postgres")("computes the same snapshot in a worker thread with its own connection (PostgreSQL server only)", async () => {
    const { edition } = await setUpDeliberation(t.db);
    const computed = await computeRankingSnapshotInWorker({ url: t.url!, editionId: edition.id });
    expect(computed).toEqual({ version: await getRankingVersion({ db: t.db, editionId: edition.id }), isComputed: true });
    const { latestReady } = await getRankingSnapshots({ db: t.db, editionId: edition.id, version: computed.version });
    expect(latestReady!.record).toEqual(JSON.parse(JSON.stringify(toRankingView(await getRankingRecord({ db: t.db, editionId: edition.id })))));
  });

  it("shows progress, then the ready snapshot, then the old one marked as updating after a change", async () => {
    const { edition, admin, sheetIds } = await setUpDeliberation(t.db);
    await makeLarge(t.db, edition.id);
    const load = () => getDeliberationRanking({ db: t.db, viewer: admin, editionId: edition.id });

    expect(await load()).toEqual({ state: "computing", progress: 0, isFailed: false });
    await runDueJobs({ db: t.db });
    const ready = await load();
    const live = describeEditionRanking(toRankingView(await getRankingRecord({ db: t.db, editionId: edition.id })));
    expect(ready.state).toBe("ready");
    if (ready.state !== "ready") return;
    expect(JSON.parse(JSON.stringify(ready.ranking))).toEqual(JSON.parse(JSON.stringify(live)));
    expect(ready.computedAt).toBeInstanceOf(Date);

    // The change itself queues the next computation; the page only reads.
    await t.db.update(scores).set({ value: 1 }).where(eq(scores.sheetId, sheetIds[0]!));
    expect(await countPendingComputations(t.db, edition.id)).toBe(1);
    const updating = await load();
    expect(updating).toMatchObject({ state: "updating", progress: 0, isFailed: false });
    if (updating.state !== "updating") return;
    expect(updating.ranking.rows.map((r) => r.nominationId)).toEqual(ready.ranking.rows.map((r) => r.nominationId));
    await runDueJobs({ db: t.db });
    const again = await load();
    expect(again.state).toBe("ready");
    // The older snapshot is dropped once the new one is stored.
    expect(await t.db.select({ version: rankingSnapshots.version }).from(rankingSnapshots).where(eq(rankingSnapshots.editionId, edition.id))).toHaveLength(1);
  });

  it("computes a small edition on the request, and queues nothing for its changes", async () => {
    const { edition, admin, sheetIds } = await setUpDeliberation(t.db);
    expect(await getDeliberationRanking({ db: t.db, viewer: admin, editionId: edition.id })).toMatchObject({ state: "ready", computedAt: null });
    await t.db.update(scores).set({ value: 1 }).where(eq(scores.sheetId, sheetIds[0]!));
    expect(await countPendingComputations(t.db, edition.id)).toBe(0);
  });

  it("never writes when the page is read: no job, no snapshot row, whatever the state", async () => {
    const { edition, admin } = await setUpDeliberation(t.db);
    await t.db.update(rankingVersions).set({ submittedSheets: sql`${rankingVersions.submittedSheets} + 5000` }).where(eq(rankingVersions.editionId, edition.id));
    const countRows = async () => [
      (await t.db.select({ id: jobs.id }).from(jobs).where(eq(jobs.key, getEditionJobKey(edition.id)))).length,
      (await t.db.select({ id: rankingSnapshots.id }).from(rankingSnapshots).where(eq(rankingSnapshots.editionId, edition.id))).length,
    ];
    const before = await countRows();
    expect(await getDeliberationRanking({ db: t.db, viewer: admin, editionId: edition.id })).toMatchObject({ state: "computing" });
    expect(await countRows()).toEqual(before);
  });

  it("queues a large edition's computation with the change, once while it waits, and not for a change rolled back", async () => {
    const { edition, sheetIds } = await setUpDeliberation(t.db);
    await t.db.update(rankingVersions).set({ submittedSheets: sql`${rankingVersions.submittedSheets} + 5000` }).where(eq(rankingVersions.editionId, edition.id));
    await t.db
      .transaction(async (tx) => {
        await tx.update(scores).set({ value: 2 }).where(eq(scores.sheetId, sheetIds[0]!));
        throw new Error("rolled back");
      })
      .catch(() => undefined);
    expect(await countPendingComputations(t.db, edition.id)).toBe(0);
    await t.db.update(scores).set({ value: 2 }).where(eq(scores.sheetId, sheetIds[0]!));
    await t.db.update(scores).set({ value: 3 }).where(eq(scores.sheetId, sheetIds[1]!));
    expect(await countPendingComputations(t.db, edition.id)).toBe(1);
  });

  it("spaces a large edition's computations while changes keep coming: three times the last one's length after it started", async () => {
    const { edition, sheetIds } = await setUpDeliberation(t.db);
    await makeLarge(t.db, edition.id);
    await runDueJobs({ db: t.db });
    const version = await getRankingVersion({ db: t.db, editionId: edition.id });
    const pendingRunAt = async () => {
      const [job] = await t.db
        .select({ inSeconds: sql<number>`extract(epoch from ${jobs.runAt} - now())::float8` })
        .from(jobs)
        .where(and(eq(jobs.key, getEditionJobKey(edition.id)), eq(jobs.state, "pending")));
      return Number(job!.inSeconds);
    };
    // As if the last computation had started 2 s ago and taken 2 s: 0.5 s to load, then 1.5 s to compute and store.
    await t.db
      .update(rankingSnapshots)
      .set({ startedAt: sql`now() - interval '2 seconds'`, computedAt: sql`now() - interval '0.5 seconds'`, loadMs: 500 })
      .where(and(eq(rankingSnapshots.editionId, edition.id), eq(rankingSnapshots.version, version)));
    await t.db.update(scores).set({ value: 1 }).where(eq(scores.sheetId, sheetIds[0]!));
    // Started 2 s ago + 3 × 2 s: due in about 4 s, so the runner leaves it for now.
    expect(await pendingRunAt()).toBeGreaterThan(3.5);
    expect(await pendingRunAt()).toBeLessThan(4.5);
    expect((await runDueJobs({ db: t.db })).done).toEqual([]);

    // A computation under a second (a small edition) leaves the next one due at once.
    await t.db.delete(jobs).where(eq(jobs.key, getEditionJobKey(edition.id)));
    await t.db.update(rankingSnapshots).set({ computedAt: sql`now() - interval '1.5 seconds'`, loadMs: 0 }).where(eq(rankingSnapshots.editionId, edition.id));
    await t.db.update(scores).set({ value: 2 }).where(eq(scores.sheetId, sheetIds[0]!));
    expect(await pendingRunAt()).toBeLessThanOrEqual(0);
  });

  it("keeps the count of submitted sheets through submissions, reopenings and deletions, and a draft's save writes none", async () => {
    const { edition, sheetIds, draftSheetId } = await setUpDeliberation(t.db);
    const count = async () => (await getRankingState({ db: t.db, editionId: edition.id })).submittedSheets;
    expect(await count()).toBe(sheetIds.length);
    await t.db.update(scoreSheets).set({ state: "submitted", submittedAt: new Date() }).where(eq(scoreSheets.id, draftSheetId));
    expect(await count()).toBe(sheetIds.length + 1);
    await t.db.update(scoreSheets).set({ state: "draft", submittedAt: null }).where(eq(scoreSheets.id, sheetIds[0]!));
    expect(await count()).toBe(sheetIds.length);
    await t.db.delete(scoreSheets).where(eq(scoreSheets.id, sheetIds[1]!));
    expect(await count()).toBe(sheetIds.length - 1);
    const versionBefore = await getRankingVersion({ db: t.db, editionId: edition.id });
    await t.db.update(scoreSheets).set({ updatedAt: new Date() }).where(eq(scoreSheets.id, sheetIds[0]!));
    expect(await count()).toBe(sheetIds.length - 1);
    expect(await getRankingVersion({ db: t.db, editionId: edition.id })).toBe(versionBefore);
    // The database's limit and the app's are the same number.
    const result = await t.db.execute<{ n: number }>(sql`select ranking_inline_sheet_limit() as n`);
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    expect(Number(rows[0]!.n)).toBe(INLINE_RANKING_SHEET_LIMIT);
  });

  it("never seals from a snapshot: the seal is computed from the sheets as they are", async () => {
    const { edition, admin, dossiers, sheetIds } = await setUpDeliberation(t.db);
    await computeRankingSnapshot({ db: t.db, editionId: edition.id });
    // A change after the snapshot: DK falls to last on one juror's sheet.
    await t.db.update(scores).set({ value: 1 }).where(eq(scores.sheetId, sheetIds[0]!));
    const stale = (await getRankingSnapshots({ db: t.db, editionId: edition.id, version: -1 })).latestReady!;
    const fresh = await getRankingRecord({ db: t.db, editionId: edition.id });
    expect(stale.record.result.dossiers).not.toEqual(JSON.parse(JSON.stringify(fresh.result.dossiers)));

    await t.db.insert(awards).values(["DK", "FR", "RO"].map((c, i) => ({ editionId: edition.id, rank: i + 1, nominationId: dossiers[c]!, prize: "EUR", juryReason: `For ${c}` })));
    await freezeResult({ db: t.db, user: admin, editionId: edition.id });
    const [sealed] = await t.db.select({ snapshot: frozenResults.snapshot }).from(frozenResults).where(eq(frozenResults.editionId, edition.id));
    const sealedRanking = (sealed!.snapshot as { ranking: { dossiers: unknown } }).ranking;
    expect(sealedRanking.dossiers).toEqual(toCanonicalValue(fresh.result.dossiers));
    expect(sealedRanking.dossiers).not.toEqual(toCanonicalValue(stale.record.result.dossiers));
  });
});
