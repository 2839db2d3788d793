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

/** An edition's ranking as it can be shown now: current, an older one while the current is computed, or none yet. */
export type ShownRanking<T> =
  | { state: "ready"; view: T; computedAt: Date | null }
  | { state: "updating"; view: T; computedAt: Date; progress: number; isFailed: boolean }
  | { state: "computing"; progress: number; isFailed: boolean };

export type RankingViewState = ShownRanking<RankingView>;

/** What the deliberation page shows: the ranking of the current version, an older one while it updates, or progress. */
export type DeliberationRanking =
  | { state: "ready"; ranking: EditionRanking; computedAt: Date | null }
  | { state: "updating"; ranking: EditionRanking; computedAt: Date; progress: number; isFailed: boolean }
  | { state: "computing"; progress: number; isFailed: boolean };

export interface RankingViewRequest {
  db: Executor;
  editionId: number;
  inlineSheetLimit?: number;
}

/** How one shape of the ranking is read: computed on the request for a small edition, or from the version's snapshots. */
interface RankingReader<T> {
  computeInline: () => Promise<T>;
  readSnapshots: (version: number) => Promise<{
    current: { status: string; progress: number } | null;
    latestReady: { version: number; computedAt: Date; view: T } | null;
  }>;
}

/**
 * The edition's ranking for display (no access check: callers check first). A small edition is computed here; a large
 * one is read from the snapshot of its current ranking version, and when that is not ready the job is queued (once per
 * edition) and the last snapshot is given, marked as updating, or only the progress. The seal never reads from here.
 */
export async function getCurrentRanking<T>({ db, editionId, inlineSheetLimit = INLINE_RANKING_SHEET_LIMIT }: RankingViewRequest, reader: RankingReader<T>): Promise<ShownRanking<T>> {
  if ((await countSubmittedSheets({ db, editionId })) <= inlineSheetLimit) {
    return { state: "ready", view: await reader.computeInline(), computedAt: null };
  }
  const version = await getRankingVersion({ db, editionId });
  const { current, latestReady } = await reader.readSnapshots(version);
  if (latestReady && latestReady.version === version) return { state: "ready", view: latestReady.view, computedAt: latestReady.computedAt };
  // A failed computation is queued again when someone looks, once the runner's own retries are spent.
  if (!current || current.status === "failed") await requestRankingSnapshot({ db, editionId, version, isNew: !current });
  const progress = current?.progress ?? 0;
  const isFailed = current?.status === "failed";
  if (latestReady) return { state: "updating", view: latestReady.view, computedAt: latestReady.computedAt, progress, isFailed };
  return { state: "computing", progress, isFailed };
}

/** The edition's whole ranking view (getCurrentRanking): the live record, or a snapshot's `record`. */
export function getCurrentRankingView(request: RankingViewRequest): Promise<RankingViewState> {
  const { db, editionId } = request;
  return getCurrentRanking(request, {
    computeInline: async () => toRankingView(await getRankingRecord({ db, editionId })),
    readSnapshots: async (version) => {
      const { current, latestReady } = await getRankingSnapshots({ db, editionId, version });
      return { current, latestReady: latestReady && { ...latestReady, view: latestReady.record } };
    },
  });
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
