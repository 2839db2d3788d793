import type { Executor } from "../../db/client";
import type { SessionUser } from "../auth/session-user";
import { ensureJob } from "../jobs/queue";
import { JOB_KINDS, getEditionJobKey } from "../jobs/kinds";
import { wakeJobRunner } from "../jobs/process-runner";
import { assertRankingViewer, describeEditionRanking, getRankingRecord, type EditionRanking } from "./ranking";
import { countSubmittedSheets, getRankingSnapshots, getRankingVersion, setRankingProgress, toRankingView, type RankingView } from "./ranking-snapshot";

/**
 * Up to this many submitted sheets the ranking is computed on the request, as it always was (the demo's 27 dossiers
 * take milliseconds); above it, by the job ranking.compute, and the page reads the stored snapshot.
 */
export const INLINE_RANKING_SHEET_LIMIT = 2000;

/** An edition's ranking view as it can be shown now: current, an older one while the current is computed, or none yet. */
export type RankingViewState =
  | { state: "ready"; view: RankingView; computedAt: Date | null }
  | { state: "updating"; view: RankingView; computedAt: Date; progress: number; isFailed: boolean }
  | { state: "computing"; progress: number; isFailed: boolean };

/** What the deliberation page shows: the ranking of the current version, an older one while it updates, or progress. */
export type DeliberationRanking =
  | { state: "ready"; ranking: EditionRanking; computedAt: Date | null }
  | { state: "updating"; ranking: EditionRanking; computedAt: Date; progress: number; isFailed: boolean }
  | { state: "computing"; progress: number; isFailed: boolean };

interface RankingViewRequest {
  db: Executor;
  editionId: number;
  inlineSheetLimit?: number;
}

/**
 * The edition's ranking for display (no access check: callers check first). A small edition is computed here; a large
 * one is read from the snapshot of its current ranking version, and when that is not ready the job is queued (once per
 * edition) and the last snapshot is given, marked as updating, or only the progress. The seal never reads from here.
 */
export async function getCurrentRankingView({ db, editionId, inlineSheetLimit = INLINE_RANKING_SHEET_LIMIT }: RankingViewRequest): Promise<RankingViewState> {
  if ((await countSubmittedSheets({ db, editionId })) <= inlineSheetLimit) {
    return { state: "ready", view: toRankingView(await getRankingRecord({ db, editionId })), computedAt: null };
  }
  const version = await getRankingVersion({ db, editionId });
  const { current, latestReady } = await getRankingSnapshots({ db, editionId, version });
  if (latestReady && latestReady.version === version) return { state: "ready", view: latestReady.record, computedAt: latestReady.computedAt };
  // A failed computation is queued again when someone looks, once the runner's own retries are spent.
  if (!current || current.status === "failed") await requestRankingSnapshot({ db, editionId, version, isNew: !current });
  const progress = current?.progress ?? 0;
  const isFailed = current?.status === "failed";
  if (latestReady) return { state: "updating", view: latestReady.record, computedAt: latestReady.computedAt, progress, isFailed };
  return { state: "computing", progress, isFailed };
}

/** The edition's ranking for the deliberation page, for a viewer allowed to see it (getCurrentRankingView). */
export async function getDeliberationRanking({ viewer, ...request }: RankingViewRequest & { viewer: SessionUser }): Promise<DeliberationRanking> {
  await assertRankingViewer({ db: request.db, viewer, editionId: request.editionId });
  const shown = await getCurrentRankingView(request);
  if (shown.state === "computing") return shown;
  const { view, ...rest } = shown;
  return { ...rest, ranking: describeEditionRanking(view) };
}

/** Queues the computation of the edition's ranking (one pending job per edition) and shows its progress from 0 %. */
async function requestRankingSnapshot({ db, editionId, version, isNew }: { db: Executor; editionId: number; version: number; isNew: boolean }) {
  if (isNew) await setRankingProgress({ db, editionId, version, progress: 0 });
  await ensureJob({ db, kind: JOB_KINDS.rankingCompute, key: getEditionJobKey(editionId), payload: { editionId }, maxAttempts: 3 });
  wakeJobRunner();
}
