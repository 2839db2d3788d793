import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client";
import { nominations } from "../../db/schema";
import type { SessionUser } from "../auth/session-user";
import { runEditionCommand } from "../kernel/edition-command";
import { findDossierEdition, isEditionOpen, loadDossier } from "./dossier-command";
import { NOT_FOUND_MESSAGE } from "./queries";
import { explainClosedWindow } from "./submission-window";

/**
 * Takes a submitted dossier back to draft before the deadline (by the database clock), so it can be changed and
 * submitted again. It keeps its reference; once the secretariat has decided on eligibility it can no longer move.
 */
export async function withdrawNomination({ db, user, id }: { db: Executor; user: SessionUser; id: string }) {
  return runEditionCommand(
    { db, actor: user, editionId: findDossierEdition(id), action: "nomination.withdraw", load: loadDossier(id), notFound: NOT_FOUND_MESSAGE, isHiddenWhenForbidden: true },
    async ({ tx, audit, resource: { dossier } }) => {
      const [withdrawn] = await tx
        .update(nominations)
        .set({ state: "draft", submittedAt: null, version: sql`${nominations.version} + 1`, updatedBy: user.id, updatedAt: sql`now()` })
        .where(and(eq(nominations.id, id), eq(nominations.state, "submitted"), isEditionOpen(tx)))
        .returning({ version: nominations.version });
      if (!withdrawn) throw await explainClosedWindow(dossier, { isWithdrawal: true });
      await audit({ action: "nomination.withdrawn", entity: "nomination", id, data: { reference: dossier.reference } });
      return withdrawn;
    },
  );
}
