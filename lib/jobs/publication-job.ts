import { z } from "zod";
import { publishAtEmbargo } from "../results/publication";
import type { JobHandler } from "./registry";

const payloadSchema = z.object({ editionId: z.number().int().positive(), embargoAt: z.string() });

/** The embargo's publication: refused (and retried with backoff) while the result is not sealed. */
export const publishAtEmbargoJob: JobHandler = {
  run: async ({ db, job }) => {
    const { editionId, embargoAt } = payloadSchema.parse(job.payload);
    await publishAtEmbargo({ db, editionId, embargoAt });
  },
};
