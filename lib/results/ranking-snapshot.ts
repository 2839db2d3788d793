import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { and, desc, eq, lt, ne, sql } from "drizzle-orm";
import type { Database, Executor, Transaction } from "../../db/client";
import { rankingSnapshotPlaces, rankingSnapshots, rankingVersions } from "../../db/schema";
import { computeRanking } from "../domain/ranking-result";
import { loadRankingRecordInput, type RankingRecord } from "./ranking";
import { summariseRanking, type RankingPlace, type RankingSummary } from "./ranking-summary";

/**
 * The ranking record as the deliberation shows it: everything but the sheets' scores (a million numbers at 10,000
 * dossiers, which the page never shows), so a snapshot stays a few megabytes. The seal keeps using the full record.
 */
export type RankingView = Omit<RankingRecord, "input"> & { input: Omit<RankingRecord["input"], "sheets"> };

export function toRankingView(record: RankingRecord): RankingView {
  const { criteria, tieBreakChain, tieDecisions, awardedPlaces, isNormalised } = record.input;
  return { ...record, input: { criteria, tieBreakChain, tieDecisions, awardedPlaces, isNormalised } };
}

/** The edition's ranking version, which the triggers of migration 0020 move on every change the ranking reads. */
export async function getRankingVersion({ db, editionId }: { db: Executor; editionId: number }): Promise<number> {
  const [row] = await db.select({ version: rankingVersions.version }).from(rankingVersions).where(eq(rankingVersions.editionId, editionId));
  return Number(row?.version ?? 0);
}

/** The edition's ranking version and submitted sheets (kept by the triggers of migrations 0020 and 0025), in one read. */
export async function getRankingState({ db, editionId }: { db: Executor; editionId: number }): Promise<{ version: number; submittedSheets: number }> {
  const [row] = await db
    .select({ version: rankingVersions.version, submittedSheets: rankingVersions.submittedSheets })
    .from(rankingVersions)
    .where(eq(rankingVersions.editionId, editionId));
  return { version: Number(row?.version ?? 0), submittedSheets: row?.submittedSheets ?? 0 };
}

const SNAPSHOT_STATE_COLUMNS = {
  id: rankingSnapshots.id,
  version: rankingSnapshots.version,
  status: rankingSnapshots.status,
  progress: rankingSnapshots.progress,
  error: rankingSnapshots.error,
  computedAt: rankingSnapshots.computedAt,
};

/** The snapshot of one version, whatever its status (no record, no summary). */
async function getSnapshotState({ db, editionId, version }: { db: Executor; editionId: number; version: number }) {
  const [current] = await db
    .select(SNAPSHOT_STATE_COLUMNS)
    .from(rankingSnapshots)
    .where(and(eq(rankingSnapshots.editionId, editionId), eq(rankingSnapshots.version, version)));
  return current ?? null;
}

/** The snapshot of one version (whatever its status) and the latest ready one, which may be older, with one JSON column. */
async function readSnapshots<T>(db: Executor, editionId: number, version: number, column: typeof rankingSnapshots.record | typeof rankingSnapshots.summary) {
  const current = await getSnapshotState({ db, editionId, version });
  const [latestReady] = await db
    .select({ ...SNAPSHOT_STATE_COLUMNS, content: column })
    .from(rankingSnapshots)
    .where(and(eq(rankingSnapshots.editionId, editionId), eq(rankingSnapshots.status, "ready")))
    .orderBy(desc(rankingSnapshots.version))
    .limit(1);
  return { current, latestReady: latestReady ? { ...latestReady, content: latestReady.content as T, computedAt: latestReady.computedAt! } : null };
}

/** The snapshot of one version (whatever its status) and the latest ready one with its whole record, which may be older. */
export async function getRankingSnapshots({ db, editionId, version }: { db: Executor; editionId: number; version: number }) {
  const { current, latestReady } = await readSnapshots<RankingView>(db, editionId, version, rankingSnapshots.record);
  return { current, latestReady: latestReady && { ...latestReady, record: latestReady.content } };
}

/** As getRankingSnapshots, with the latest ready one's summary instead of its record (what the deliberation page reads). */
export async function getRankingSnapshotSummaries({ db, editionId, version }: { db: Executor; editionId: number; version: number }) {
  const { current, latestReady } = await readSnapshots<RankingSummary>(db, editionId, version, rankingSnapshots.summary);
  return { current, latestReady: latestReady && { ...latestReady, summary: latestReady.content } };
}

/** Records how far the computation of a version is, creating its row if the page has not yet. */
export async function setRankingProgress({ db, editionId, version, progress }: { db: Executor; editionId: number; version: number; progress: number }) {
  await db
    .insert(rankingSnapshots)
    .values({ editionId, version, progress })
    .onConflictDoUpdate({
      target: [rankingSnapshots.editionId, rankingSnapshots.version],
      set: { progress, status: "computing", error: null },
      setWhere: ne(rankingSnapshots.status, "ready"),
    });
}

export interface ComputedSnapshot {
  version: number;
  /** False when the version had a ready snapshot already and nothing was computed. */
  isComputed: boolean;
}

/**
 * Computes the edition's ranking as it is now and stores it as the snapshot of the version it was read at. The
 * version and the rows are read in one repeatable-read transaction, so the snapshot is exactly that version's
 * ranking even if a juror submits meanwhile (the next version is then computed by the next job). The ranking itself
 * is computed after the transaction, with a yield before it, so the connection is free again while it runs.
 */
export async function computeRankingSnapshot({ db, editionId }: { db: Database; editionId: number }): Promise<ComputedSnapshot> {
  const startedAt = performance.now();
  const loaded = await db.transaction(
    async (tx): Promise<{ version: number; record: LoadedRecord | null }> => {
      const version = await getRankingVersion({ db: tx, editionId });
      const current = await getSnapshotState({ db: tx, editionId, version });
      if (current?.status === "ready") return { version, record: null };
      return { version, record: await loadRankingRecordInput({ db: tx, editionId }) };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const { version } = loaded;
  if (!loaded.record) return { version, isComputed: false };
  const loadMs = Math.round(performance.now() - startedAt);
  await setRankingProgress({ db, editionId, version, progress: 50 });
  await yieldToEventLoop();
  const computed = computeView(loaded.record);
  // The sheets (200,000 objects at 10,000 dossiers) are let go before the store, whose JSON needs the room.
  loaded.record = null;
  await storeRankingSnapshot({ db, editionId, version, ...computed, loadMs });
  return { version, isComputed: true };
}

type LoadedRecord = Awaited<ReturnType<typeof loadRankingRecordInput>>;

/** The ranking computed from what was loaded, as the view a snapshot stores (without the sheets). */
function computeView(record: LoadedRecord) {
  const startedAt = performance.now();
  const { input, ...rest } = record;
  const result = computeRanking(input);
  const computeMs = Math.round(performance.now() - startedAt);
  return { view: toRankingView({ ...rest, input, result }), sheetCount: input.sheets.length, computeMs };
}

/**
 * Rows per statement of a snapshot's places, each batch travelling as one JSON text of about 8 MB at 4 KB a row, so
 * the job never holds the whole list's JSON (44 MB at 10,000 dossiers) and the driver's copy of it at once.
 */
const PLACE_INSERT_BATCH = 2000;

/**
 * Inserts a snapshot's places, their rows sent as JSON text that PostgreSQL unpacks (json_to_recordset): at 10,000
 * dossiers, batches of 9,000 bound values cost drizzle about 2 s of CPU (each value checked and mapped, each row's
 * JSON encoded apart), where JSON.stringify of the rows costs about 0.4 s.
 */
async function insertPlaces(tx: Transaction, snapshotId: number, places: readonly RankingPlace[]) {
  for (let start = 0; start < places.length; start += PLACE_INSERT_BATCH) {
    const batch = JSON.stringify(places.slice(start, start + PLACE_INSERT_BATCH));
    await tx.execute(sql`
      insert into ${rankingSnapshotPlaces} (snapshot_id, position, raw_position, normalised_position, nomination_id, country_code, country_name, title, row)
      select ${snapshotId}, p.position, p."rawPosition", p."normalisedPosition", p."nominationId", p."countryCode", p."countryName", p.title, p.row
      from json_to_recordset(${batch}::json) as p(position integer, "rawPosition" integer, "normalisedPosition" integer, "nominationId" uuid, "countryCode" text, "countryName" text, title text, row json)`);
  }
}

/**
 * Stores a version's computed ranking as ready, with its summary and one row per dossier, and drops the edition's
 * older snapshots (their places cascade), which nothing reads any more.
 */
export async function storeRankingSnapshot({
  db,
  editionId,
  version,
  view,
  sheetCount,
  loadMs,
  computeMs,
}: { db: Database; editionId: number; version: number; view: RankingView; sheetCount: number; loadMs: number; computeMs: number }) {
  const { summary, places } = summariseRanking(view);
  const values = { status: "ready" as const, progress: 100, record: view, summary, error: null, sheetCount, loadMs, computeMs };
  await db.transaction(async (tx) => {
    const [stored] = await tx
      .insert(rankingSnapshots)
      .values({ editionId, version, ...values })
      .onConflictDoUpdate({ target: [rankingSnapshots.editionId, rankingSnapshots.version], set: values })
      .returning({ id: rankingSnapshots.id });
    await tx.delete(rankingSnapshotPlaces).where(eq(rankingSnapshotPlaces.snapshotId, stored!.id));
    await insertPlaces(tx, stored!.id, places);
    await tx.delete(rankingSnapshots).where(and(eq(rankingSnapshots.editionId, editionId), lt(rankingSnapshots.version, version)));
    // Set last, when the store ended (now() would be when its transaction began): the spacing of the next computation
    // (migration 0029) counts the store, seconds of a 10,000-dossier job, in what a computation takes.
    await tx.update(rankingSnapshots).set({ computedAt: sql`clock_timestamp()` }).where(eq(rankingSnapshots.id, stored!.id));
  });
}

/** Marks a version's computation as failed, with a message for the secretariat (the job retries it). */
export async function failRankingSnapshot({ db, editionId, version, message }: { db: Executor; editionId: number; version: number; message: string }) {
  await db
    .update(rankingSnapshots)
    .set({ status: "failed", error: message })
    .where(and(eq(rankingSnapshots.editionId, editionId), eq(rankingSnapshots.version, version), ne(rankingSnapshots.status, "ready")));
}
