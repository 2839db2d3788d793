import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { runEditionCommand } from "../kernel/edition-command";
import { createNominationContentSchema, type SaveNominationInput } from "../validation/nomination";
import { findDossierEdition, loadDossier, toInvalid } from "./dossier-command";
import { NOT_FOUND_MESSAGE, STALE_VERSION_MESSAGE } from "./queries";
import { explainClosedWindow } from "./submission-window";

/** The conflict a stale save meets, naming the colleague who saved in between when we know them. */
function explainStaleVersion(updatedByName: string | null): AppError {
  if (!updatedByName) return new AppError("CONFLICT", STALE_VERSION_MESSAGE);
  return new AppError("CONFLICT", `${updatedByName} saved this dossier after you started editing — load their version to go on.`);
}

/**
 * Saves a draft's content if nobody saved it since `version` was read; returns the new version, when and by whom.
 * Drafts may be incomplete, but every format and word limit is checked, and nothing is written on any error.
 */
export async function updateNomination({ db, user, input }: { db: Executor; user: SessionUser; input: SaveNominationInput }) {
  return runEditionCommand(
    {
      db,
      actor: user,
      editionId: findDossierEdition(input.id),
      action: "nomination.edit",
      load: loadDossier(input.id),
      notFound: NOT_FOUND_MESSAGE,
      isHiddenWhenForbidden: true,
    },
    async ({ tx, resource: { dossier } }) => {
      if (!dossier.isAcceptingSubmissions) throw explainClosedWindow(dossier);
      if (dossier.version !== input.version) throw explainStaleVersion(dossier.updatedByName);
      const content = createNominationContentSchema(dossier).safeParse(input);
      if (!content.success) throw toInvalid(content.error, "Please correct the highlighted fields.");
      const [saved] = await tx
        .update(nominations)
        .set({ ...content.data, version: sql`${nominations.version} + 1`, updatedBy: user.id, updatedAt: sql`now()` })
        .where(and(eq(nominations.id, input.id), eq(nominations.version, input.version), eq(nominations.state, "draft")))
        .returning({ version: nominations.version, updatedAt: nominations.updatedAt });
      // The row is locked, so a miss here cannot happen unless the version moved; say so plainly.
      if (!saved) throw new AppError("CONFLICT", STALE_VERSION_MESSAGE);
      return { ...saved, updatedByName: user.name };
    },
  );
}
