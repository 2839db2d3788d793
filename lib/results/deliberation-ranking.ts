import type { Executor } from "../../db/client";
import type { SessionUser } from "../auth/session-user";
import { ensureJob } from "../jobs/queue";
import { JOB_KINDS, getEditionJobKey } from "../jobs/kinds";
import { assertRankingViewer, describeEditionRanking, getRankingRecord, type EditionRanking } from "./ranking";
import { getRankingSnapshots, getRankingState, toRankingView, type RankingView } from "./ranking-snapshot";

/**
 * Up to this many submitted sheets the ranking is computed on the request, as it always was (the demo's 27 dossiers
 * take milliseconds); above it, by the job ranking.compute, and the page reads the stored snapshot. The database's
 * ranking_inline_sheet_limit() (migration 0025), which queues that job on every change, says the same number.
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
 * one is read from the snapshot of its current ranking version, and when that is not ready the last snapshot is
 * given, marked as updating, or only the progress. Only reads: the change that made a new version queued its
 * computation (migration 0025). The seal never reads from here.
 */
export async function getCurrentRanking<T>({ db, editionId, inlineSheetLimit = INLINE_RANKING_SHEET_LIMIT }: RankingViewRequest, reader: RankingReader<T>): Promise<ShownRanking<T>> {
  const { version, submittedSheets } = await getRankingState({ db, editionId });
  if (submittedSheets <= inlineSheetLimit) {
    return { state: "ready", view: await reader.computeInline(), computedAt: null };
  }
  const { current, latestReady } = await reader.readSnapshots(version);
  if (latestReady && latestReady.version === version) return { state: "ready", view: latestReady.view, computedAt: latestReady.computedAt };
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

/**
 * Queues the computation of the edition's ranking (one pending job per edition), as the database does on each change
 * of a large edition: for an edition made large by other means (tests, a lowered limit).
 */
export async function queueRankingCompute({ db, editionId }: { db: Executor; editionId: number }): Promise<void> {
  await ensureJob({ db, kind: JOB_KINDS.rankingCompute, key: getEditionJobKey(editionId), payload: { editionId }, maxAttempts: 10 });
}
