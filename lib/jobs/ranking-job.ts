import { z } from "zod";
import { getConnection, type Database } from "../../db/client";
import { getEnv } from "../env";
import { getLogger } from "../log";
import { computeRankingSnapshot, failRankingSnapshot, getRankingVersion } from "../results/ranking-snapshot";
import { computeRankingSnapshotInWorker } from "../results/ranking-worker-client";
import type { JobHandler } from "./registry";

/**
 * On the PostgreSQL server the app's own database is computed in a worker thread; on PGlite (one embedded connection,
 * which a worker cannot share) and on any other database given to the runner (tests), in this thread: the load is
 * awaited, the computation itself (about 0.7 s at 10,000 dossiers) then runs in one piece.
 */
function computeSnapshot(db: Database, editionId: number) {
  const url = getEnv().DATABASE_URL;
  if (url && db === getConnection().db) return computeRankingSnapshotInWorker({ url, editionId });
  return computeRankingSnapshot({ db, editionId });
}

const payloadSchema = z.object({ editionId: z.number().int().positive() });

/**
 * A large edition's ranking, computed for its current version and stored as a snapshot the deliberation page reads.
 * One pending job per edition (key edition:<id>): a page asking again while it waits adds nothing.
 */
export const computeRankingJob: JobHandler = {
  run: async ({ db, job }) => {
    const { editionId } = payloadSchema.parse(job.payload);
    try {
      const { version, isComputed } = await computeSnapshot(db, editionId);
      if (isComputed) getLogger().info({ editionId, version }, "Ranking snapshot computed");
    } catch (error) {
      // The page shows the failure beside the last ranking computed; the runner retries with backoff.
      const version = await getRankingVersion({ db, editionId });
      await failRankingSnapshot({ db, editionId, version, message: "The ranking could not be computed; it is tried again in a moment." });
      throw error;
    }
  },
};
