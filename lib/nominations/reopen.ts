/** The secretariat's way back: a submitted dossier becomes a draft again, with the reason on record. */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { AppError } from "../errors";
import { msg } from "../i18n/server-text";
import { runEditionCommand } from "../kernel/edition-command";
import { reopenNominationInputSchema } from "../validation/nomination";
import { findDossierEdition, loadDossier, toInvalid } from "./dossier-command";
import { enqueueReopenNotices } from "./mail";

/**
 * Reopens a submitted dossier whose eligibility is not decided yet, so its coordinators can change and submit
 * it again. Only while the edition takes dossiers by the database clock: a draft reopened after the deadline
 * could never be submitted again, so the secretariat extends the deadline (or grace period) first.
 * The dossier keeps its reference; its coordinators get a mail with the reason.
 */
export async function reopenNomination({ db, user, id, reason }: { db: Executor; user: SessionUser; id: string; reason: string }) {
  const input = reopenNominationInputSchema.safeParse({ id, reason });
  if (!input.success) throw await toInvalid(input.error, msg("Please give the reason for reopening the dossier."));
  return runEditionCommand(
    { db, actor: user, editionId: findDossierEdition(id), action: "nomination.reopen", load: loadDossier(id), notFound: msg("This nomination does not exist.") },
    async ({ tx, actorId, audit, resource: { dossier } }) => {
      if (!dossier.isAcceptingSubmissions) {
        throw new AppError(
          "DEADLINE_PASSED",
          "The edition no longer takes dossiers: extend the submission deadline or grace period first, so its coordinators can submit it again.",
        );
      }
      const [reopened] = await tx
        .update(nominations)
        .set({ state: "draft", submittedAt: null, version: sql`${nominations.version} + 1`, updatedBy: actorId, updatedAt: sql`now()` })
        .where(and(eq(nominations.id, dossier.id), eq(nominations.state, "submitted")))
        .returning({ version: nominations.version });
      await audit({ action: "nomination.reopened", entity: "nomination", id: dossier.id, data: { reason: input.data.reason, reference: dossier.reference } });
      await enqueueReopenNotices(tx, dossier, input.data.reason);
      return reopened!;
    },
  );
}
