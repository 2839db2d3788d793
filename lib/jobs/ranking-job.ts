import { z } from "zod";
import { getLogger } from "../log";
import { computeRankingSnapshot, failRankingSnapshot, getRankingVersion } from "../results/ranking-snapshot";
import type { JobHandler } from "./registry";

const payloadSchema = z.object({ editionId: z.number().int().positive() });

/**
 * A large edition's ranking, computed for its current version and stored as a snapshot the deliberation page reads.
 * One pending job per edition (key edition:<id>): a page asking again while it waits adds nothing.
 */
export const computeRankingJob: JobHandler = {
  run: async ({ db, job }) => {
    const { editionId } = payloadSchema.parse(job.payload);
    try {
      const { version, isComputed } = await computeRankingSnapshot({ db, editionId });
      if (isComputed) getLogger().info({ editionId, version }, "Ranking snapshot computed");
    } catch (error) {
      // The page shows the failure beside the last ranking computed; the runner retries with backoff.
      const version = await getRankingVersion({ db, editionId });
      await failRankingSnapshot({ db, editionId, version, message: "The ranking could not be computed; it is tried again in a moment." });
      throw error;
    }
  },
};
