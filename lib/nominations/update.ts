import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { createNominationContentSchema, type SaveNominationInput } from "../validation/nomination";
import { describeColleagueSave, OTHER_TAB_MESSAGE } from "./conflict-messages";
import { findDossierEdition, loadDossier, toInvalid } from "./dossier-command";
import { NOT_FOUND_MESSAGE, STALE_VERSION_MESSAGE } from "./queries";
import { explainClosedWindow } from "./submission-window";

/** The conflict a stale save meets: the same person in another tab, or the colleague who saved in between. */
function explainStaleVersion(dossier: { updatedById: number | null; updatedByName: string | null }, user: SessionUser): AppError {
  if (dossier.updatedById === user.id) return new AppError("CONFLICT", OTHER_TAB_MESSAGE);
  if (!dossier.updatedByName) return new AppError("CONFLICT", STALE_VERSION_MESSAGE);
  return new AppError("CONFLICT", describeColleagueSave(dossier.updatedByName));
}

/**
 * Saves a draft's content if nobody saved it since `version` was read; returns the new version, when and by whom.
 * Drafts may be incomplete or over a word limit (only submitting refuses that), but every format is checked,
 * and nothing is written on any error.
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
      if (!dossier.isAcceptingSubmissions) throw await explainClosedWindow(dossier);
      if (dossier.version !== input.version) throw explainStaleVersion(dossier, user);
      const content = createNominationContentSchema(dossier).safeParse(input);
      if (!content.success) throw await toInvalid(content.error, msg("Please correct the highlighted fields."));
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
