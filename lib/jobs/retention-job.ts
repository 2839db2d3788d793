import { getLogger } from "../log";
import { applyContactRetention } from "../people/retention";
import type { JobHandler } from "./registry";

/** Contact details removed once an edition's retention period has ended; every six hours, idempotent per edition. */
export const contactRetentionJob: JobHandler = {
  repeatEverySeconds: 6 * 3600,
  run: async ({ db }) => {
    const { editionIds } = await applyContactRetention({ db });
    if (editionIds.length > 0) getLogger().info({ editionIds }, "Contact retention applied");
  },
};
